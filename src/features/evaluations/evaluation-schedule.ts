import { DateTime } from 'luxon';
import { councilTimeZone } from '../../platform/london-time.js';

export interface EvaluationSettings {
  /** The form stays open until the end of this many days after the session (London calendar days). */
  readonly windowDays: number;
  /** The first reminder goes this many days after the session. */
  readonly chaserAfterDays: number;
}

/** When a session's evaluation closes and when its reminders are due; ISO instants. */
export interface EvaluationTimes {
  /** Midnight (London) at the end of the last day answers are accepted. */
  readonly closesAt: string;
  readonly firstChaserAt: string;
  /** The day before the evaluation closes. */
  readonly finalChaserAt: string;
}

export type ChaserKind = 'first' | 'final';

/** Reminders go out at a civil hour, not at midnight when the day ticks over. */
const chaserHour = 9;

export function evaluationTimes(session: { readonly endsAt: string }, settings: EvaluationSettings): EvaluationTimes {
  const sessionDay = DateTime.fromISO(session.endsAt, { zone: councilTimeZone }).startOf('day');
  const lastDay = sessionDay.plus({ days: settings.windowDays });
  return {
    closesAt: lastDay.plus({ days: 1 }).toUTC().toISO()!,
    firstChaserAt: sessionDay.plus({ days: settings.chaserAfterDays }).set({ hour: chaserHour }).toUTC().toISO()!,
    finalChaserAt: lastDay.minus({ days: 1 }).set({ hour: chaserHour }).toUTC().toISO()!,
  };
}

export const isOpen = (times: Pick<EvaluationTimes, 'closesAt'>, now: Date): boolean => now.getTime() < Date.parse(times.closesAt);

/**
 * The reminders due at `now` that have not been sent. The first is skipped once the final one is due
 * (two reminders in a row would be nagging), and nothing is sent once the evaluation has closed.
 */
export function dueChasers(times: EvaluationTimes, sent: Partial<Record<ChaserKind, string>>, now: Date): ChaserKind[] {
  if (!isOpen(times, now)) return [];
  const at = now.getTime();
  const finalAt = Date.parse(times.finalChaserAt);
  const firstAt = Date.parse(times.firstChaserAt);
  if (at >= finalAt) return sent.final ? [] : ['final'];
  return at >= firstAt && !sent.first ? ['first'] : [];
}

export const chaserDueAt = (times: EvaluationTimes, kind: ChaserKind): string => (kind === 'first' ? times.firstChaserAt : times.finalChaserAt);

/**
 * Who gets a reminder: attendees who were sent the form before the reminder fell due and have not
 * responded. Keys, not ids, are compared, so responses never need to name anyone.
 */
export function chaserRecipients(
  attendees: readonly { readonly memberId: string; readonly memberKey: string }[],
  invitedAt: ReadonlyMap<string, string>,
  respondedKeys: ReadonlySet<string>,
  dueAt: string,
): string[] {
  return attendees
    .filter(({ memberKey }) => {
      const invited = invitedAt.get(memberKey);
      return invited !== undefined && invited < dueAt && !respondedKeys.has(memberKey);
    })
    .map(({ memberId }) => memberId);
}
