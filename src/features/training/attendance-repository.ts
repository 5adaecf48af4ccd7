import { createIfAbsent } from '../../platform/cosmos/item-operations.js';
import type { Container, SqlQuerySpec } from '@azure/cosmos';
import { isNotFound, isPreconditionFailed } from '../../platform/cosmos/cosmos-errors.js';
import type { Versioned } from '../../platform/proactive/delivery-ledger.js';
import { attendanceId, type AttendanceRecord, type Rsvp } from './attendance.js';

export interface AttendanceChange {
  readonly present: readonly string[];
  /** Recorded earlier as present, now corrected to absent. */
  readonly absent: readonly string[];
  readonly by: string;
  readonly source: NonNullable<AttendanceRecord['attendanceSource']>;
  readonly at: Date;
}

/** Attendance records in `attendance` (partition /tenantId), one per session × member. */
export class AttendanceRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, sessionId: string, memberId: string): Promise<Versioned<AttendanceRecord> | undefined> {
    try {
      const { resource, etag } = await this.container.item(attendanceId(sessionId, memberId), tenantId).read<AttendanceRecord>();
      return resource ? { value: resource, etag } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  forSession(tenantId: string, sessionId: string): Promise<AttendanceRecord[]> {
    return this.query({
      query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'attendance' AND c.sessionId = @sessionId",
      parameters: [
        { name: '@tenantId', value: tenantId },
        { name: '@sessionId', value: sessionId },
      ],
    });
  }

  forMember(tenantId: string, memberId: string): Promise<AttendanceRecord[]> {
    return this.query({
      query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'attendance' AND c.memberId = @memberId",
      parameters: [
        { name: '@tenantId', value: tenantId },
        { name: '@memberId', value: memberId },
      ],
    });
  }

  forTenant(tenantId: string): Promise<AttendanceRecord[]> {
    return this.query({
      query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'attendance'",
      parameters: [{ name: '@tenantId', value: tenantId }],
    });
  }

  /** Marks each member invited; records that exist (a reply from `training`, an earlier publish) keep their answer. */
  async recordInvitations(tenantId: string, sessionId: string, memberIds: readonly string[], at: Date): Promise<void> {
    const invitedAt = at.toISOString();
    const queue = [...new Set(memberIds)];
    const worker = async () => {
      for (let memberId = queue.shift(); memberId !== undefined; memberId = queue.shift()) {
        await this.change(tenantId, sessionId, memberId, (record) => (record.invitedAt ? undefined : { ...record, invitedAt }));
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
  }

  /** Records a member's answer; the same answer twice changes nothing. */
  async recordRsvp(tenantId: string, sessionId: string, memberId: string, rsvp: Rsvp, at: Date): Promise<AttendanceRecord> {
    return this.change(tenantId, sessionId, memberId, (record) =>
      record.rsvp === rsvp ? undefined : { ...record, rsvp, rsvpAt: at.toISOString() },
    );
  }

  /**
   * Records who came (and corrections). Returns the members marked present by this call whose
   * attendance the listeners have never been told of: each member and session is told once, however
   * often, or concurrently, the same attendance is recorded.
   */
  async recordAttendance(tenantId: string, sessionId: string, change: AttendanceChange): Promise<string[]> {
    const recordedAt = change.at.toISOString();
    const newlyPresent: string[] = [];
    for (const memberId of new Set(change.present)) {
      let marked = false;
      const record = await this.change(tenantId, sessionId, memberId, (current) => {
        marked = false;
        if (current.attended) return undefined;
        marked = true;
        return { ...current, attended: true, attendanceRecordedAt: recordedAt, attendanceRecordedBy: change.by, attendanceSource: change.source };
      });
      if (marked && !record.listenersToldAt) newlyPresent.push(memberId);
    }
    for (const memberId of new Set(change.absent)) {
      const existing = await this.get(tenantId, sessionId, memberId);
      if (!existing?.value.attended) continue;
      await this.change(tenantId, sessionId, memberId, (current) =>
        current.attended ? { ...current, attended: false, attendanceRecordedAt: recordedAt, attendanceRecordedBy: change.by, attendanceSource: change.source } : undefined,
      );
    }
    return newlyPresent;
  }

  async markListenersTold(tenantId: string, sessionId: string, memberIds: readonly string[], at: Date): Promise<void> {
    for (const memberId of memberIds) {
      await this.container.item(attendanceId(sessionId, memberId), tenantId).patch([{ op: 'set', path: '/listenersToldAt', value: at.toISOString() }]);
    }
  }

  /** Attendance recorded before `before` whose listeners were never told (a crash or a failing listener); every tenant. */
  untoldAttendance(before: Date): Promise<AttendanceRecord[]> {
    return this.query({
      query: "SELECT * FROM c WHERE c.kind = 'attendance' AND c.attended = true AND NOT IS_DEFINED(c.listenersToldAt) AND c.attendanceRecordedAt < @before",
      parameters: [{ name: '@before', value: before.toISOString() }],
    });
  }

  /**
   * Read (or start) the record, change it, write it with the etag; again if someone else wrote in
   * between. `change` returns undefined to leave it as it is. Returns the record as stored.
   */
  private async change(
    tenantId: string,
    sessionId: string,
    memberId: string,
    change: (record: AttendanceRecord) => AttendanceRecord | undefined,
  ): Promise<AttendanceRecord> {
    for (;;) {
      const current = await this.get(tenantId, sessionId, memberId);
      const base: AttendanceRecord = current?.value ?? { id: attendanceId(sessionId, memberId), tenantId, kind: 'attendance', sessionId, memberId, attended: false };
      const next = change(base);
      if (!next) return base;
      if (!current) {
        if (await this.createIfAbsent(next)) return next;
        continue;
      }
      try {
        await this.container.item(next.id, tenantId).replace(next, { accessCondition: { type: 'IfMatch', condition: current.etag } });
        return next;
      } catch (error) {
        if (!isPreconditionFailed(error)) throw error;
      }
    }
  }

  private async createIfAbsent(record: AttendanceRecord): Promise<boolean> {
    return createIfAbsent(this.container, record);
  }

  private async query(spec: SqlQuerySpec): Promise<AttendanceRecord[]> {
    const records: AttendanceRecord[] = [];
    for await (const page of this.container.items.query<AttendanceRecord>(spec, { maxItemCount: 1000 }).getAsyncIterator()) {
      records.push(...page.resources);
    }
    return records;
  }
}
