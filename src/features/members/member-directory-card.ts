import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { formatLondonDate } from '../../platform/london-time.js';
import type { Member } from './member.js';
import { roleTitles } from './member-roles.js';

export const setAdminSubmissionSchema = z.object({
  memberId: z.string().min(1).max(200),
  admin: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

function statusOf(member: Member, configuredAdmin: boolean): { status: string; statusColour: string } {
  const roles = member.roles.map((role) => roleTitles[role]);
  const admin = configuredAdmin ? 'Officer (admin, set in configuration)' : member.isAdmin ? 'Officer (admin)' : undefined;
  const reach = !member.installed
    ? `Removed the app on ${formatLondonDate(member.uninstalledAt ?? member.lastSeenAt)}`
    : member.unreachable
      ? `Not receiving messages since ${formatLondonDate(member.unreachable.since)}: ${member.unreachable.reason}`
      : `Last seen ${formatLondonDate(member.lastSeenAt)}`;
  return {
    status: [admin, ...roles, reach].filter(Boolean).join(' · '),
    statusColour: !member.installed || member.unreachable ? 'Attention' : 'Default',
  };
}

/** The officers' view of members: who has the app, who Teams cannot reach, who is an officer. */
export function memberDirectoryCard(members: readonly Member[], configuredAdminIds: readonly string[], note = ''): AdaptiveCard {
  const isConfigured = (member: Member) => member.aadObjectId !== undefined && configuredAdminIds.includes(member.aadObjectId);
  const sorted = [...members].sort(
    (a, b) => Number(Boolean(b.unreachable) || !b.installed) - Number(Boolean(a.unreachable) || !a.installed) || (a.name ?? '').localeCompare(b.name ?? '', 'en-GB'),
  );
  return renderCard('members-directory', {
    installed: `${members.filter((member) => member.installed).length} of ${members.length}`,
    notReceiving: String(members.filter((member) => !member.installed || member.unreachable).length),
    admins: String(members.filter((member) => member.isAdmin || isConfigured(member)).length),
    note,
    members: sorted.map((member) => ({
      id: member.id,
      name: member.name ?? member.email ?? member.id,
      ...statusOf(member, isConfigured(member)),
      canToggle: !isConfigured(member),
      makeAdmin: String(!member.isAdmin),
      toggleTitle: member.isAdmin ? 'Remove admin' : 'Make admin',
    })),
  });
}
