import type { CampaignMessage, CampaignRecipient } from '../../platform/proactive/campaign.js';
import { formatLondonDate } from '../../platform/london-time.js';
import type { AttendanceRecord } from './attendance.js';
import { answerData, invitationFraming, invitationTemplate, sessionMessageData, type SessionMessageFraming } from './invitation-card.js';
import type { NudgeReason } from './nudges.js';
import { describeStartsIn } from './reminders.js';
import type { TrainingSession } from './session.js';

/** Every message about a session is the session's card, opened differently: this is what each says. */
export function sessionMessage(session: TrainingSession, now: Date, framing: SessionMessageFraming): CampaignMessage {
  return { kind: 'card', template: invitationTemplate, data: sessionMessageData(session, now, framing) };
}

/** Each recipient with their own answer on their card. */
export function recipientsWithAnswers(session: TrainingSession, memberIds: readonly string[], records: readonly AttendanceRecord[], now: Date): CampaignRecipient[] {
  const byMember = new Map(records.map((record) => [record.memberId, record]));
  return memberIds.map((memberId) => ({ memberId, data: answerData(session, byMember.get(memberId), now) }));
}

/** The invitation as it reads once members have been told of a change or the cancellation. */
export function updatedInvitationFraming(session: TrainingSession): SessionMessageFraming {
  if (session.status === 'cancelled') return { kicker: 'Cancelled: corporate parenting training', note: session.cancellationNote };
  return { ...invitationFraming, kicker: "You're invited: corporate parenting training (updated)" };
}

export function noticeFraming(session: TrainingSession, changes: readonly string[]): SessionMessageFraming {
  if (session.status === 'cancelled') {
    return {
      kicker: 'Session cancelled',
      intro: `Sorry — ${session.title} on ${formatLondonDate(session.startsAt)} has been cancelled. Your invitation has been updated.`,
      note: session.cancellationNote,
    };
  }
  const what = changes.length > 1 ? `${changes.slice(0, -1).join(', ')} and ${changes.at(-1)} have` : `${changes[0] ?? 'the details'} has`;
  return {
    kicker: 'This session has changed',
    intro: `Please note: ${what} changed. The details below are up to date, and your invitation has been updated.`,
  };
}

export function reminderFraming(session: TrainingSession, now: Date): SessionMessageFraming {
  return { kicker: 'Reminder', intro: `${session.title} is ${describeStartsIn(session.startsAt, now)}.` };
}

export function nudgeFraming(reason: NudgeReason, lastAttendedAt: string | undefined, intervalMonths: number): SessionMessageFraming {
  const nudgeFooter = `I'll remind you at most once ${intervalMonths === 1 ? 'a month' : `every ${intervalMonths} months`}. To stop these reminders, type **settings**.`;
  return reason === 'never-attended-level-1'
    ? {
        kicker: 'Corporate parenting training for you',
        intro: "You haven't been to a Level 1 corporate parenting session yet. It's for every councillor, and this is the next one:",
        footer: nudgeFooter,
      }
    : {
        kicker: 'Time for a refresher',
        intro: `Your last corporate parenting session was on ${formatLondonDate(lastAttendedAt!)}, so a refresher is due. This is the next one:`,
        footer: nudgeFooter,
      };
}
