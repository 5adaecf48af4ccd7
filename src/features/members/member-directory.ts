import type { RecipientDirectory } from '../../platform/proactive/delivery-engine.js';
import type { MemberRepository } from './member-repository.js';

/** The delivery engine's view of members: where to reach them, and who cannot be reached. */
export function memberDirectory(members: MemberRepository): RecipientDirectory {
  return {
    async find(tenantId, memberId) {
      const member = await members.get(tenantId, memberId);
      return member ? { conversationReference: member.conversationReference, installed: member.installed } : undefined;
    },
    markUnreachable: (tenantId, memberId, reason, at) => members.markUnreachable(tenantId, memberId, reason, at),
  };
}
