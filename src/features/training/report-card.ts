import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { formatLondonDate, londonDateOf, startOfLondonDay } from '../../platform/london-time.js';
import { roleTitles } from '../members/member-roles.js';
import { complianceHeadlineOf, describeShare, levelAudiences, type ComplianceFigures, type CouncillorTraining } from './compliance.js';
import { levelTitles } from './session-labels.js';

/** The report card's period: from a day (YYYY-MM-DD), to now. */
export const reportRequestSchema = z.object({
  from: z.iso.date().optional().or(z.literal('').transform(() => undefined)),
});

/** Names listed on the card; the CSV has everyone. */
const namesShown = 40;

export interface ReportCardModel {
  readonly figures: ComplianceFigures;
  readonly termStart: string;
  readonly refresherMonths: number;
  readonly downloadUrl: string;
}

export function reportCard({ figures, termStart, refresherMonths, downloadUrl }: ReportCardModel): AdaptiveCard {
  const list = (trainings: readonly CouncillorTraining[], detail: (training: CouncillorTraining) => string) => ({
    names: trainings.slice(0, namesShown).map((training) => ({ title: training.councillor.name, value: detail(training) })),
    more: trainings.length > namesShown ? `…and ${trainings.length - namesShown} more (see the CSV).` : '',
    total: trainings.length,
  });
  const roles = (training: CouncillorTraining) => training.councillor.roles.map((role) => roleTitles[role]).join('; ') || '—';
  return renderCard('training-report', {
    headline: `${complianceHeadlineOf(figures)}.`,
    from: londonDateOf(figures.from),
    period: `From ${formatLondonDate(figures.from)} to ${formatLondonDate(figures.to)}. Counts sessions marked as corporate parenting training.`,
    levels: figures.byLevel.map(({ level, share }) => ({
      title: levelTitles[level],
      value: share.of === 0 ? `No ${levelAudiences[level].many} on record` : describeShare(share, levelAudiences[level]),
    })),
    newlyElected:
      figures.newlyElected.of === 0
        ? `No members are recorded as elected since ${formatLondonDate(startOfLondonDay(termStart))}. Import election dates to see this figure.`
        : `${describeShare(figures.newlyElected)} elected since ${formatLondonDate(startOfLondonDay(termStart))} ${figures.newlyElected.attended === 1 ? 'has' : 'have'} attended at least one session since their election.`,
    yetToAttend: list(figures.yetToAttend, roles),
    refresherDue: list(figures.refresherDue, (training) => `last attended ${formatLondonDate(training.lastAttendedAt!)}`),
    refresherMonths,
    downloadUrl,
  });
}
