import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { z } from 'zod';

export const manifestDirectory = fileURLToPath(new URL('../../manifest/', import.meta.url));

const guid = z.guid();

/** What `npm run package` fills into manifest/manifest.json. */
export const packageSettingsSchema = z.object({
  MicrosoftAppId: guid,
  TEAMS_APP_ID: guid.optional(),
  BOT_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name such as companion.example.gov.uk (no https://)'),
});
export type PackageSettings = z.infer<typeof packageSettingsSchema>;

export function fillManifest(template: string, settings: PackageSettings): Record<string, unknown> {
  const values: Record<string, string> = {
    BOT_ID: settings.MicrosoftAppId,
    TEAMS_APP_ID: settings.TEAMS_APP_ID ?? settings.MicrosoftAppId,
    BOT_DOMAIN: settings.BOT_DOMAIN,
  };
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest.json uses \${{${name}}}, which the packager does not know`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Problems with a manifest against the official Teams schema of its own version (shipped offline in @microsoft/app-manifest). */
export async function manifestProblems(manifest: Record<string, unknown>): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema);
}

/** The zip Teams accepts: manifest.json and the two icons at its root. */
export async function buildAppPackage(settings: PackageSettings): Promise<{ zip: Buffer; manifest: Record<string, unknown> }> {
  const manifest = fillManifest(readFileSync(`${manifestDirectory}manifest.json`, 'utf8'), settings);
  const problems = await manifestProblems(manifest);
  if (problems.length > 0) throw new Error(`The filled manifest is not valid:\n${problems.join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', readFileSync(`${manifestDirectory}color.png`));
  zip.file('outline.png', readFileSync(`${manifestDirectory}outline.png`));
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest };
}
