import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { formatLondonDate, formatLondonDateTime } from '../../platform/london-time.js';
import type { Briefing } from './briefing.js';
import { londonDateAndTime } from './briefing-schedule.js';
import { itemSlots, slotsFor, type ItemSlot } from './briefing-form.js';
import type { BriefingReport } from './briefing-report.js';

/** "Issue 24 · Thursday 3 December 2026" */
export function issueLabel(briefing: Pick<Briefing, 'issueNumber' | 'sendAt'>): string {
  return `Issue ${briefing.issueNumber} · ${formatLondonDate(briefing.sendAt)}`;
}

export interface IssueCardOptions {
  /** Shown to the officer who asked for a preview: no Acknowledge button. */
  readonly preview?: boolean;
  /** When this member acknowledged it. */
  readonly acknowledgedAt?: string;
}

/** The data of the card members get; the delivery engine expands the template with it. */
export function issueCardData(briefing: Pick<Briefing, 'id' | 'title' | 'items' | 'issueNumber' | 'sendAt'>, options: IssueCardOptions = {}) {
  return {
    briefingId: briefing.id,
    title: briefing.title,
    issueLabel: issueLabel(briefing),
    items: briefing.items.map((item) => ({ heading: item.heading, text: item.text, link: item.link ?? '', imageUrl: item.imageUrl ?? '' })),
    preview: options.preview === true,
    canAcknowledge: options.preview !== true && !options.acknowledgedAt,
    acknowledgedNote: options.acknowledgedAt ? `Acknowledged ✓ ${formatLondonDateTime(options.acknowledgedAt)}. Thank you.` : '',
  };
}

export const issueCard = (briefing: Briefing, options: IssueCardOptions = {}): AdaptiveCard =>
  renderCard('briefings-issue', issueCardData(briefing, options));

function statusLine(briefing: Briefing, now: Date): string {
  const sendAt = formatLondonDateTime(briefing.sendAt);
  switch (briefing.status) {
    case 'draft':
      return briefing.sendAt <= now.toISOString()
        ? `Draft, not approved. It was due out ${sendAt}; it waits until an officer approves it.`
        : `Draft, not approved yet. It goes out ${sendAt} once approved.`;
    case 'approved':
      return briefing.sendAt <= now.toISOString()
        ? `Approved. It is going out now.`
        : `Approved ${formatLondonDateTime(briefing.approvedAt!)}. It goes out ${sendAt}.`;
    case 'sent':
      return `Sent ${formatLondonDateTime(briefing.sentAt!)} to ${briefing.recipientCount ?? 0} members${briefing.editedAt ? `; edited ${formatLondonDateTime(briefing.editedAt)}` : ''}.`;
    case 'cancelled':
      return briefing.supersededBy
        ? `Cancelled ${formatLondonDateTime(briefing.cancelledAt!)}: it was never approved, and the next issue replaced it. It was not sent.`
        : `Cancelled ${formatLondonDateTime(briefing.cancelledAt!)}. It was not sent.`;
    case 'recalled':
      return `Recalled ${formatLondonDateTime(briefing.recalledAt!)}: deleted from members' chats.`;
  }
}

export interface EditorNote {
  readonly text: string;
  readonly tone: 'good' | 'warning';
}

/** What the officer typed, in place, up to the last slot they used and one empty slot after it. */
function typedSlots(slots: readonly ItemSlot[]): ItemSlot[] {
  const used = slots.map((slot) => Object.values(slot).some(Boolean)).lastIndexOf(true);
  return slots.slice(0, Math.min(slots.length, used + 2));
}

/** The officers' card for one briefing: edit, preview, approve, send, cancel, report, recall. */
export function editorCardData(
  briefing: Briefing,
  now: Date,
  { note, problems = [], typed }: { note?: EditorNote; problems?: readonly string[]; typed?: { title: string; slots: readonly ItemSlot[]; sendDate: string; sendTime: string } } = {},
) {
  const editable = briefing.status === 'draft' || briefing.status === 'sent';
  const scheduled = londonDateAndTime(new Date(briefing.sendAt));
  const slots = typed ? typedSlots(typed.slots) : slotsFor(briefing.items);
  return {
    briefingId: briefing.id,
    revision: briefing.revision,
    issueLabel: issueLabel(briefing),
    statusLine: statusLine(briefing, now),
    note: note?.text ?? '',
    noteColour: note?.tone === 'warning' ? 'Attention' : 'Good',
    problems,
    editable,
    isDraft: briefing.status === 'draft',
    isApproved: briefing.status === 'approved',
    isSent: briefing.status === 'sent',
    isRecalled: briefing.status === 'recalled',
    saveTitle: briefing.status === 'sent' ? 'Update the sent briefing' : 'Save',
    title: typed?.title ?? briefing.title,
    sendDate: typed?.sendDate ?? scheduled.date,
    sendTime: typed?.sendTime ?? scheduled.time,
    slots: (editable ? slots : slots.filter((slot) => slot.heading)).map((slot, index) => ({
      ...slot,
      label: `Item ${index + 1}`,
      headingId: `heading${itemSlots[index]}`,
      textId: `text${itemSlots[index]}`,
      linkId: `link${itemSlots[index]}`,
      imageId: `image${itemSlots[index]}`,
    })),
  };
}

export const editorCard = (briefing: Briefing, now: Date, options: Parameters<typeof editorCardData>[2] = {}): AdaptiveCard =>
  renderCard('briefings-editor', editorCardData(briefing, now, options));

export const reportCard = (report: BriefingReport, csvUrl: string): AdaptiveCard => renderCard('briefings-report', { ...report, csvUrl });
