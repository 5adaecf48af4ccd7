import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { roleTitles } from '../members/member-roles.js';
import { cardText, sessionIdSchema, toggleSchema } from './card-fields.js';
import { levelTitles } from './session-labels.js';
import { londonDateOf, londonInstant, londonTimeOf } from '../../platform/london-time.js';
import { audienceRoles, trainingLevels, type SessionDetails, type TrainingSession } from './session.js';

const sessionLimits = { title: 120, outline: 2000, place: 200, meetingUrl: 500, capacity: 1000 } as const;

/** What the session form submits (the card's inputs plus its hidden id and version). */
export const sessionSubmissionSchema = z.object({
  sessionId: sessionIdSchema,
  version: z.coerce.number().int().min(0).max(1_000_000),
  title: cardText(sessionLimits.title),
  level: z.enum(['1', '2', '3']).transform((level) => Number(level) as SessionDetails['level']),
  outline: cardText(sessionLimits.outline),
  date: cardText(20),
  startTime: cardText(10),
  endTime: cardText(10),
  place: cardText(sessionLimits.place),
  meetingUrl: cardText(sessionLimits.meetingUrl),
  audience: z
    .string()
    .max(200)
    .default('')
    .transform((value) => value.split(',').map((role) => role.trim()).filter(Boolean))
    .pipe(z.array(z.enum(audienceRoles)).transform((roles) => [...new Set(roles)])),
  capacity: z.union([z.number(), cardText(10)]).optional(),
  countsAsCorporateParenting: toggleSchema.default(true),
});
export type SessionSubmission = z.infer<typeof sessionSubmissionSchema>;

/**
 * The session the officer described, or what to put right (in words for the form). Times are wall-clock
 * London times on the chosen day.
 */
export function detailsFromSubmission(submission: SessionSubmission): { details: SessionDetails } | { problems: string[] } {
  const problems: string[] = [];
  if (!submission.title) problems.push('Give the session a title.');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(submission.date) ? submission.date : undefined;
  const time = (value: string) => (/^\d{2}:\d{2}(:\d{2})?$/.test(value) ? value.slice(0, 5) : undefined);
  const startTime = time(submission.startTime);
  const endTime = time(submission.endTime);
  const startsAt = date && startTime ? londonInstant(date, startTime) : undefined;
  const endsAt = date && endTime ? londonInstant(date, endTime) : undefined;
  if (!date || !startTime || !endTime) problems.push('Choose the date and the start and end times.');
  else if (!startsAt || !endsAt) problems.push("That time doesn't exist in London on that day (the clocks go forward). Please choose another.");
  else if (endsAt <= startsAt) problems.push('The session must end after it starts.');
  if (!submission.place && !submission.meetingUrl) problems.push('Add a place, a Teams meeting link, or both.');
  if (submission.meetingUrl && !isHttpsUrl(submission.meetingUrl)) problems.push('The meeting link must be a web address starting https://.');
  const capacity = capacityOf(submission.capacity);
  if (capacity === 'invalid') problems.push(`Places must be a whole number from 1 to ${sessionLimits.capacity}, or left empty for no limit.`);
  if (problems.length > 0 || !startsAt || !endsAt || capacity === 'invalid') return { problems };
  return {
    details: {
      title: submission.title,
      level: submission.level,
      outline: submission.outline,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place: submission.place || undefined,
      meetingUrl: submission.meetingUrl || undefined,
      audienceRoles: submission.audience,
      capacity,
      countsAsCorporateParenting: submission.countsAsCorporateParenting,
    },
  };
}

/** What members would notice changed, in words for the notice ("the time", "the place"…). */
export function describeChanges(before: SessionDetails, after: SessionDetails): string[] {
  const changes: string[] = [];
  if (before.startsAt !== after.startsAt || before.endsAt !== after.endsAt) changes.push('the date or time');
  if ((before.place ?? '') !== (after.place ?? '')) changes.push('the place');
  if ((before.meetingUrl ?? '') !== (after.meetingUrl ?? '')) changes.push('the meeting link');
  if (before.title !== after.title) changes.push('the title');
  if (before.outline !== after.outline) changes.push('the outline');
  if (before.level !== after.level) changes.push('the level');
  return changes;
}

export interface SessionFormModel {
  readonly sessionId: string;
  /** 0 for a new session. */
  readonly version: number;
  readonly values: Partial<Record<keyof SessionSubmission, string | number | undefined>>;
  readonly problems?: readonly string[];
  readonly published?: boolean;
}

export function sessionFormCard(model: SessionFormModel): AdaptiveCard {
  const value = (name: keyof SessionSubmission) => String(model.values[name] ?? '');
  const capacity = Number(model.values.capacity);
  return renderCard('training-session-form', {
    heading: model.version === 0 ? 'New training session' : 'Edit the session',
    publishedNote: model.published
      ? 'This session is published: when you save, the invitees are told what changed and their invitations are updated.'
      : '',
    problems: model.problems ?? [],
    sessionId: model.sessionId,
    version: model.version,
    title: value('title'),
    level: value('level') || '1',
    outline: value('outline'),
    date: value('date'),
    startTime: value('startTime'),
    endTime: value('endTime'),
    place: value('place'),
    meetingUrl: value('meetingUrl'),
    audience: value('audience'),
    hasCapacity: Number.isInteger(capacity) && capacity > 0,
    capacity: Number.isInteger(capacity) && capacity > 0 ? capacity : 0,
    countsAsCorporateParenting: value('countsAsCorporateParenting') || 'true',
    levelChoices: trainingLevels.map((level) => ({ title: levelTitles[level], value: String(level) })),
    roleChoices: audienceRoles.map((role) => ({ title: roleTitles[role], value: role })),
  });
}

/** The form's values for a stored session (times in London). */
export function formValuesOf(session: TrainingSession): SessionFormModel['values'] {
  return {
    title: session.title,
    level: String(session.level),
    outline: session.outline,
    date: londonDateOf(session.startsAt),
    startTime: londonTimeOf(session.startsAt),
    endTime: londonTimeOf(session.endsAt),
    place: session.place,
    meetingUrl: session.meetingUrl,
    audience: session.audienceRoles.join(','),
    capacity: session.capacity,
    countsAsCorporateParenting: String(session.countsAsCorporateParenting),
  };
}

/** The form's values as the officer entered them (to show again with the problems). */
export function formValuesFromSubmission(submission: SessionSubmission): SessionFormModel['values'] {
  return {
    ...submission,
    level: String(submission.level),
    audience: submission.audience.join(','),
    capacity: submission.capacity,
    countsAsCorporateParenting: String(submission.countsAsCorporateParenting),
  };
}

function capacityOf(raw: number | string | undefined): number | undefined | 'invalid' {
  if (raw === undefined || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(raw);
  return Number.isInteger(value) && value >= 1 && value <= sessionLimits.capacity ? value : 'invalid';
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
