import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

/** The app settings the Bicep gives the web app, with a stand-in for each value Azure fills in. */
function deployedEnvironment(): Record<string, string> {
  const bicep = readFileSync(new URL('../../infra/modules/app-service.bicep', import.meta.url), 'utf8');
  const block = /resource appSettings[\s\S]*?properties: \{([\s\S]*?)\n  \}/.exec(bicep)?.[1] ?? '';
  const names = [...block.matchAll(/^\s{4}([A-Za-z_]+):/gm)].map((match) => match[1]!);
  const standIns: Record<string, string> = {
    NODE_ENV: 'production',
    HOST: '0.0.0.0',
    PORT: '8080',
    MicrosoftAppId: '11111111-1111-4111-8111-111111111111',
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppTenantId: '22222222-2222-4222-8222-222222222222',
    COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/',
    PUBLIC_BASE_URL: 'https://companion.azurewebsites.net',
    LOG_LEVEL: 'info',
    BRIEFING_ANCHOR_DATE: '',
    BRIEFING_SEND_TIME: '09:00',
    BRIEFING_TEAM_ID: '',
  };
  return Object.fromEntries(names.map((name) => [name, standIns[name] ?? 'value-from-azure-or-key-vault']));
}

describe('the Azure deployment', () => {
  it('gives the web app every setting production needs: the app starts with exactly those', () => {
    const env = deployedEnvironment();
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['MicrosoftAppId', 'COSMOS_ENDPOINT', 'COSMOS_KEY', 'EXPORT_LINK_SECRET', 'EVALUATION_HASH_SECRET', 'PUBLIC_BASE_URL']));
    expect(() => loadConfig(env)).not.toThrow();
  });

  it('creates every Cosmos container the app uses, with its partition key', async () => {
    const { containerDefinitions } = await import('../../src/platform/cosmos/containers.js');
    const bicep = readFileSync(new URL('../../infra/modules/cosmos.bicep', import.meta.url), 'utf8');
    for (const [name, partitionKey] of Object.entries(containerDefinitions)) {
      expect(bicep, name).toMatch(new RegExp(`['"]?${name}['"]?[\\s\\S]{0,200}${partitionKey.replace('/', '\\/')}`));
    }
  });
});
