import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { formatLondonDate, formatLondonDateTime } from '../../platform/london-time.js';
import { choiceQuestions, optionLabel, textQuestions } from './evaluation-form.js';
import type { EvaluationResponse, SessionEvaluation } from './evaluation-repository.js';
import type { EvaluationAnswers } from './evaluation-submission.js';
import type { EvaluationSummary } from './evaluation-summary.js';

type EvaluatedSession = Pick<SessionEvaluation, 'sessionId' | 'title' | 'startsAt' | 'times'>;

/** "Wednesday 8 July 2026": the last day answers are accepted. */
export const lastDayText = (evaluation: Pick<SessionEvaluation, 'times'>): string =>
  formatLondonDate(new Date(Date.parse(evaluation.times.closesAt) - 1));

const sessionLines = (evaluation: EvaluatedSession) => ({
  sessionId: evaluation.sessionId,
  title: evaluation.title,
  dateText: formatLondonDate(evaluation.startsAt),
});

/**
 * The Appendix 1 form as card data (campaigns keep data, not cards): answers already given are filled
 * in, and a reminder says so at the top.
 */
export function formCardData(
  evaluation: EvaluatedSession,
  maxChars: number,
  options: { readonly answers?: EvaluationAnswers; readonly notice?: string } = {},
): Record<string, unknown> {
  const { answers, notice = '' } = options;
  return {
    ...sessionLines(evaluation),
    closesText: `the end of ${lastDayText(evaluation)}`,
    notice,
    choiceQuestions: choiceQuestions.map((question, index) => ({
      id: question.id,
      label: `${index + 1}. ${question.text}`,
      errorMessage: `Please answer question ${index + 1}.`,
      value: answers?.[question.id] ?? '',
      choices: question.options.map((option) => ({ title: option.label, value: option.value })),
    })),
    textQuestions: textQuestions.map((question, index) => ({
      id: question.id,
      label: `${choiceQuestions.length + index + 1}. ${question.text}`,
      value: answers?.[question.id] ?? '',
      maxChars,
    })),
  };
}

export const formCard = (...args: Parameters<typeof formCardData>): AdaptiveCard => renderCard('evaluations-form', formCardData(...args));

/** What replaces the form once it is submitted: read-only, with a way back in while it is open. */
export function thanksCard(evaluation: EvaluatedSession, response: Pick<EvaluationResponse, 'answers' | 'submittedAt' | 'updatedAt'>): AdaptiveCard {
  return renderCard('evaluations-thanks', {
    ...sessionLines(evaluation),
    submittedText: formatLondonDateTime(response.submittedAt),
    changedText: response.updatedAt === response.submittedAt ? '' : `Changed on ${formatLondonDateTime(response.updatedAt)}`,
    answers: choiceQuestions.map((question) => ({ question: question.text, answer: optionLabel(question.id, response.answers[question.id]) })),
    closingText: `You can change your answers until the end of ${lastDayText(evaluation)}.`,
  });
}

export function closedCard(evaluation: EvaluatedSession, response?: Pick<EvaluationResponse, 'submittedAt'>): AdaptiveCard {
  return renderCard('evaluations-closed', {
    ...sessionLines(evaluation),
    lastDayText: lastDayText(evaluation),
    responseText: response ? `We received your answers on ${formatLondonDateTime(response.submittedAt)} — thank you.` : 'Thank you for attending.',
  });
}

/** The officer's choice of sessions to summarise, newest first, with how many have responded. */
export function sessionsCard(
  evaluations: readonly EvaluatedSession[],
  counts: ReadonlyMap<string, { readonly invited: number; readonly responded: number }>,
): AdaptiveCard {
  return renderCard('evaluations-sessions', {
    sessions: evaluations.map((evaluation) => {
      const { invited = 0, responded = 0 } = counts.get(evaluation.sessionId) ?? {};
      return {
        title: `${evaluation.title} — ${formatLondonDate(evaluation.startsAt)} (${responded} of ${invited} responded)`,
        value: evaluation.sessionId,
      };
    }),
  });
}

/** Room for the written answers on one card (Teams refuses large cards); the CSV has them in full. */
export const summaryTextBudget = { perAnswer: 600, total: 16_000 } as const;

export function summaryCard(summary: EvaluationSummary, minResponsesForFreeText: number, downloadUrl: string): AdaptiveCard {
  let remaining = summaryTextBudget.total;
  let shortened = false;
  const textSections = summary.textQuestions.map(({ question, answers }) => {
    const shown: string[] = [];
    for (const answer of answers) {
      const text = answer.length > summaryTextBudget.perAnswer ? `${answer.slice(0, summaryTextBudget.perAnswer - 1)}…` : answer;
      if (text.length > remaining) break;
      remaining -= text.length;
      shown.push(text);
    }
    if (shown.length < answers.length || shown.some((text, index) => text !== answers[index])) shortened = true;
    const left = answers.length - shown.length;
    return {
      question,
      answers: shown,
      emptyText: answers.length === 0 ? 'No answers.' : left > 0 ? `…and ${left} more (see the CSV).` : '',
    };
  });
  const rate = summary.invited > 0 ? Math.round((summary.responses / summary.invited) * 100) : 0;
  return renderCard('evaluations-summary', {
    heading: summary.heading,
    sessionsLine: summary.sessionsLine,
    responsesText: `Of ${summary.responses} ${summary.responses === 1 ? 'response' : 'responses'}:`,
    rateText: `Sent to ${summary.invited} ${summary.invited === 1 ? 'member' : 'members'}; ${summary.responses} responded (${rate}%).`,
    choiceQuestions: summary.choiceQuestions,
    withheldText: summary.freeTextWithheld
      ? `Written answers are shown once there are at least ${minResponsesForFreeText} responses, so that nobody can be identified from them.`
      : '',
    textQuestions: summary.freeTextWithheld ? [] : textSections,
    shortenedText: shortened ? 'Some written answers are shortened to fit on this card; the CSV download has them in full.' : '',
    downloadUrl,
  });
}
