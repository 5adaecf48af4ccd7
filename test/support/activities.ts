export const testTenantId = '7a0f4f5e-0000-4000-8000-000000000001';

export interface TestUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly tenantId?: string;
}

export const councillor: TestUser = {
  id: '29:councillor-1',
  aadObjectId: '00000000-0000-4000-8000-00000000c001',
  name: 'Alex Councillor',
};

let sequence = 0;

/** A Bot Framework activity as Teams would send it to the bot, in the user's personal chat. */
export function activityFrom(user: TestUser, serviceUrl: string, fields: Record<string, unknown>) {
  const tenantId = user.tenantId ?? testTenantId;
  return {
    id: `incoming-${++sequence}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: '28:companion-bot', name: 'Corporate Parenting Companion' },
    conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'en-GB',
    ...fields,
  };
}

export const message = (user: TestUser, serviceUrl: string, text: string) =>
  activityFrom(user, serviceUrl, { type: 'message', text, deliveryMode: 'expectReplies' });

export const install = (user: TestUser, serviceUrl: string) =>
  activityFrom(user, serviceUrl, { type: 'installationUpdate', action: 'add' });

export const uninstall = (user: TestUser, serviceUrl: string) =>
  activityFrom(user, serviceUrl, { type: 'installationUpdate', action: 'remove' });

export const membersAdded = (user: TestUser, serviceUrl: string) =>
  activityFrom(user, serviceUrl, {
    type: 'conversationUpdate',
    membersAdded: [{ id: user.id, aadObjectId: user.aadObjectId }, { id: '28:companion-bot' }],
  });

export const cardAction = (user: TestUser, serviceUrl: string, verb: string, data: Record<string, unknown>, replyToId?: string) =>
  activityFrom(user, serviceUrl, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });

export const cardSubmit = (user: TestUser, serviceUrl: string, verb: string, data: Record<string, unknown>, replyToId?: string) =>
  activityFrom(user, serviceUrl, { type: 'message', replyToId, value: { verb, ...data }, deliveryMode: 'expectReplies' });
