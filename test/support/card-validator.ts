import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

let validate: ValidateFunction | undefined;

/** The official Adaptive Card 1.5 schema (what Teams renders for bots), compiled once. */
function cardValidator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(new URL('../../../shared/schemas/adaptive-card-1.5.json', import.meta.url), 'utf8'));
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormats as unknown as (ajv: Ajv) => void)(ajv);
    ajv.addMetaSchema(draft06);
    validate = ajv.compile(schema);
  }
  return validate;
}

/** Problems with a card against Adaptive Card 1.5 (empty when valid), plus version ≤ 1.5. */
export function cardProblems(card: unknown): string[] {
  const check = cardValidator();
  const problems: string[] = [];
  if (!check(card)) {
    problems.push(...(check.errors ?? []).slice(0, 10).map((error) => `${error.instancePath} ${error.message}`));
  }
  const version = (card as { version?: string }).version ?? '';
  if (!/^1\.[0-5]$/.test(version)) problems.push(`version ${version} is not ≤ 1.5`);

  return problems;
}
