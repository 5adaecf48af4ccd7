import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { formatLondonDateTime } from '../../platform/london-time.js';
import type { Member } from './member.js';
import { roleTitles } from './member-roles.js';

/** What `my data` shows: everything the member record holds, in words. */
export function describeMemberData(member: Member | undefined): string {
  if (!member) return "I don't hold a record about you.";
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return [
    '**What I hold about you**',
    '',
    `- Name: ${member.name ?? '(not known)'}`,
    `- Email: ${member.email ?? '(not known)'}`,
    `- Roles: ${member.roles.length > 0 ? member.roles.map((role) => roleTitles[role]).join(', ') : '(none set — type **settings**)'}`,
    `- Fortnightly briefing: ${yesNo(member.preferences.briefings)}; training reminders: ${yesNo(member.preferences.trainingNudges)}`,
    `- First seen ${formatLondonDateTime(member.firstSeenAt)}; last seen ${formatLondonDateTime(member.lastSeenAt)}`,
    '- The address of this chat, so that I can send you reminders and the briefing',
    '',
    'Your training invitations and attendance are part of the council’s record of member training. Evaluation answers are stored without your name or id. Questions I could not answer are kept without your name for officers to improve the answers.',
    '',
    'Type **forget me** to delete your record.',
  ].join('\n');
}

export const forgetMeSubmissionSchema = z.object({ confirm: z.literal('yes') });

export function forgetMeCard(state: 'confirming' | 'done'): AdaptiveCard {
  return state === 'confirming'
    ? renderCard('members-forget', {
        confirming: true,
        title: 'Delete your data?',
        text: 'This deletes your record: your name, email, roles, preferences and the address of this chat. You will stop getting reminders and the briefing. Training attendance stays in the council’s training record; ask Democratic Services if it should be removed.',
      })
    : renderCard('members-forget', {
        confirming: false,
        title: 'Your data has been deleted',
        text: 'Your record is gone. If you message me again I will keep only what I need to reply. To stop me entirely, remove the app from Teams.',
      });
}
