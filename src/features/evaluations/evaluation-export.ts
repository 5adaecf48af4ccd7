import { DateTime } from 'luxon';
import { z } from 'zod';
import type { CsvExport } from '../../platform/http/signed-exports.js';
import { councilTimeZone } from '../../platform/london-time.js';
import { choiceQuestions, optionLabel, textQuestions } from './evaluation-form.js';
import type { EvaluationRepository } from './evaluation-repository.js';

export const evaluationExportKind = 'evaluation-responses';

/** The link's parameters (signed, but checked all the same). */
const exportParamsSchema = z.object({
  tenantId: z.string().min(1),
  sessionIds: z
    .string()
    .min(1)
    .transform((ids) => [...new Set(ids.split(','))]),
});

const londonDay = (at: string) => DateTime.fromISO(at, { zone: councilTimeZone }).toISODate()!;

/**
 * Every response to the chosen sessions, one row each, without identities: no names, ids or keys, and
 * the day (not the time) it was submitted. Below the minimum number of responses the written answers
 * are left out, as on the summary card.
 */
export function evaluationResponsesExport(repository: EvaluationRepository, minResponsesForFreeText: number): CsvExport {
  return {
    kind: evaluationExportKind,
    async build(params) {
      const { tenantId, sessionIds } = exportParamsSchema.parse(params);
      const evaluations = await repository.evaluationsOf(tenantId, sessionIds);
      const rows = (
        await Promise.all(
          evaluations.map(async (evaluation) =>
            (await repository.responses(evaluation.sessionId))
              .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
              .map((response) => ({ evaluation, response })),
          ),
        )
      ).flat();
      const withText = rows.length >= minResponsesForFreeText;
      const header = [
        'Session',
        'Session date',
        'Submitted on',
        ...choiceQuestions.map((question) => question.text),
        ...(withText ? textQuestions.map((question) => question.text) : []),
      ];
      const body = rows.map(({ evaluation, response }) => [
        evaluation.title,
        londonDay(evaluation.startsAt),
        londonDay(response.submittedAt),
        ...choiceQuestions.map((question) => optionLabel(question.id, response.answers[question.id])),
        ...(withText ? textQuestions.map((question) => response.answers[question.id] ?? '') : []),
      ]);
      return { filename: `evaluation-responses-${sessionIds.length === 1 ? sessionIds[0] : 'combined'}.csv`, rows: [header, ...body] };
    },
  };
}
