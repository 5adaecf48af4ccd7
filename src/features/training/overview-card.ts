import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { formatLondonDate } from '../../platform/london-time.js';
import { roleTitles } from '../members/member-roles.js';
import type { AttendanceRecord } from './attendance.js';
import { levelAudiences, targetedRoles, type CouncillorTraining } from './compliance.js';
import { answerData, sessionMessageData } from './invitation-card.js';
import type { TrainingSession } from './session.js';

export interface OverviewModel {
  /** Upcoming published sessions open to the member, earliest first, with their answer. */
  readonly upcoming: readonly { readonly session: TrainingSession; readonly record?: AttendanceRecord }[];
  readonly training: CouncillorTraining;
  readonly nudgesOn: boolean;
  readonly note?: string;
  readonly now: Date;
}

/** What `training` shows a member: sessions to come, their own record, what is due. */
export function overviewCard({ upcoming, training, nudgesOn, note, now }: OverviewModel): AdaptiveCard {
  return renderCard('training-overview', {
    note: note ?? '',
    upcoming: upcoming.map(({ session, record }) => ({
      ...sessionMessageData(session, now, { kicker: '' }),
      ...answerData(session, record, now),
    })),
    record: training.attended.map((session) => ({ title: formatLondonDate(session.startsAt), value: `${session.title} (Level ${session.level})` })),
    due: whatIsDue(training, upcoming.length > 0),
    nudges: nudgesOn
      ? "I'll send you a gentle reminder when you're due training. You can turn that off in **settings**."
      : 'Training reminders are off. You can turn them on in **settings**.',
  });
}

/** In plain words, what the member is due. */
function whatIsDue(training: CouncillorTraining, sessionsToCome: boolean): string[] {
  const next = sessionsToCome ? ' Please choose one of the sessions above.' : ' Democratic Services will invite you to the next one.';
  const due: string[] = [];
  if (!training.attended.some((session) => session.level === 1)) {
    due.push(`You haven't attended a Level 1 corporate parenting session yet: it is for every councillor.${next}`);
  } else if (training.status === 'refresher-due') {
    due.push(`Your last session was on ${formatLondonDate(training.lastAttendedAt!)}, so a refresher is due.${next}`);
  } else if (training.refresherDueAt) {
    due.push(`You're up to date. A refresher will be due by ${formatLondonDate(training.refresherDueAt)}.`);
  }
  const targeted = training.councillor.roles.filter((role) => targetedRoles.includes(role) && role !== 'lead-member');
  if (targeted.length > 0 && !training.attended.some((session) => session.level === 2)) {
    due.push(`As a ${roleTitles[targeted[0]!]}, a Level 2 (targeted) session is recommended for you.`);
  }
  if (levelAudiences[3].includes(training.councillor.roles) && !training.attended.some((session) => session.level === 3)) {
    due.push('As Lead Member, Level 3 (specialist) development is recommended for you: Democratic Services can arrange it.');
  }
  return due;
}
