import { principlesPreamble, principlesSource, sevenPrinciples } from '../../../src/features/answers/seven-principles.js';
import type { CardSamples } from './card-samples.js';

export const samples: CardSamples = {
  'answers-principles': [{ preamble: principlesPreamble, principles: sevenPrinciples, source: principlesSource }],
};
