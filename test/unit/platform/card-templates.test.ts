/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { cardTemplateNames, renderCard } from '../../../src/platform/cards/card-templates.js';
import { cardProblems } from '../../support/card-validator.js';
import { isRenderedCard, type CardSamples } from '../../support/card-samples/card-samples.js';

const featureSamples = import.meta.glob<CardSamples>('../../support/card-samples/*.ts', { eager: true, import: 'samples' });
const cardSamples: CardSamples = Object.assign({}, ...Object.values(featureSamples).filter(Boolean));

describe('card templates', () => {
  it('has sample data for every template in cards/', () => {
    expect(cardTemplateNames().filter((name) => !cardSamples[name]?.length)).toEqual([]);
  });

  for (const name of cardTemplateNames()) {
    it(`${name} is a valid Adaptive Card 1.5 for every sample`, () => {
      for (const sample of cardSamples[name] ?? []) {
        const card = isRenderedCard(sample) ? sample : renderCard(name, sample);
        expect(cardProblems(card)).toEqual([]);
      }
    });
  }

  it('binds member text as data, never as template', () => {
    const card = renderCard('members-welcome', { firstName: '${injected} "}]', examples: ['a'] });
    expect(JSON.stringify(card)).toContain('Welcome, ${injected} \\"}]');
    expect(cardProblems({ ...card, body: [{ type: 'TextBlok', text: 'x' }] })).not.toEqual([]);
  });
});
