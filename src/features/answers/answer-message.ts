import type { OutgoingMessage } from '../../platform/bot/turn.js';
import type { AnswerEngine, AnswerResult, ArticleLink } from './answer-engine.js';

/** The question a follow-up button asks: the article's first example question, else its title. */
function askFor(engine: AnswerEngine, link: ArticleLink): string {
  return engine.byId(link.id)?.questions[0] ?? link.title;
}

/**
 * The reply a councillor reads: the answer with numbered sources (Teams citations), follow-up
 * questions to tap, and Teams' feedback control. A decline offers the closest topics instead.
 */
export function answerMessage(engine: AnswerEngine, result: AnswerResult): OutgoingMessage {
  if (result.kind === 'declined') {
    return { text: result.text, suggestedReplies: result.suggestions.map((link) => askFor(engine, link)) };
  }
  const sourceList = result.sources
    .map((source, index) => `[${index + 1}] ${source.url ? `[${source.title}](${source.url})` : source.title}`)
    .join('  \n');
  return {
    text: `${result.text}\n\n**Sources**  \n${sourceList}`,
    citations: result.sources.map((source, index) => ({
      position: index + 1,
      title: source.title.slice(0, 80),
      url: source.url,
      abstract: (index < result.article.sources.length ? result.article : (result.compared ?? result.article)).title.slice(0, 160),
    })),
    suggestedReplies: result.followUps.map((link) => askFor(engine, link)),
    feedbackLoop: true,
  };
}

/** Everything a councillor reads in a reply, as one string (for `npm run ask` and the evaluation). */
export function readableText(message: OutgoingMessage): string {
  const followUps = message.suggestedReplies?.length ? `\n\n**You could also ask:**\n${message.suggestedReplies.map((reply) => `- ${reply}`).join('\n')}` : '';
  return `${message.text ?? ''}${followUps}`;
}
