import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const production = {
  NODE_ENV: 'production',
  HOST: '0.0.0.0',
  MicrosoftAppId: '11111111-1111-4111-8111-111111111111',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '22222222-2222-4222-8222-222222222222',
  MicrosoftAppPassword: 'not-a-real-secret',
  COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/',
  COSMOS_KEY: 'not-a-real-key',
  EXPORT_LINK_SECRET: 'not-a-real-export-secret',
  EVALUATION_HASH_SECRET: 'not-a-real-hash-secret',
  PUBLIC_BASE_URL: 'https://companion.example.gov.uk',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
}

describe('configuration', () => {
  it('runs locally with no variables at all: loopback, port 3978, embedded Cosmos', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', host: '127.0.0.1', port: 3978 });
    expect(config.cosmos.endpoint).toBeUndefined();
    expect(config.allowedTenantIds).toEqual([]);
  });

  it('names the variable on a bad value', () => {
    expect(problemsOf({ PORT: 'eighty' }).join()).toMatch(/^PORT /);
    expect(problemsOf({ LOG_LEVEL: 'loud' }).join()).toMatch(/^LOG_LEVEL /);
    expect(problemsOf({ COSMOS_ENDPOINT: 'not a url', COSMOS_KEY: 'k', EVALUATION_HASH_SECRET: 's' }).join()).toMatch(/^COSMOS_ENDPOINT /);
  });

  it('starts in production with full credentials', () => {
    expect(loadConfig(production).bot.appId).toBe(production.MicrosoftAppId);
  });

  it('refuses production without each Bot Framework credential or the Cosmos endpoint', () => {
    for (const name of ['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'MicrosoftAppPassword', 'COSMOS_ENDPOINT', 'EXPORT_LINK_SECRET', 'EVALUATION_HASH_SECRET', 'PUBLIC_BASE_URL']) {
      const env: Record<string, string> = { ...production };
      delete env[name];
      expect(problemsOf(env).some((problem) => problem.startsWith(`${name} is required`))).toBe(true);
    }
  });

  it('accepts a managed identity instead of a password in production', () => {
    const env: Record<string, string> = { ...production, MicrosoftAppType: 'UserAssignedMSI' };
    delete env.MicrosoftAppPassword;
    expect(loadConfig(env).bot.appType).toBe('UserAssignedMSI');
  });

  it('serves unauthenticated traffic only on loopback', () => {
    expect(problemsOf({ HOST: '0.0.0.0' }).join()).toMatch(/^MicrosoftAppId is required when HOST is not a loopback/);
    expect(problemsOf({ HOST: 'localhost' })).toEqual([]);
  });

  it('reads lists separated by commas', () => {
    expect(loadConfig({ ALLOWED_TENANT_IDS: ' a, b ,,c ' }).allowedTenantIds).toEqual(['a', 'b', 'c']);
  });
});
