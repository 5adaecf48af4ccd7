import type { Config } from '../config.js';
import type { Clock } from '../platform/clock.js';
import type { Containers } from '../platform/cosmos/cosmos-store.js';
import type { SignedExports } from '../platform/http/signed-exports.js';
import type { Logger } from '../platform/logger.js';
import type { DeliveryEngine } from '../platform/proactive/delivery-engine.js';
import type { RecipientRouter } from '../platform/proactive/recipient-router.js';
import type { AdminPolicy } from './members/admin-policy.js';
import type { MemberRepository } from './members/member-repository.js';

/** What app.ts hands every feature when it builds it. */
export interface FeatureContext {
  readonly config: Config;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly containers: Containers;
  readonly members: MemberRepository;
  readonly adminPolicy: AdminPolicy;
  readonly delivery: DeliveryEngine;
  readonly exports: SignedExports;
  /** Where the delivery engine finds recipients; a feature may add recipients of its own (a team channel). */
  readonly recipients: RecipientRouter;
}
