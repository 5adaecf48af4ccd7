import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Article } from './article.js';
import { analyseNormalisedWords, domainConcepts, isConceptToken, isCoreConceptToken, normaliseText, termsOf, type TextAnalysis } from './vocabulary.js';

/** Maximum characters of a question that are searched; longer questions are cut, not refused. */
export const maxQuestionLength = 1000;

type IndexedArticle = { id: string; title: string; questions: string; tags: string; synonyms: string; body: string };

const fieldBoosts = { title: 3, questions: 2.5, tags: 2, synonyms: 2, body: 1 } as const;
type IndexedField = keyof typeof fieldBoosts;
const indexedFields = Object.keys(fieldBoosts) as IndexedField[];
/** Fields that say what an article is about, as opposed to what it happens to mention. */
const topicFields: ReadonlySet<string> = new Set<IndexedField>(['title', 'questions', 'tags', 'synonyms']);
/** A question word found only in an article's body counts for this share of a topic match. */
const bodyOnlyCredit = 0.5;
/** Weight of a question word that no article is about, relative to its idf. */
const offTopicWordShare = 0.5;

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
};

export type IndexSearch = {
  readonly hits: readonly IndexHit[];
  /** Units of meaning in the question (after stop words). */
  readonly unitCount: number;
  /** Sum of the idf of all units: how much the question says. */
  readonly totalWeight: number;
};

export type AnswerIndex = { search(question: string): IndexSearch };

const termSeparator = ' ';
const splitTerms = (text: string): string[] => text.split(termSeparator).filter(Boolean);
const keepTerm = (term: string): string => term;

function toIndexed(article: Article): IndexedArticle {
  const analysed = (text: string): string => termsOf(text).join(termSeparator);
  return {
    id: article.id,
    title: analysed(article.title),
    questions: analysed(article.questions.join('\n')),
    tags: analysed(article.tags.join('\n')),
    synonyms: analysed(article.synonyms.join('\n')),
    body: analysed(article.body),
  };
}

const isPlainWord = (term: string): boolean => !isConceptToken(term) && !/\d/.test(term);

const searchOptions: SearchOptions = {
  boost: fieldBoosts,
  combineWith: 'OR',
  // Misspellings are corrected before searching; fuzzy matching is only a safety net for long words.
  fuzzy: (term) => (isPlainWord(term) && term.length >= 8 ? 1 : false),
  prefix: (term) => isPlainWord(term) && term.length >= 4,
  weights: { fuzzy: 0.5, prefix: 0.4 },
  tokenize: splitTerms,
  processTerm: keepTerm,
};

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
  engine.addAll(indexed);

  const documentFrequency = new Map<string, number>();
  for (const doc of indexed) {
    for (const term of new Set(indexedFields.flatMap((field) => splitTerms(doc[field])))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const articleCount = Math.max(articles.length, 1);
  const idf = (term: string): number => {
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (articleCount - df + 0.5) / (df + 0.5));
  };
  const corrector = createSpellingCorrector(corpusWords(articles));
  /** Words some article is about (title, questions, tags, synonyms): the vocabulary of answerable questions. */
  const topicVocabulary = new Set(indexed.flatMap((doc) => [...topicFields].flatMap((field) => splitTerms(doc[field as IndexedField]))));
  /** A word no article is about may be filler ("roughly", "instead") or off-topic: it weighs less. */
  const wordWeight = (word: string): number => idf(word) * (topicVocabulary.has(word) ? 1 : offTopicWordShare);

  function unitsOf(analysis: TextAnalysis): QueryUnit[] {
    const { tokens, phrases } = analysis;
    const units: QueryUnit[] = [];
    const inPhrase = new Set<number>();
    for (const phrase of phrases) {
      const words: string[] = [];
      for (let i = phrase.start; i < phrase.end; i += 1) {
        inPhrase.add(i);
        const token = tokens[i];
        if (token && !token.isStopWord) words.push(token.word);
      }
      const weight = Math.max(...phrase.concepts.map(idf));
      const core = phrase.concepts.some(isCoreConceptToken);
      units.push({ terms: [...phrase.concepts, ...(words.length === 1 ? words : [])], weight, core });
    }
    tokens.forEach((token, i) => {
      if (!inPhrase.has(i) && !token.isStopWord) units.push({ terms: [token.word], weight: wordWeight(token.word), core: false });
    });
    const seen = new Set<string>();
    return units.filter((unit) => {
      const key = unit.terms.join(termSeparator);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  function toHit(result: SearchResult, units: readonly QueryUnit[], totalWeight: number): IndexHit {
    const matched = new Set(result.queryTerms);
    const docTerms = Object.entries(result.match);
    const inTopicField = (unit: QueryUnit): boolean =>
      docTerms.some(
        ([docTerm, fields]) =>
          unit.terms.some((term) => docTerm === term || (isPlainWord(term) && docTerm.startsWith(term))) &&
          fields.some((field) => topicFields.has(field)),
      );
    let matchedWeight = 0;
    let anchored = false;
    for (const unit of units) {
      if (!unit.terms.some((term) => matched.has(term))) continue;
      const topical = inTopicField(unit);
      matchedWeight += unit.weight * (topical ? 1 : bodyOnlyCredit);
      if (topical && unit.core) anchored = true;
    }
    const coverage = totalWeight > 0 ? matchedWeight / totalWeight : 0;
    return { id: String(result.id), score: result.score, coverage, anchored };
  }

  return {
    search(question: string): IndexSearch {
      const words = normaliseText(question.slice(0, maxQuestionLength)).split(' ').filter(Boolean).map(corrector);
      const analysis = analyseNormalisedWords(words);
      const units = unitsOf(analysis);
      const totalWeight = units.reduce((sum, unit) => sum + unit.weight, 0);
      const searchTerms = [
        ...new Set([
          ...analysis.tokens.filter((token) => !token.isStopWord).map((token) => token.word),
          ...analysis.phrases.flatMap((phrase) => phrase.concepts),
        ]),
      ];
      if (searchTerms.length === 0) return { hits: [], unitCount: 0, totalWeight: 0 };
      const hits = engine.search(searchTerms.join(termSeparator)).map((result) => toHit(result, units, totalWeight));
      return { hits, unitCount: units.length, totalWeight };
    },
  };
}

/** Every normalised word the articles and the domain vocabulary use, with how often. */
function corpusWords(articles: readonly Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  const texts = [
    ...articles.flatMap((a) => [a.title, a.body, ...a.questions, ...a.tags, ...a.synonyms]),
    ...domainConcepts.flatMap((concept) => concept.phrases),
  ];
  for (const text of texts) {
    for (const word of normaliseText(text).split(' ')) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

const minCorrectableLength = 5;

/**
 * Corrects a misspelt word to the most frequent corpus word one edit away (insertion, deletion,
 * substitution or adjacent swap), found through shared single-letter deletions (SymSpell).
 * Known words, numbers and short words are left alone.
 */
export function createSpellingCorrector(wordCounts: ReadonlyMap<string, number>): (word: string) => string {
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
    if (wordCounts.has(word) || word.length < minCorrectableLength || /\d/.test(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const candidates = new Set<string>();
    for (const key of [word, ...deletionsOf(word)]) for (const candidate of byDeletion.get(key) ?? []) candidates.add(candidate);
    let best = word;
    let bestCount = 0;
    for (const candidate of candidates) {
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
