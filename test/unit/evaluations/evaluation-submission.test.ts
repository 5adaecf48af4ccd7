import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/features/evaluations/evaluation-submission.js';

const required = { objectives: 'in-full', relevance: 'moderate', satisfaction: 'dont-know', expectations: 'fell-short' };

describe('what the evaluation form may submit', () => {
  it('accepts questions 1–4 with the written answers trimmed, and blank ones left out', () => {
    expect(parseAnswers({ ...required, learned: '  Who our care leavers are  ', notUnderstood: '   ', sessionId: 's1', verb: 'x' }, 2000)).toEqual({
      answers: { ...required, learned: 'Who our care leavers are', notUnderstood: undefined, doDifferently: undefined, mostBeneficial: undefined, improvements: undefined, otherComments: undefined },
    });
  });

  it('names the question that still needs an answer', () => {
    const { relevance: _omitted, ...missingTwo } = required;
    expect(parseAnswers(missingTwo, 2000)).toEqual({ problem: 'Please answer question 2, "To what extent did the session cover issues relevant to your role?".' });
    expect(parseAnswers({ ...required, objectives: '' }, 2000)).toEqual({ problem: 'Please answer question 1, "Were your objectives achieved?".' });
  });

  it('refuses an option that is not on the form', () => {
    expect(parseAnswers({ ...required, satisfaction: 'ecstatic' }, 2000)).toEqual({
      problem: 'Your answer to question 3, "Please rate how satisfied you were with this session, overall" isn\'t one of the options on the form. Please choose one from the list.',
    });
    expect('problem' in parseAnswers({ ...required, expectations: 'Exceed your expectations' }, 2000)).toBe(true);
  });

  it('refuses written answers over the limit, saying how long they are', () => {
    expect(parseAnswers({ ...required, improvements: 'x'.repeat(2345) }, 2000)).toEqual({
      problem: 'Your answer to question 9, "How could the session be improved?" is 2,345 characters long; the limit is 2,000. Please shorten it and submit again.',
    });
    expect('answers' in parseAnswers({ ...required, improvements: 'x'.repeat(2000) }, 2000)).toBe(true);
  });

  it('refuses a written answer that is not text', () => {
    expect(parseAnswers({ ...required, otherComments: { $ne: 1 } }, 2000)).toEqual({ problem: 'Your answer to question 10, "Any other comments?" should be text.' });
  });
});
