import type { CsvExport } from '../http/signed-exports.js';
import type { ScheduledJob } from '../scheduler/scheduled-job.js';
import type { CardActionHandler } from './card-actions.js';
import type { TextCommand } from './text-commands.js';

/** What a feature contributes to the app; app.ts registers each feature's module in one line. */
export interface FeatureModule {
  readonly commands: readonly TextCommand[];
  readonly cardActions: readonly CardActionHandler[];
  readonly jobs: readonly ScheduledJob[];
  /** CSV downloads the feature offers through signed links. */
  readonly exports?: readonly CsvExport[];
}
