import { describe, expect, it } from 'vitest';
import { abandonedPlaceMs, takePlace, withoutAbandoned, type PlaceHolder } from '../../../src/features/training/session-places.js';

const at = new Date('2026-11-23T10:00:00.000Z');
const minutesBefore = (minutes: number) => new Date(at.getTime() - minutes * 60_000).toISOString();
const holders: PlaceHolder[] = [
  { memberId: 'ann', since: minutesBefore(60) },
  { memberId: 'bob', since: minutesBefore(1) },
];

describe('taking a place on a session', () => {
  it('gives a place while there is one, adding the member with the time', () => {
    expect(takePlace(holders, 'cat', 3, at)).toEqual({ kind: 'take', holders: [...holders, { memberId: 'cat', since: at.toISOString() }] });
  });

  it('says full when every place is held, and that a holder already has theirs', () => {
    expect(takePlace(holders, 'cat', 2, at)).toEqual({ kind: 'full' });
    expect(takePlace(holders, 'ann', 2, at)).toEqual({ kind: 'already-held' });
  });

  it('always gives a place when the session has no limit', () => {
    expect(takePlace(holders, 'cat', undefined, at).kind).toBe('take');
  });
});

describe('places taken whose acceptance was never recorded', () => {
  it('are given back once they are old enough, never while the acceptance may still be on its way', () => {
    expect(withoutAbandoned(holders, new Set(), at).map((holder) => holder.memberId)).toEqual(['bob']);
    expect(withoutAbandoned(holders, new Set(['ann']), at)).toEqual(holders);
    const justUnder = [{ memberId: 'dan', since: new Date(at.getTime() - abandonedPlaceMs + 1).toISOString() }];
    expect(withoutAbandoned(justUnder, new Set(), at)).toEqual(justUnder);
  });
});
