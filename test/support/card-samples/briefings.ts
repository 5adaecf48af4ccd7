import type { Briefing } from '../../../src/features/briefings/briefing.js';
import { editorCard, issueCard, reportCard } from '../../../src/features/briefings/briefing-cards.js';
import type { CardSamples } from './card-samples.js';

const now = new Date('2026-11-30T09:00:00Z');

/** A briefing as stored, for card samples and tests: an auto-draft with every kind of item. */
export function sampleBriefing(fields: Partial<Briefing> = {}): Briefing {
  return {
    id: 'briefing:2026-12-03',
    kind: 'briefing',
    tenantId: 'tenant',
    issueDate: '2026-12-03',
    issueNumber: 24,
    title: 'Corporate parenting briefing',
    items: [
      { heading: 'Training in the next four weeks', text: '- **Corporate parenting: the essentials** (Level 1): Thu, 10 Dec 2026, 18:00' },
      {
        heading: 'Principle of the fortnight: encourage them to express their views',
        text: 'The council must have regard to the need “to encourage those children and young people to express their views, wishes and feelings”.',
        link: 'https://www.legislation.gov.uk/ukpga/2017/16/section/1/enacted',
      },
      { heading: 'Children in Care Council', text: 'Their new pledge is out.', imageUrl: 'https://www.example.gov.uk/pledge.png' },
    ],
    status: 'draft',
    sendAt: '2026-12-03T09:00:00.000Z',
    reviewAt: '2026-11-30T09:00:00.000Z',
    revision: 2,
    draftedAt: '2026-11-30T09:00:00.000Z',
    draftedBy: 'auto',
    updatedAt: '2026-11-30T09:00:00.000Z',
    ...fields,
  };
}

const approved = sampleBriefing({ status: 'approved', approvedAt: '2026-11-30T10:00:00.000Z' });
const sent = sampleBriefing({ status: 'sent', campaignId: 'briefing:tenant:2026-12-03:r3', sentAt: '2026-12-03T09:00:00.000Z', recipientCount: 57 });

export const samples: CardSamples = {
  'briefings-issue': [
    issueCard(sent),
    issueCard(sampleBriefing(), { preview: true }),
    issueCard(sent, { acknowledgedAt: '2026-12-03T10:15:00.000Z' }),
  ],
  'briefings-editor': [
    editorCard(sampleBriefing(), now, { note: { text: 'Here is the draft.', tone: 'good' } }),
    editorCard(sampleBriefing(), now, {
      problems: ['Item 2 needs some text.'],
      typed: { title: 'Draft', sendDate: '2026-12-03', sendTime: '09:00', slots: [{ heading: 'A', text: 'B', link: '', imageUrl: '' }, { heading: 'C', text: '', link: '', imageUrl: '' }] },
    }),
    editorCard(approved, now),
    editorCard(sent, now, { note: { text: 'Updated.', tone: 'warning' } }),
    editorCard(sampleBriefing({ status: 'cancelled', cancelledAt: '2026-12-01T09:00:00.000Z' }), now),
    editorCard(sampleBriefing({ ...sent, status: 'recalled', recalledAt: '2026-12-03T11:00:00.000Z' }), now),
  ],
  'briefings-report': [
    reportCard(
      {
        briefingId: sent.id,
        title: sent.title,
        issueLabel: 'Issue 24 · Thursday 3 December 2026',
        statusLine: 'Sending: 40 of 57 done.',
        counts: [
          { label: 'Sent', value: '40' },
          { label: 'Acknowledged', value: '12' },
        ],
        rows: [{ name: 'Councillor Alex', outcome: 'Failed: HTTP 400', acknowledged: '—' }],
        moreRows: '…and 5 more: download the CSV for everyone.',
      },
      'https://companion.example.gov.uk/api/exports/briefing-deliveries?p=x',
    ),
  ],
};
