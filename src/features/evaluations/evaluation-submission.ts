import { z } from 'zod';
import { choiceQuestions, textQuestions, type ChoiceQuestion } from './evaluation-form.js';

/**
 * What every evaluation button carries. The form's answers ride along with it and are checked by
 * `parseAnswers`, so that a member is told exactly which answer to fix rather than "something was wrong".
 */
export const sessionActionSchema = z.looseObject({ sessionId: z.string().trim().min(1).max(200) });
export type SessionAction = z.infer<typeof sessionActionSchema>;

const numbered = (index: number, text: string) => `question ${index + 1}, "${text}"`;

function choiceAnswer<Question extends ChoiceQuestion>(question: Question) {
  const about = numbered(choiceQuestions.indexOf(question), question.text);
  return z.enum(
    question.options.map((option) => option.value),
    {
      error: (issue) =>
        issue.input === undefined || issue.input === ''
          ? `Please answer ${about}.`
          : `Your answer to ${about} isn't one of the options on the form. Please choose one from the list.`,
    },
  );
}

function textAnswer(index: number, text: string, maxChars: number) {
  const about = numbered(choiceQuestions.length + index, text);
  return z
    .string({ error: `Your answer to ${about} should be text.` })
    .trim()
    .max(maxChars, {
      error: (issue) =>
        `Your answer to ${about} is ${String(issue.input).length.toLocaleString('en-GB')} characters long; the limit is ${maxChars.toLocaleString('en-GB')}. Please shorten it and submit again.`,
    })
    .optional()
    .transform((value) => (value ? value : undefined));
}

/** The Appendix 1 answers as the server accepts them: questions 1–4 required, 5–10 optional and bounded. */
export function answersSchema(maxChars: number) {
  const [objectives, relevance, satisfaction, expectations] = choiceQuestions;
  const [learned, notUnderstood, doDifferently, mostBeneficial, improvements, otherComments] = textQuestions;
  return z.object({
    objectives: choiceAnswer(objectives),
    relevance: choiceAnswer(relevance),
    satisfaction: choiceAnswer(satisfaction),
    expectations: choiceAnswer(expectations),
    learned: textAnswer(0, learned.text, maxChars),
    notUnderstood: textAnswer(1, notUnderstood.text, maxChars),
    doDifferently: textAnswer(2, doDifferently.text, maxChars),
    mostBeneficial: textAnswer(3, mostBeneficial.text, maxChars),
    improvements: textAnswer(4, improvements.text, maxChars),
    otherComments: textAnswer(5, otherComments.text, maxChars),
  });
}

export type EvaluationAnswers = z.infer<ReturnType<typeof answersSchema>>;

/** The member's answers, or the first problem with them in words they can act on. */
export function parseAnswers(data: Record<string, unknown>, maxChars: number): { answers: EvaluationAnswers } | { problem: string } {
  const parsed = answersSchema(maxChars).safeParse(data);
  if (parsed.success) return { answers: parsed.data };
  return { problem: parsed.error.issues[0]?.message ?? 'Please check your answers and submit again.' };
}
