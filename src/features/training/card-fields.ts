import { z } from 'zod';

/** Session ids as this feature makes them: `ses-` and lower-case letters and digits. */
export const sessionIdSchema = z.string().regex(/^ses-[a-z0-9]{6,32}$/);

/** Multi-select choice sets send a comma-separated string (or nothing when none is ticked). */
export const memberIdListSchema = z
  .string()
  .max(50_000)
  .default('')
  .transform((value) => [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(200)).max(2_000));

export const toggleSchema = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Free text from a card input, trimmed, never longer than the input allows. */
export const cardText = (maxLength: number) =>
  z
    .string()
    .max(maxLength)
    .default('')
    .transform((value) => value.trim());

/** Every action on a card about a session carries its id. */
export const sessionActionSchema = z.object({ sessionId: sessionIdSchema });
