import type { MemberRole } from '../answers/article.js';
import type { Member } from '../members/member.js';
import type { TrainingProfile } from './attendance.js';
import { londonDateOf } from '../../platform/london-time.js';
import type { TrainingSession } from './session.js';

/** A member as training sees them: someone counted in the figures, invited and nudged. */
export interface Councillor {
  readonly memberId: string;
  readonly name: string;
  readonly email?: string;
  readonly aadObjectId?: string;
  readonly roles: readonly MemberRole[];
  readonly installed: boolean;
  readonly trainingNudges: boolean;
  readonly electedOn?: string;
}

/** Officers are not councillors: the officer role, the admin flag, or named as an admin in configuration. */
function isOfficer(member: Pick<Member, 'roles' | 'isAdmin' | 'aadObjectId'>, configuredAdminIds: readonly string[]): boolean {
  return (
    member.roles.includes('officer') ||
    member.isAdmin === true ||
    (member.aadObjectId !== undefined && configuredAdminIds.includes(member.aadObjectId))
  );
}

/**
 * The population the figures count and sessions invite: every member the bot knows of (installed or
 * not — someone who removed the app is still a councillor) who is not an officer and has not left
 * office by today.
 */
export function councillorsOf(
  members: readonly Member[],
  profiles: ReadonlyMap<string, TrainingProfile>,
  configuredAdminIds: readonly string[],
  now: Date,
): Councillor[] {
  const today = londonDateOf(now);
  return members
    .filter((member) => !isOfficer(member, configuredAdminIds))
    .filter((member) => {
      const leftOn = profiles.get(member.id)?.leftOfficeOn;
      return leftOn === undefined || leftOn > today;
    })
    .map((member) => toCouncillor(member, profiles.get(member.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function toCouncillor(member: Member, profile: TrainingProfile | undefined): Councillor {
  return {
    memberId: member.id,
    name: displayName(member),
    email: member.email,
    aadObjectId: member.aadObjectId,
    roles: member.roles,
    installed: member.installed,
    trainingNudges: member.preferences.trainingNudges,
    electedOn: profile?.electedOn,
  };
}

export const displayName = (member: Pick<Member, 'name' | 'email'>): string => member.name?.trim() || member.email || 'A member';

export function isInAudience(session: Pick<TrainingSession, 'audienceRoles'>, roles: readonly MemberRole[]): boolean {
  return session.audienceRoles.length === 0 || session.audienceRoles.some((role) => roles.includes(role));
}

/** Who gets an invitation: councillors in the audience who have the app (the others cannot be messaged). */
export function inviteesOf(session: Pick<TrainingSession, 'audienceRoles'>, councillors: readonly Councillor[]): Councillor[] {
  return councillors.filter((councillor) => councillor.installed && isInAudience(session, councillor.roles));
}
