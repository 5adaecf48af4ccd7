import { cardAction, type CardActionHandler } from '../../platform/bot/card-actions.js';
import { renderCard } from '../../platform/cards/card-templates.js';
import { formatLondonDateTime } from '../../platform/london-time.js';
import type { TextCommand, TextCommandRouter } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import type { AdminPolicy } from './admin-policy.js';
import { memberDirectoryCard, setAdminSubmissionSchema } from './member-directory-card.js';
import { adminCardAction, adminCommand } from './require-admin.js';
import { exampleQuestions } from './example-questions.js';
import { defaultPreferences, type Member } from './member.js';
import type { MemberRepository } from './member-repository.js';
import { describeMemberData, forgetMeCard, forgetMeSubmissionSchema } from './my-data.js';
import { settingsCard, settingsSubmissionSchema } from './settings.js';

/** A member who was seen this recently, in the same conversation, is not written again (last seen is to the minute). */
const revisitWithoutWriteMs = 60_000;
const rememberedMembers = 5_000;

export class MemberHandlers {
  /** The member record of each turn in progress, so features need not read it again. */
  private readonly byTurn = new WeakMap<Turn, Member>();
  /** The last record this instance wrote per member; only ever used to skip a write, never as the truth. */
  private readonly lastWritten = new Map<string, Member>();

  constructor(
    private readonly members: MemberRepository,
    private readonly adminPolicy: AdminPolicy,
    private readonly configuredAdminIds: readonly string[],
  ) {}

  recordTurn = async (turn: Turn): Promise<void> => {
    const key = `${turn.member.tenantId}|${turn.member.memberId}`;
    const last = this.lastWritten.get(key);
    const fresh =
      last !== undefined &&
      last.installed &&
      last.conversationReference.conversation.id === turn.conversationReference.conversation.id &&
      turn.now.getTime() - Date.parse(last.lastSeenAt) < revisitWithoutWriteMs;
    const member = fresh ? last : await this.members.recordVisit({ member: turn.member, conversationReference: turn.conversationReference, at: turn.now });
    this.byTurn.set(turn, member);
    if (!fresh) this.remember(key, member);
  };

  /** The member record behind a turn: read once per turn at most. */
  memberOf = async (turn: Turn): Promise<Member | undefined> =>
    this.byTurn.get(turn) ?? (await this.members.get(turn.member.tenantId, turn.member.memberId));

  private remember(key: string, member: Member): void {
    this.lastWritten.delete(key);
    this.lastWritten.set(key, member);
    if (this.lastWritten.size > rememberedMembers) this.lastWritten.delete(this.lastWritten.keys().next().value!);
  }

  private forget(turn: Turn): void {
    this.lastWritten.delete(`${turn.member.tenantId}|${turn.member.memberId}`);
    this.byTurn.delete(turn);
  }

  /** Installing (or the playground reloading) welcomes a member once, ever. */
  onInstalled = async (turn: Turn): Promise<void> => {
    if (turn.conversationType !== 'personal') return;
    if (!(await this.members.claimWelcome(turn.member.tenantId, turn.member.memberId, turn.now))) return;
    const firstName = turn.member.name?.trim().split(/\s+/)[0] ?? '';
    await turn.send({ card: renderCard('members-welcome', { firstName, examples: exampleQuestions }) });
  };

  onUninstalled = async (turn: Turn): Promise<void> => {
    this.forget(turn);
    await this.members.markUninstalled(turn.member.tenantId, turn.member.memberId, turn.now);
  };

  helpCommand(router: TextCommandRouter): TextCommand {
    return {
      name: 'help',
      aliases: ['?', 'menu', 'commands', 'what can you do', 'hi', 'hello'],
      description: 'Show this list',
      run: async (turn) => {
        const isAdmin = await this.adminPolicy.isAdmin(turn.member);
        const visible = router.list();
        const describe = (command: TextCommand) => ({ name: command.name, description: command.description });
        await turn.send({
          card: renderCard('members-help', {
            examples: exampleQuestions,
            commands: visible.filter((command) => !command.adminOnly).map(describe),
            adminCommands: isAdmin ? visible.filter((command) => command.adminOnly).map(describe) : [],
          }),
        });
      },
    };
  }

  readonly settingsCommand: TextCommand = {
    name: 'settings',
    aliases: ['my settings', 'preferences', 'my roles'],
    description: 'Your roles, the briefing and training reminders',
    run: async (turn) => {
      const member = await this.members.get(turn.member.tenantId, turn.member.memberId);
      await turn.send({ card: settingsCard(member ?? { roles: [], preferences: defaultPreferences }) });
    },
  };

  readonly saveSettings: CardActionHandler = cardAction({
    verb: 'members.saveSettings',
    schema: settingsSubmissionSchema,
    run: async (turn, submission) => {
      this.forget(turn);
      const saved = await this.members.updateSettings(turn.member.tenantId, turn.member.memberId, {
        roles: submission.roles,
        preferences: { briefings: submission.briefings, trainingNudges: submission.trainingNudges },
      });
      return { card: settingsCard(saved, `Saved ✓ ${formatLondonDateTime(turn.now)}`) };
    },
  });

  readonly subscribeCommands: readonly TextCommand[] = [
    {
      name: 'subscribe',
      aliases: ['subscribe to the briefing', 'resubscribe'],
      description: 'Get the fortnightly member briefing',
      run: async (turn) => {
        this.forget(turn);
        await this.members.setPreference(turn.member.tenantId, turn.member.memberId, 'briefings', true);
        await turn.send({ text: "You're subscribed: the fortnightly member briefing will come to this chat. Type **unsubscribe** to stop it." });
      },
    },
    {
      name: 'unsubscribe',
      aliases: ['unsubscribe from the briefing', 'stop the briefing', 'stop briefings'],
      description: 'Stop the fortnightly member briefing',
      run: async (turn) => {
        this.forget(turn);
        await this.members.setPreference(turn.member.tenantId, turn.member.memberId, 'briefings', false);
        await turn.send({ text: "Done — you won't get the fortnightly briefing any more. Type **subscribe** to have it again." });
      },
    },
  ];

  readonly myDataCommands: readonly TextCommand[] = [
    {
      name: 'my data',
      aliases: ['what do you know about me', 'my details'],
      description: 'What I hold about you',
      run: async (turn) => {
        await turn.send({ text: describeMemberData(await this.members.get(turn.member.tenantId, turn.member.memberId)) });
      },
    },
    {
      name: 'forget me',
      aliases: ['delete my data'],
      description: 'Delete what I hold about you',
      run: async (turn) => {
        await turn.send({ card: forgetMeCard('confirming') });
      },
    },
  ];

  readonly forgetMe: CardActionHandler = cardAction({
    verb: 'members.forgetMe',
    schema: forgetMeSubmissionSchema,
    run: async (turn) => {
      this.forget(turn);
      await this.members.delete(turn.member.tenantId, turn.member.memberId);
      return { card: forgetMeCard('done') };
    },
  });

  /** Officers: who has the app, who is not receiving messages, and who else is an officer. */
  directoryCommand(): TextCommand {
    return adminCommand(this.adminPolicy, {
      name: 'members',
      aliases: ['member list', 'who is not receiving messages'],
      description: 'Who has the app, who is not receiving messages, and officers (admins)',
      run: async (turn) => {
        const everyone = await this.members.listByTenant(turn.member.tenantId);
        await turn.send({ card: memberDirectoryCard(everyone, this.configuredAdminIds) });
      },
    });
  }

  setAdmin(): CardActionHandler {
    return adminCardAction(this.adminPolicy, {
      verb: 'members.setAdmin',
      schema: setAdminSubmissionSchema,
      run: async (turn, { memberId, admin }) => {
        const changed = await this.members.setAdmin(turn.member.tenantId, memberId, admin);
        if (!changed) return { message: "Sorry, I couldn't find that member. Type **members** for the current list." };
        const everyone = await this.members.listByTenant(turn.member.tenantId);
        const note = `${changed.name ?? 'The member'} ${admin ? 'is now an officer (admin)' : 'is no longer an admin'}.`;
        return { card: memberDirectoryCard(everyone, this.configuredAdminIds, note) };
      },
    });
  }
}
