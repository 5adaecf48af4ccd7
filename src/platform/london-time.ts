import { DateTime } from 'luxon';

/** The council's clock: every date a member reads is in Europe/London. */
export const councilTimeZone = 'Europe/London';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: councilTimeZone,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const dateOnly = new Intl.DateTimeFormat('en-GB', {
  timeZone: councilTimeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "Mon, 23 Nov 2026, 10:00" */
export const formatLondonDateTime = (at: Date | string): string => dateTime.format(new Date(at));

/** "Monday 23 November 2026" */
export const formatLondonDate = (at: Date | string): string => dateOnly.format(new Date(at)).replace(',', '');

const inLondon = (at: Date | string) => DateTime.fromJSDate(new Date(at), { zone: councilTimeZone });

/**
 * The instant of a wall-clock date and time someone typed, or undefined if there is no such time
 * (not a date, or inside the hour the clocks skip in March).
 */
export function londonInstant(date: string, time: string): Date | undefined {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: councilTimeZone });
  if (!local.isValid || local.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) return undefined;
  return local.toJSDate();
}

/** Like londonInstant, but a time in the skipped hour moves forward with the clocks (for schedules). */
export function londonClockTime(date: string, time: string): Date | undefined {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: councilTimeZone });
  return local.isValid ? local.toJSDate() : undefined;
}

/** Midnight at the start of a London day (YYYY-MM-DD). */
export const startOfLondonDay = (date: string): Date => DateTime.fromISO(date, { zone: councilTimeZone }).startOf('day').toJSDate();

/** YYYY-MM-DD of the instant, in London. */
export const londonDateOf = (at: Date | string): string => inLondon(at).toFormat('yyyy-MM-dd');

/** HH:mm of the instant, in London. */
export const londonTimeOf = (at: Date | string): string => inLondon(at).toFormat('HH:mm');

/** Calendar months later, in London (across BST and GMT). */
export const addLondonMonths = (at: Date | string, months: number): Date => inLondon(at).plus({ months }).toJSDate();
