/** Finding buttons and text on the cards a test receives, as a member would see them. */

export interface FoundAction {
  readonly type: string;
  readonly title: string;
  readonly verb?: string;
  readonly url?: string;
  readonly data: Record<string, unknown>;
}

/** Every button on a card (ActionSets and the cards behind "Show card" buttons included), in order. */
export function actionsOf(card: unknown): FoundAction[] {
  const found: FoundAction[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Action.')) {
        found.push({
          type: record.type,
          title: String(record.title ?? ''),
          verb: typeof record.verb === 'string' ? record.verb : undefined,
          url: typeof record.url === 'string' ? record.url : undefined,
          data: (record.data as Record<string, unknown>) ?? {},
        });
        if (record.type === 'Action.ShowCard') walk(record.card);
        return;
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The first button with this verb (and title, and for this session, when given); fails the test if there is none. */
export function actionFor(card: unknown, verb: string, filter: { readonly title?: string; readonly sessionId?: string } = {}): FoundAction {
  const action = actionsOf(card).find(
    (candidate) =>
      candidate.verb === verb &&
      (filter.title === undefined || candidate.title === filter.title) &&
      (filter.sessionId === undefined || candidate.data.sessionId === filter.sessionId),
  );
  if (!action) throw new Error(`No ${verb} ${JSON.stringify(filter)} button on the card: ${actionsOf(card).map((a) => `${a.verb ?? a.type} "${a.title}"`).join(', ')}`);
  return action;
}

/** The card of a proactive message (or an update) the fake connector received. */
export function cardOfActivity(body: Record<string, unknown>): unknown {
  const attachments = (body.attachments as { contentType: string; content: unknown }[] | undefined) ?? [];
  return attachments.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** The card's inputs as they stand (what Teams sends with a button press unless told otherwise). */
export function inputsOf(card: unknown): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string') inputs[record.id] = record.value ?? '';
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return inputs;
}
