import { attendanceCard, attendanceChoices } from '../../../src/features/training/attendance-form.js';
import type { AttendanceRecord } from '../../../src/features/training/attendance.js';
import { cancelCard } from '../../../src/features/training/cancel-form.js';
import { complianceAt } from '../../../src/features/training/compliance.js';
import type { Councillor } from '../../../src/features/training/councillors.js';
import { importCard } from '../../../src/features/training/import-form.js';
import { answerData, invitationCard, type SessionMessageFraming } from '../../../src/features/training/invitation-card.js';
import { overviewCard } from '../../../src/features/training/overview-card.js';
import { repliesCard } from '../../../src/features/training/replies-card.js';
import { reportCard } from '../../../src/features/training/report-card.js';
import { noticeFraming, nudgeFraming, reminderFraming, sessionMessage } from '../../../src/features/training/session-messages.js';
import { formValuesOf, sessionFormCard } from '../../../src/features/training/session-form.js';
import type { TrainingSession } from '../../../src/features/training/session.js';
import { sessionsCard } from '../../../src/features/training/sessions-card.js';
import { renderCampaignMessage } from '../../../src/platform/proactive/render-campaign-message.js';
import type { CardSamples } from './card-samples.js';

const now = new Date('2026-11-23T10:00:00Z');

export const sampleSession: TrainingSession = {
  id: 'ses-0a1b2c3d4e',
  tenantId: 'tenant',
  kind: 'session',
  title: 'Corporate parenting: your role as a councillor',
  level: 1,
  outline: "The council's duties to children in care and care leavers; what members do as corporate parents; key lines of enquiry.",
  startsAt: '2026-12-01T10:00:00.000Z',
  endsAt: '2026-12-01T12:00:00.000Z',
  place: 'Committee Room 1, Town Hall',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/sample',
  audienceRoles: [],
  capacity: 30,
  countsAsCorporateParenting: true,
  status: 'published',
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'officer',
  updatedAt: '2026-11-01T09:00:00.000Z',
  publishedAt: '2026-11-01T09:05:00.000Z',
  version: 1,
  invitationCampaignIds: ['invite:ses-0a1b2c3d4e'],
};

const pastSession: TrainingSession = {
  ...sampleSession,
  id: 'ses-9f8e7d6c5b',
  title: 'Level 2: scrutinising services for looked-after children',
  level: 2,
  meetingUrl: undefined,
  capacity: undefined,
  audienceRoles: ['scrutiny', 'board'],
  startsAt: '2026-06-07T17:00:00.000Z',
  endsAt: '2026-06-07T19:00:00.000Z',
};

/** A proactive message as the delivery engine renders it: campaign data with the recipient's own. */
function campaignCard(framing: SessionMessageFraming, record?: Pick<AttendanceRecord, 'rsvp'>) {
  return renderCampaignMessage(sessionMessage(sampleSession, now, framing), answerData(sampleSession, record, now)).card!;
}

const councillors: Councillor[] = [
  { memberId: 'm-1', name: 'Alex Councillor', roles: ['ward'], installed: true, trainingNudges: true, electedOn: '2026-05-07' },
  { memberId: 'm-2', name: 'Sam Scrutiny', roles: ['scrutiny'], installed: true, trainingNudges: false },
  { memberId: 'm-3', name: 'Lee Lead', roles: ['lead-member'], installed: false, trainingNudges: true },
];

const record = (memberId: string, fields: Partial<AttendanceRecord>): AttendanceRecord => ({
  id: `${pastSession.id}|${memberId}`,
  tenantId: 'tenant',
  kind: 'attendance',
  sessionId: pastSession.id,
  memberId,
  invitedAt: '2026-05-20T09:00:00.000Z',
  attended: false,
  ...fields,
});

const records = [record('m-1', { rsvp: 'accepted', attended: true }), record('m-2', { rsvp: 'declined' })];

const figures = complianceAt({
  councillors,
  sessions: [sampleSession, pastSession],
  attendance: records,
  from: new Date('2026-05-07T00:00:00+01:00'),
  now,
  termStart: '2026-05-07',
  refresherMonths: 24,
});

export const samples: CardSamples = {
  'training-invitation': [
    invitationCard(sampleSession, undefined, now),
    invitationCard(sampleSession, { rsvp: 'accepted' }, now),
    invitationCard({ ...sampleSession, capacity: undefined, meetingUrl: undefined, outline: '' }, { rsvp: 'declined' }, now, { full: true }),
    invitationCard({ ...sampleSession, status: 'cancelled', cancellationNote: 'We will rearrange it in the new year.' }, undefined, now),
    invitationCard(sampleSession, { rsvp: 'accepted' }, new Date('2026-12-01T10:30:00Z')),
    campaignCard(reminderFraming(sampleSession, now), { rsvp: 'accepted' }),
    campaignCard(nudgeFraming('refresher-due', '2024-06-01T10:00:00Z', 1)),
    campaignCard(noticeFraming(sampleSession, ['the date or time', 'the place'])),
    campaignCard(noticeFraming({ ...sampleSession, status: 'cancelled', cancellationNote: 'Sorry.' }, ['cancelled'])),
  ],
  'training-overview': [
    overviewCard({
      upcoming: [{ session: sampleSession }, { session: { ...sampleSession, id: 'ses-1111111111' }, record: records[0] }],
      training: figures.councillors[0]!,
      nudgesOn: true,
      note: "Thank you — you've accepted.",
      now,
    }),
    overviewCard({ upcoming: [], training: figures.councillors[2]!, nudgesOn: false, now }),
  ],
  'training-sessions': [
    sessionsCard([sampleSession, { ...sampleSession, id: 'ses-2222222222', status: 'draft' }, pastSession, { ...pastSession, id: 'ses-3333333333', status: 'cancelled' }], records, now, 'Saved ✓'),
    sessionsCard([], [], now),
  ],
  'training-session-form': [
    sessionFormCard({ sessionId: 'ses-4444444444', version: 0, values: {} }),
    sessionFormCard({ sessionId: sampleSession.id, version: 3, values: formValuesOf(sampleSession), published: true, problems: ['The session must end after it starts.'] }),
  ],
  'training-cancel': [cancelCard(sampleSession, 12), cancelCard({ ...sampleSession, status: 'draft' }, 0)],
  'training-attendance': [
    attendanceCard(pastSession, attendanceChoices(records, councillors), 'Saved ✓ 1 member attended.'),
    attendanceCard(pastSession, attendanceChoices([], councillors)),
  ],
  'training-import': [
    importCard(),
    importCard({ kind: 'councillors', csv: 'member,elected on\nnobody@x,2026-05-07', problems: [{ line: 2, message: 'no member has the email nobody@x on record' }] }),
    importCard({ note: 'Imported ✓' }),
  ],
  'training-report': [
    reportCard({ figures, termStart: '2026-05-07', refresherMonths: 24, downloadUrl: 'https://companion.example.gov.uk/api/exports/training-compliance?p=x' }),
    reportCard({
      figures: complianceAt({ councillors: [], sessions: [], attendance: [], from: now, now, termStart: '2026-05-07', refresherMonths: 24 }),
      termStart: '2026-05-07',
      refresherMonths: 24,
      downloadUrl: 'https://companion.example.gov.uk/api/exports/training-compliance?p=y',
    }),
  ],
  'training-replies': [
    repliesCard(pastSession, records, [], (memberId) => councillors.find((c) => c.memberId === memberId)?.name ?? 'A former member'),
    repliesCard(
      { ...sampleSession, status: 'cancelled' },
      records,
      [{ campaignId: 'invite:x', purpose: 'training-invitation', status: 'completed', counts: { pending: 0, sending: 0, sent: 1, failed: 0, unreachable: 1, cancelled: 0 }, recipients: [{ memberId: 'm-1', status: 'sent' }, { memberId: 'm-2', status: 'unreachable' }] }],
      () => 'Someone',
    ),
  ],
};
