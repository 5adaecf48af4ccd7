import { LRUCache } from 'lru-cache';
import type { AnswerEngine, AnswerResult } from './answer-engine.js';

/**
 * The engine is a pure function of the question and the asker's roles, and councillors ask the same
 * questions again and again ("what are the 7 principles?"), so recent answers are kept.
 */
export function withCachedAnswers(engine: AnswerEngine, size = 2_000): AnswerEngine {
  const cache = new LRUCache<string, AnswerResult>({ max: size });
  return {
    ...engine,
    answer(question, context) {
      const key = `${[...(context?.roles ?? [])].sort().join(',')}\n${question.trim().toLowerCase()}`;
      let result = cache.get(key);
      if (!result) {
        result = engine.answer(question, context);
        cache.set(key, result);
      }
      return result;
    },
  };
}
