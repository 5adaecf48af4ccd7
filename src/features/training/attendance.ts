export type Rsvp = 'accepted' | 'declined';

/** One member and one session, in `attendance` (partition /tenantId, id `<sessionId>|<memberId>`). */
export interface AttendanceRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'attendance';
  readonly sessionId: string;
  readonly memberId: string;
  /** Set when an invitation was sent (absent for someone who replied from `training` or came uninvited). */
  readonly invitedAt?: string;
  readonly rsvp?: Rsvp;
  readonly rsvpAt?: string;
  readonly attended: boolean;
  readonly attendanceRecordedAt?: string;
  readonly attendanceRecordedBy?: string;
  readonly attendanceSource?: 'card' | 'csv';
  /** When the attendance listeners (evaluations) were told; they are told once per member and session, ever. */
  readonly listenersToldAt?: string;
}

/**
 * What training knows of a councillor beyond the members record, in `attendance` (id `profile|<memberId>`).
 * Kept here, not on the member document, so the training feature owns what it writes and the HR
 * import can set it in the same container as attendance.
 */
export interface TrainingProfile {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'profile';
  readonly memberId: string;
  /** YYYY-MM-DD: when the member was (last) elected; on or after the term start counts as newly elected. */
  readonly electedOn?: string;
  /** YYYY-MM-DD: from this day the member is no longer counted or nudged. */
  readonly leftOfficeOn?: string;
  readonly lastNudgedAt?: string;
  readonly updatedAt: string;
}

export const attendanceId = (sessionId: string, memberId: string) => `${sessionId}|${memberId}`;
export const profileId = (memberId: string) => `profile|${memberId}`;
