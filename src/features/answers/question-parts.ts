/**
 * Splits a question into the scene it sets and what it asks: the ask runs from the first sentence that asks
 * something (has a question mark) to the end, or is the last sentence when none does.
 */
export function splitAsk(question: string): { scene: string; ask: string } {
  const sentences = question.split(/(?<=[.?!])\s+(?=\S)/);
  if (sentences.length < 2) return { scene: '', ask: question };
  const firstAsking = sentences.findIndex((sentence) => sentence.includes('?'));
  const askIndex = firstAsking >= 0 ? firstAsking : sentences.length - 1;
  return { scene: sentences.slice(0, askIndex).join(' '), ask: sentences.slice(askIndex).join(' ') };
}
