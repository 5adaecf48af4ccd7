import type { Container, PatchOperation } from '@azure/cosmos';
import type { MemberIdentity, StoredConversationReference } from '../../platform/bot/turn.js';
import { isConflict, isNotFound, isPreconditionFailed } from '../../platform/cosmos/cosmos-errors.js';
import { defaultPreferences, type Member } from './member.js';

export interface MemberVisit {
  readonly member: MemberIdentity;
  readonly conversationReference: StoredConversationReference;
  readonly at: Date;
}

export class MemberRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, memberId: string): Promise<Member | undefined> {
    try {
      const { resource } = await this.container.item(memberId, tenantId).read<Member>();
      return resource ?? undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The tenants with at least one member who has the app: the ones the bot serves. */
  async servedTenantIds(): Promise<string[]> {
    const { resources } = await this.container.items
      .query<{ tenantId: string }>('SELECT c.tenantId FROM c WHERE c.installed = true')
      .fetchAll();
    return [...new Set(resources.map((member) => member.tenantId))];
  }

  /** Every member of the tenant (installed or not), read page by page. */
  async listByTenant(tenantId: string): Promise<Member[]> {
    const members: Member[] = [];
    const pages = this.container.items
      .query<Member>({ query: 'SELECT * FROM c WHERE c.tenantId = @tenantId', parameters: [{ name: '@tenantId', value: tenantId }] }, { maxItemCount: 500 })
      .getAsyncIterator();
    for await (const page of pages) members.push(...page.resources);
    return members;
  }

  /** Creates the member on first contact; afterwards refreshes name, last seen and the conversation reference. */
  async recordVisit({ member, conversationReference, at }: MemberVisit): Promise<Member> {
    const seen = at.toISOString();
    const refresh: PatchOperation[] = [
      { op: 'set', path: '/lastSeenAt', value: seen },
      { op: 'set', path: '/installed', value: true },
      { op: 'set', path: '/conversationReference', value: conversationReference },
      { op: 'set', path: '/unreachable', value: null },
      ...(member.name ? [{ op: 'set', path: '/name', value: member.name } as const] : []),
      ...(member.email ? [{ op: 'set', path: '/email', value: member.email.toLowerCase() } as const] : []),
    ];
    try {
      const { resource } = await this.container.item(member.memberId, member.tenantId).patch<Member>(refresh);
      return resource!;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const created: Member = {
      id: member.memberId,
      tenantId: member.tenantId,
      aadObjectId: member.aadObjectId,
      name: member.name,
      email: member.email?.toLowerCase(),
      conversationReference,
      firstSeenAt: seen,
      lastSeenAt: seen,
      installed: true,
      roles: [],
      preferences: defaultPreferences,
    };
    try {
      await this.container.items.create(created);
      return created;
    } catch (error) {
      if (!isConflict(error)) throw error;
      const { resource } = await this.container.item(member.memberId, member.tenantId).patch<Member>(refresh);
      return resource!;
    }
  }

  /** Marks the member welcomed; true only for the one call that did it, however many race. */
  async claimWelcome(tenantId: string, memberId: string, at: Date): Promise<boolean> {
    const { resource, etag } = await this.container.item(memberId, tenantId).read<Member>();
    if (!resource || resource.welcomedAt) return false;
    try {
      await this.container
        .item(memberId, tenantId)
        .replace({ ...resource, welcomedAt: at.toISOString() }, { accessCondition: { type: 'IfMatch', condition: etag! } });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  async updateSettings(tenantId: string, memberId: string, settings: Pick<Member, 'roles' | 'preferences'>): Promise<Member> {
    const { resource } = await this.container.item(memberId, tenantId).patch<Member>([
      { op: 'set', path: '/roles', value: settings.roles },
      { op: 'set', path: '/preferences', value: settings.preferences },
    ]);
    return resource!;
  }

  async setPreference(tenantId: string, memberId: string, name: keyof Member['preferences'], value: boolean): Promise<void> {
    await this.container.item(memberId, tenantId).patch([{ op: 'set', path: `/preferences/${name}`, value }]);
  }

  /** Teams says the member cannot be reached: officers see who is not receiving messages. */
  async markUnreachable(tenantId: string, memberId: string, reason: string, at: Date): Promise<void> {
    try {
      await this.container.item(memberId, tenantId).patch([{ op: 'set', path: '/unreachable', value: { since: at.toISOString(), reason } }]);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Makes a member an officer (admin) or not; undefined if there is no such member. */
  async setAdmin(tenantId: string, memberId: string, isAdmin: boolean): Promise<Member | undefined> {
    try {
      const { resource } = await this.container.item(memberId, tenantId).patch<Member>([{ op: 'set', path: '/isAdmin', value: isAdmin }]);
      return resource;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async delete(tenantId: string, memberId: string): Promise<void> {
    try {
      await this.container.item(memberId, tenantId).delete();
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async markUninstalled(tenantId: string, memberId: string, at: Date): Promise<void> {
    try {
      await this.container.item(memberId, tenantId).patch([
        { op: 'set', path: '/installed', value: false },
        { op: 'set', path: '/uninstalledAt', value: at.toISOString() },
      ]);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
