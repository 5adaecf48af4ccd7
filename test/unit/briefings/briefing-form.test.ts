import { describe, expect, it } from 'vitest';
import { editorSubmissionSchema, readEditor, slotsFor } from '../../../src/features/briefings/briefing-form.js';

const base = { briefingId: 'briefing:2026-12-03', revision: '2', title: 'Corporate parenting briefing', sendDate: '2026-12-03', sendTime: '09:00' };
const parse = (fields: Record<string, unknown>) => editorSubmissionSchema.parse({ ...base, ...fields });

describe('the briefing editor form', () => {
  it('reads filled slots as items in order, trims them and drops empty ones', () => {
    const reading = readEditor(parse({ heading1: ' Training ', text1: 'Come along.', heading3: 'Reg 44', text3: 'Visits.', link3: 'https://www.gov.uk/reg-44' }), true);
    expect(reading).toEqual({
      ok: true,
      title: 'Corporate parenting briefing',
      items: [
        { heading: 'Training', text: 'Come along.' },
        { heading: 'Reg 44', text: 'Visits.', link: 'https://www.gov.uk/reg-44' },
      ],
      sendAt: new Date('2026-12-03T09:00:00Z'),
    });
  });

  it('names every problem at once', () => {
    const reading = readEditor(parse({ title: '', heading1: 'No text', text2: 'No heading', heading3: 'Bad link', text3: 'x', link3: 'javascript:alert(1)', heading4: 'Plain picture', text4: 'x', image4: 'http://example.org/a.png', sendDate: '' }), true);
    expect(reading).toEqual({
      ok: false,
      problems: [
        'Give the briefing a title.',
        'Item 1 needs some text.',
        'Item 2 needs a heading.',
        'Item 3: the Read more link must be a web address starting https://',
        'Item 4: the picture link must be a web address starting https://',
        'Choose a send date and a time.',
      ],
    });
  });

  it('needs at least one item', () => {
    expect(readEditor(parse({}), false)).toEqual({ ok: false, problems: ['Add at least one item (a heading and some text).'] });
  });

  it('a sent briefing keeps its send time: the date and time are not read', () => {
    expect(readEditor(parse({ heading1: 'A', text1: 'B', sendDate: 'nonsense' }), false)).toMatchObject({ ok: true, sendAt: undefined });
  });

  it('rejects forged or oversized submissions outright', () => {
    expect(editorSubmissionSchema.safeParse({ ...base, briefingId: 'members:1' }).success).toBe(false);
    expect(editorSubmissionSchema.safeParse({ ...base, text1: 'x'.repeat(1001) }).success).toBe(false);
    expect(editorSubmissionSchema.safeParse({ ...base, title: 'x'.repeat(121) }).success).toBe(false);
    expect(editorSubmissionSchema.safeParse({ ...base, heading2: { nested: true } }).success).toBe(false);
    expect(editorSubmissionSchema.safeParse({ ...base, revision: 'abc' }).success).toBe(false);
  });

  it('offers one empty slot after the items, up to six', () => {
    expect(slotsFor([{ heading: 'A', text: 'B' }])).toEqual([
      { heading: 'A', text: 'B', link: '', imageUrl: '' },
      { heading: '', text: '', link: '', imageUrl: '' },
    ]);
    expect(slotsFor(Array.from({ length: 6 }, () => ({ heading: 'A', text: 'B' })))).toHaveLength(6);
  });
});
