import { z } from 'zod';
import { memberRoles } from '../answers/article.js';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import type { Member } from './member.js';
import { roleTitles } from './member-roles.js';

const toggle = z.enum(['true', 'false']).transform((value) => value === 'true');

/** What the settings card submits. Multi-select choice sets send a comma-separated string. */
export const settingsSubmissionSchema = z.object({
  roles: z
    .string()
    .max(200)
    .default('')
    .transform((value) => value.split(',').map((role) => role.trim()).filter(Boolean))
    .pipe(z.array(z.enum(memberRoles)).transform((roles) => [...new Set(roles)])),
  briefings: toggle.default(true),
  trainingNudges: toggle.default(true),
});
export type SettingsSubmission = z.infer<typeof settingsSubmissionSchema>;

export function settingsCard(member: Pick<Member, 'roles' | 'preferences'>, savedNote = ''): AdaptiveCard {
  return renderCard('members-settings', {
    savedNote,
    roles: member.roles.join(','),
    roleChoices: memberRoles.map((role) => ({ title: roleTitles[role], value: role })),
    briefings: String(member.preferences.briefings),
    trainingNudges: String(member.preferences.trainingNudges),
  });
}
