import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../logger.js';
import { CompanionBot } from './companion-bot.js';

/**
 * The Bot Framework adapter. With no MicrosoftAppId (local use on loopback only, enforced by config)
 * the Bot Framework accepts anonymous requests and replies without a token.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType ?? '',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  });
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = (context: TurnContext, error: Error) => CompanionBot.onTurnError(logger, context, error);
  return adapter;
}
