import { createIfAbsent, replaceIfUnchanged } from '../../platform/cosmos/item-operations.js';
import type { Container, SqlParameter } from '@azure/cosmos';
import { isNotFound } from '../../platform/cosmos/cosmos-errors.js';
import type { Versioned } from '../../platform/proactive/delivery-ledger.js';
import { acknowledgementIdFor, type Acknowledgement, type Briefing, type BriefingStatus } from './briefing.js';

/** The `briefings` container (partition /tenantId): briefings and their acknowledgements. */
export class BriefingRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Versioned<Briefing> | undefined> {
    try {
      const { resource, etag } = await this.container.item(id, tenantId).read<Briefing>();
      return resource && resource.kind === 'briefing' ? { value: resource, etag } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** False when a briefing with this id exists already (another tick or officer got there first). */
  async create(briefing: Briefing): Promise<boolean> {
    return createIfAbsent(this.container, briefing);
  }

  /** Replaces it only if nobody changed it since it was read; false if someone did. */
  async replaceIfUnchanged(briefing: Briefing, etag: string): Promise<boolean> {
    return (await replaceIfUnchanged(this.container, briefing, briefing.tenantId, etag)) !== undefined;
  }


  /** Drafts and approved briefings, plus those of the given issue dates whatever their status. */
  cycleBriefings(tenantId: string, issueDates: readonly string[]): Promise<Briefing[]> {
    const dates = issueDates.map((date, index): SqlParameter => ({ name: `@date${index}`, value: date }));
    const orDates = dates.length > 0 ? ` OR c.issueDate IN (${dates.map((date) => date.name).join(', ')})` : '';
    return this.query(tenantId, `c.status IN ('draft', 'approved')${orDates}`, dates);
  }

  /** The newest briefing in one of these states, by issue date. */
  async latest(tenantId: string, statuses: readonly BriefingStatus[]): Promise<Briefing | undefined> {
    const wanted = statuses.map((status, index): SqlParameter => ({ name: `@status${index}`, value: status }));
    const found = await this.query(tenantId, `c.status IN (${wanted.map((status) => status.name).join(', ')})`, wanted);
    return found.sort((a, b) => b.issueDate.localeCompare(a.issueDate))[0];
  }

  /** The newest briefing of any status. */
  async newest(tenantId: string): Promise<Briefing | undefined> {
    return this.latest(tenantId, ['draft', 'approved', 'sent', 'cancelled', 'recalled']);
  }

  /** Records the member's acknowledgement; false if they had acknowledged it already. */
  async acknowledge(briefing: Briefing, memberId: string, at: Date): Promise<boolean> {
    const acknowledgement: Acknowledgement = {
      id: acknowledgementIdFor(briefing, memberId),
      kind: 'acknowledgement',
      tenantId: briefing.tenantId,
      briefingId: briefing.id,
      memberId,
      at: at.toISOString(),
    };
    return createIfAbsent(this.container, acknowledgement);
  }

  async acknowledgementOf(briefing: Briefing, memberId: string): Promise<Acknowledgement | undefined> {
    try {
      const { resource } = await this.container.item(acknowledgementIdFor(briefing, memberId), briefing.tenantId).read<Acknowledgement>();
      return resource ?? undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  acknowledgements(briefing: Briefing): Promise<Acknowledgement[]> {
    return this.all<Acknowledgement>("c.kind = 'acknowledgement' AND c.briefingId = @briefingId", briefing.tenantId, [
      { name: '@briefingId', value: briefing.id },
    ]);
  }

  private query(tenantId: string, condition: string, parameters: readonly SqlParameter[]): Promise<Briefing[]> {
    return this.all<Briefing>(`c.kind = 'briefing' AND (${condition})`, tenantId, parameters);
  }

  /** Every document of the tenant matching the condition, page by page. */
  private async all<T>(condition: string, tenantId: string, parameters: readonly SqlParameter[]): Promise<T[]> {
    const pages = this.container.items
      .query<T>({
        query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND ${condition}`,
        parameters: [{ name: '@tenantId', value: tenantId }, ...parameters],
      })
      .getAsyncIterator();
    const found: T[] = [];
    for await (const page of pages) found.push(...page.resources);
    return found;
  }
}
