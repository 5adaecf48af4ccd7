import type { Container } from '@azure/cosmos';
import { createIfAbsent, readIfExists, replaceIfUnchanged } from '../../platform/cosmos/item-operations.js';
import type { AttendanceRepository } from './attendance-repository.js';
import { placesId, takePlace, withoutAbandoned, type PlaceHolder, type SessionPlaces } from './session-places.js';

/** The places document of each session (see `SessionPlaces`), next to the attendance records. */
export class PlacesRepository {
  constructor(
    private readonly container: Container,
    private readonly attendance: AttendanceRepository,
  ) {}

  /**
   * Takes a place for the member unless the session is full; true if they hold one now (taking it
   * twice is harmless). Sessions from before places were kept start from their accepted replies.
   */
  async claim(tenantId: string, sessionId: string, memberId: string, capacity: number | undefined, at: Date): Promise<boolean> {
    for (;;) {
      const current = await readIfExists<SessionPlaces>(this.container, placesId(sessionId), tenantId);
      const holders = current?.value.holders ?? (await this.accepted(tenantId, sessionId, at));
      let decision = takePlace(holders, memberId, capacity, at);
      if (decision.kind === 'full') {
        const acceptedIds = new Set((await this.accepted(tenantId, sessionId, at)).map((holder) => holder.memberId));
        decision = takePlace(withoutAbandoned(holders, acceptedIds, at), memberId, capacity, at);
      }
      if (decision.kind !== 'take') return decision.kind === 'already-held';
      const next: SessionPlaces = { id: placesId(sessionId), tenantId, kind: 'places', sessionId, holders: decision.holders };
      const written = current ? (await replaceIfUnchanged(this.container, next, tenantId, current.etag)) !== undefined : await createIfAbsent(this.container, next);
      if (written) return true;
    }
  }

  /** Gives the member's place back (they declined). */
  async release(tenantId: string, sessionId: string, memberId: string): Promise<void> {
    for (;;) {
      const current = await readIfExists<SessionPlaces>(this.container, placesId(sessionId), tenantId);
      if (!current?.value.holders.some((holder) => holder.memberId === memberId)) return;
      const next: SessionPlaces = { ...current.value, holders: current.value.holders.filter((holder) => holder.memberId !== memberId) };
      if (await replaceIfUnchanged(this.container, next, tenantId, current.etag)) return;
    }
  }

  /** The members whose acceptance is recorded, as place holders. */
  private async accepted(tenantId: string, sessionId: string, at: Date): Promise<PlaceHolder[]> {
    const records = await this.attendance.forSession(tenantId, sessionId);
    return records.filter((record) => record.rsvp === 'accepted').map((record) => ({ memberId: record.memberId, since: record.rsvpAt ?? at.toISOString() }));
  }
}
