import { DateTime } from 'luxon';
import { councilTimeZone, formatLondonDate, formatLondonDateTime } from '../../platform/london-time.js';

const inLondon = (at: Date | string) => DateTime.fromJSDate(new Date(at), { zone: councilTimeZone });

/**
 * The instant of a wall-clock date and time in London, or undefined if there is no such time
 * (not a date, or inside the hour the clocks skip in March).
 */
export function londonInstant(date: string, time: string): Date | undefined {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: councilTimeZone });
  if (!local.isValid || local.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) return undefined;
  return local.toJSDate();
}

/** Midnight at the start of a London day (YYYY-MM-DD). */
export const startOfLondonDay = (date: string): Date => DateTime.fromISO(date, { zone: councilTimeZone }).startOf('day').toJSDate();

/** YYYY-MM-DD of the instant, in London. */
export const londonDateOf = (at: Date | string): string => inLondon(at).toFormat('yyyy-MM-dd');

/** HH:mm of the instant, in London. */
export const londonTimeOf = (at: Date | string): string => inLondon(at).toFormat('HH:mm');

/** YYYY-MM of the instant, in London (the month a nudge belongs to). */
export const londonYearMonthOf = (at: Date): string => inLondon(at).toFormat('yyyy-MM');

/** Calendar months later, in London (across BST and GMT). */
export const addLondonMonths = (at: Date | string, months: number): Date => inLondon(at).plus({ months }).toJSDate();

/** "May 2026" */
export const formatMonthYear = (at: Date | string): string => inLondon(at).setLocale('en-GB').toFormat('LLLL yyyy');

/** Weekdays 10:00–16:00 in London: when a gentle nudge is welcome. */
export function isNudgeTime(now: Date): boolean {
  const local = inLondon(now);
  return local.weekday <= 5 && local.hour >= 10 && local.hour < 16;
}

/** "Tuesday 1 December 2026, 10:00 to 12:00" (or both dates when it runs past midnight). */
export function formatSessionWhen(startsAt: string, endsAt: string): string {
  if (londonDateOf(startsAt) === londonDateOf(endsAt)) {
    return `${formatLondonDate(startsAt)}, ${londonTimeOf(startsAt)} to ${londonTimeOf(endsAt)}`;
  }
  return `${formatLondonDateTime(startsAt)} to ${formatLondonDateTime(endsAt)}`;
}
