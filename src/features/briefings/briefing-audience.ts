import type { Member } from '../members/member.js';
import type { LeftOut } from './briefing.js';

const canBeReached = (member: Member) => member.installed && !member.unreachable;

/**
 * Who gets the briefing: subscribed members the bot can reach. Members who unsubscribed are only counted;
 * those who are subscribed but cannot be reached are listed, so the delivery report can show why.
 */
export function briefingAudience(members: readonly Member[]): { recipients: string[]; unsubscribed: number; leftOut: LeftOut[] } {
  const recipients: string[] = [];
  const leftOut: LeftOut[] = [];
  let unsubscribed = 0;
  for (const member of members) {
    if (!member.preferences.briefings) unsubscribed += 1;
    else if (canBeReached(member)) recipients.push(member.id);
    else if (!member.installed) leftOut.push({ memberId: member.id, reason: 'the app is not installed' });
    else leftOut.push({ memberId: member.id, reason: `Teams could not reach them (${member.unreachable!.reason})` });
  }
  return { recipients, unsubscribed, leftOut };
}

/** Member development officers the bot can reach: named in ADMIN_AAD_OBJECT_IDS or made admins. */
export function reachableOfficers(members: readonly Member[], adminAadObjectIds: readonly string[]): Member[] {
  return members.filter(
    (member) => canBeReached(member) && (member.isAdmin === true || (member.aadObjectId !== undefined && adminAadObjectIds.includes(member.aadObjectId))),
  );
}
