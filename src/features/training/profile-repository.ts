import type { Container } from '@azure/cosmos';
import { isNotFound } from '../../platform/cosmos/cosmos-errors.js';
import { profileId, type TrainingProfile } from './attendance.js';

export interface ProfileUpdate {
  readonly memberId: string;
  readonly electedOn?: string;
  readonly leftOfficeOn?: string;
}

/** Councillors' training profiles (elected on, left office, last nudged) in `attendance`, kind 'profile'. */
export class ProfileRepository {
  constructor(private readonly container: Container) {}

  async listForTenant(tenantId: string): Promise<Map<string, TrainingProfile>> {
    const profiles = new Map<string, TrainingProfile>();
    const query = {
      query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'profile'",
      parameters: [{ name: '@tenantId', value: tenantId }],
    };
    for await (const page of this.container.items.query<TrainingProfile>(query, { maxItemCount: 1000 }).getAsyncIterator()) {
      for (const profile of page.resources) profiles.set(profile.memberId, profile);
    }
    return profiles;
  }

  /** Sets each member's election and leaving dates as given (absent = none); the nudge history is kept. */
  async saveDates(tenantId: string, updates: readonly ProfileUpdate[], at: Date): Promise<void> {
    for (const update of updates) {
      const existing = await this.get(tenantId, update.memberId);
      const profile: TrainingProfile = {
        id: profileId(update.memberId),
        tenantId,
        kind: 'profile',
        memberId: update.memberId,
        electedOn: update.electedOn,
        leftOfficeOn: update.leftOfficeOn,
        lastNudgedAt: existing?.lastNudgedAt,
        updatedAt: at.toISOString(),
      };
      await this.container.items.upsert(profile);
    }
  }

  async recordNudged(tenantId: string, memberId: string, at: Date): Promise<void> {
    const existing = await this.get(tenantId, memberId);
    const base: TrainingProfile = existing ?? { id: profileId(memberId), tenantId, kind: 'profile', memberId, updatedAt: at.toISOString() };
    await this.container.items.upsert({ ...base, lastNudgedAt: at.toISOString() });
  }

  async get(tenantId: string, memberId: string): Promise<TrainingProfile | undefined> {
    try {
      const { resource } = await this.container.item(profileId(memberId), tenantId).read<TrainingProfile>();
      return resource ?? undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}
