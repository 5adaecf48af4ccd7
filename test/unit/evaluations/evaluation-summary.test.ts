import { describe, expect, it } from 'vitest';
import { summariseEvaluations } from '../../../src/features/evaluations/evaluation-summary.js';
import { appendixOneResponses } from '../../support/evaluation-fixtures.js';

const induction = { title: "Members' role as Corporate Parents 2016 (Induction)", startsAt: '2016-06-24T09:00:00Z' };
const secondInduction = { ...induction, startsAt: '2016-07-22T09:00:00Z' };

const table = (summary: ReturnType<typeof summariseEvaluations>) =>
  summary.choiceQuestions.map(({ question, options }) => [question, options.map(({ label, count }) => `${label} ${count}`)]);

describe('the evaluation summary (Appendix 1)', () => {
  it('22 responses with the distribution of Appendix 1 give back exactly its table, zeros included', () => {
    const summary = summariseEvaluations({ sessions: [secondInduction, induction], responses: appendixOneResponses(), invited: 22, minResponsesForFreeText: 3 });

    expect(summary.responses).toBe(22);
    expect(table(summary)).toEqual([
      ['Were your objectives achieved?', ['Yes, in full 15', 'Yes, partly 7', 'No, not at all 0', 'Too early to say 0']],
      ['To what extent did the session cover issues relevant to your role?', ['To a great extent 16', 'To a moderate extent 6', 'To a small extent 0', 'Not at all 0']],
      [
        'Please rate how satisfied you were with this session, overall',
        ['Very satisfied 18', 'Fairly satisfied 4', 'Neither satisfied or dissatisfied 0', 'Fairly dissatisfied 0', 'Very dissatisfied 0', "Don't know 0"],
      ],
      ['Overall, did the session…', ['Exceed your expectations 9', 'Meet your expectations 13', 'Fall short of your expectations 0']],
    ]);
  });

  it('names the sessions it combines, as the report did', () => {
    const summary = summariseEvaluations({ sessions: [secondInduction, induction], responses: [], invited: 0, minResponsesForFreeText: 3 });
    expect(summary.heading).toBe("Members' role as Corporate Parents 2016 (Induction) – Summary of evaluation sheets");
    expect(summary.sessionsLine).toBe('Sessions held on Friday 24 June 2016 and Friday 22 July 2016');

    const mixed = summariseEvaluations({ sessions: [induction, { title: 'Level 2: scrutiny', startsAt: '2016-06-07T09:00:00Z' }], responses: [], invited: 0, minResponsesForFreeText: 3 });
    expect(mixed.heading).toBe('Summary of evaluation sheets');
    expect(mixed.sessionsLine).toBe("Sessions: Level 2: scrutiny (Tuesday 7 June 2016); Members' role as Corporate Parents 2016 (Induction) (Friday 24 June 2016)");

    expect(summariseEvaluations({ sessions: [induction], responses: [], invited: 0, minResponsesForFreeText: 3 }).sessionsLine).toBe('Session held on Friday 24 June 2016');
  });

  it('lists the written answers under each question, in an order that says nothing about who wrote them', () => {
    const summary = summariseEvaluations({ sessions: [induction], responses: appendixOneResponses(), invited: 22, minResponsesForFreeText: 3 });
    expect(summary.freeTextWithheld).toBe(false);
    expect(summary.textQuestions.map(({ question, answers }) => [question, answers.length])).toEqual([
      ['What have you learned today?', 4],
      ['What do you still not understand?', 1],
      ['What will you consider doing differently?', 0],
      ['What did you find most beneficial?', 1],
      ['How could the session be improved?', 1],
      ['Any other comments?', 1],
    ]);
    expect(summary.textQuestions[1]!.answers).toEqual(["Figures still don't add up"]);
    const learned = summary.textQuestions[0]!.answers;
    expect(learned).toEqual([...learned].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  it('withholds every written answer below the minimum number of responses, but still counts the choices', () => {
    const two = appendixOneResponses().slice(0, 2);
    const summary = summariseEvaluations({ sessions: [induction], responses: two, invited: 22, minResponsesForFreeText: 3 });
    expect(summary.freeTextWithheld).toBe(true);
    expect(summary.textQuestions.every(({ answers }) => answers.length === 0)).toBe(true);
    expect(summary.choiceQuestions[0]!.options[0]).toEqual({ label: 'Yes, in full', count: 2 });
    expect(summariseEvaluations({ sessions: [induction], responses: appendixOneResponses().slice(0, 3), invited: 22, minResponsesForFreeText: 3 }).freeTextWithheld).toBe(false);
  });
});
