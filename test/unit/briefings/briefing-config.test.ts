import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

describe('briefing configuration', () => {
  it('has no cadence until an anchor date is set; sends at 09:00 with a three-working-day review by default', () => {
    expect(loadConfig({}).briefing).toEqual({ anchorDate: undefined, sendTime: '09:00', reviewWorkingDays: 3, bankHolidays: [] });
  });

  it('reads the anchor date, send time, review lead and bank holidays', () => {
    const { briefing } = loadConfig({
      BRIEFING_ANCHOR_DATE: '2026-12-03',
      BRIEFING_SEND_TIME: '17:30',
      BRIEFING_REVIEW_WORKING_DAYS: '5',
      BRIEFING_BANK_HOLIDAYS: '2026-12-25, 2026-12-28',
    });
    expect(briefing).toMatchObject({ anchorDate: '2026-12-03', sendTime: '17:30', reviewWorkingDays: 5, bankHolidays: ['2026-12-25', '2026-12-28'] });
  });

  it('names the variable when a value is not a real date or time', () => {
    const problemsOf = (env: Record<string, string>): readonly string[] => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return error instanceof ConfigError ? error.problems : [String(error)];
      }
    };
    expect(problemsOf({ BRIEFING_ANCHOR_DATE: '2026-02-30' }).join()).toMatch(/^BRIEFING_ANCHOR_DATE /);
    expect(problemsOf({ BRIEFING_SEND_TIME: '9am' }).join()).toMatch(/^BRIEFING_SEND_TIME must be a time written HH:mm/);
    expect(problemsOf({ BRIEFING_REVIEW_WORKING_DAYS: '0' }).join()).toMatch(/^BRIEFING_REVIEW_WORKING_DAYS /);
    expect(problemsOf({ BRIEFING_BANK_HOLIDAYS: '2026-12-25, 25/12/2026' }).join()).toMatch(/^BRIEFING_BANK_HOLIDAYS/);
  });
});
