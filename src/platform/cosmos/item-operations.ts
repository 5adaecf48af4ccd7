import type { Container, ItemDefinition, PartitionKey } from '@azure/cosmos';
import { isConflict, isNotFound, isPreconditionFailed } from './cosmos-errors.js';

/** Creates the document unless one with its id exists; true if this call created it. */
export async function createIfAbsent(container: Container, document: ItemDefinition): Promise<boolean> {
  try {
    await container.items.create(document);
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/** Replaces the document only if nobody changed it since `etag` was read; its new etag, or undefined if someone did. */
export async function replaceIfUnchanged(container: Container, document: ItemDefinition & { id: string }, partitionKey: PartitionKey, etag: string): Promise<string | undefined> {
  try {
    const response = await container.item(document.id, partitionKey).replace(document, { accessCondition: { type: 'IfMatch', condition: etag } });
    return response.etag;
  } catch (error) {
    if (isPreconditionFailed(error)) return undefined;
    throw error;
  }
}

/** A point read; undefined when there is no such document. */
export async function readIfExists<T extends ItemDefinition>(container: Container, id: string, partitionKey: PartitionKey): Promise<{ value: T; etag: string } | undefined> {
  try {
    const response = await container.item(id, partitionKey).read<T>();
    return response.resource && response.etag ? { value: response.resource, etag: response.etag } : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
