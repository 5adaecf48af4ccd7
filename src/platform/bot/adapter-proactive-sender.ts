import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ProactiveSender } from '../proactive/proactive-sender.js';
import { toBotActivity } from './outgoing-activity.js';
import type { OutgoingMessage, StoredConversationReference } from './turn.js';

/** Proactive messages through the Bot Framework: continueConversationAsync with a stored reference. */
export class AdapterProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async send(reference: StoredConversationReference, message: OutgoingMessage): Promise<string | undefined> {
    let id: string | undefined;
    await this.inConversation(reference, async (context) => {
      id = (await context.sendActivity(toBotActivity(message)))?.id;
    });
    return id;
  }

  update(reference: StoredConversationReference, activityId: string, message: OutgoingMessage): Promise<void> {
    return this.inConversation(reference, async (context) => {
      await context.updateActivity({ ...toBotActivity(message), id: activityId });
    });
  }

  delete(reference: StoredConversationReference, activityId: string): Promise<void> {
    return this.inConversation(reference, (context) => context.deleteActivity(activityId));
  }

  /** Runs in the conversation and rethrows what fails (the adapter would hand it to onTurnError and carry on). */
  private async inConversation(reference: StoredConversationReference, work: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId, reference as unknown as Partial<ConversationReference>, async (context) => {
      try {
        prepareConnector(context);
        await work(context);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  }
}

type PipelineOwner = { client?: { pipeline?: { removePolicy(options: { phase: string }): unknown } } };

/**
 * The delivery engine owns retries: it honours Retry-After across the whole engine and records every
 * attempt. The SDK's own retry policies would hide 429s and hold a worker (and its claim) while they wait.
 */
function prepareConnector(context: TurnContext): void {
  const owner = context.turnState.get(context.adapter.ConnectorClientKey) as PipelineOwner | undefined;
  owner?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}
