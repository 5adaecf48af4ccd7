import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Template } from 'adaptivecards-templating';

export const cardsDirectory = fileURLToPath(new URL('../../../cards/', import.meta.url));

/** An Adaptive Card as JSON, ready to attach to a message or return from an invoke. */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

const templates = new Map<string, Template>();

function templateFor(name: string): Template {
  let template = templates.get(name);
  if (!template) {
    const json: unknown = JSON.parse(readFileSync(`${cardsDirectory}${name}.json`, 'utf8'));
    template = new Template(json);
    templates.set(name, template);
  }
  return template;
}

/** Every template name in cards/, for tests that validate them all. */
export function cardTemplateNames(): string[] {
  return readdirSync(cardsDirectory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/**
 * Expands a template from cards/ with data. Data is bound by the templating engine,
 * so user-supplied text can never change the card's structure.
 */
export function renderCard(name: string, data: object): AdaptiveCard {
  return templateFor(name).expand({ $root: data }) as AdaptiveCard;
}
