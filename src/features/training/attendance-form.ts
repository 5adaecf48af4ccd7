import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import type { AttendanceRecord } from './attendance.js';
import { memberIdListSchema, sessionIdSchema } from './card-fields.js';
import type { Councillor } from './councillors.js';
import { sessionFacts } from './session-labels.js';
import type { TrainingSession } from './session.js';

export const attendanceSubmissionSchema = z.object({
  sessionId: sessionIdSchema,
  /** Ticked on the list of invitees (and anyone already on the record). */
  attended: memberIdListSchema,
  /** Picked from the other councillors: came without an invitation. */
  others: memberIdListSchema,
});
export type AttendanceSubmission = z.infer<typeof attendanceSubmissionSchema>;

export interface AttendanceChoices {
  /** Invited, replied or already recorded: listed with a tick box each. */
  readonly listed: readonly { readonly memberId: string; readonly label: string; readonly attended: boolean }[];
  /** Every other councillor, to add someone who came uninvited. */
  readonly others: readonly { readonly memberId: string; readonly label: string }[];
}

const rsvpLabels = { accepted: 'accepted', declined: 'declined' } as const;

/** Who the attendance card offers, from the session's records and the councillors. */
export function attendanceChoices(records: readonly AttendanceRecord[], councillors: readonly Councillor[]): AttendanceChoices {
  const names = new Map(councillors.map((councillor) => [councillor.memberId, councillor.name]));
  const listedIds = new Set(records.map((record) => record.memberId));
  const listed = records
    .map((record) => ({
      memberId: record.memberId,
      label: `${names.get(record.memberId) ?? 'A former member'} — ${record.rsvp ? rsvpLabels[record.rsvp] : record.invitedAt ? 'no reply' : 'not invited'}`,
      attended: record.attended,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  const others = councillors.filter((councillor) => !listedIds.has(councillor.memberId)).map((councillor) => ({ memberId: councillor.memberId, label: councillor.name }));
  return { listed, others };
}

/** The submission, if every ticked id was offered on the card; undefined for a forged or stale one. */
export function offeredIds(submission: AttendanceSubmission, choices: AttendanceChoices): { present: string[]; absent: string[] } | undefined {
  const listed = new Set(choices.listed.map((choice) => choice.memberId));
  const others = new Set(choices.others.map((choice) => choice.memberId));
  if (!submission.attended.every((id) => listed.has(id)) || !submission.others.every((id) => others.has(id) || listed.has(id))) return undefined;
  const present = new Set([...submission.attended, ...submission.others]);
  return {
    present: [...present],
    absent: choices.listed.filter((choice) => choice.attended && !present.has(choice.memberId)).map((choice) => choice.memberId),
  };
}

export function attendanceCard(session: TrainingSession, choices: AttendanceChoices, note = ''): AdaptiveCard {
  return renderCard('training-attendance', {
    ...sessionFacts(session),
    note,
    listed: choices.listed.map((choice) => ({ title: choice.label, value: choice.memberId })),
    attendedValue: choices.listed.filter((choice) => choice.attended).map((choice) => choice.memberId).join(','),
    others: choices.others.map((choice) => ({ title: choice.label, value: choice.memberId })),
  });
}
