import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

describe('training configuration', () => {
  it('defaults: term from the May 2026 elections, 24-month refreshers, reminders 7 days and 1 day (and 1 hour online) before, monthly nudges', () => {
    expect(loadConfig({}).training).toEqual({
      termStart: '2026-05-07',
      refresherMonths: 24,
      reminderOffsets: [
        { label: '7d', minutes: 7 * 24 * 60 },
        { label: '1d', minutes: 24 * 60 },
      ],
      onlineReminderOffsets: [{ label: '1h', minutes: 60 }],
      nudgeIntervalMonths: 1,
    });
  });

  it('reads every TRAINING_ variable', () => {
    const training = loadConfig({
      TRAINING_TERM_START: '2022-05-05',
      TRAINING_REFRESHER_MONTHS: '36',
      TRAINING_REMINDER_OFFSETS: '1d, 14d, 3d',
      TRAINING_ONLINE_REMINDER_OFFSETS: 'none',
      TRAINING_NUDGE_INTERVAL_MONTHS: '3',
    }).training;
    expect(training).toMatchObject({ termStart: '2022-05-05', refresherMonths: 36, onlineReminderOffsets: [], nudgeIntervalMonths: 3 });
    expect(training.reminderOffsets.map((offset) => offset.label)).toEqual(['14d', '3d', '1d']);
  });

  it('names the variable on a bad value', () => {
    for (const [name, value] of [
      ['TRAINING_TERM_START', '7 May 2026'],
      ['TRAINING_REFRESHER_MONTHS', '0'],
      ['TRAINING_REMINDER_OFFSETS', '1 week'],
      ['TRAINING_NUDGE_INTERVAL_MONTHS', 'monthly'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), name).toThrow(ConfigError);
      try {
        loadConfig({ [name]: value });
      } catch (error) {
        expect((error as ConfigError).problems[0]).toMatch(new RegExp(`^${name} `));
      }
    }
  });
});
