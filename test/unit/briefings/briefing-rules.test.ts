import { describe, expect, it } from 'vitest';
import type { BriefingStatus } from '../../../src/features/briefings/briefing.js';
import { verdictFor, type OfficerAction } from '../../../src/features/briefings/briefing-rules.js';

const at = (status: BriefingStatus, revision = 3) => ({ status, revision });
const kind = (status: BriefingStatus, action: OfficerAction, cardRevision = 3) => verdictFor(at(status), action, cardRevision).kind;

describe('the approval rules', () => {
  it('only a draft can be approved', () => {
    expect(kind('draft', 'approve')).toBe('go');
    expect(verdictFor(at('sent'), 'approve', 3)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/gone out already/) });
    expect(kind('cancelled', 'approve')).toBe('refused');
    expect(kind('recalled', 'approve')).toBe('refused');
  });

  it('a second click on Approve, Send now, Back to draft, Cancel or Recall is answered as done and changes nothing', () => {
    expect(verdictFor(at('approved', 4), 'approve', 3)).toEqual({ kind: 'done', message: 'Already approved ✓' });
    expect(kind('sent', 'send-now', 3)).toBe('done');
    expect(kind('draft', 'reopen', 2)).toBe('done');
    expect(kind('cancelled', 'cancel', 2)).toBe('done');
    expect(kind('recalled', 'recall', 2)).toBe('done');
  });

  it('an approved briefing cannot be edited until it is back to draft', () => {
    expect(verdictFor(at('approved'), 'save', 3)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Back to draft/) });
    expect(kind('approved', 'reopen')).toBe('go');
  });

  it('a sent briefing can be edited in place or recalled, not cancelled', () => {
    expect(kind('sent', 'save')).toBe('go');
    expect(kind('sent', 'recall')).toBe('go');
    expect(verdictFor(at('sent'), 'cancel', 3)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/recall it instead/) });
  });

  it('only a sent briefing can be recalled; one not yet sent is cancelled instead', () => {
    expect(verdictFor(at('approved'), 'recall', 3)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/cancel it instead/) });
    expect(kind('draft', 'recall')).toBe('refused');
  });

  it('drafts and approved briefings can be sent now or cancelled; closed ones cannot be touched', () => {
    for (const status of ['draft', 'approved'] as const) {
      expect(kind(status, 'send-now')).toBe('go');
      expect(kind(status, 'cancel')).toBe('go');
      expect(kind(status, 'preview')).toBe('go');
    }
    for (const action of ['save', 'preview', 'send-now', 'reopen'] as const) {
      expect(kind('cancelled', action)).toBe('refused');
      expect(kind('recalled', action)).toBe('refused');
    }
  });

  it('a card opened before someone else’s change cannot overwrite it', () => {
    expect(verdictFor(at('draft', 5), 'save', 4)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Someone changed this briefing/) });
    expect(kind('draft', 'approve', 4)).toBe('refused');
    expect(kind('approved', 'send-now', 2)).toBe('refused');
  });
});
