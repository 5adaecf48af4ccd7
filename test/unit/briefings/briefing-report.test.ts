import { describe, expect, it } from 'vitest';
import { briefingReport, reportCsv, reportRows } from '../../../src/features/briefings/briefing-report.js';
import type { Member } from '../../../src/features/members/member.js';
import type { CampaignReport } from '../../../src/platform/proactive/campaign.js';
import { sampleBriefing } from '../../support/card-samples/briefings.js';

const briefing = sampleBriefing({
  status: 'sent',
  campaignId: 'c',
  sentAt: '2026-12-03T09:00:00.000Z',
  recipientCount: 4,
  unsubscribedCount: 2,
  leftOut: [{ memberId: 'dee', reason: 'the app is not installed' }],
});

const delivery: CampaignReport = {
  campaignId: 'c',
  purpose: 'briefing',
  status: 'active',
  counts: { pending: 1, sending: 0, sent: 2, failed: 1, unreachable: 0, cancelled: 0 },
  recipients: [
    { memberId: 'ann', status: 'sent', sentAt: '2026-12-03T09:00:05.000Z', activityId: 'a1' },
    { memberId: 'bob', status: 'sent', sentAt: '2026-12-03T09:00:06.000Z', activityId: 'a2' },
    { memberId: 'cat', status: 'failed', reason: 'HTTP 400' },
    { memberId: 'eve', status: 'pending', reason: 'HTTP 503' },
  ],
};

const named = (id: string, name: string): Member =>
  ({ id, name, email: `${id}@council.example` }) as Member;
const members = [named('ann', 'Ann Adams'), named('bob', 'Bob Brown'), named('cat', 'Cat Cole'), named('dee', 'Dee Dale'), named('eve', 'Eve Ellis'), named('fay', 'Fay Ford')];
const acknowledgements = [
  { id: 'x', kind: 'acknowledgement' as const, tenantId: 't', briefingId: briefing.id, memberId: 'ann', at: '2026-12-03T10:15:00.000Z' },
  { id: 'y', kind: 'acknowledgement' as const, tenantId: 't', briefingId: briefing.id, memberId: 'fay', at: '2026-12-04T08:00:00.000Z' },
];

describe('the delivery report', () => {
  const rows = reportRows(briefing, delivery, acknowledgements, members);

  it('lists every member with their outcome and reason, problems first', () => {
    expect(rows.map((row) => [row.name, row.outcome])).toEqual([
      ['Cat Cole', 'Failed: HTTP 400'],
      ['Dee Dale', 'Unreachable: the app is not installed'],
      ['Eve Ellis', 'Waiting to send: HTTP 503'],
      ['Ann Adams', 'Sent'],
      ['Bob Brown', 'Sent'],
      ['Fay Ford', 'Not sent to them: they read it with the briefing command'],
    ]);
  });

  it('counts sent, failed, unreachable (including those left out), still sending, acknowledged and unsubscribed; live while sending', () => {
    const report = briefingReport(briefing, delivery, rows);
    expect(report.statusLine).toBe('Sending: 3 of 4 done.');
    expect(Object.fromEntries(report.counts.map((count) => [count.label, count.value]))).toEqual({
      Sent: '2',
      Failed: '1',
      Unreachable: '1',
      'Still sending': '1',
      Acknowledged: '2',
      'Unsubscribed (not sent)': '2',
    });
    expect(report.rows.find((row) => row.name === 'Ann Adams')?.acknowledged).toBe('Thu, 3 Dec 2026, 10:15');
  });

  it('says when it finished, and when it was recalled', () => {
    const finished = { ...delivery, status: 'completed' as const, recipients: delivery.recipients.filter((recipient) => recipient.status !== 'pending') };
    expect(briefingReport(briefing, finished, reportRows(briefing, finished, [], members)).statusLine).toBe('Sent Thu, 3 Dec 2026, 09:00.');
    const recalled = { ...briefing, status: 'recalled' as const, recalledAt: '2026-12-03T11:00:00.000Z' };
    const recalledRows = reportRows(recalled, finished, [], members);
    expect(briefingReport(recalled, finished, recalledRows).statusLine).toBe("Recalled Thu, 3 Dec 2026, 11:00: deleted from members' chats.");
    expect(recalledRows.find((row) => row.memberId === 'ann')?.outcome).toBe('Sent, then recalled');
  });

  it('exports a CSV line per member, dates in London time', () => {
    const csv = reportCsv(rows);
    expect(csv[0]).toEqual(['Member', 'Email', 'Outcome', 'Reason', 'Sent at', 'Acknowledged at']);
    expect(csv).toContainEqual(['Ann Adams', 'ann@council.example', 'Sent', '', 'Thu, 3 Dec 2026, 09:00', 'Thu, 3 Dec 2026, 10:15']);
    expect(csv).toContainEqual(['Cat Cole', 'cat@council.example', 'Failed', 'HTTP 400', '', '']);
    expect(csv).toHaveLength(7);
  });
});
