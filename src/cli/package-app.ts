import { mkdirSync, writeFileSync } from 'node:fs';
import { buildAppPackage, manifestDirectory, packageSettingsSchema } from './app-package.js';

// npm run package — writes manifest/build/corporate-parenting-companion.zip, ready to upload to Teams.
const settings = packageSettingsSchema.safeParse(process.env);
if (!settings.success) {
  console.error('Cannot package the Teams app. Set these environment variables:');
  for (const issue of settings.error.issues) console.error(`  - ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const { zip } = await buildAppPackage(settings.data);
const outputDirectory = `${manifestDirectory}build/`;
mkdirSync(outputDirectory, { recursive: true });
const output = `${outputDirectory}corporate-parenting-companion.zip`;
writeFileSync(output, zip);
console.log(`Wrote ${output} (${zip.length} bytes). Upload it in Teams: Apps → Manage your apps → Upload an app.`);
