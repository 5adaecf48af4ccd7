import { createIfAbsent } from '../cosmos/item-operations.js';
import type { Container } from '@azure/cosmos';
import { isNotFound, isPreconditionFailed } from '../cosmos/cosmos-errors.js';

interface LeaseDocument {
  readonly id: string;
  readonly holder: string;
  readonly expiresAt: string;
}

/**
 * One instance at a time holds the lease. Expiry is a field, not a TTL (the embedded server has none);
 * taking and renewing are etag-conditional writes, so two instances can never both win.
 */
export class SchedulerLease {
  constructor(
    private readonly container: Container,
    private readonly holder: string,
    private readonly ttlMs: number,
    private readonly leaseId = 'scheduler',
  ) {}

  async tryAcquire(now: Date): Promise<boolean> {
    const next: LeaseDocument = { id: this.leaseId, holder: this.holder, expiresAt: new Date(now.getTime() + this.ttlMs).toISOString() };
    let current: { resource?: LeaseDocument; etag?: string };
    try {
      current = await this.container.item(this.leaseId, this.leaseId).read<LeaseDocument>();
    } catch (error) {
      if (!isNotFound(error)) throw error;
      current = {};
    }
    if (!current.resource) {
      return createIfAbsent(this.container, next);
    }
    const lease = current.resource;
    if (lease.holder !== this.holder && lease.expiresAt > now.toISOString()) return false;
    try {
      await this.container.item(this.leaseId, this.leaseId).replace(next, { accessCondition: { type: 'IfMatch', condition: current.etag! } });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /** Gives the lease up at shutdown so another instance can take over at its next tick. */
  async release(): Promise<void> {
    try {
      const { resource, etag } = await this.container.item(this.leaseId, this.leaseId).read<LeaseDocument>();
      if (resource?.holder !== this.holder) return;
      await this.container
        .item(this.leaseId, this.leaseId)
        .replace({ ...resource, expiresAt: new Date(0).toISOString() }, { accessCondition: { type: 'IfMatch', condition: etag! } });
    } catch (error) {
      if (!isNotFound(error) && !isPreconditionFailed(error)) throw error;
    }
  }
}
