import { createIfAbsent, readIfExists, replaceIfUnchanged } from '../cosmos/item-operations.js';
import type { Container } from '@azure/cosmos';
import type { CampaignRecord, DeliveryRecord, NewCampaign } from './campaign.js';

export const deliveryId = (campaignId: string, memberId: string) => `${campaignId}|${memberId}`;

export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/** The `deliveries` container: a header per campaign and a ledger entry per recipient. */
export class DeliveryLedger {
  constructor(private readonly container: Container) {}

  /** Writes the header (status 'creating'); false when a campaign with this id already exists. */
  async createHeader(campaign: NewCampaign, at: Date): Promise<boolean> {
    const header: CampaignRecord = {
      id: campaign.id,
      campaignId: campaign.id,
      kind: 'campaign',
      tenantId: campaign.tenantId,
      purpose: campaign.purpose,
      message: campaign.message,
      recipients: campaign.recipients,
      status: 'creating',
      createdAt: at.toISOString(),
    };
    return createIfAbsent(this.container, header);
  }

  /** Writes one pending entry per recipient; entries that exist are left as they are. */
  async writeDeliveries(header: CampaignRecord, at: Date): Promise<void> {
    const iso = at.toISOString();
    const batchSize = 100;
    for (let start = 0; start < header.recipients.length; start += batchSize) {
      const operations = header.recipients.slice(start, start + batchSize).map((recipient) => {
        const entry: DeliveryRecord = {
          id: deliveryId(header.campaignId, recipient.memberId),
          campaignId: header.campaignId,
          kind: 'delivery',
          tenantId: header.tenantId,
          memberId: recipient.memberId,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: iso,
          updatedAt: iso,
        };
        return { operationType: 'Create' as const, partitionKey: header.campaignId, resourceBody: { ...entry } };
      });
      const results = await this.container.items.bulk(operations);
      const failed = results.find((result) => result.statusCode >= 400 && result.statusCode !== 409);
      if (failed) throw new Error(`Could not write deliveries for ${header.campaignId}: HTTP ${failed.statusCode}`);
    }
  }

  async header(campaignId: string): Promise<Versioned<CampaignRecord> | undefined> {
    return this.read<CampaignRecord>(campaignId, campaignId);
  }

  async delivery(campaignId: string, memberId: string): Promise<Versioned<DeliveryRecord> | undefined> {
    return this.read<DeliveryRecord>(deliveryId(campaignId, memberId), campaignId);
  }

  /** Replaces a document only if nobody changed it since it was read; the new etag, or undefined if someone did. */
  replaceIfUnchanged<T extends { id: string; campaignId: string }>(value: T, etag: string): Promise<string | undefined> {
    return replaceIfUnchanged(this.container, value, value.campaignId, etag);
  }

  /** Campaigns still to be drained (or still being written). */
  async unfinishedCampaigns(): Promise<CampaignRecord[]> {
    const { resources } = await this.container.items
      .query<CampaignRecord>({
        query: 'SELECT * FROM c WHERE c.kind = "campaign" AND (c.status = "active" OR c.status = "creating")',
      })
      .fetchAll();
    return resources;
  }

  /** The campaign's entries still pending or being sent, each with its etag, in one query. */
  async openDeliveries(campaignId: string): Promise<Versioned<DeliveryRecord>[]> {
    const { resources } = await this.container.items
      .query<DeliveryRecord & { _etag: string }>({
        query: 'SELECT * FROM c WHERE c.campaignId = @campaignId AND c.kind = "delivery" AND (c.status = "pending" OR c.status = "sending")',
        parameters: [{ name: '@campaignId', value: campaignId }],
      })
      .fetchAll();
    return resources.map((resource) => ({ value: resource, etag: resource._etag }));
  }

  async deliveriesOf(campaignId: string): Promise<DeliveryRecord[]> {
    const { resources } = await this.container.items
      .query<DeliveryRecord>({
        query: 'SELECT * FROM c WHERE c.campaignId = @campaignId AND c.kind = "delivery"',
        parameters: [{ name: '@campaignId', value: campaignId }],
      })
      .fetchAll();
    return resources;
  }

  private read<T extends object>(id: string, campaignId: string): Promise<Versioned<T> | undefined> {
    return readIfExists<T>(this.container, id, campaignId);
  }

}
