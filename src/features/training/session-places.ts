/**
 * Who holds the places on a session, in `attendance` (id `places|<sessionId>`, kind 'places').
 * One document per session, written with its etag, so two members taking the last place at the
 * same moment cannot both get it; counting accepted replies could not tell them apart.
 */
export interface SessionPlaces {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'places';
  readonly sessionId: string;
  readonly holders: readonly PlaceHolder[];
}

export interface PlaceHolder {
  readonly memberId: string;
  /** When the place was taken (ISO). */
  readonly since: string;
}

export const placesId = (sessionId: string) => `places|${sessionId}`;

/**
 * A place taken whose acceptance was never recorded (the bot stopped in between) is given back
 * once it is this old and the session is full.
 */
export const abandonedPlaceMs = 10 * 60 * 1000;

export type PlaceDecision =
  | { readonly kind: 'already-held' }
  | { readonly kind: 'full' }
  | { readonly kind: 'take'; readonly holders: readonly PlaceHolder[] };

/** Whether `memberId` can have a place; no capacity means every acceptance gets one. */
export function takePlace(holders: readonly PlaceHolder[], memberId: string, capacity: number | undefined, at: Date): PlaceDecision {
  if (holders.some((holder) => holder.memberId === memberId)) return { kind: 'already-held' };
  if (capacity !== undefined && holders.length >= capacity) return { kind: 'full' };
  return { kind: 'take', holders: [...holders, { memberId, since: at.toISOString() }] };
}

/** The holders without those who never had their acceptance recorded and took the place long enough ago. */
export function withoutAbandoned(holders: readonly PlaceHolder[], acceptedIds: ReadonlySet<string>, at: Date): PlaceHolder[] {
  return holders.filter((holder) => acceptedIds.has(holder.memberId) || at.getTime() - Date.parse(holder.since) < abandonedPlaceMs);
}
