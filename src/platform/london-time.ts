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
