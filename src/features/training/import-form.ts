import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { importKinds, importLimits, type ImportKind, type ImportProblem } from './csv-import.js';

export const importSubmissionSchema = z.object({
  kind: z.enum(importKinds),
  csv: z.string().max(importLimits.characters).default(''),
});

/** How many problems the card lists (the rest are counted). */
const problemsShown = 30;

export interface ImportCardModel {
  readonly kind?: ImportKind;
  readonly csv?: string;
  readonly problems?: readonly ImportProblem[];
  readonly note?: string;
}

export function importCard(model: ImportCardModel = {}): AdaptiveCard {
  const problems = model.problems ?? [];
  return renderCard('training-import', {
    kind: model.kind ?? 'attendance',
    csv: model.csv ?? '',
    note: model.note ?? '',
    problems: problems.slice(0, problemsShown).map((problem) => `Line ${problem.line}: ${problem.message}`),
    moreProblems: problems.length > problemsShown ? `…and ${problems.length - problemsShown} more.` : '',
    maxLength: importLimits.characters,
  });
}
