/**
 * What other features may know of training (evaluations, briefings). Implemented by the training
 * feature over its own repositories; consumers never read the sessions or attendance containers.
 */
export type TrainingLevel = 1 | 2 | 3;

export interface SessionSummary {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly level: TrainingLevel;
  /** ISO instants; shown to members in Europe/London. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly place?: string;
  readonly meetingUrl?: string;
  readonly status: 'draft' | 'published' | 'cancelled';
  readonly countsAsCorporateParenting: boolean;
}

export interface TrainingView {
  session(tenantId: string, sessionId: string): Promise<SessionSummary | undefined>;
  /** Member ids recorded as having attended the session. */
  attendees(tenantId: string, sessionId: string): Promise<readonly string[]>;
  /** Published sessions starting in [from, to), earliest first. */
  sessionsStartingBetween(tenantId: string, from: Date, to: Date): Promise<readonly SessionSummary[]>;
  /** The headline compliance figure at `now`, e.g. "53 out of 63 members (84%) have attended corporate parenting training since May 2026". */
  complianceHeadline(tenantId: string, now: Date): Promise<string>;
}

/** Called by training after attendance is recorded (evaluations sends its form from here). */
export type AttendanceListener = (session: SessionSummary, memberIds: readonly string[], now: Date) => Promise<void>;
