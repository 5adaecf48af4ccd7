import { closedCard, formCard, sessionsCard, summaryCard, thanksCard } from '../../../src/features/evaluations/evaluation-cards.js';
import { summariseEvaluations } from '../../../src/features/evaluations/evaluation-summary.js';
import { withChartFallbacks } from '../card-charts.js';
import { appendixOneResponses, sampleEvaluation } from '../evaluation-fixtures.js';
import type { CardSamples } from './card-samples.js';

const evaluation = sampleEvaluation();
const responses = appendixOneResponses();
const response = { answers: responses[0]!, submittedAt: '2026-06-25T08:30:00Z', updatedAt: '2026-06-25T08:30:00Z' };
const summaryOf = (count: number) =>
  summariseEvaluations({
    sessions: [evaluation, sampleEvaluation({ sessionId: 'session-2', startsAt: '2026-07-22T09:00:00Z' })],
    responses: responses.slice(0, count),
    invited: 24,
    minResponsesForFreeText: 3,
  });

// The summary's bar charts are not in the 1.5 schema: the samples are the cards as clients without charts
// render them; test/unit/evaluations/evaluation-cards.test.ts checks the charts themselves.
export const samples: CardSamples = {
  'evaluations-form': [
    formCard(evaluation, 2000),
    formCard(evaluation, 2000, { answers: response.answers, notice: 'Last reminder: this evaluation closes at the end of tomorrow.' }),
  ],
  'evaluations-thanks': [thanksCard(evaluation, response), thanksCard(evaluation, { ...response, updatedAt: '2026-06-26T16:00:00Z' })],
  'evaluations-closed': [closedCard(evaluation), closedCard(evaluation, response)],
  'evaluations-sessions': [sessionsCard([evaluation], new Map([['session-1', { invited: 24, responded: 22 }]]))],
  'evaluations-summary': [
    withChartFallbacks(summaryCard(summaryOf(22), 3, 'https://companion.example.gov.uk/api/exports/evaluation-responses?p=x')),
    withChartFallbacks(summaryCard(summaryOf(2), 3, 'https://companion.example.gov.uk/api/exports/evaluation-responses?p=x')),
  ],
};
