import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import type { CampaignReport } from '../../platform/proactive/campaign.js';
import type { AttendanceRecord } from './attendance.js';
import { sessionFacts } from './session-labels.js';
import type { TrainingSession } from './session.js';

/** Who was invited, who answered what, and whether the invitations arrived. */
export function repliesCard(
  session: TrainingSession,
  records: readonly AttendanceRecord[],
  invitationReports: readonly CampaignReport[],
  nameOf: (memberId: string) => string,
): AdaptiveCard {
  const names = (test: (record: AttendanceRecord) => boolean) =>
    records
      .filter(test)
      .map((record) => nameOf(record.memberId))
      .sort((a, b) => a.localeCompare(b, 'en-GB'));
  const accepted = names((record) => record.rsvp === 'accepted');
  const declined = names((record) => record.rsvp === 'declined');
  const noReply = names((record) => record.invitedAt !== undefined && record.rsvp === undefined);
  const attended = names((record) => record.attended);
  const deliveries = invitationReports.flatMap((report) => report.recipients);
  const count = (statuses: readonly string[]) => deliveries.filter((delivery) => statuses.includes(delivery.status)).length;
  const unreachable = deliveries.filter((delivery) => delivery.status === 'unreachable' || delivery.status === 'failed').map((delivery) => nameOf(delivery.memberId));
  const joined = (list: readonly string[]) => (list.length > 0 ? list.join(', ') : 'nobody');
  return renderCard('training-replies', {
    ...sessionFacts(session),
    status: session.status === 'cancelled' ? 'This session was cancelled.' : '',
    counts: [
      { title: 'Invited', value: String(records.filter((record) => record.invitedAt !== undefined).length) },
      { title: 'Accepted', value: `${accepted.length}${session.capacity ? ` of ${session.capacity} places` : ''}` },
      { title: 'Declined', value: String(declined.length) },
      { title: 'No reply yet', value: String(noReply.length) },
      { title: 'Attended', value: String(attended.length) },
    ],
    delivery: [
      { title: 'Delivered', value: String(count(['sent'])) },
      { title: 'Still sending', value: String(count(['pending', 'sending'])) },
      { title: 'Could not be reached', value: String(count(['unreachable', 'failed'])) },
    ],
    accepted: joined(accepted),
    declined: joined(declined),
    noReply: joined(noReply),
    unreachable: unreachable.length > 0 ? unreachable.sort((a, b) => a.localeCompare(b, 'en-GB')).join(', ') : '',
  });
}
