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
import { createAnswerEngine, type AnswerEngine } from './features/answers/answer-engine.js';
import { AnswerHandlers } from './features/answers/answer-handlers.js';
import { AnswerRecords } from './features/answers/answer-records.js';
import { loadArticles } from './features/answers/article-loader.js';
import { AdminPolicy } from './features/members/admin-policy.js';
import { MemberHandlers } from './features/members/member-handlers.js';
import { MemberRepository } from './features/members/member-repository.js';

export interface AppDependencies {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Built once per process from the articles; tests may share one. */
  readonly answerEngine?: AnswerEngine;
}

export interface App {
  readonly config: Config;
  readonly server: Server;
  readonly adapter: CloudAdapter;
  readonly store: CosmosStore;
  readonly members: MemberRepository;
  readonly answerRecords: AnswerRecords;
  readonly commands: TextCommandRouter;
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
  const memberHandlers = new MemberHandlers(members, adminPolicy);
  const answerEngine = dependencies.answerEngine ?? createAnswerEngine(loadArticles());
  const answerRecords = new AnswerRecords(store.containers.answers);
  const answerHandlers = new AnswerHandlers(answerEngine, answerRecords, members, adminPolicy, config.limits.maxQuestionChars);

  const commands = new TextCommandRouter();
  commands.register(
    memberHandlers.helpCommand(commands),
    answerHandlers.principlesCommand,
    memberHandlers.settingsCommand,
    ...memberHandlers.subscribeCommands,
    answerHandlers.unansweredCommand(),
  );
  const cardActions = new CardActionRouter().register(memberHandlers.saveSettings);

  const bot = new CompanionBot(
    {
      commands,
      cardActions,
      recordTurn: memberHandlers.recordTurn,
      onInstalled: memberHandlers.onInstalled,
      onUninstalled: memberHandlers.onUninstalled,
      onText: answerHandlers.answerQuestion,
      onMessageFeedback: answerHandlers.recordFeedback,
    },
    clock,
  );

  const adapter = createAdapter(config, logger);
  const server = createHttpServer({
    adapter,
    runTurn: (context) => bot.run(context),
    isReady: () => store.isReachable(),
    allowedTenantIds: config.allowedTenantIds,
    maxRequestBytes: config.limits.maxRequestBytes,
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
    async start() {
      await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
      const { port } = server.address() as AddressInfo;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      return `http://${host}:${port}`;
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
