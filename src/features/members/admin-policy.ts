import type { MemberIdentity } from '../../platform/bot/turn.js';
import type { MemberRepository } from './member-repository.js';

/** An officer (admin) is named in ADMIN_AAD_OBJECT_IDS, or was made one by another admin. */
export class AdminPolicy {
  constructor(
    private readonly configuredAdminIds: readonly string[],
    private readonly members: MemberRepository,
  ) {}

  async isAdmin(member: MemberIdentity): Promise<boolean> {
    if (member.aadObjectId && this.configuredAdminIds.includes(member.aadObjectId)) return true;
    const record = await this.members.get(member.tenantId, member.memberId);
    return record?.isAdmin === true;
  }
}
