import { DateTime } from 'luxon';
import { councilTimeZone, formatLondonDate, formatLondonDateTime, londonDateOf, londonTimeOf } from '../../platform/london-time.js';


const inLondon = (at: Date | string) => DateTime.fromJSDate(new Date(at), { zone: councilTimeZone });

/** YYYY-MM of the instant, in London (the month a nudge belongs to). */
export const londonYearMonthOf = (at: Date): string => inLondon(at).toFormat('yyyy-MM');

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
