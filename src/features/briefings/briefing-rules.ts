import type { Briefing, BriefingStatus } from './briefing.js';

export type OfficerAction = 'save' | 'preview' | 'approve' | 'send-now' | 'reopen' | 'cancel' | 'recall';

/**
 * Whether an officer's button may act on the briefing as it is now: go ahead; 'done' when it already is
 * in the state asked for (a double click or retry, answered as success, changing nothing); or refused.
 */
export type Verdict = { readonly kind: 'go' } | { readonly kind: 'done' | 'refused'; readonly message: string };

const go: Verdict = { kind: 'go' };
const done = (message: string): Verdict => ({ kind: 'done', message });
const refused = (message: string): Verdict => ({ kind: 'refused', message });

const closed: Partial<Record<BriefingStatus, string>> = {
  cancelled: 'This briefing was cancelled, so it cannot be changed or sent.',
  recalled: 'This briefing was recalled, so it cannot be changed or sent again.',
};

const allowed: Record<OfficerAction, readonly BriefingStatus[]> = {
  save: ['draft', 'sent'],
  preview: ['draft', 'approved'],
  approve: ['draft'],
  'send-now': ['draft', 'approved'],
  reopen: ['approved'],
  cancel: ['draft', 'approved'],
  recall: ['sent'],
};

/** Where the action leaves a briefing: clicking it again in that state is a repeat, not a mistake. */
const alreadyDone: Partial<Record<OfficerAction, { status: BriefingStatus; message: string }>> = {
  approve: { status: 'approved', message: 'Already approved ✓' },
  'send-now': { status: 'sent', message: 'Already sent ✓' },
  reopen: { status: 'draft', message: 'It is a draft again ✓' },
  cancel: { status: 'cancelled', message: 'Already cancelled ✓' },
  recall: { status: 'recalled', message: 'Already recalled ✓' },
};

const wrongState: Record<OfficerAction, Partial<Record<BriefingStatus, string>>> = {
  save: { approved: 'It is approved, so it cannot be edited: choose Back to draft first.' },
  preview: { sent: 'It has gone out already: members have it in their chats.' },
  approve: { sent: 'It has gone out already.' },
  'send-now': {},
  reopen: { sent: 'It has gone out already: you can edit the sent cards or recall them.' },
  cancel: { sent: 'It has gone out already: recall it instead.' },
  recall: { draft: 'It has not been sent, so there is nothing to recall.', approved: 'It has not been sent yet: cancel it instead.' },
};

/**
 * The approval rules. Only a draft can be approved; editing needs a draft (or, after sending, edits the
 * sent cards); a card opened before someone else's change may not overwrite it.
 */
export function verdictFor(briefing: Pick<Briefing, 'status' | 'revision'>, action: OfficerAction, cardRevision: number): Verdict {
  const repeat = alreadyDone[action];
  if (repeat && briefing.status === repeat.status) return done(repeat.message);
  if (!allowed[action].includes(briefing.status)) {
    return refused(wrongState[action][briefing.status] ?? closed[briefing.status] ?? 'That cannot be done to this briefing any more.');
  }
  if (cardRevision !== briefing.revision) {
    return refused('Someone changed this briefing after this card was opened, so nothing was changed. Here is the latest version.');
  }
  return go;
}
