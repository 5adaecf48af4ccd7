import { createIfAbsent } from '../../platform/cosmos/item-operations.js';
import type { Container, SqlQuerySpec } from '@azure/cosmos';
import { isNotFound, isPreconditionFailed } from '../../platform/cosmos/cosmos-errors.js';
import type { Versioned } from '../../platform/proactive/delivery-ledger.js';
import type { TrainingSession } from './session.js';

/** The `sessions` container (partition /tenantId). */
export class SessionRepository {
  constructor(private readonly container: Container) {}

  /** False when a session with this id exists already (a double-clicked Save). */
  async create(session: TrainingSession): Promise<boolean> {
    return createIfAbsent(this.container, session);
  }

  async get(tenantId: string, sessionId: string): Promise<Versioned<TrainingSession> | undefined> {
    try {
      const { resource, etag } = await this.container.item(sessionId, tenantId).read<TrainingSession>();
      return resource && resource.kind === 'session' ? { value: resource, etag } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Replaces the session only if nobody changed it since it was read. */
  async replaceIfUnchanged(session: TrainingSession, etag: string): Promise<boolean> {
    try {
      await this.container.item(session.id, session.tenantId).replace(session, { accessCondition: { type: 'IfMatch', condition: etag } });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * Read, change, write with the etag, again if someone else wrote in between. `change` returns
   * undefined to leave the session as it is. Returns the session as stored afterwards.
   */
  async update(tenantId: string, sessionId: string, change: (session: TrainingSession) => TrainingSession | undefined): Promise<TrainingSession | undefined> {
    for (;;) {
      const current = await this.get(tenantId, sessionId);
      if (!current) return undefined;
      const next = change(current.value);
      if (!next) return current.value;
      if (await this.replaceIfUnchanged(next, current.etag)) return next;
    }
  }

  async listForTenant(tenantId: string): Promise<TrainingSession[]> {
    return this.query({
      query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'session'",
      parameters: [{ name: '@tenantId', value: tenantId }],
    });
  }

  /** Published sessions starting in [from, to), earliest first; every tenant unless one is given. */
  async publishedStartingBetween(from: Date, to: Date, tenantId?: string): Promise<TrainingSession[]> {
    const sessions = await this.query({
      query: `SELECT * FROM c WHERE c.kind = 'session' AND c.status = 'published' AND c.startsAt >= @from AND c.startsAt < @to${tenantId ? ' AND c.tenantId = @tenantId' : ''}`,
      parameters: [
        { name: '@from', value: from.toISOString() },
        { name: '@to', value: to.toISOString() },
        ...(tenantId ? [{ name: '@tenantId', value: tenantId }] : []),
      ],
    });
    return sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  /** Sessions whose change or cancellation members have not been told of yet (every tenant). */
  async withUntoldChanges(): Promise<TrainingSession[]> {
    return this.query({ query: "SELECT * FROM c WHERE c.kind = 'session' AND ARRAY_LENGTH(c.untoldChanges) > 0" });
  }

  private async query(spec: SqlQuerySpec): Promise<TrainingSession[]> {
    const sessions: TrainingSession[] = [];
    for await (const page of this.container.items.query<TrainingSession>(spec, { maxItemCount: 500 }).getAsyncIterator()) {
      sessions.push(...page.resources);
    }
    return sessions;
  }
}
