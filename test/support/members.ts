import { install, testTenantId, type TestUser } from './activities.js';
import type { TestBot } from './test-bot.js';

export function testMember(n: number, prefix = 'm'): TestUser {
  const hex = n.toString(16).padStart(12, '0');
  return { id: `29:${prefix}-${n}`, aadObjectId: `00000000-0000-4000-8000-${hex}`, name: `Councillor ${prefix.toUpperCase()}${n}` };
}

/** Installs the app for each member through the HTTP endpoint, as Teams would, and forgets the welcome cards. */
export async function installMembers(bot: TestBot, members: readonly TestUser[]): Promise<void> {
  for (const member of members) {
    const { status } = await bot.post(install(member, bot.connector.url));
    if (status !== 200) throw new Error(`install failed: ${status}`);
  }
  bot.connector.received.length = 0;
  bot.connector.requests.length = 0;
}

export { testTenantId };
