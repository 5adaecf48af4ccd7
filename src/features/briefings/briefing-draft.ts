import type { Article } from '../answers/article.js';
import { principlesSource, sevenPrinciples, type Principle } from '../answers/seven-principles.js';
import type { SessionSummary } from '../training/training-view.js';
import { formatLondonDateTime } from '../../platform/london-time.js';
import { maxItems, type Briefing, type BriefingItem } from './briefing.js';

/** What the bot knows when it drafts an issue. */
export interface DraftSources {
  readonly issueNumber: number;
  /** Published sessions in the four weeks after the send date. */
  readonly sessions: readonly SessionSummary[];
  /** Knowledge articles reviewed since the last issue, newest first. */
  readonly articles: readonly Pick<Article, 'title' | 'reviewed'>[];
  readonly complianceHeadline: string;
}

const defaultBriefingTitle = 'Corporate parenting briefing';

const listedSessions = 5;
const listedArticles = 5;
const levelNames = { 1: 'Level 1, for all members', 2: 'Level 2, targeted', 3: 'Level 3, specialist' } as const;

/** The principles take turns, one an issue (numbered from 1), in the statute's order. */
export function principleOfTheFortnight(issueNumber: number): Principle {
  return sevenPrinciples[(issueNumber - 1) % sevenPrinciples.length]!;
}

/** Articles reviewed after the last issue's date and up to today (YYYY-MM-DD dates), newest first. */
export function articlesReviewedBetween<T extends Pick<Article, 'reviewed' | 'title'>>(articles: readonly T[], after: string, upTo: string): T[] {
  return articles
    .filter((article) => article.reviewed > after && article.reviewed <= upTo)
    .sort((a, b) => b.reviewed.localeCompare(a.reviewed) || a.title.localeCompare(b.title));
}

/** More than `shown` lines are cut to `shown` and an "and N more" line. */
function bulletList(lines: readonly string[], shown: number, more: (count: number) => string): string {
  const listed = lines.slice(0, shown).map((line) => `- ${line}`);
  if (lines.length > shown) listed.push(`- ${more(lines.length - shown)}`);
  return listed.join('\n');
}

function trainingItem(sessions: readonly SessionSummary[]): BriefingItem | undefined {
  if (sessions.length === 0) return undefined;
  const lines = sessions.map((session) => {
    const where = session.place ? `, ${session.place}` : session.meetingUrl ? ', online' : '';
    return `**${session.title}** (${levelNames[session.level]}): ${formatLondonDateTime(session.startsAt)}${where}`;
  });
  return {
    heading: 'Training in the next four weeks',
    text: `${bulletList(lines, listedSessions, (count) => `and ${count} more`)}\n\nType **training** in this chat to see the details and reply.`,
  };
}

function principleItem(issueNumber: number): BriefingItem {
  const principle = principleOfTheFortnight(issueNumber);
  return {
    heading: `Principle of the fortnight: ${principle.name.toLowerCase()}`,
    text: `The council must have regard to the need “${principle.statute.replace(/[;.]$/, '')}”.\n\n**Something to reflect on:** ${principle.reflection}`,
    link: principlesSource.url,
  };
}

function guidanceItem(articles: readonly Pick<Article, 'title'>[]): BriefingItem | undefined {
  if (articles.length === 0) return undefined;
  const titles = articles.map((article) => article.title);
  return {
    heading: 'New and updated guidance',
    text: `${bulletList(titles, listedArticles, (count) => `and ${count} more`)}\n\nAsk me about any of these in this chat.`,
  };
}

function complianceItem(headline: string): BriefingItem | undefined {
  if (headline.trim().length === 0) return undefined;
  return {
    heading: 'Corporate parenting training so far',
    text: `${headline.trim()}.`.replace(/\.\.$/, '.'),
  };
}

/** The auto-draft: what officers review and edit before anything reaches members. */
export function draftBriefing(sources: DraftSources): { title: string; items: BriefingItem[] } {
  const items = [
    trainingItem(sources.sessions),
    principleItem(sources.issueNumber),
    guidanceItem(sources.articles),
    complianceItem(sources.complianceHeadline),
  ].filter((item): item is BriefingItem => item !== undefined);
  return { title: defaultBriefingTitle, items };
}

/**
 * What a later draft takes over from a briefing it replaces: the items officers wrote or edited there
 * (none if no officer touched it), less those the later draft already has, up to the item limit.
 */
export function carriedItems(replaced: Pick<Briefing, 'items' | 'revision'>, later: Pick<Briefing, 'items'>): BriefingItem[] {
  if (replaced.revision === 0) return [];
  const headings = new Set(later.items.map((item) => item.heading.trim().toLowerCase()));
  return replaced.items.filter((item) => !headings.has(item.heading.trim().toLowerCase())).slice(0, Math.max(0, maxItems - later.items.length));
}
