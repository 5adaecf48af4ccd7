import { z } from 'zod';
import { maxItems, type BriefingItem } from './briefing.js';
import { londonClockTime } from '../../platform/london-time.js';

const limits = { title: 120, heading: 120, text: 1000, url: 500 } as const;

const briefingId = z.string().regex(/^briefing:\d{4}-\d{2}-\d{2}$/);
/** Templating may hand the revision back as a number or as text. */
const revision = z.coerce.number().int().min(0).max(1_000_000);

/** The ids a briefing's buttons carry. */
export const briefingRefSchema = z.object({ briefingId });
export const revisionRefSchema = z.object({ briefingId, revision });

const field = (max: number) => z.string().max(max).default('').transform((value) => value.trim());

export const itemSlots = [1, 2, 3, 4, 5, 6] as const;
type SlotKey = `${'heading' | 'text' | 'link' | 'image'}${(typeof itemSlots)[number]}`;
const slotShape = Object.fromEntries(
  itemSlots.flatMap((n) => [
    [`heading${n}`, field(limits.heading)],
    [`text${n}`, field(limits.text)],
    [`link${n}`, field(limits.url)],
    [`image${n}`, field(limits.url)],
  ]),
) as Record<SlotKey, ReturnType<typeof field>>;

export interface ItemSlot {
  readonly heading: string;
  readonly text: string;
  readonly link: string;
  readonly imageUrl: string;
}

/** What the editor card submits: the title, six item slots (some empty) and, for drafts, when to send. */
export const editorSubmissionSchema = z
  .object({
    briefingId,
    revision,
    title: field(limits.title),
    sendDate: z.string().max(10).default(''),
    sendTime: z.string().max(8).default(''),
    ...slotShape,
  })
  .transform((submission) => ({
    briefingId: submission.briefingId,
    revision: submission.revision,
    title: submission.title,
    sendDate: submission.sendDate,
    sendTime: submission.sendTime,
    slots: itemSlots.map(
      (n): ItemSlot => ({
        heading: submission[`heading${n}`],
        text: submission[`text${n}`],
        link: submission[`link${n}`],
        imageUrl: submission[`image${n}`],
      }),
    ),
  }));
export type EditorSubmission = z.infer<typeof editorSubmissionSchema>;

const webAddress = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const secureAddress = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

export type EditorReading =
  | { readonly ok: true; readonly title: string; readonly items: BriefingItem[]; readonly sendAt?: Date }
  | { readonly ok: false; readonly problems: string[] };

/** Checks what an officer typed; every problem is named so the card can show them all at once. */
export function readEditor(submission: EditorSubmission, withSendTime: boolean): EditorReading {
  const problems: string[] = [];
  if (!submission.title) problems.push('Give the briefing a title.');
  const items: BriefingItem[] = [];
  submission.slots.forEach((slot, index) => {
    const name = `Item ${index + 1}`;
    if (!slot.heading && !slot.text && !slot.link && !slot.imageUrl) return;
    if (!slot.heading) problems.push(`${name} needs a heading.`);
    if (!slot.text) problems.push(`${name} needs some text.`);
    if (slot.link && !webAddress.safeParse(slot.link).success) problems.push(`${name}: the Read more link must be a web address starting https://`);
    if (slot.imageUrl && !secureAddress.safeParse(slot.imageUrl).success) problems.push(`${name}: the picture link must be a web address starting https://`);
    items.push({ heading: slot.heading, text: slot.text, ...(slot.link ? { link: slot.link } : {}), ...(slot.imageUrl ? { imageUrl: slot.imageUrl } : {}) });
  });
  if (items.length === 0) problems.push('Add at least one item (a heading and some text).');
  let sendAt: Date | undefined;
  if (withSendTime) {
    sendAt = /^\d{4}-\d{2}-\d{2}$/.test(submission.sendDate) && /^\d{2}:\d{2}$/.test(submission.sendTime)
      ? londonClockTime(submission.sendDate, submission.sendTime)
      : undefined;
    if (!sendAt) problems.push('Choose a send date and a time.');
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, title: submission.title, items, sendAt };
}

/** The editor's slots for these items: each item, then one empty slot to add another (up to six). */
export function slotsFor(items: readonly BriefingItem[]): ItemSlot[] {
  const filled = items.map((item) => ({ heading: item.heading, text: item.text, link: item.link ?? '', imageUrl: item.imageUrl ?? '' }));
  return filled.length < maxItems ? [...filled, { heading: '', text: '', link: '', imageUrl: '' }] : filled;
}
