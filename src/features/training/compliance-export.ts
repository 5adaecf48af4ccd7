import type { TrainingSettings } from '../../config.js';
import type { CsvExport } from '../../platform/http/signed-exports.js';
import { roleTitles } from '../members/member-roles.js';
import { complianceAt, type CouncillorTraining } from './compliance.js';
import { londonDateOf, startOfLondonDay } from '../../platform/london-time.js';
import type { TrainingData } from './training-data.js';

export const complianceExportKind = 'training-compliance';

const statusWords: Record<CouncillorTraining['status'], string> = {
  'up-to-date': 'Up to date',
  'refresher-due': 'Refresher due',
  'yet-to-attend': 'Yet to attend',
};

/** The compliance report as CSV, one row per councillor; the signed link carries the tenant and the period. */
export function complianceExport(data: TrainingData, settings: TrainingSettings, clock: { now(): Date }): CsvExport {
  return {
    kind: complianceExportKind,
    async build(params) {
      const now = clock.now();
      const from = /^\d{4}-\d{2}-\d{2}$/.test(params.from ?? '') ? params.from! : settings.termStart;
      const figures = complianceAt(
        await data.complianceInput(params.tenantId ?? '', { from: startOfLondonDay(from), now, termStart: settings.termStart, refresherMonths: settings.refresherMonths }),
      );
      const header = [
        'Name',
        'Email',
        'Roles',
        'Elected on',
        'Newly elected',
        `Attended since ${from}`,
        'Levels attended in period',
        'Status',
        'Last session',
        'Last session title',
        'Refresher due by',
        'Sessions attended (all time)',
      ];
      const rows = figures.councillors.map((training) => [
        training.councillor.name,
        training.councillor.email ?? '',
        training.councillor.roles.map((role) => roleTitles[role]).join('; '),
        training.councillor.electedOn ?? '',
        training.newlyElected ? 'Yes' : 'No',
        training.attendedInPeriod ? 'Yes' : 'No',
        training.levelsInPeriod.map((level) => `Level ${level}`).join('; '),
        statusWords[training.status],
        training.lastAttendedAt ? londonDateOf(training.lastAttendedAt) : '',
        training.attended[0]?.title ?? '',
        training.refresherDueAt ? londonDateOf(training.refresherDueAt) : '',
        training.attended.length,
      ]);
      return { filename: `corporate-parenting-training-${londonDateOf(now)}.csv`, rows: [header, ...rows] };
    },
  };
}
