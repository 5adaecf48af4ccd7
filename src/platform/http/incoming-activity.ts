import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1) });

/** The least a request body must be for the bot to process it as a Bot Framework activity. */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string().min(1), tenantId: z.string().optional() }),
  text: z.string().optional(),
});

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

export function describeActivityProblem(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}
