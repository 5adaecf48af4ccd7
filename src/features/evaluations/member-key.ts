import { createHmac } from 'node:crypto';

/**
 * The pseudonym an evaluation is stored under: HMAC-SHA256 of the member id with a secret from
 * configuration. The same member always gets the same key (so a second submission replaces the first
 * and the response rate is known), but nobody reading the database can turn a key back into a person.
 */
export function memberKeyOf(secret: string, memberId: string): string {
  return createHmac('sha256', secret).update(memberId).digest('base64url');
}
