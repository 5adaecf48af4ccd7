import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AdapterProactiveSender } from '../../../src/platform/bot/adapter-proactive-sender.js';
import { systemClock } from '../../../src/platform/clock.js';
import { openCosmosStore } from '../../../src/platform/cosmos/cosmos-store.js';
import { createLogger } from '../../../src/platform/logger.js';
import { DeliveryEngine } from '../../../src/platform/proactive/delivery-engine.js';
import { DeliveryLedger } from '../../../src/platform/proactive/delivery-ledger.js';
import { SendThrottle, teamsLimits } from '../../../src/platform/proactive/send-throttle.js';
import { MemberRepository } from '../../../src/features/members/member-repository.js';
import { memberDirectory } from '../../../src/features/members/member-directory.js';

// One delivery-engine instance, in its own process so the benchmark can kill it mid-run.
const [endpoint, database, campaignId, limit, concurrency, claimTtlMs] = process.argv.slice(2);
const store = await openCosmosStore({ endpoint, database: database!, embeddedEndpoint: true });
const engine = new DeliveryEngine({
  ledger: new DeliveryLedger(store.containers.deliveries),
  directory: memberDirectory(new MemberRepository(store.containers.members)),
  sender: new AdapterProactiveSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), ''),
  throttle: new SendThrottle({ ...teamsLimits, perTenant: { limit: Number(limit), intervalMs: 1000 } }),
  clock: systemClock,
  logger: createLogger('error'),
  options: { concurrency: Number(concurrency), claimTtlMs: Number(claimTtlMs), backoffBaseMs: 200, pollIntervalMs: 20 },
});
const ledger = new DeliveryLedger(store.containers.deliveries);
engine.start();
while ((await ledger.header(campaignId!))?.value.status !== 'completed') {
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await engine.stop();
await store.close();
process.exit(0);
