import { describe, expect, it } from 'vitest';
import { sevenPrinciples } from '../../../src/features/answers/seven-principles.js';
import { articlesReviewedBetween, carriedItems, draftBriefing, principleOfTheFortnight } from '../../../src/features/briefings/briefing-draft.js';
import type { SessionSummary } from '../../../src/features/training/training-view.js';

const session = (n: number, fields: Partial<SessionSummary> = {}): SessionSummary => ({
  id: `s${n}`,
  tenantId: 't',
  title: `Session ${n}`,
  level: 1,
  startsAt: '2026-12-10T18:00:00.000Z',
  endsAt: '2026-12-10T20:00:00.000Z',
  place: 'Committee Room 2',
  status: 'published',
  countsAsCorporateParenting: true,
  ...fields,
});

const article = (title: string, reviewed: string) => ({ title, reviewed });

describe('the auto-draft', () => {
  it('rotates the principle of the fortnight through all seven, by issue number', () => {
    expect(principleOfTheFortnight(1)).toBe(sevenPrinciples[0]);
    expect(principleOfTheFortnight(2)).toBe(sevenPrinciples[1]);
    expect(principleOfTheFortnight(7)).toBe(sevenPrinciples[6]);
    expect(principleOfTheFortnight(8)).toBe(sevenPrinciples[0]);
    expect(new Set(Array.from({ length: 7 }, (_, index) => principleOfTheFortnight(index + 15).letter)).size).toBe(7);
  });

  it('lists the articles reviewed since the last issue, up to today, newest first', () => {
    const articles = [article('Old', '2026-11-01'), article('Same day as last issue', '2026-11-19'), article('New', '2026-11-20'), article('Newer', '2026-11-27'), article('Future', '2026-12-05')];
    expect(articlesReviewedBetween(articles, '2026-11-19', '2026-11-30').map((entry) => entry.title)).toEqual(['Newer', 'New']);
  });

  it('has the training coming up (London times), the principle with its question, new guidance and the compliance figure', () => {
    const { title, items } = draftBriefing({
      issueNumber: 2,
      sessions: [
        session(1, { title: 'Corporate parenting: the essentials' }),
        session(2, { title: 'Regulation 44 visits', level: 2, startsAt: '2027-01-05T10:00:00.000Z', place: undefined, meetingUrl: 'https://teams.example/meet' }),
      ],
      articles: [article('Staying put', '2026-11-23'), article('The local offer', '2026-11-23')],
      complianceHeadline: '53 out of 63 members (84%) have attended corporate parenting training since May 2026',
    });
    expect(title).toBe('Corporate parenting briefing');
    expect(items.map((item) => item.heading)).toEqual([
      'Training in the next four weeks',
      'Principle of the fortnight: encourage them to express their views',
      'New and updated guidance',
      'Corporate parenting training so far',
    ]);
    expect(items[0]!.text).toContain('**Corporate parenting: the essentials** (Level 1, for all members): Thu, 10 Dec 2026, 18:00, Committee Room 2');
    expect(items[0]!.text).toContain('**Regulation 44 visits** (Level 2, targeted): Tue, 5 Jan 2027, 10:00, online');
    expect(items[1]!.text).toContain('“to encourage those children and young people to express their views, wishes and feelings”');
    expect(items[1]!.text).toContain('When did I last hear directly from a child in care or a care leaver, and how?');
    expect(items[1]!.link).toBe('https://www.legislation.gov.uk/ukpga/2017/16/section/1/enacted');
    expect(items[2]!.text).toBe('- Staying put\n- The local offer\n\nAsk me about any of these in this chat.');
    expect(items[3]!.text).toBe('53 out of 63 members (84%) have attended corporate parenting training since May 2026.');
  });

  it('keeps long lists short, and leaves out what there is nothing to say about', () => {
    const { items } = draftBriefing({
      issueNumber: 9,
      sessions: [],
      articles: Array.from({ length: 12 }, (_, index) => article(`Article ${index + 1}`, '2026-11-23')),
      complianceHeadline: '',
    });
    expect(items.map((item) => item.heading)).toEqual(['Principle of the fortnight: encourage them to express their views', 'New and updated guidance']);
    expect(items[1]!.text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(6);
    expect(items[1]!.text).toContain('- and 7 more');
  });
});

describe('what a later draft takes over from an unapproved one it replaces', () => {
  const item = (heading: string) => ({ heading, text: `${heading} text` });

  it('the items officers had in it that the later draft lacks, up to the item limit', () => {
    const replaced = { revision: 2, items: [item('Foster carer fortnight'), item('Upcoming training'), item('Care leaver covenant')] };
    const later = { items: [item('Upcoming training'), item('Principle of the fortnight')] };
    expect(carriedItems(replaced, later).map((entry) => entry.heading)).toEqual(['Foster carer fortnight', 'Care leaver covenant']);
    const full = { items: ['a', 'b', 'c', 'd', 'e'].map(item) };
    expect(carriedItems(replaced, full)).toHaveLength(1);
  });

  it('nothing from a draft no officer touched: the later draft has fresher versions of its items', () => {
    expect(carriedItems({ revision: 0, items: [item('Upcoming training')] }, { items: [] })).toEqual([]);
  });
});
