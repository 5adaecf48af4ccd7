import type { Container } from '@azure/cosmos';
import type { StoredConversationReference } from '../../platform/bot/turn.js';
import { readIfExists } from '../../platform/cosmos/item-operations.js';
import type { Recipient, RecipientDirectory } from '../../platform/proactive/delivery-engine.js';

/** A team the bot is installed in, with the conversation reference of its channel (in `briefings`). */
export interface TeamChannel {
  readonly id: string;
  readonly kind: 'teamChannel';
  readonly tenantId: string;
  readonly teamId: string;
  readonly teamName?: string;
  readonly conversationReference: StoredConversationReference;
  readonly installed: boolean;
  readonly updatedAt: string;
  readonly unreachable?: { readonly since: string; readonly reason: string };
}

/** The delivery engine's recipient id for a team's channel. */
export const channelRecipientId = (teamId: string) => `channel:${teamId}`;

export class TeamChannels {
  constructor(private readonly container: Container) {}

  /** The bot was added to a team: keep where to post (a reinstall refreshes it). */
  async installed(tenantId: string, team: { id: string; name?: string }, conversationReference: StoredConversationReference, at: Date): Promise<void> {
    const channel: TeamChannel = {
      id: channelRecipientId(team.id),
      kind: 'teamChannel',
      tenantId,
      teamId: team.id,
      teamName: team.name,
      conversationReference,
      installed: true,
      updatedAt: at.toISOString(),
    };
    await this.container.items.upsert(channel);
  }

  async uninstalled(tenantId: string, teamId: string, at: Date): Promise<void> {
    const found = await readIfExists<TeamChannel>(this.container, channelRecipientId(teamId), tenantId);
    if (found) await this.container.items.upsert({ ...found.value, installed: false, updatedAt: at.toISOString() });
  }

  /** Lets the delivery engine reach `channel:<teamId>` recipients. */
  directory(): RecipientDirectory {
    const find = async (tenantId: string, recipientId: string): Promise<Recipient | undefined> => {
      const found = await readIfExists<TeamChannel>(this.container, recipientId, tenantId);
      return found ? { conversationReference: found.value.conversationReference, installed: found.value.installed && !found.value.unreachable } : undefined;
    };
    return {
      find,
      async findMany(tenantId, recipientIds) {
        const found = new Map<string, Recipient>();
        for (const id of recipientIds) {
          const recipient = await find(tenantId, id);
          if (recipient) found.set(id, recipient);
        }
        return found;
      },
      markUnreachable: async (tenantId, recipientId, reason, at) => {
        const found = await readIfExists<TeamChannel>(this.container, recipientId, tenantId);
        if (found) await this.container.items.upsert({ ...found.value, unreachable: { since: at.toISOString(), reason } });
      },
    };
  }
}
