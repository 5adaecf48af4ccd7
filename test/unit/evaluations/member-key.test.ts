import { describe, expect, it } from 'vitest';
import { memberKeyOf } from '../../../src/features/evaluations/member-key.js';

describe('the pseudonymous member key', () => {
  const memberId = '00000000-0000-4000-8000-00000000c001';

  it('is the same for the same member, so a second submission replaces the first', () => {
    expect(memberKeyOf('secret', memberId)).toBe(memberKeyOf('secret', memberId));
  });

  it('is HMAC-SHA256 of the member id with the configured secret, and gives the id away to nobody without it', () => {
    const key = memberKeyOf('secret', memberId);
    expect(key).toBe('l_9PJ92rZ1BpytsYDAfvUItsFYRUUqJq1lZTTbbHXfI');
    expect(key).not.toContain('c001');
    expect(memberKeyOf('another secret', memberId)).not.toBe(key);
    expect(memberKeyOf('secret', '00000000-0000-4000-8000-00000000c002')).not.toBe(key);
  });
});
