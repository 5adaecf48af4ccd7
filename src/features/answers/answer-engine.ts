import type { Article, ArticleSource, MemberRole } from './article.js';
import { memberRoles } from './article.js';
import { createAnswerIndex, maxQuestionLength, rankOf, type IndexHit, type IndexSearch } from './answer-index.js';
import { mayNameSomeone } from './identifiable-child.js';
import { withoutGreetingAndSignOff } from './question-parts.js';
import { checkScope, type ScopeDecision } from './scope-guard.js';

export { maxQuestionLength };

/** Answers at or above this confidence are given; below it the question is declined and stored. */
export const defaultMinConfidence = 0.5;

export type ArticleLink = { readonly id: string; readonly title: string };

export type DeclineReason = 'no-match' | 'identifiable-child' | 'out-of-scope' | 'small-talk' | 'empty';

export type AnswerResult =
  | {
      kind: 'answered';
      article: Article;
      /** A second article the answer adds when the question compares two things; its sources follow the article's. */
      compared?: Article;
      confidence: number;
      text: string;
      sources: ArticleSource[];
      followUps: ArticleLink[];
    }
  | {
      kind: 'declined';
      reason: DeclineReason;
      confidence: number;
      text: string;
      suggestions: ArticleLink[];
      /** True only for 'no-match': officers review unanswered questions. Never for a child's details. */
      storeQuestion: boolean;
    };

export type AnswerContext = { readonly roles?: readonly MemberRole[] };

export type AnswerEngine = {
  answer(question: string, context?: AnswerContext): AnswerResult;
  readonly articles: readonly Article[];
  byId(id: string): Article | undefined;
};

export type AnswerEngineOptions = { readonly minConfidence?: number };

const roleHeadings: Readonly<Record<MemberRole, string>> = {
  ward: 'For ward councillors',
  scrutiny: 'For scrutiny members',
  board: 'For corporate parenting board and panel members',
  'lead-member': 'For the lead member',
  cabinet: 'For cabinet members',
  officer: 'For officers',
};

const starterQuery = 'what is corporate parenting principles councillor role';
const maxFollowUps = 3;
const maxSuggestions = 3;
/** A follow-up from the search must rank at least this share of the answer's rank. */
const followUpRelevance = 0.2;

export function createAnswerEngine(articles: readonly Article[], options: AnswerEngineOptions = {}): AnswerEngine {
  const minConfidence = options.minConfidence ?? defaultMinConfidence;
  const catalogue: readonly Article[] = Object.freeze([...articles]);
  const articlesById = new Map(catalogue.map((article) => [article.id, article]));
  const index = createAnswerIndex(catalogue);
  const { knownWords } = index;
  const tagsById = new Map(catalogue.map((article) => [article.id, new Set(article.tags.map((tag) => tag.toLowerCase()))]));
  const link = (article: Article): ArticleLink => ({ id: article.id, title: article.title });
  const linksFor = (hits: readonly IndexHit[]): ArticleLink[] =>
    hits.flatMap((hit) => {
      const article = articlesById.get(hit.id);
      return article ? [link(article)] : [];
    });
  const starterTopics = linksFor(rankHits(index.search(starterQuery)).slice(0, maxSuggestions));

  function decline(reason: DeclineReason, text: string, suggestions: ArticleLink[] = [], confidence = 0, store = reason === 'no-match'): AnswerResult {
    return { kind: 'declined', reason, confidence, text, suggestions, storeQuestion: store };
  }

  function declineFor(decision: Exclude<ScopeDecision, { kind: 'in-scope' }>): AnswerResult {
    switch (decision.kind) {
      case 'empty':
        return decline('empty', emptyText, starterTopics);
      case 'identifiable-child':
        return decline('identifiable-child', identifiableChildText);
      case 'small-talk':
        return decline('small-talk', smallTalkText, starterTopics);
      case 'out-of-scope':
        return decline('out-of-scope', outOfScopeText(decision.goTo));
    }
  }

  /** The next best hits that are still clearly related, then articles sharing the most tags. */
  function followUpsFor(article: Article, answeredHit: IndexHit, others: readonly IndexHit[]): ArticleLink[] {
    const related = others.filter((hit) => hit.id !== article.id && rankOf(hit) >= rankOf(answeredHit) * followUpRelevance);
    const fromSearch = related.slice(0, maxFollowUps);
    const picked = linksFor(fromSearch);
    if (picked.length >= 2) return picked;
    const tags = tagsById.get(article.id) ?? new Set<string>();
    const taken = new Set([article.id, ...picked.map((p) => p.id)]);
    const byTags: { other: Article; shared: number }[] = [];
    for (const other of catalogue) {
      if (taken.has(other.id)) continue;
      let shared = 0;
      for (const tag of tagsById.get(other.id) ?? []) if (tags.has(tag)) shared += 1;
      if (shared > 0) byTags.push({ other, shared });
    }
    byTags.sort((a, b) => b.shared - a.shared);
    return [...picked, ...byTags.map(({ other }) => link(other))].slice(0, maxFollowUps);
  }

  return {
    articles: catalogue,
    byId: (id) => articlesById.get(id),
    answer(typed, context = {}) {
      const question = withoutGreetingAndSignOff(typed);
      const decision = checkScope(question, knownWords);
      if (decision.kind !== 'in-scope') return declineFor(decision);
      const search = index.search(question);
      const ranked = rankHits(search);
      const top = ranked[0];
      const article = top ? articlesById.get(top.id) : undefined;
      const confidence = confidenceOf(search, ranked);
      if (!top?.anchored && decision.chitChat) return declineFor({ kind: 'small-talk' });
      if (!top || !article || confidence < minConfidence) {
        const suggestions = ranked.length > 0 ? linksFor(ranked.slice(0, maxSuggestions)) : starterTopics;
        // A name the articles do not know may be a child's: such a question is not kept for review.
        const store = !mayNameSomeone(question, knownWords);
        return decline('no-match', noMatchText(suggestions, store), suggestions, confidence, store);
      }
      const comparedHit = comparedWith(question, top, ranked.slice(1));
      const compared = comparedHit ? articlesById.get(comparedHit.id) : undefined;
      const text = answerText(article, context.roles ?? []);
      return {
        kind: 'answered',
        article,
        ...(compared ? { compared } : {}),
        confidence,
        text: compared ? `${text}\n\n**For comparison: ${compared.title}**\n\n${compared.body}` : text,
        sources: sourcesOf(article, compared),
        followUps: followUpsFor(article, top, ranked.slice(1).filter((hit) => hit !== comparedHit)),
      };
    },
  };
}

/**
 * The second article a comparison needs ("Rotherham's number of children in care compared with Rutland's"): one that
 * ranks close to the best and is about something the question names that the best is not.
 */
export function comparedWith(question: string, top: IndexHit, others: readonly IndexHit[]): IndexHit | undefined {
  if (!asksToCompare.test(question) || comparesWithEveryone.test(question)) return undefined;
  return others
    .slice(0, comparedCandidates)
    .find((hit) => rankOf(hit) >= rankOf(top) * comparedRankShare && hit.about.some((concept) => !top.about.includes(concept)));
}

const asksToCompare = /\b(compare[sd]?|comparing|comparison|compared (with|to)|vs|versus|difference between|differ(s|ed)? from|which came first|how far apart)\b/i;
/** Benchmarking against councils in general, or comparing notes, names no second thing to explain. */
const comparesWithEveryone =
  /\b(compar\w*|vs|versus)\b.{0,60}\b(other|similar|neighbouring|comparable|statistical neighbours?|everyone else|the national|national average|england average|the rest of)\b|\bcompare notes\b/i;
const comparedCandidates = 6;
const comparedRankShare = 0.15;

/** The hits, best first (see `rankOf`). */
export function rankHits(search: IndexSearch): IndexHit[] {
  const ranked = [...search.hits].sort((a, b) => rankOf(b) - rankOf(a));
  const top = ranked[0];
  if (!top || top.anchored) return ranked;
  const about = ranked.slice(1, 1 + anchoredRunnersUp).find((hit) => hit.anchored && rankOf(hit) >= rankOf(top) * anchoredRankShare);
  return about ? [about, ...ranked.filter((hit) => hit !== about)] : ranked;
}

/**
 * An article about the question's corporate-parenting concept goes first when it ranks close to a best hit
 * that is not about it ("IV duties in law?" wants the independent visitors article, not the history of the law).
 */
const anchoredRunnersUp = 2;
const anchoredRankShare = 0.6;

/** Below this share of the question matched, an article that names none of its domain concepts is not trusted. */
const unanchoredCoverageNeeded = 0.3;

/**
 * How sure we are that the best article answers the question, in [0, 1], with 0.5 the boundary
 * (`defaultMinConfidence`). The margin to the second hit is deliberately not used: several articles
 * often cover one topic from different angles (the law, a council's practice), so a close second
 * says the topic is well covered, not that the answer is doubtful.
 * How it is computed:
 * - an article that is about a corporate-parenting concept the question names (Reg 44, care leavers, PEP...)
 *   is on topic: 0.5 and up, by how much of the question it covers;
 * - otherwise only the share of the question it covers counts, and it must reach `unanchoredCoverageNeeded`.
 * Coverage is idf-weighted, so rare words weigh more than common ones, and body-only matches count half.
 */
export function confidenceOf(search: IndexSearch, ranked: readonly IndexHit[]): number {
  const top = ranked[0];
  if (!top || search.unitCount === 0) return 0;
  const coverage = Math.min(1, Math.max(0, top.coverage));
  const value = top.anchored
    ? 0.5 + 0.5 * coverage
    : coverage < unanchoredCoverageNeeded
      ? (0.5 * coverage) / unanchoredCoverageNeeded
      : 0.5 + (0.5 * (coverage - unanchoredCoverageNeeded)) / (1 - unanchoredCoverageNeeded);
  return Math.round(value * 1000) / 1000;
}

/** The article's sources, then those of the compared article it does not already cite. */
function sourcesOf(article: Article, compared: Article | undefined): ArticleSource[] {
  const cited = new Set(article.sources.map((source) => source.title));
  const added = compared?.sources.filter((source) => !cited.has(source.title)) ?? [];
  return [...article.sources, ...added].map((source) => ({ ...source }));
}

/** The role guidance for the asker's roles (each under its heading), then the article body. */
export function answerText(article: Article, roles: readonly MemberRole[]): string {
  const guidance = memberRoles
    .filter((role) => roles.includes(role))
    .flatMap((role) => {
      const paragraph = article.roleGuidance?.[role];
      return paragraph ? [`**${roleHeadings[role]}:** ${paragraph.trim()}`] : [];
    });
  return [...guidance, article.body].join('\n\n');
}


const emptyText =
  'Please type a question about corporate parenting, for example "What are the seven corporate parenting principles?"';

const identifiableChildText = [
  "I can't help with questions about a particular child, young person or family, and I have **not** stored your question.",
  "Please raise it directly with the child's social worker or the service manager, through officers in children's services, not through this bot.",
  "If you think a child is in danger now, contact the council's children's services front door straight away, or the police on 999 in an emergency.",
].join('\n\n');

const smallTalkText = [
  "Hello! I'm the Corporate Parenting Companion. I answer councillors' questions about corporate parenting:",
  'the principles, your role as a corporate parent, children in care and care leavers, the board or panel, scrutiny, Regulation 44 visits, training and more.',
  'Try asking "What are the seven corporate parenting principles?" or "What is a Reg 44 visit?"',
].join(' ');

function outOfScopeText(goTo: string): string {
  return [
    "That's outside what I can help with: I only answer questions about corporate parenting (children in care, care leavers and councillors' role as their corporate parents).",
    `For this, please try ${goTo}.`,
  ].join('\n\n');
}

function noMatchText(suggestions: readonly ArticleLink[], stored: boolean): string {
  const lines = [
    "Sorry, I don't have an answer to that question yet.",
    stored
      ? "I've passed your question to officers for review, so an answer can be added."
      : 'It may name someone, so I have **not** stored it. If it is about a general topic, please ask again without names.',
  ];
  if (suggestions.length > 0) {
    lines.push(`The closest topics I have are:\n${suggestions.map((s) => `- ${s.title}`).join('\n')}`);
  }
  return lines.join('\n\n');
}
