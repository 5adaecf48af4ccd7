import { DateTime } from 'luxon';
import { councilTimeZone, londonDateOf, londonTimeOf } from '../../platform/london-time.js';

/** When briefings go out: every 14 days from the anchor date, at a local time (Europe/London). */
export interface BriefingSchedule {
  /** The first issue's date, YYYY-MM-DD. */
  readonly anchorDate: string;
  /** HH:mm, London time, whatever the clocks are doing. */
  readonly sendTime: string;
  /** The draft goes to officers this many working days before the send date. */
  readonly reviewWorkingDays: number;
  /** YYYY-MM-DD dates that are not working days, besides weekends. */
  readonly bankHolidays: readonly string[];
}

export interface Issue {
  /** 1 for the anchor date's issue, then one more every fortnight. */
  readonly number: number;
  /** The London date it goes out, YYYY-MM-DD; the briefing's id is built from it. */
  readonly date: string;
  readonly sendAt: Date;
  /** When the auto-draft goes to the officers. */
  readonly reviewAt: Date;
}

const fortnight = 14;

function atSendTime(schedule: BriefingSchedule, date: DateTime): DateTime {
  const [hour, minute] = schedule.sendTime.split(':').map(Number);
  return date.set({ hour, minute, second: 0, millisecond: 0 });
}

function isWorkingDay(day: DateTime, bankHolidays: readonly string[]): boolean {
  return day.weekday <= 5 && !bankHolidays.includes(day.toISODate()!);
}

/** The date `count` working days before `date` (weekends and bank holidays skipped). */
function workingDaysBefore(date: DateTime, count: number, bankHolidays: readonly string[]): DateTime {
  let day = date;
  for (let left = count; left > 0; ) {
    day = day.minus({ days: 1 });
    if (isWorkingDay(day, bankHolidays)) left -= 1;
  }
  return day;
}

/** Issue `number` of the schedule. Calendar days are added in London, so 09:00 stays 09:00 across BST/GMT. */
export function issueNumbered(schedule: BriefingSchedule, number: number): Issue {
  const date = DateTime.fromISO(schedule.anchorDate, { zone: councilTimeZone }).plus({ days: fortnight * (number - 1) });
  return {
    number,
    date: date.toISODate()!,
    sendAt: atSendTime(schedule, date).toJSDate(),
    reviewAt: atSendTime(schedule, workingDaysBefore(date, schedule.reviewWorkingDays, schedule.bankHolidays)).toJSDate(),
  };
}

/** The issue whose send time has most recently passed (none before the first) and the one after it. */
export function issuesAt(schedule: BriefingSchedule, now: Date): { readonly current?: Issue; readonly next: Issue } {
  const today = DateTime.fromJSDate(now, { zone: councilTimeZone }).startOf('day');
  const anchor = DateTime.fromISO(schedule.anchorDate, { zone: councilTimeZone });
  // Days between London dates; rounded because a day with a clock change is 23 or 25 hours long.
  const days = Math.round(today.diff(anchor, 'days').days);
  const candidate = issueNumbered(schedule, Math.max(1, Math.floor(days / fortnight) + 1));
  if (candidate.sendAt > now) {
    return { current: candidate.number > 1 ? issueNumbered(schedule, candidate.number - 1) : undefined, next: candidate };
  }
  return { current: candidate, next: issueNumbered(schedule, candidate.number + 1) };
}

/** A London date and HH:mm for a card's date and time inputs. */
export function londonDateAndTime(at: Date): { date: string; time: string } {
  return { date: londonDateOf(at), time: londonTimeOf(at) };
}
