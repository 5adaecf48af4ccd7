import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type Activity,
  type InvokeResponse,
} from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { apologyText } from '../errors.js';
import type { CardActionOutcome, CardActionRouter } from './card-actions.js';
import { toBotActivity } from './outgoing-activity.js';
import type { TextCommandRouter } from './text-commands.js';
import type { MemberIdentity, StoredConversationReference, TeamInfo, Turn } from './turn.js';

/** What features plug into the bot. Every hook receives a Turn, never a botbuilder type. */
export interface BotFeatures {
  readonly commands: TextCommandRouter;
  readonly cardActions: CardActionRouter;
  /** Runs first on every turn from a member in a personal chat (profile and conversation reference). */
  recordTurn(turn: Turn): Promise<void>;
  onInstalled(turn: Turn): Promise<void>;
  onUninstalled(turn: Turn): Promise<void>;
  /** A message that is not a command. */
  onText(turn: Turn, text: string): Promise<void>;
  /** The bot was added to (or removed from) a team; the turn's conversation is the team's channel. */
  onTeamInstalled?(turn: Turn, team: TeamInfo): Promise<void>;
  onTeamUninstalled?(turn: Turn, team: TeamInfo): Promise<void>;
  /** Teams' thumbs up/down on one of our messages. */
  onMessageFeedback(turn: Turn, feedback: { replyToId?: string; reaction: string; comment?: string }): Promise<void>;
}

const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

export class CompanionBot extends TeamsActivityHandler {
  constructor(
    private readonly features: BotFeatures,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    super();

    this.onInstallationUpdateAdd(async (context, next) => {
      const team = teamOf(context.activity);
      if (team) await this.features.onTeamInstalled?.(this.turnFor(context), team);
      else await this.features.onInstalled(await this.beginTurn(context, await emailOf(context)));
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      const team = teamOf(context.activity);
      if (team) await this.features.onTeamUninstalled?.(this.turnFor(context), team);
      else await this.features.onUninstalled(this.turnFor(context));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const userJoined = (context.activity.membersAdded ?? []).some(
        (member) => member.id !== context.activity.recipient.id,
      );
      if (userJoined && conversationTypeOf(context.activity) === 'personal') {
        const turn = await this.beginTurn(context, await emailOf(context));
        await this.features.onInstalled(turn);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const turn = await this.beginTurn(context);
      const { value } = context.activity;
      if (isRecord(value) && 'verb' in value) {
        await this.answerSubmit(context, turn, value);
      } else {
        await this.answerText(turn, context);
      }
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    if (name === 'adaptiveCard/action') {
      const turn = await this.beginTurn(context);
      const action = isRecord(value) && isRecord(value.action) ? value.action : {};
      const outcome = await this.features.cardActions.dispatch(turn, action.verb, action.data);
      return { status: 200, body: invokeBodyFor(outcome) };
    }
    if (name === 'message/submitAction') {
      const turn = await this.beginTurn(context);
      const actionValue = isRecord(value) && isRecord(value.actionValue) ? value.actionValue : {};
      await this.features.onMessageFeedback(turn, {
        replyToId: context.activity.replyToId,
        reaction: typeof actionValue.reaction === 'string' ? actionValue.reaction : 'unknown',
        comment: typeof actionValue.feedback === 'string' ? actionValue.feedback : undefined,
      });
      return { status: 200, body: {} };
    }
    return super.onInvokeActivity(context);
  }

  private async answerText(turn: Turn, context: TurnContext): Promise<void> {
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const command = this.features.commands.match(text);
    if (command) {
      await command.run(turn);
      return;
    }
    await this.features.onText(turn, text.trim());
  }

  /** Action.Submit fallback: the same verbs as Action.Execute, answered by updating the card. */
  private async answerSubmit(context: TurnContext, turn: Turn, value: Record<string, unknown>): Promise<void> {
    const { verb, ...data } = value;
    const outcome = await this.features.cardActions.dispatch(turn, verb, data);
    if ('card' in outcome && context.activity.replyToId) {
      const update = MessageFactory.attachment(CardFactory.adaptiveCard(outcome.card));
      update.id = context.activity.replyToId;
      await context.updateActivity(update);
    } else if ('card' in outcome) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(outcome.card)));
    } else {
      await context.sendActivity(outcome.message);
    }
  }

  private async beginTurn(context: TurnContext, email?: string): Promise<Turn> {
    const turn = this.turnFor(context, email);
    if (turn.conversationType !== 'personal') return turn;
    try {
      await this.features.recordTurn(turn);
    } catch (error) {
      // Recording the visit can wait for the next turn; answering the member cannot.
      this.logger.warn({ err: error }, 'could not record the member visit; carrying on with the turn');
    }
    return turn;
  }

  private turnFor(context: TurnContext, email?: string): Turn {
    const activity = context.activity;
    const member: MemberIdentity = {
      tenantId: tenantIdOf(activity),
      memberId: activity.from.aadObjectId ?? activity.from.id,
      aadObjectId: activity.from.aadObjectId,
      name: activity.from.name,
      email,
    };
    const reference = JSON.parse(
      JSON.stringify(TurnContext.getConversationReference(activity)),
    ) as StoredConversationReference;
    return {
      member,
      conversationType: conversationTypeOf(activity),
      conversationReference: reference,
      now: this.clock.now(),
      send: async (message) => {
        const response = await context.sendActivity(toBotActivity(message));
        return response?.id;
      },
    };
  }

  /** One error path: log what happened (no personal data), tell the member kindly. */
  static async onTurnError(logger: Logger, context: TurnContext, error: unknown): Promise<void> {
    logger.error(
      { err: error, activityType: context.activity.type, activityName: context.activity.name },
      'turn failed',
    );
    if (context.activity.type === ActivityTypes.Message) {
      try {
        await context.sendActivity(apologyText);
      } catch (sendError) {
        logger.error({ err: sendError }, 'could not send the apology');
      }
    }
  }
}

/** The member's email (or sign-in name) from Teams, so officers can match HR records; never fails the turn. */
async function emailOf(context: TurnContext): Promise<string | undefined> {
  if (context.activity.channelId !== 'msteams') return undefined;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.email ?? member.userPrincipalName ?? undefined;
  } catch {
    return undefined;
  }
}

/** The team an activity comes from, when it comes from a team's channel. */
function teamOf(activity: Activity): TeamInfo | undefined {
  const team = (activity.channelData as { team?: { id?: unknown; name?: unknown } } | undefined)?.team;
  if (conversationTypeOf(activity) !== 'channel' || typeof team?.id !== 'string') return undefined;
  return { id: team.id, name: typeof team.name === 'string' ? team.name : undefined };
}

export function tenantIdOf(activity: { conversation?: { tenantId?: string }; channelData?: unknown }): string {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? 'no-tenant';
}

function conversationTypeOf(activity: Activity): Turn['conversationType'] {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  return 'personal';
}

function invokeBodyFor(outcome: CardActionOutcome) {
  if ('card' in outcome) return { statusCode: 200, type: adaptiveCardContentType, value: outcome.card };
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: outcome.message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
