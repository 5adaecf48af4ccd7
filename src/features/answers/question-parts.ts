/** Where a question's scene is: before what it asks, after it, on both sides, or nowhere. */
export type ScenePlace = 'none' | 'before' | 'after' | 'around';

/**
 * Splits a question into the scene it sets and what it asks. The ask runs from the first sentence that asks
 * something (has a question mark) to the last one that asks, marked or not ("…? what are the permit rules"), or
 * is the last sentence when none has a question mark. The sentences around it are the scene, whether they come
 * first ("At board the VSH mentioned a late PEP. How quickly should a PEP be done?") or after ("How often should a
 * board meet? The examples I've seen seem really different.").
 */
export function splitAsk(question: string): { scene: string; ask: string; scenePlace: ScenePlace } {
  const { scene, ask, scenePlace } = askParts(question);
  return { scene, ask, scenePlace };
}

export type AskParts = {
  readonly scene: string;
  readonly ask: string;
  readonly scenePlace: ScenePlace;
  /**
   * The sentences of the ask that ask something, without the remarks between them ("… in 2014? That was the waste
   * contract row. Was it…?"); the whole ask when none is marked as asking ("book me the committee room").
   */
  readonly asking: string;
  /** The question up to the end of what it asks, without the aside after it ("… What is it? I'll be at the leisure centre later."). */
  readonly upToTheAsk: string;
  /** Typed as one sentence: the scene, if any, was found by the words that start the ask ("… so how many…"). */
  readonly inOneBreath: boolean;
};

/** Every part of the question the scope guard reads, from one split into sentences. */
export function askParts(question: string): AskParts {
  const sentences = question.split(sentenceBreak);
  if (sentences.length < 2) return oneBreathParts(question);
  const { askStart, askEnd } = askBounds(sentences);
  const askSentences = sentences.slice(askStart, askEnd);
  const asking = askSentences.filter((sentence) => sentence.includes('?') || asksUnmarked.test(sentence));
  const before = askStart > 0;
  const after = askEnd < sentences.length;
  return {
    scene: [...sentences.slice(0, askStart), ...sentences.slice(askEnd)].join(' '),
    ask: askSentences.join(' '),
    scenePlace: before && after ? 'around' : before ? 'before' : after ? 'after' : 'none',
    asking: (asking.length > 0 ? asking : askSentences).join(' '),
    upToTheAsk: sentences.slice(0, askEnd).join(' '),
    inOneBreath: false,
  };
}

/** The words a question opens with ("what…", "can…", "should…"). */
const questionOpeners = 'what|whats|how|who|whos|which|when|where|why|is|are|can|could|does|do|did|should|would|will';

/**
 * A message typed in one breath has no sentences to split, but its question often starts after "so" or "but" ("…in
 * between the car parking charges item and the bus consultation the chief exec said… but whats the difference"): what
 * comes before is the scene. Only a long lead-in counts, so "is it so what I think" stays whole.
 */
function oneBreathParts(question: string): AskParts {
  const whole: AskParts = { scene: '', ask: question, scenePlace: 'none', asking: question, upToTheAsk: question, inOneBreath: true };
  const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  const fits = (start: number): boolean => wordsIn(question.slice(0, start)) >= minOneBreathScene && wordsIn(question.slice(start)) >= minOneBreathAsk;
  const positions = (pattern: RegExp): number[] => [...question.matchAll(pattern)].map((match) => match.index ?? 0).filter(fits);
  // The last "so…" or "but…" that leaves a question; failing that, in a message with no punctuation, the first question word.
  const unpunctuated = !punctuation.test(question) && !opensWithItsQuestion.test(question);
  const start = positions(oneBreathAsk).at(-1) ?? (unpunctuated ? positions(unpunctuatedAsk)[0] : undefined);
  if (start === undefined) return whole;
  const ask = question.slice(start).trim();
  return { scene: question.slice(0, start).trim(), ask, scenePlace: 'before', asking: ask, upToTheAsk: question, inOneBreath: true };
}

const oneBreathAsk = new RegExp(
  [
    String.raw`(?<=\b(?:so|but|now|quickly|anyway)\s+(?:(?:a )?quick (?:one|question|q)\s+)?)(?=(?:what|whats|how|which|when|who|whos|where|why|is|are|does|do|did|can|could|should|would|was|were|has|have)\b)`,
    // "…but one lady asked me how…", "…but I was wondering…", "…and wants to know which…"
    String.raw`(?<=\bbut\s+)(?=(?:[a-z]+\s+){0,3}asked (?:me|us)\b|i was wondering\b)`,
    String.raw`\b(?=(?:i|we) (?:need|want|wanted|would like|d like) to (?:know|find out|check)\b|(?:wants|wanted) to know\b)`,
  ].join('|'),
  'gi',
);
/**
 * Typed with no punctuation at all, a question word mid-message starts the question too ("…drafting a response to a
 * planning objection what are link champions in corporate parenting"), unless the message opens with its question.
 */
const unpunctuatedAsk = /(?<=[a-z]\s+)(?=(?:what|whats|how|which|who|where|why)\b)/gi;
const opensWithItsQuestion = new RegExp(String.raw`^\s*(?:${questionOpeners})\b`, 'i');
const punctuation = /[,;:?]|\s[-–—]\s/;
const minOneBreathScene = 12;
const minOneBreathAsk = 4;

/** Where the ask starts and ends, in sentences. */
function askBounds(sentences: readonly string[]): { askStart: number; askEnd: number } {
  const marked = (sentence: string): boolean => sentence.includes('?');
  const firstAsking = sentences.findIndex(marked);
  if (firstAsking < 0) return { askStart: sentences.length - 1, askEnd: sentences.length };
  return { askStart: firstAsking, askEnd: sentences.findLastIndex((sentence) => marked(sentence) || asksUnmarked.test(sentence)) + 1 };
}

/**
 * Between sentences, or before a dash that leads to a bare "what's that?" at the end ("the report mentions a CAO -
 * what's that?"): what comes before the dash is the scene the ask refers back to.
 */
const sentenceBreak = /(?<=[.?!])\s+(?=\S)|\s+[-–—]\s+(?=(?:so )?(?:what|wat|who)(?:['’]?s| is| does| do)? (?:that|it|this)\b[^-–—.?!]*\??\s*$)/i;

/** A question or request typed without its question mark ("what are the permit rules", "one-line definition pls"). */
const asksUnmarked = new RegExp(String.raw`^\s*(${questionOpeners}|tell me|explain|give me|list)\b|\b(pls|plz|please)\b`, 'i');

/**
 * The question without an email's greeting and sign-off ("Dear all, … Many thanks, Cllr Hughes-Jones"): the member's
 * own name is not a child's, and neither frames what is asked.
 */
export function withoutGreetingAndSignOff(question: string): string {
  const asked = question.replace(greeting, '').replace(signOff, '');
  return asked.trim().length > 0 ? asked : question;
}

const greeting = /^\s*(?:dear [^,.!?:\n]{1,25}|(?:hi|hello|hiya|hey|morning|good morning|good afternoon) (?:all|everyone|everybody|team|colleagues|folks|both))\s*(?:[,!:]|\n)\s*/i;
/** A closing word or a councillor's title, then a name, at the very end. */
const signOff =
  /(?<=[\s,.!?])\s*(?:(?:(?:[Mm]any |[Kk]ind |[Bb]est |[Ww]arm |[Ww]ith )?(?:[Tt]hanks|[Tt]hank you|[Rr]egards|[Cc]heers|[Bb]est wishes|[Ww]ishes|[Bb]est|[Tt]a|[Yy]ours)\b[,!.]?\s*(?:(?:[Cc]llr|CLLR|[Cc]ouncillor)\.?\s+)?)|(?:[Cc]llr|CLLR|[Cc]ouncillor)\.?\s+)[A-Z][a-z]+(?:[- ][A-Z][a-z'’-]+)?\s*[.!]?\s*$/;
