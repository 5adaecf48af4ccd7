import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../platform/logger.js';
import { startPlayground } from './playground/start-playground.js';

// npm run playground — the bot and Microsoft 365 Agents Playground together, both on loopback.
const config = loadConfig({ ANSWER_FORMAT: 'playground', ...process.env });
const logger = createLogger(config.logLevel);
const app = await createApp(config, { logger });
const botUrl = await app.start();
const playground = await startPlayground(`${botUrl}/api/messages`);
console.log(`\nBot: ${botUrl}/api/messages (embedded Cosmos DB; local data resets when it stops)`);
console.log(`Chat with it: open ${playground.url} in your browser. Press Ctrl+C to stop.\n`);

const shutdown = async () => {
  await playground.stop();
  await app.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
playground.process.on('exit', () => void shutdown());
