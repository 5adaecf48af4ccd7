import type { EvaluationAnswers } from '../../src/features/evaluations/evaluation-submission.js';
import type { SessionEvaluation } from '../../src/features/evaluations/evaluation-repository.js';
import { evaluationTimes } from '../../src/features/evaluations/evaluation-schedule.js';

/** The comments of Appendix 1, one per respondent who wrote something (a selection). */
const learned = [
  'The meaning and the importance of understanding a councillors role and responsibilities; Methods to "do" it successfully',
  'Emphasis on assurances - What to look for; Questions to ask; What actions/steps we can take to fulfil our responsibilities',
  'Different sources of information/data, guides and documents',
  'Schools responsibilities for LAC; Virtual schools',
];

/**
 * 22 responses with the distribution of Appendix 1 (Rotherham, 2016): objectives 15/7/0/0, relevance
 * 16/6/0/0, satisfaction 18/4/0/0/0/0, expectations 9/13/0.
 */
export function appendixOneResponses(): EvaluationAnswers[] {
  return Array.from({ length: 22 }, (_, index) => ({
    objectives: index < 15 ? 'in-full' : 'partly',
    relevance: index < 16 ? 'great' : 'moderate',
    satisfaction: index < 18 ? 'very-satisfied' : 'fairly-satisfied',
    expectations: index < 9 ? 'exceeded' : 'met',
    learned: learned[index],
    notUnderstood: index === 3 ? "Figures still don't add up" : undefined,
    doDifferently: undefined,
    mostBeneficial: index === 5 ? 'All of it; very informative; very engaging session' : undefined,
    improvements:
      index === 7 ? 'Bullet point printout; references; further information/web pages; more specific instruction on how to practically carry out my duties' : undefined,
    otherComments: index === 8 ? 'An excellent and informative session, encouraging important discussion' : undefined,
  }));
}

export function sampleEvaluation(fields: Partial<SessionEvaluation> = {}): SessionEvaluation {
  const startsAt = fields.startsAt ?? '2026-06-24T09:00:00Z';
  const endsAt = fields.endsAt ?? '2026-06-24T11:00:00Z';
  return {
    id: 'session-1',
    sessionId: 'session-1',
    kind: 'evaluation',
    tenantId: 'tenant-1',
    title: "Members' role as Corporate Parents (Induction)",
    startsAt,
    endsAt,
    times: evaluationTimes({ endsAt }, { windowDays: 14, chaserAfterDays: 3 }),
    createdAt: endsAt,
    chasersSent: {},
    ...fields,
  };
}
