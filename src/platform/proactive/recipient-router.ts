import type { Recipient, RecipientDirectory } from './delivery-engine.js';

/**
 * Members are found in the members directory; other recipients (a team channel, say) by the
 * directory registered for their id's prefix, e.g. `channel:`.
 */
export class RecipientRouter implements RecipientDirectory {
  private readonly routes: { prefix: string; directory: RecipientDirectory }[] = [];

  constructor(private readonly members: RecipientDirectory) {}

  route(prefix: string, directory: RecipientDirectory): this {
    this.routes.push({ prefix, directory });
    return this;
  }

  find(tenantId: string, recipientId: string): Promise<Recipient | undefined> {
    return this.directoryFor(recipientId).find(tenantId, recipientId);
  }

  async findMany(tenantId: string, recipientIds: readonly string[]): Promise<ReadonlyMap<string, Recipient>> {
    const found = new Map<string, Recipient>();
    const byDirectory = new Map<RecipientDirectory, string[]>();
    for (const id of recipientIds) {
      const directory = this.directoryFor(id);
      byDirectory.set(directory, [...(byDirectory.get(directory) ?? []), id]);
    }
    for (const [directory, ids] of byDirectory) for (const [id, recipient] of await directory.findMany(tenantId, ids)) found.set(id, recipient);
    return found;
  }

  markUnreachable(tenantId: string, recipientId: string, reason: string, at: Date): Promise<void> {
    return this.directoryFor(recipientId).markUnreachable(tenantId, recipientId, reason, at);
  }

  private directoryFor(recipientId: string): RecipientDirectory {
    return this.routes.find((route) => recipientId.startsWith(route.prefix))?.directory ?? this.members;
  }
}
