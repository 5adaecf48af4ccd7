import { describe, expect, it } from 'vitest';
import { cardTemplateNames, renderCard } from '../../../src/platform/cards/card-templates.js';
import { cardProblems } from '../../support/card-validator.js';
import { cardSamples } from '../../support/card-samples.js';

describe('card templates', () => {
  it('has sample data for every template in cards/', () => {
    expect(cardTemplateNames().filter((name) => !cardSamples[name])).toEqual([]);
  });

  for (const name of cardTemplateNames()) {
    it(`${name} expands to a valid Adaptive Card 1.5 for every sample`, () => {
      for (const sample of cardSamples[name] ?? []) {
        expect(cardProblems(renderCard(name, sample))).toEqual([]);
      }
    });
  }

  it('binds member text as data, never as template', () => {
    const card = renderCard('members-welcome', { firstName: '${injected} "}]', examples: ['a'] });
    expect(JSON.stringify(card)).toContain('Welcome, ${injected} \\"}]');
    expect(cardProblems({ ...card, body: [{ type: 'TextBlok', text: 'x' }] })).not.toEqual([]);
  });
});
