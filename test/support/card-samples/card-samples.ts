import type { AdaptiveCard } from '../../../src/platform/cards/card-templates.js';

/**
 * Per template in cards/: either data to expand it with, or an already rendered card (from the
 * feature's own card builder). One file per feature in this folder exports `samples`.
 */
export type CardSamples = Record<string, readonly (object | AdaptiveCard)[]>;

export function isRenderedCard(sample: object): sample is AdaptiveCard {
  return (sample as { type?: unknown }).type === 'AdaptiveCard';
}
