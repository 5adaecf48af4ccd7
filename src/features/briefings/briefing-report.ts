import type { CampaignReport, DeliveryStatus } from '../../platform/proactive/campaign.js';
import { formatLondonDateTime } from '../../platform/london-time.js';
import type { Member } from '../members/member.js';
import type { Acknowledgement, Briefing } from './briefing.js';
import { issueLabel } from './briefing-cards.js';

/** One member's line in the delivery report and its CSV. */
export interface ReportRow {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly status: DeliveryStatus | 'not sent';
  readonly outcome: string;
  readonly reason: string;
  readonly sentAt?: string;
  readonly acknowledgedAt?: string;
}

export interface BriefingReport {
  readonly briefingId: string;
  readonly title: string;
  readonly issueLabel: string;
  readonly statusLine: string;
  readonly counts: readonly { readonly label: string; readonly value: string }[];
  readonly rows: readonly { readonly name: string; readonly outcome: string; readonly acknowledged: string }[];
  readonly moreRows: string;
}

const rowsOnCard = 60;

const outcomeWords: Record<ReportRow['status'], string> = {
  sent: 'Sent',
  failed: 'Failed',
  unreachable: 'Unreachable',
  pending: 'Waiting to send',
  sending: 'Sending',
  cancelled: 'Not sent (recalled first)',
  'not sent': 'Not sent to them',
};

/** Problems first, so officers see who did not get it without scrolling. */
const order: ReportRow['status'][] = ['failed', 'unreachable', 'pending', 'sending', 'cancelled', 'sent', 'not sent'];

/** Every member the briefing concerned: its recipients, those left out as unreachable, and anyone else who acknowledged it. */
export function reportRows(
  briefing: Briefing,
  delivery: CampaignReport,
  acknowledgements: readonly Acknowledgement[],
  members: readonly Member[],
): ReportRow[] {
  const membersById = new Map(members.map((member) => [member.id, member]));
  const acknowledgedAt = new Map(acknowledgements.map((acknowledgement) => [acknowledgement.memberId, acknowledgement.at]));
  const row = (memberId: string, status: ReportRow['status'], reason = '', sentAt?: string): ReportRow => {
    const member = membersById.get(memberId);
    const recalled = status === 'sent' && briefing.status === 'recalled';
    return {
      memberId,
      name: member?.name ?? member?.email ?? (memberId.startsWith('channel:') ? 'The team channel' : memberId),
      email: member?.email ?? '',
      status,
      outcome: `${outcomeWords[status]}${recalled ? ', then recalled' : ''}${reason ? `: ${reason}` : ''}`,
      reason,
      sentAt,
      acknowledgedAt: acknowledgedAt.get(memberId),
    };
  };
  const rows = [
    ...delivery.recipients.map((recipient) => row(recipient.memberId, recipient.status, recipient.status === 'sent' ? '' : (recipient.reason ?? ''), recipient.sentAt)),
    ...(briefing.leftOut ?? []).map((leftOut) => row(leftOut.memberId, 'unreachable', leftOut.reason)),
  ];
  const listed = new Set(rows.map((entry) => entry.memberId));
  for (const acknowledgement of acknowledgements) {
    if (!listed.has(acknowledgement.memberId)) rows.push(row(acknowledgement.memberId, 'not sent', 'they read it with the briefing command'));
  }
  return rows.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.name.localeCompare(b.name));
}

function statusLine(briefing: Briefing, delivery: CampaignReport, rows: readonly ReportRow[]): string {
  if (briefing.status === 'recalled') return `Recalled ${formatLondonDateTime(briefing.recalledAt!)}: deleted from members' chats.`;
  const waiting = rows.filter((entry) => entry.status === 'pending' || entry.status === 'sending').length;
  if (delivery.status === 'active' || waiting > 0) return `Sending: ${delivery.recipients.length - waiting} of ${delivery.recipients.length} done.`;
  return `Sent ${formatLondonDateTime(briefing.sentAt!)}.`;
}

/** The live delivery report: counts, then each member's outcome with its reason. */
export function briefingReport(briefing: Briefing, delivery: CampaignReport, rows: readonly ReportRow[]): BriefingReport {
  const count = (status: ReportRow['status']) => rows.filter((entry) => entry.status === status).length;
  const waiting = count('pending') + count('sending');
  const counts = [
    { label: 'Sent', value: String(count('sent')) },
    { label: 'Failed', value: String(count('failed')) },
    { label: 'Unreachable', value: String(count('unreachable')) },
    ...(waiting > 0 ? [{ label: 'Still sending', value: String(waiting) }] : []),
    ...(count('cancelled') > 0 ? [{ label: 'Not sent (recalled first)', value: String(count('cancelled')) }] : []),
    { label: 'Acknowledged', value: String(rows.filter((entry) => entry.acknowledgedAt).length) },
    { label: 'Unsubscribed (not sent)', value: String(briefing.unsubscribedCount ?? 0) },
  ];
  return {
    briefingId: briefing.id,
    title: briefing.title,
    issueLabel: issueLabel(briefing),
    statusLine: statusLine(briefing, delivery, rows),
    counts,
    rows: rows.slice(0, rowsOnCard).map((entry) => ({
      name: entry.name,
      outcome: entry.outcome,
      acknowledged: entry.acknowledgedAt ? formatLondonDateTime(entry.acknowledgedAt) : '—',
    })),
    moreRows: rows.length > rowsOnCard ? `…and ${rows.length - rowsOnCard} more: download the CSV for everyone.` : '',
  };
}

/** The CSV: one line per member, dates in London time. */
export function reportCsv(rows: readonly ReportRow[]): (readonly string[])[] {
  return [
    ['Member', 'Email', 'Outcome', 'Reason', 'Sent at', 'Acknowledged at'],
    ...rows.map((entry) => [
      entry.name,
      entry.email,
      outcomeWords[entry.status],
      entry.reason,
      entry.sentAt ? formatLondonDateTime(entry.sentAt) : '',
      entry.acknowledgedAt ? formatLondonDateTime(entry.acknowledgedAt) : '',
    ]),
  ];
}
