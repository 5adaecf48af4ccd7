import type { AttendanceWorkflow } from './attendance-workflow.js';
import { MemberMatcher, parseAttendanceCsv, parseCouncillorsCsv, type ImportKind, type ImportProblem } from './csv-import.js';
import type { TrainingData } from './training-data.js';

export type ImportOutcome = { readonly problems: readonly ImportProblem[] } | { readonly note: string };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Loads a CSV from the HR system: every row checked first, then all recorded, or none. Importing the same file again changes nothing. */
export class ImportWorkflow {
  constructor(
    private readonly data: TrainingData,
    private readonly attendance: AttendanceWorkflow,
  ) {}

  async import(tenantId: string, kind: ImportKind, csv: string, by: string, now: Date): Promise<ImportOutcome> {
    const matcher = new MemberMatcher(await this.data.members.listByTenant(tenantId));
    return kind === 'councillors' ? this.importDates(tenantId, csv, matcher, now) : this.importAttendance(tenantId, csv, matcher, by, now);
  }

  private async importDates(tenantId: string, csv: string, matcher: MemberMatcher, now: Date): Promise<ImportOutcome> {
    const parsed = parseCouncillorsCsv(csv, matcher);
    if ('problems' in parsed) return parsed;
    await this.data.profiles.saveDates(tenantId, parsed.rows, now);
    return { note: `Imported ✓ Election and leaving dates saved for ${plural(new Set(parsed.rows.map((row) => row.memberId)).size, 'member', 'members')}.` };
  }

  private async importAttendance(tenantId: string, csv: string, matcher: MemberMatcher, by: string, now: Date): Promise<ImportOutcome> {
    const sessions = new Map((await this.data.sessions.listForTenant(tenantId)).map((session) => [session.id, session]));
    const parsed = parseAttendanceCsv(csv, matcher, sessions, now);
    if ('problems' in parsed) return parsed;
    const bySession = new Map<string, Set<string>>();
    for (const row of parsed.rows) bySession.set(row.sessionId, (bySession.get(row.sessionId) ?? new Set()).add(row.memberId));
    let newly = 0;
    let distinct = 0;
    for (const [sessionId, memberIds] of bySession) {
      distinct += memberIds.size;
      newly += await this.attendance.record(sessions.get(sessionId)!, { present: [...memberIds], absent: [], by, source: 'csv', at: now });
    }
    const already = distinct - newly > 0 ? `, ${distinct - newly} already on record` : '';
    return { note: `Imported ✓ ${plural(parsed.rows.length, 'row', 'rows')} for ${plural(bySession.size, 'session', 'sessions')}: ${newly} newly recorded${already}.` };
  }
}
