using 'main.bicep'

// Placeholders only: no secrets or personal data belong in this file. The evaluation hash secret and
// the admins' object ids are read from the environment of whoever runs the deployment (see README.md);
// compiling fails if EVALUATION_HASH_SECRET or EXPORT_LINK_SECRET is not set.

param baseName = 'cpcompanion'
param appServicePlanSku = 'B1'
param linuxFxVersion = 'NODE|20-lts'

param cosmosCapacityMode = 'Serverless'
param cosmosDisableLocalAuth = false
param cosmosPublicNetworkAccess = 'Enabled'
param cosmosDatabaseName = 'corporate-parenting'

param botSku = 'F0'

// Empty: the subscription's tenant only.
param allowedTenantIds = []

// Comma-separated Entra object ids of the member development officers (unset: no admins).
// Find one with: az ad user show --id <user principal name> --query id -o tsv
param adminAadObjectIds = split(readEnvironmentVariable('ADMIN_AAD_OBJECT_IDS', ''), ',')

param logLevel = 'info'

param evaluationHashSecret = readEnvironmentVariable('EVALUATION_HASH_SECRET')
param exportLinkSecret = readEnvironmentVariable('EXPORT_LINK_SECRET')

// The first issue of the fortnightly briefing; later issues follow every 14 days.
param briefingAnchorDate = ''
param briefingSendTime = '09:00'
param briefingTeamId = ''
