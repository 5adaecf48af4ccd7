import { formatLondonDate } from '../../platform/london-time.js';
import { choiceQuestions, textQuestions } from './evaluation-form.js';
import type { EvaluationAnswers } from './evaluation-submission.js';

export interface SummarisedSession {
  readonly title: string;
  readonly startsAt: string;
}

/** What the Panel's Appendix 1 said, for the chosen sessions: counts for every option, then the comments. */
export interface EvaluationSummary {
  readonly heading: string;
  readonly sessionsLine: string;
  readonly responses: number;
  readonly invited: number;
  readonly choiceQuestions: readonly {
    readonly question: string;
    readonly options: readonly { readonly label: string; readonly count: number }[];
  }[];
  /** True below the minimum number of responses: comments could identify someone, so none are shown. */
  readonly freeTextWithheld: boolean;
  readonly textQuestions: readonly { readonly question: string; readonly answers: readonly string[] }[];
}

export function summariseEvaluations(input: {
  readonly sessions: readonly SummarisedSession[];
  readonly responses: readonly EvaluationAnswers[];
  readonly invited: number;
  readonly minResponsesForFreeText: number;
}): EvaluationSummary {
  const { responses } = input;
  const freeTextWithheld = responses.length < input.minResponsesForFreeText;
  return {
    ...describeSessions(input.sessions),
    responses: responses.length,
    invited: input.invited,
    choiceQuestions: choiceQuestions.map((question) => ({
      question: question.text,
      options: question.options.map((option) => ({
        label: option.label,
        count: responses.filter((answers) => answers[question.id] === option.value).length,
      })),
    })),
    freeTextWithheld,
    textQuestions: textQuestions.map((question) => ({
      question: question.text,
      // Sorted, so the order of the comments says nothing about who answered when.
      answers: freeTextWithheld
        ? []
        : responses
            .map((answers) => answers[question.id])
            .filter((answer): answer is string => answer !== undefined)
            .sort((a, b) => a.localeCompare(b, 'en-GB')),
    })),
  };
}

/** "Induction – Summary of evaluation sheets" and which sessions it covers, as the report put it. */
function describeSessions(sessions: readonly SummarisedSession[]): { heading: string; sessionsLine: string } {
  const ordered = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const titles = [...new Set(ordered.map((session) => session.title))];
  const heading = titles.length === 1 ? `${titles[0]} – Summary of evaluation sheets` : 'Summary of evaluation sheets';
  const dates = ordered.map((session) => formatLondonDate(session.startsAt));
  if (ordered.length === 1) return { heading, sessionsLine: `Session held on ${dates[0]}` };
  if (titles.length === 1) return { heading, sessionsLine: `Sessions held on ${joinWithAnd(dates)}` };
  return { heading, sessionsLine: `Sessions: ${ordered.map((session, index) => `${session.title} (${dates[index]})`).join('; ')}` };
}

function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
