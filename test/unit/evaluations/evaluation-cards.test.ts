import { describe, expect, it } from 'vitest';
import { formCard, summaryCard, summaryTextBudget, thanksCard } from '../../../src/features/evaluations/evaluation-cards.js';
import { summariseEvaluations } from '../../../src/features/evaluations/evaluation-summary.js';
import { cardText } from '../../support/test-bot.js';
import { cardProblems } from '../../support/card-validator.js';
import { chartProblems, chartsIn, withChartFallbacks } from '../../support/card-charts.js';
import { appendixOneResponses, sampleEvaluation } from '../../support/evaluation-fixtures.js';

type Node = Record<string, any>;
const elements = (card: unknown, type: string): Node[] => {
  const found: Node[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node as Node).type === type) found.push(node as Node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
};

const evaluation = sampleEvaluation();
const appendixSummary = summariseEvaluations({ sessions: [evaluation], responses: appendixOneResponses(), invited: 22, minResponsesForFreeText: 3 });

describe('the evaluation form card', () => {
  const card = formCard(evaluation, 2000);

  it('names the session and its date, and says until when answers can be changed', () => {
    const text = cardText(card);
    expect(text).toContain("Members' role as Corporate Parents (Induction)");
    expect(text).toContain('Wednesday 24 June 2026');
    expect(text).toContain('until the end of Wednesday 8 July 2026');
  });

  it('asks questions 1–4 as required choices, with an error message, in the order and words of Appendix 1', () => {
    const choices = elements(card, 'Input.ChoiceSet');
    expect(choices.map((choice) => [choice.id, choice.label, choice.isRequired, choice.errorMessage, choice.style])).toEqual([
      ['objectives', '1. Were your objectives achieved?', true, 'Please answer question 1.', 'expanded'],
      ['relevance', '2. To what extent did the session cover issues relevant to your role?', true, 'Please answer question 2.', 'expanded'],
      ['satisfaction', '3. Please rate how satisfied you were with this session, overall', true, 'Please answer question 3.', 'expanded'],
      ['expectations', '4. Overall, did the session…', true, 'Please answer question 4.', 'expanded'],
    ]);
    expect(choices[2]!.choices.map((choice: Node) => choice.title)).toEqual([
      'Very satisfied', 'Fairly satisfied', 'Neither satisfied or dissatisfied', 'Fairly dissatisfied', 'Very dissatisfied', "Don't know",
    ]);
  });

  it('asks questions 5–10 as optional multi-line text with the length limit', () => {
    expect(elements(card, 'Input.Text').map((input) => [input.label, input.isMultiline, input.maxLength, input.isRequired])).toEqual([
      ['5. What have you learned today?', true, 2000, undefined],
      ['6. What do you still not understand?', true, 2000, undefined],
      ['7. What will you consider doing differently?', true, 2000, undefined],
      ['8. What did you find most beneficial?', true, 2000, undefined],
      ['9. How could the session be improved?', true, 2000, undefined],
      ['10. Any other comments?', true, 2000, undefined],
    ]);
  });

  it('submits with Action.Execute and falls back to Action.Submit with the same verb and session', () => {
    const [submit] = card.actions as Node[];
    expect(submit).toMatchObject({ type: 'Action.Execute', verb: 'evaluations.submit', data: { sessionId: 'session-1' } });
    expect(submit!.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: 'evaluations.submit', sessionId: 'session-1' } });
  });

  it('fills in the answers already given', () => {
    const [answers] = appendixOneResponses();
    const filled = formCard(evaluation, 2000, { answers });
    expect(elements(filled, 'Input.ChoiceSet').map((choice) => choice.value)).toEqual(['in-full', 'great', 'very-satisfied', 'exceeded']);
    expect(elements(filled, 'Input.Text')[0]!.value).toBe(answers!.learned);
  });

  it('binds the session title as data, never as template', () => {
    const hostile = formCard(sampleEvaluation({ title: '${sessionId}"}]} <b>' }), 2000);
    expect(cardText(hostile)).toContain('${sessionId}"}]} <b>');
    expect(cardProblems(hostile)).toEqual([]);
  });
});

describe('the thank-you card', () => {
  it('says when it was submitted and changed, shows the choices read-only, and offers a way back in', () => {
    const [answers] = appendixOneResponses();
    const card = thanksCard(evaluation, { answers: answers!, submittedAt: '2026-06-25T08:30:00Z', updatedAt: '2026-06-26T16:05:00Z' });
    const text = cardText(card);
    expect(text).toContain('Thank you — submitted on Thu, 25 Jun 2026, 09:30');
    expect(text).toContain('Changed on Fri, 26 Jun 2026, 17:05');
    expect(text).toContain('Yes, in full');
    expect(elements(card, 'Input.ChoiceSet')).toEqual([]);
    expect((card.actions as Node[]).map((action) => [action.verb, action.fallback.data.verb])).toEqual([['evaluations.open', 'evaluations.open']]);
  });
});

describe('the summary card', () => {
  const card = summaryCard(appendixSummary, 3, 'https://bot.example/api/exports/evaluation-responses?p=1');

  it('draws questions 1–4 as Teams bar charts that match their documented properties', () => {
    const charts = chartsIn(card) as Node[];
    expect(charts).toHaveLength(4);
    expect(chartProblems(card)).toEqual([]);
    expect(charts[0]!.data).toEqual([
      { x: 'Yes, in full', y: 15 },
      { x: 'Yes, partly', y: 7 },
      { x: 'No, not at all', y: 0 },
      { x: 'Too early to say', y: 0 },
    ]);
    expect(charts.map((chart) => chart.data.map((bar: Node) => bar.y))).toEqual([[15, 7, 0, 0], [16, 6, 0, 0], [18, 4, 0, 0, 0, 0], [9, 13, 0]]);
  });

  it('the chart check catches a chart Teams would not draw', () => {
    const broken = JSON.parse(JSON.stringify(card).replace('"AbsoluteNoAxis"', '"Sideways"'));
    expect(chartProblems(broken).join()).toMatch(/displayMode/);
    expect(chartProblems({ body: [{ type: 'Chart.HorizontalBar', data: [{ x: 'a', y: 1 }] }] }).join()).toMatch(/fallback/);
  });

  it('falls back to a table with every count, zeros shown, for clients without charts — a valid Adaptive Card 1.5', () => {
    const fallback = withChartFallbacks(card);
    expect(cardProblems(fallback)).toEqual([]);
    expect(chartsIn(fallback)).toEqual([]);
    const tables = elements(fallback, 'Table');
    expect(tables).toHaveLength(4);
    const rows = tables[2]!.rows.map((row: Node) => row.cells.map((cell: Node) => cell.items[0].text));
    expect(rows).toEqual([
      ['Answer', 'Responses'],
      ['Very satisfied', '18'],
      ['Fairly satisfied', '4'],
      ['Neither satisfied or dissatisfied', '0'],
      ['Fairly dissatisfied', '0'],
      ['Very dissatisfied', '0'],
      ["Don't know", '0'],
    ]);
    const text = cardText(fallback);
    expect(text).toContain('Of 22 responses:');
    expect(text).toContain("Figures still don't add up");
    expect((card.actions as Node[])[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Download responses (CSV)' });
  });

  it('below the minimum it says why the written answers are not shown', () => {
    const few = summariseEvaluations({ sessions: [evaluation], responses: appendixOneResponses().slice(0, 2), invited: 22, minResponsesForFreeText: 3 });
    const text = cardText(summaryCard(few, 3, 'https://bot.example/x'));
    expect(text).toContain('Written answers are shown once there are at least 3 responses');
    expect(text).not.toContain('What have you learned today?');
    expect(text).toContain('Of 2 responses:');
  });

  it('keeps the card within Teams limits when the written answers are long; the CSV has them in full', () => {
    const long = appendixOneResponses().map((answers) => ({ ...answers, learned: 'l'.repeat(2000), improvements: 'i'.repeat(2000) }));
    const summary = summariseEvaluations({ sessions: [evaluation], responses: long, invited: 22, minResponsesForFreeText: 3 });
    const big = summaryCard(summary, 3, 'https://bot.example/x');
    const shown = elements(big, 'TextRun').map((run) => run.text as string);
    expect(shown.every((answer) => answer.length <= summaryTextBudget.perAnswer)).toBe(true);
    expect(shown.join('').length).toBeLessThanOrEqual(summaryTextBudget.total);
    expect(JSON.stringify(big).length).toBeLessThan(40_000);
    expect(cardText(big)).toContain('the CSV download has them in full');
  });
});
