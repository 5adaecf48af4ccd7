import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { createLogger } from './platform/logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Corporate Parenting Companion cannot start.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, { logger });
  const url = await app.start();
  logger.info(
    { url: `${url}/api/messages`, store: app.store.embedded ? 'embedded (in memory)' : 'Azure Cosmos DB' },
    'Corporate Parenting Companion is listening',
  );
  if (app.store.embedded) {
    console.log(
      `\nBot endpoint: ${url}/api/messages\nStore: embedded Cosmos DB server (local data resets when the bot stops)\n` +
        'To chat with it in a browser, stop this and run `npm run playground` instead: it starts the bot together with\n' +
        'Microsoft 365 Agents Playground (a Teams-like client) at http://127.0.0.1:56150\n',
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Corporate Parenting Companion failed to start:', error);
  process.exit(1);
});
