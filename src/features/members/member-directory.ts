import type { Recipient, RecipientDirectory } from '../../platform/proactive/delivery-engine.js';
import type { Member } from './member.js';
import type { MemberRepository } from './member-repository.js';

/** Above this many, one read of the tenant's members beats a point read each. */
const pointReadsUpTo = 20;

const asRecipient = (member: Member): Recipient => ({ conversationReference: member.conversationReference, installed: member.installed });

/** The delivery engine's view of members: where to reach them, and who cannot be reached. */
export function memberDirectory(members: MemberRepository): RecipientDirectory {
  return {
    async find(tenantId, memberId) {
      const member = await members.get(tenantId, memberId);
      return member ? asRecipient(member) : undefined;
    },
    async findMany(tenantId, memberIds) {
      const found = new Map<string, Recipient>();
      if (memberIds.length <= pointReadsUpTo) {
        for (const member of await Promise.all(memberIds.map((id) => members.get(tenantId, id)))) {
          if (member) found.set(member.id, asRecipient(member));
        }
        return found;
      }
      const wanted = new Set(memberIds);
      for (const member of await members.listByTenant(tenantId)) if (wanted.has(member.id)) found.set(member.id, asRecipient(member));
      return found;
    },
    markUnreachable: (tenantId, memberId, reason, at) => members.markUnreachable(tenantId, memberId, reason, at),
  };
}
