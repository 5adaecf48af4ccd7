import type { MemberRole } from '../answers/article.js';
import type { AttendanceRecord } from './attendance.js';
import type { Councillor } from './councillors.js';
import { formatMonthYear } from './session-times.js';
import { addLondonMonths, startOfLondonDay } from '../../platform/london-time.js';
import type { TrainingSession } from './session.js';
import type { TrainingLevel } from './training-view.js';

export interface Share {
  readonly attended: number;
  readonly of: number;
}

/** Roles with targeted (Level 2) responsibilities: Corporate Parenting Board/Panel, scrutiny, cabinet, Lead Member. */
export const targetedRoles: readonly MemberRole[] = ['board', 'scrutiny', 'cabinet', 'lead-member'];

/** Whom each level is for, as the figures count them (the NCB tiers the seed report follows). */
export const levelAudiences: Readonly<Record<TrainingLevel, { readonly one: string; readonly many: string; includes(roles: readonly MemberRole[]): boolean }>> = {
  1: { one: 'member', many: 'members', includes: () => true },
  2: { one: 'member with a targeted role', many: 'members with targeted roles', includes: (roles) => roles.some((role) => targetedRoles.includes(role)) },
  3: { one: 'Lead Member', many: 'Lead Members', includes: (roles) => roles.includes('lead-member') },
};

export type TrainingStatus = 'up-to-date' | 'refresher-due' | 'yet-to-attend';

export interface AttendedSession {
  readonly sessionId: string;
  readonly title: string;
  readonly level: TrainingLevel;
  readonly startsAt: string;
}

/** One councillor's corporate parenting training at a moment. */
export interface CouncillorTraining {
  readonly councillor: Councillor;
  /** Corporate parenting sessions attended, newest first. */
  readonly attended: readonly AttendedSession[];
  readonly lastAttendedAt?: string;
  readonly attendedInPeriod: boolean;
  readonly levelsInPeriod: readonly TrainingLevel[];
  readonly status: TrainingStatus;
  /** When the last session stops counting (refresher interval after it). */
  readonly refresherDueAt?: string;
  readonly newlyElected: boolean;
  readonly attendedSinceElected: boolean;
}

export interface ComplianceFigures {
  readonly from: string;
  readonly to: string;
  readonly overall: Share;
  readonly byLevel: readonly { readonly level: TrainingLevel; readonly share: Share }[];
  readonly newlyElected: Share;
  readonly yetToAttend: readonly CouncillorTraining[];
  readonly refresherDue: readonly CouncillorTraining[];
  readonly councillors: readonly CouncillorTraining[];
}

export type CountedSession = Pick<TrainingSession, 'id' | 'title' | 'level' | 'startsAt' | 'status' | 'countsAsCorporateParenting'>;

export interface ComplianceInput {
  readonly councillors: readonly Councillor[];
  readonly sessions: readonly CountedSession[];
  readonly attendance: readonly Pick<AttendanceRecord, 'sessionId' | 'memberId' | 'attended'>[];
  /** Start of the period the headline counts (default: the term start). */
  readonly from: Date;
  readonly now: Date;
  /** YYYY-MM-DD: members elected on or after it are newly elected. */
  readonly termStart: string;
  readonly refresherMonths: number;
}

/** What each councillor has attended, and where that leaves them, at `now`. */
export function trainingOf(councillor: Councillor, input: Omit<ComplianceInput, 'councillors'>, attendedIds?: ReadonlySet<string>): CouncillorTraining {
  const { now, from, termStart, refresherMonths } = input;
  const nowIso = now.toISOString();
  const fromIso = from.toISOString();
  const sessionIds = attendedIds ?? attendedSessionIds(input.attendance, councillor.memberId);
  const attended = input.sessions
    .filter((session) => sessionIds.has(session.id) && counts(session, nowIso))
    .map(({ id, title, level, startsAt }) => ({ sessionId: id, title, level, startsAt }))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const inPeriod = attended.filter((session) => session.startsAt >= fromIso);
  const lastAttendedAt = attended[0]?.startsAt;
  const refresherDueAt = lastAttendedAt ? addLondonMonths(lastAttendedAt, refresherMonths).toISOString() : undefined;
  const newlyElected = councillor.electedOn !== undefined && councillor.electedOn >= termStart;
  const electedFrom = councillor.electedOn ? startOfLondonDay(councillor.electedOn).toISOString() : undefined;
  return {
    councillor,
    attended,
    lastAttendedAt,
    attendedInPeriod: inPeriod.length > 0,
    levelsInPeriod: [...new Set(inPeriod.map((session) => session.level))].sort(),
    status: !refresherDueAt ? 'yet-to-attend' : refresherDueAt <= nowIso ? 'refresher-due' : 'up-to-date',
    refresherDueAt,
    newlyElected,
    attendedSinceElected: newlyElected && attended.some((session) => session.startsAt >= electedFrom!),
  };
}

/**
 * The compliance figures at `now`: who attended at least one corporate parenting session in the period,
 * by level, the newly elected separately, who is yet to attend and whose last session is too old.
 */
export function complianceAt(input: ComplianceInput): ComplianceFigures {
  const byMember = new Map<string, Set<string>>();
  for (const record of input.attendance) {
    if (!record.attended) continue;
    const ids = byMember.get(record.memberId) ?? new Set<string>();
    ids.add(record.sessionId);
    byMember.set(record.memberId, ids);
  }
  const councillors = input.councillors.map((councillor) => trainingOf(councillor, input, byMember.get(councillor.memberId) ?? new Set()));
  const newlyElected = councillors.filter((training) => training.newlyElected);
  return {
    from: input.from.toISOString(),
    to: input.now.toISOString(),
    overall: shareOf(councillors, (training) => training.attendedInPeriod),
    byLevel: ([1, 2, 3] as const).map((level) => ({
      level,
      share: shareOf(
        councillors.filter((training) => levelAudiences[level].includes(training.councillor.roles)),
        (training) => training.levelsInPeriod.includes(level),
      ),
    })),
    newlyElected: shareOf(newlyElected, (training) => training.attendedSinceElected),
    yetToAttend: councillors.filter((training) => training.status === 'yet-to-attend'),
    refresherDue: councillors.filter((training) => training.status === 'refresher-due'),
    councillors,
  };
}

/** Whole per cent; never 0% when someone attended nor 100% when someone did not. */
export function percentOf({ attended, of }: Share): number {
  if (of === 0) return 0;
  const rounded = Math.round((attended / of) * 100);
  if (attended > 0 && rounded === 0) return 1;
  if (attended < of && rounded === 100) return 99;
  return rounded;
}

/** "53 out of 63 members (84%)" */
export function describeShare(share: Share, nouns: { readonly one: string; readonly many: string } = levelAudiences[1]): string {
  return `${share.attended} out of ${share.of} ${share.of === 1 ? nouns.one : nouns.many} (${percentOf(share)}%)`;
}

/** "53 out of 63 members (84%) have attended corporate parenting training since May 2026" */
export function complianceHeadlineOf(figures: Pick<ComplianceFigures, 'overall' | 'from'>): string {
  if (figures.overall.of === 0) return 'No councillors are on record yet, so there is no corporate parenting training figure.';
  const verb = figures.overall.attended === 1 ? 'has' : 'have';
  return `${describeShare(figures.overall)} ${verb} attended corporate parenting training since ${formatMonthYear(figures.from)}`;
}

function attendedSessionIds(attendance: ComplianceInput['attendance'], memberId: string): Set<string> {
  return new Set(attendance.filter((record) => record.attended && record.memberId === memberId).map((record) => record.sessionId));
}

/** A session counts once it has started, unless cancelled or not corporate parenting training. */
const counts = (session: CountedSession, nowIso: string) =>
  session.status !== 'cancelled' && session.countsAsCorporateParenting && session.startsAt <= nowIso;

function shareOf(trainings: readonly CouncillorTraining[], attended: (training: CouncillorTraining) => boolean): Share {
  return { attended: trainings.filter(attended).length, of: trainings.length };
}
