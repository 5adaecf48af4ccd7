import { describe, expect, it } from 'vitest';
import { withoutRemarks } from '../../../src/features/answers/member-remarks.js';

const squeezed = (text: string): string => withoutRemarks(text).replace(/\s+/g, ' ').trim();

describe("remarks about the member's day", () => {
  it('leaves out where the member is, what they sat through and what kept them busy', () => {
    expect(squeezed('scribbling this on the back of an agenda, which principles are about listening?')).toBe(', which principles are about listening?');
    expect(squeezed('just finished a very long licensing committee but what is a PEP?')).toBe('but what is a PEP?');
    expect(squeezed("I've been buried in the local plan consultation, when did that start?")).toBe(', when did that start?');
    expect(squeezed('walking the dog and wondering who chairs the board')).toBe('and wondering who chairs the board');
    expect(squeezed('the budget meeting was brutal, which placements cost most?')).toBe(', which placements cost most?');
    expect(squeezed('does the LGA run courses im trying to plan my training around full council dates')).toBe('does the LGA run courses im');
  });

  it('leaves out an aside in brackets, but keeps a short gloss and a child’s status', () => {
    expect(squeezed('I missed the health item (the projector kept dying) - how often are health assessments?')).toBe(
      'I missed the health item - how often are health assessments?',
    );
    expect(squeezed('How does the Healthy Child Programme (health visitors) work?')).toBe('How does the Healthy Child Programme (health visitors) work?');
    expect(squeezed("What about her EHCP (she isn't looked after)?")).toBe("What about her EHCP (she isn't looked after)?");
  });

  it("leaves out the meetings the member is squeezing the question between, before or after", () => {
    expect(squeezed('in between a parking complaint and a resident moaning about fly tipping and i keep seeing this line')).toBe('and i keep seeing this line');
    expect(squeezed('what reports should the board get because i am drafting our forward plan between the budget and the local plan items')).toBe(
      'what reports should the board get because i am drafting our forward plan',
    );
    expect(squeezed('our council tax support team rang me before the waste contract briefing asking about care leavers')).toBe('our council tax support team rang me asking about care leavers');
    expect(squeezed('sat in the chamber after a long debate on the car parking charges and why were foster carers leaving')).toBe('sat in the chamber why were foster carers leaving');
    expect(squeezed('in the licensing committee this morning we talked about CSE')).toBe('we talked about CSE');
  });

  it('leaves out waiting for a hearing, an adjournment, an election the member has been through and a pile of papers', () => {
    expect(squeezed('i was reading the bradford minutes while waiting for the licensing hearing to restart and they agreed')).toBe('i was reading the bradford minutes and they agreed');
    expect(squeezed('still looking at that evaluation while the standards hearing is adjourned how many members said')).toBe('still looking at that evaluation how many members said');
    expect(squeezed('doing a briefing note for the new intake after the by election and i need the year')).toBe('doing a briefing note for the new intake and i need the year');
    expect(squeezed('i found the guide under a pile of old local plan consultation papers and it looks old')).toBe('i found the guide and it looks old');
    expect(squeezed('ours is squeezed in between the local plan examination dates')).toBe('ours is');
  });

  it('keeps what a question compares, and a remark that names corporate parenting', () => {
    expect(squeezed("What's the difference between a care home and a nursing home?")).toBe("What's the difference between a care home and a nursing home?");
    expect(squeezed('can you set me a reminder before the next corporate parenting panel')).toBe('can you set me a reminder before the next corporate parenting panel');
  });

  it('keeps a question that is only about other business', () => {
    expect(squeezed('When are the bins collected on my street?')).toBe('When are the bins collected on my street?');
  });
});
