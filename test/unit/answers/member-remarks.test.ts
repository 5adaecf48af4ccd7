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
  });

  it('leaves out an aside in brackets, but keeps a short gloss and a child’s status', () => {
    expect(squeezed('I missed the health item (the projector kept dying) - how often are health assessments?')).toBe(
      'I missed the health item - how often are health assessments?',
    );
    expect(squeezed('How does the Healthy Child Programme (health visitors) work?')).toBe('How does the Healthy Child Programme (health visitors) work?');
    expect(squeezed("What about her EHCP (she isn't looked after)?")).toBe("What about her EHCP (she isn't looked after)?");
  });

  it('keeps a question that is only about other business', () => {
    expect(squeezed('When are the bins collected on my street?')).toBe('When are the bins collected on my street?');
  });
});
