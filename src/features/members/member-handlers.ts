import { renderCard } from '../../platform/cards/card-templates.js';
import type { TextCommand, TextCommandRouter } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import type { AdminPolicy } from './admin-policy.js';
import { exampleQuestions } from './example-questions.js';
import type { MemberRepository } from './member-repository.js';

export class MemberHandlers {
  constructor(
    private readonly members: MemberRepository,
    private readonly adminPolicy: AdminPolicy,
  ) {}

  recordTurn = (turn: Turn): Promise<void> =>
    this.members.recordVisit({ member: turn.member, conversationReference: turn.conversationReference, at: turn.now });

  /** Installing (or the playground reloading) welcomes a member once, ever. */
  onInstalled = async (turn: Turn): Promise<void> => {
    if (turn.conversationType !== 'personal') return;
    if (!(await this.members.claimWelcome(turn.member.tenantId, turn.member.memberId, turn.now))) return;
    const firstName = turn.member.name?.trim().split(/\s+/)[0] ?? '';
    await turn.send({ card: renderCard('members-welcome', { firstName, examples: exampleQuestions }) });
  };

  onUninstalled = (turn: Turn): Promise<void> =>
    this.members.markUninstalled(turn.member.tenantId, turn.member.memberId, turn.now);

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
}
