import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Member } from '../members/member.js';
import { sessionIdSchema } from './card-fields.js';
import type { ProfileUpdate } from './profile-repository.js';
import { hasStarted, type TrainingSession } from './session.js';

export const importKinds = ['attendance', 'councillors'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importLimits = { characters: 20_000, rows: 2_000 } as const;

export interface ImportProblem {
  readonly line: number;
  readonly message: string;
}

export type ImportResult<Row> = { readonly rows: readonly Row[] } | { readonly problems: readonly ImportProblem[] };

export interface AttendanceRow {
  readonly line: number;
  readonly memberId: string;
  readonly sessionId: string;
}

/** Finds members by Entra (AAD) object id, always, and by email where the member record has one. */
export class MemberMatcher {
  private readonly byAadObjectId = new Map<string, string>();
  private readonly byEmail = new Map<string, string[]>();

  constructor(members: readonly Pick<Member, 'id' | 'aadObjectId' | 'email'>[]) {
    for (const member of members) {
      this.byAadObjectId.set((member.aadObjectId ?? member.id).toLowerCase(), member.id);
      if (member.email) this.byEmail.set(member.email.toLowerCase(), [...(this.byEmail.get(member.email.toLowerCase()) ?? []), member.id]);
    }
  }

  match(value: string): { memberId: string } | { problem: string } {
    const key = value.trim().toLowerCase();
    if (key.includes('@')) {
      const ids = this.byEmail.get(key) ?? [];
      if (ids.length === 1) return { memberId: ids[0]! };
      if (ids.length > 1) return { problem: `more than one member has the email ${value}; use their Entra object id instead` };
      return { problem: `no member has the email ${value} on record (they may not have the app yet); try their Entra object id` };
    }
    const id = this.byAadObjectId.get(key);
    if (id) return { memberId: id };
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key)
      ? { problem: `no member has the Entra object id ${value} (they may not have the app yet)` }
      : { problem: `"${value}" is neither an email address nor an Entra object id` };
  }
}

const memberCell = z.string().trim().min(1, 'the member (email or Entra object id) is missing').max(320, 'the member is too long');

/**
 * Attendance rows from the HR system: member (email or Entra object id), session id. A header row is
 * allowed. Either every row is good, or the problems are listed by line and nothing is to be recorded.
 */
export function parseAttendanceCsv(text: string, members: MemberMatcher, sessions: ReadonlyMap<string, TrainingSession>, now: Date): ImportResult<AttendanceRow> {
  return parseRows(text, isHeader(/session/i), (cells, line) => {
    const [memberValue = '', sessionValue = ''] = cells.map((cell) => cell.trim());
    const member = memberCell.safeParse(memberValue);
    if (!member.success) return { problem: member.error.issues[0]!.message };
    if (!sessionValue) return { problem: 'the session id is missing' };
    const sessionId = sessionIdSchema.safeParse(sessionValue);
    if (!sessionId.success) return { problem: `"${sessionValue.slice(0, 60)}" is not a session id (they look like ses-1a2b3c4d)` };
    const session = sessions.get(sessionId.data);
    if (!session) return { problem: `there is no session with the id ${sessionId.data}` };
    if (session.status === 'cancelled') return { problem: `the session ${session.id} was cancelled` };
    if (!hasStarted(session, now)) return { problem: `the session ${session.id} hasn't taken place yet` };
    const matched = members.match(member.data);
    if ('problem' in matched) return matched;
    return { row: { line, memberId: matched.memberId, sessionId: session.id } };
  });
}

/**
 * Councillors' dates: member, elected on, left office on (YYYY-MM-DD or DD/MM/YYYY; empty for none).
 * The file is the record: an empty date clears one set before.
 */
export function parseCouncillorsCsv(text: string, members: MemberMatcher): ImportResult<ProfileUpdate & { line: number }> {
  return parseRows(text, isHeader(/elected|member/i), (cells, line) => {
    const [memberValue = '', electedValue = '', leftValue = ''] = cells.map((cell) => cell.trim());
    const member = memberCell.safeParse(memberValue);
    if (!member.success) return { problem: member.error.issues[0]!.message };
    const electedOn = isoDateOf(electedValue);
    const leftOfficeOn = isoDateOf(leftValue);
    if (electedOn === 'invalid') return { problem: `"${electedValue}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` };
    if (leftOfficeOn === 'invalid') return { problem: `"${leftValue}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` };
    const matched = members.match(member.data);
    if ('problem' in matched) return matched;
    return { row: { line, memberId: matched.memberId, electedOn, leftOfficeOn } };
  });
}

/** Lines are counted as a spreadsheet shows them (the header is line 1). */
function parseRows<Row>(
  text: string,
  header: (cells: readonly string[]) => boolean,
  parseRow: (cells: string[], line: number) => { row: Row } | { problem: string },
): ImportResult<Row> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } per row; its typings only describe plain rows.
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    return { problems: [{ line, message: "this isn't valid CSV (check the quotation marks)" }] };
  }
  const body = records.length > 0 && header(records[0]!.record) ? records.slice(1) : records;
  if (body.length === 0) return { problems: [{ line: 1, message: 'there are no rows to import' }] };
  if (body.length > importLimits.rows) return { problems: [{ line: 1, message: `there are more than ${importLimits.rows} rows; please import them in parts` }] };
  const rows: Row[] = [];
  const problems: ImportProblem[] = [];
  for (const { record, info } of body) {
    const outcome = parseRow(record, info.lines);
    if ('row' in outcome) rows.push(outcome.row);
    else problems.push({ line: info.lines, message: outcome.problem });
  }
  return problems.length > 0 ? { problems } : { rows };
}

const isHeader = (pattern: RegExp) => (cells: readonly string[]) => cells.some((cell) => pattern.test(cell)) && !cells.some((cell) => /^ses-|@/.test(cell));

function isoDateOf(value: string): string | undefined | 'invalid' {
  if (!value) return undefined;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
  const parsed = z.iso.date().safeParse(iso);
  return parsed.success ? parsed.data : 'invalid';
}
