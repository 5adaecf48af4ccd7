import type { TrainingSettings } from '../../config.js';
import type { DeliveryEngine } from '../../platform/proactive/delivery-engine.js';
import type { ScheduledJob } from '../../platform/scheduler/scheduled-job.js';
import type { AttendanceWorkflow } from './attendance-workflow.js';
import type { SessionWorkflow } from './session-workflow.js';
import { answerData } from './invitation-card.js';
import { dueNudges } from './nudges.js';
import { dueReminder, reminderHorizonMinutes, reminderRecipients, type ReminderOffsets } from './reminders.js';
import { noticeFraming, nudgeFraming, recipientsWithAnswers, reminderFraming, sessionMessage, updatedInvitationFraming } from './session-messages.js';
import { isNudgeTime, londonYearMonthOf } from './session-times.js';
import { campaignIds } from './session.js';
import type { TrainingData } from './training-data.js';

/** How far ahead nudges and newcomer invitations look for sessions. */
const lookAheadMs = 365 * 24 * 3_600_000;

export interface TrainingJobsDeps {
  readonly data: TrainingData;
  readonly delivery: DeliveryEngine;
  readonly attendance: AttendanceWorkflow;
  readonly sessions: SessionWorkflow;
  readonly settings: TrainingSettings;
}

/** How often to look for members who joined a published session's audience (installed the app, took a role). */
const newcomerCheckMinutes = 15;

/** The scheduled work of training. Every job is safe to run twice in the same minute. */
export function trainingJobs({ data, delivery, attendance, sessions, settings }: TrainingJobsDeps): ScheduledJob[] {
  const offsets: ReminderOffsets = { always: settings.reminderOffsets, online: settings.onlineReminderOffsets };

  /** Tells invitees of an edit or the cancellation, and updates the invitation cards already sent. */
  const announceChanges: ScheduledJob = {
    name: 'training-announce-changes',
    async run(now) {
      for (const session of await data.sessions.withUntoldChanges()) {
        const records = await data.attendance.forSession(session.tenantId, session.id);
        const cancelled = session.status === 'cancelled';
        const told = records
          .filter((record) => record.invitedAt !== undefined || record.rsvp !== undefined)
          .filter((record) => !cancelled || record.rsvp !== 'declined')
          .map((record) => record.memberId);
        await delivery.createCampaign({
          id: campaignIds.notice(session.id, session.version),
          tenantId: session.tenantId,
          purpose: cancelled ? 'training-cancellation' : 'training-change',
          message: sessionMessage(session, now, noticeFraming(session, session.untoldChanges ?? [])),
          recipients: recipientsWithAnswers(session, told, records, now),
        });
        const byMember = new Map(records.map((record) => [record.memberId, record]));
        for (const campaignId of session.invitationCampaignIds) {
          await delivery.updateSent(campaignId, sessionMessage(session, now, updatedInvitationFraming(session)), (memberId) =>
            answerData(session, byMember.get(memberId), now),
          );
        }
        // Cleared only if nobody edited it meanwhile; otherwise the next tick tells of the newer version.
        await data.sessions.update(session.tenantId, session.id, (latest) => (latest.version === session.version ? { ...latest, untoldChanges: [] } : undefined));
      }
    },
  };

  const sendReminders: ScheduledJob = {
    name: 'training-reminders',
    async run(now) {
      const horizon = new Date(now.getTime() + (reminderHorizonMinutes(offsets) + 1) * 60_000);
      for (const session of await data.sessions.publishedStartingBetween(now, horizon)) {
        const offset = dueReminder(session, offsets, now);
        if (!offset) continue;
        const records = await data.attendance.forSession(session.tenantId, session.id);
        await delivery.createCampaign({
          id: campaignIds.reminder(session.id, offset.label, session.startsAt),
          tenantId: session.tenantId,
          purpose: 'training-reminder',
          message: sessionMessage(session, now, reminderFraming(session, now)),
          recipients: recipientsWithAnswers(session, reminderRecipients(records).map((record) => record.memberId), records, now),
        });
      }
    },
  };

  const sendNudges: ScheduledJob = {
    name: 'training-nudges',
    async run(now) {
      // Looking at every councillor is the heaviest job: once an hour (on the hour) in nudge time is plenty.
      if (!isNudgeTime(now) || now.getUTCMinutes() !== 0) return;
      const upcoming = await data.sessions.publishedStartingBetween(now, new Date(now.getTime() + lookAheadMs));
      for (const tenantId of new Set(upcoming.map((session) => session.tenantId))) {
        await nudgeTenant(tenantId, now);
      }
    },
  };

  async function nudgeTenant(tenantId: string, now: Date): Promise<void> {
    const [councillors, sessions, records, profiles] = await Promise.all([
      data.councillors(tenantId, now),
      data.sessions.listForTenant(tenantId),
      data.attendance.forTenant(tenantId),
      data.profiles.listForTenant(tenantId),
    ]);
    const nudges = dueNudges({
      councillors,
      sessions,
      attendance: records,
      profiles,
      now,
      termStart: settings.termStart,
      refresherMonths: settings.refresherMonths,
      intervalMonths: settings.nudgeIntervalMonths,
    });
    for (const { memberId, reason, lastAttendedAt, session } of nudges) {
      await delivery.createCampaign({
        id: campaignIds.nudge(memberId, londonYearMonthOf(now)),
        tenantId,
        purpose: 'training-nudge',
        message: sessionMessage(session, now, nudgeFraming(reason, lastAttendedAt, settings.nudgeIntervalMonths)),
        recipients: recipientsWithAnswers(session, [memberId], records, now),
      });
      await data.profiles.recordNudged(tenantId, memberId, now);
    }
  }

  const inviteNewcomers: ScheduledJob = {
    name: 'training-invite-newcomers',
    async run(now) {
      if (now.getUTCMinutes() % newcomerCheckMinutes !== 0) return;
      const upcoming = await data.sessions.publishedStartingBetween(now, new Date(now.getTime() + lookAheadMs));
      for (const tenantId of new Set(upcoming.map((session) => session.tenantId))) {
        const councillors = await data.councillors(tenantId, now);
        for (const session of upcoming.filter((candidate) => candidate.tenantId === tenantId)) await sessions.inviteNewcomers(session, now, councillors);
      }
    },
  };

  const retryListeners: ScheduledJob = {
    name: 'training-attendance-listeners',
    run: (now) => attendance.tellUntold(now),
  };

  // Newcomers are invited before the nudges run, so a new member is not sent both about one session.
  return [announceChanges, sendReminders, inviteNewcomers, sendNudges, retryListeners];
}
