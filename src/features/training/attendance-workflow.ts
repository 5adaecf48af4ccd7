import type { Logger } from '../../platform/logger.js';
import type { AttendanceChange } from './attendance-repository.js';
import { toSessionSummary, type TrainingSession } from './session.js';
import type { TrainingData } from './training-data.js';
import type { AttendanceListener } from './training-view.js';

/** Attendance listeners are told once per member and session; this is how long a recording may take before the retry job steps in. */
export const listenerRetryAfterMs = 10 * 60_000;

/** Records who came and tells the listeners (evaluations) about the members newly marked present. */
export class AttendanceWorkflow {
  constructor(
    private readonly data: TrainingData,
    private readonly listeners: readonly AttendanceListener[],
    private readonly logger: Logger,
  ) {}

  /** Returns how many members were newly recorded as present. */
  async record(session: TrainingSession, change: AttendanceChange): Promise<number> {
    const newlyPresent = await this.data.attendance.recordAttendance(session.tenantId, session.id, change);
    if (newlyPresent.length > 0) await this.tellListeners(session, newlyPresent, change.at);
    return newlyPresent.length;
  }

  /** Tells every listener; if one fails, the members stay untold and the retry job tries again later. */
  async tellListeners(session: TrainingSession, memberIds: readonly string[], now: Date): Promise<void> {
    const summary = toSessionSummary(session);
    let failed = false;
    for (const listener of this.listeners) {
      try {
        await listener(summary, memberIds, now);
      } catch (error) {
        failed = true;
        this.logger.error({ err: error, sessionId: session.id }, 'an attendance listener failed; will retry');
      }
    }
    if (!failed) await this.data.attendance.markListenersTold(session.tenantId, session.id, memberIds, now);
  }

  /** The retry: attendance recorded a while ago whose listeners were never told. */
  async tellUntold(now: Date): Promise<void> {
    const untold = await this.data.attendance.untoldAttendance(new Date(now.getTime() - listenerRetryAfterMs));
    const bySession = new Map<string, { tenantId: string; sessionId: string; memberIds: string[] }>();
    for (const record of untold) {
      const key = `${record.tenantId}\n${record.sessionId}`;
      const entry = bySession.get(key) ?? { tenantId: record.tenantId, sessionId: record.sessionId, memberIds: [] };
      entry.memberIds.push(record.memberId);
      bySession.set(key, entry);
    }
    for (const { tenantId, sessionId, memberIds } of bySession.values()) {
      const session = await this.data.sessions.get(tenantId, sessionId);
      if (session) await this.tellListeners(session.value, memberIds, now);
    }
  }
}
