import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Config } from './config.js';
import { systemClock, type Clock } from './platform/clock.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createAdapter } from './platform/bot/adapter.js';
import { CardActionRouter } from './platform/bot/card-actions.js';
import { CompanionBot } from './platform/bot/companion-bot.js';
import { TextCommandRouter } from './platform/bot/text-commands.js';
import { openCosmosStore, type CosmosStore } from './platform/cosmos/cosmos-store.js';
import { createHttpServer } from './platform/http/http-server.js';
import { SignedExports } from './platform/http/signed-exports.js';
import { AdapterProactiveSender } from './platform/bot/adapter-proactive-sender.js';
import type { FeatureModule } from './platform/bot/feature-module.js';
import { DeliveryEngine, type DeliveryEngineOptions } from './platform/proactive/delivery-engine.js';
import { DeliveryLedger } from './platform/proactive/delivery-ledger.js';
import { SendThrottle, teamsLimits } from './platform/proactive/send-throttle.js';
import { RecipientRouter } from './platform/proactive/recipient-router.js';
import { Scheduler } from './platform/scheduler/scheduler.js';
import { SchedulerLease } from './platform/scheduler/scheduler-lease.js';
import { memberDirectory } from './features/members/member-directory.js';
import type { FeatureContext } from './features/feature-context.js';
import type { AttendanceListener } from './features/training/training-view.js';
import { createTrainingFeature } from './features/training/training-feature.js';
import { createBriefingsFeature } from './features/briefings/briefings-feature.js';
import { createEvaluationsFeature } from './features/evaluations/evaluations-feature.js';
import { createAnswerEngine, type AnswerEngine } from './features/answers/answer-engine.js';
import { AnswerHandlers } from './features/answers/answer-handlers.js';
import { AnswerRecords } from './features/answers/answer-records.js';
import { withCachedAnswers } from './features/answers/cached-answers.js';
import { loadArticles } from './features/answers/article-loader.js';
import { AdminPolicy } from './features/members/admin-policy.js';
import { MemberHandlers } from './features/members/member-handlers.js';
import { MemberRepository } from './features/members/member-repository.js';

export interface AppDependencies {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Built once per process from the articles; tests may share one. */
  readonly answerEngine?: AnswerEngine;
  /** Run the delivery engine and the per-minute scheduler in the background (tests drive them by hand). */
  readonly background?: boolean;
  readonly deliveryOptions?: Partial<DeliveryEngineOptions>;
  readonly random?: () => number;
  readonly instanceId?: string;
}

export interface App {
  readonly config: Config;
  readonly server: Server;
  readonly adapter: CloudAdapter;
  readonly store: CosmosStore;
  readonly members: MemberRepository;
  readonly answerRecords: AnswerRecords;
  readonly commands: TextCommandRouter;
  readonly delivery: DeliveryEngine;
  readonly scheduler: Scheduler;
  /** Listens on the configured host and port (0 picks a free one) and returns the base URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/** The composition root: wires config → Cosmos → features → bot → HTTP. Tests build the real thing. */
export async function createApp(config: Config, dependencies: AppDependencies = {}): Promise<App> {
  const clock = dependencies.clock ?? systemClock;
  const logger = dependencies.logger ?? createLogger(config.logLevel);
  const store = await openCosmosStore(config.cosmos);

  const members = new MemberRepository(store.containers.members);
  const adminPolicy = new AdminPolicy(config.adminAadObjectIds, members);
  const memberHandlers = new MemberHandlers(members, adminPolicy, config.adminAadObjectIds);
  const answerEngine = withCachedAnswers(dependencies.answerEngine ?? createAnswerEngine(loadArticles()));
  const answerRecords = new AnswerRecords(store.containers.answers);
  const answerHandlers = new AnswerHandlers(answerEngine, answerRecords, memberHandlers.memberOf, adminPolicy, {
    maxQuestionChars: config.limits.maxQuestionChars,
    answerFormat: config.answerFormat,
  });

  const adapter = createAdapter(config, logger);
  const recipients = new RecipientRouter(memberDirectory(members));
  const instanceId = dependencies.instanceId ?? randomUUID();
  const delivery = new DeliveryEngine({
    ledger: new DeliveryLedger(store.containers.deliveries),
    directory: recipients,
    sender: new AdapterProactiveSender(adapter, config.bot.appId ?? ''),
    throttle: new SendThrottle({ ...teamsLimits, perTenant: { limit: config.delivery.messagesPerSecond, intervalMs: 1000 } }),
    clock,
    logger,
    random: dependencies.random,
    instanceId,
    options: { concurrency: config.delivery.concurrency, ...dependencies.deliveryOptions },
  });
  const scheduler = new Scheduler(new SchedulerLease(store.containers.leases, instanceId, 90_000), clock, logger);

  let listeningAt = `http://${config.host}:${config.port}`;
  const exports = new SignedExports(config.secrets.exportLinks, () => config.publicBaseUrl ?? listeningAt);

  const commands = new TextCommandRouter();
  const cardActions = new CardActionRouter();
  const context: FeatureContext = { config, clock, logger, containers: store.containers, members, adminPolicy, delivery, exports, recipients };
  // Training calls these after attendance is recorded (evaluations sends its form from here).
  const attendanceListeners: AttendanceListener[] = [];
  const training = createTrainingFeature(context, attendanceListeners);
  const evaluations = createEvaluationsFeature(context, training.view);
  attendanceListeners.push(evaluations.onAttended);
  const briefings = createBriefingsFeature(context, { training: training.view, articles: answerEngine.articles });
  // One line per feature: its commands, card actions, scheduled jobs and CSV exports.
  const features: FeatureModule[] = [
    { commands: [memberHandlers.helpCommand(commands)], cardActions: [], jobs: [] },
    { commands: [answerHandlers.principlesCommand, answerHandlers.unansweredCommand()], cardActions: [], jobs: [] },
    training.module,
    evaluations.module,
    briefings.module,
    {
      commands: [memberHandlers.settingsCommand, ...memberHandlers.subscribeCommands, ...memberHandlers.myDataCommands, memberHandlers.directoryCommand()],
      cardActions: [memberHandlers.saveSettings, memberHandlers.forgetMe, memberHandlers.setAdmin()],
      jobs: [],
    },
  ];
  for (const feature of features) {
    commands.register(...feature.commands);
    cardActions.register(...feature.cardActions);
    scheduler.register(...feature.jobs);
    exports.register(...(feature.exports ?? []));
  }

  const bot = new CompanionBot(
    {
      commands,
      cardActions,
      recordTurn: memberHandlers.recordTurn,
      onInstalled: memberHandlers.onInstalled,
      onUninstalled: memberHandlers.onUninstalled,
      onText: answerHandlers.answerQuestion,
      onMessageFeedback: answerHandlers.recordFeedback,
      onTeamInstalled: briefings.onTeamInstalled,
      onTeamUninstalled: briefings.onTeamUninstalled,
    },
    clock,
    logger,
  );

  const server = createHttpServer({
    adapter,
    runTurn: (context) => bot.run(context),
    isReady: () => store.isReachable(),
    allowedTenantIds: config.allowedTenantIds,
    maxRequestBytes: config.limits.maxRequestBytes,
    exports,
    now: () => clock.now(),
    logger,
  });

  return {
    config,
    server,
    adapter,
    store,
    members,
    answerRecords,
    commands,
    delivery,
    scheduler,
    async start() {
      await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
      if (dependencies.background !== false) {
        delivery.start();
        scheduler.start();
      }
      const { port } = server.address() as AddressInfo;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      listeningAt = `http://${host}:${port}`;
      return listeningAt;
    },
    async stop() {
      await scheduler.stop();
      await delivery.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
