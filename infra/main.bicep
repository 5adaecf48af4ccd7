// Corporate Parenting Companion on Azure: App Service (Node), Cosmos DB for NoSQL, Key Vault,
// Azure Bot with the Teams channel, Log Analytics + Application Insights.
// Deploy: see infra/README.md.

targetScope = 'resourceGroup'

@description('Short name that every resource name starts from: 3-12 lowercase letters and digits.')
@minLength(3)
@maxLength(12)
param baseName string = 'cpcompanion'

@description('Azure region for every regional resource (the Azure Bot is global).')
param location string = resourceGroup().location

@description('Tags for every resource.')
param tags object = {
  application: 'corporate-parenting-companion'
}

@description('App Service plan SKU, e.g. B1, B2, S1, P0v3, P1v3.')
param appServicePlanSku string = 'B1'

@description('Web app runtime stack, e.g. NODE|20-lts or NODE|22-lts.')
param linuxFxVersion string = 'NODE|20-lts'

@description('Cosmos DB capacity mode, fixed at account creation: Serverless or Provisioned (autoscale, shared by the database).')
@allowed([
  'Serverless'
  'Provisioned'
])
param cosmosCapacityMode string = 'Serverless'

@description('Provisioned mode only: autoscale maximum RU/s shared by all containers.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Disable key (local) authentication on Cosmos DB. Keep false: the app authenticates with COSMOS_KEY today.')
param cosmosDisableLocalAuth bool = false

@description('Public network access to Cosmos DB. The web app reaches Cosmos DB over the public endpoint, so Disabled breaks it.')
@allowed([
  'Enabled'
  'Disabled'
])
param cosmosPublicNetworkAccess string = 'Enabled'

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'corporate-parenting'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'Corporate Parenting Companion'

@description('Tenants whose Teams activities are accepted (ALLOWED_TENANT_IDS). Empty: this subscription\'s tenant only.')
param allowedTenantIds array = []

@description('Entra object ids of the member development officers (ADMIN_AAD_OBJECT_IDS).')
param adminAadObjectIds array = []

@description('App log level (LOG_LEVEL).')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Secret that pseudonymises evaluation respondents (EVALUATION_HASH_SECRET), at least 32 characters. Stored in Key Vault. Use the same value on every deployment.')
@secure()
@minLength(32)
param evaluationHashSecret string

@description('Secret that signs CSV download links (EXPORT_LINK_SECRET), at least 32 characters. Stored in Key Vault.')
@secure()
@minLength(32)
param exportLinkSecret string

@description('First issue date of the fortnightly member briefing (YYYY-MM-DD); empty: officers draft each issue by hand.')
param briefingAnchorDate string = ''

@description('Time the briefing goes out, HH:mm in Europe/London.')
param briefingSendTime string = '09:00'

@description('Teams team id (e.g. the Corporate Parenting Board\'s) whose channel also gets each briefing; empty: none.')
param briefingTeamId string = ''

@description('Days a deleted Key Vault stays recoverable (7-90); purge protection keeps its name taken for that long.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

var base = toLower(baseName)
var suffix = uniqueString(resourceGroup().id, base)
var tenantId = subscription().tenantId

var names = {
  identity: 'id-${base}'
  cosmos: 'cosmos-${base}-${suffix}'
  keyVault: 'kv-${take(base, 8)}-${take(suffix, 11)}'
  plan: 'plan-${base}'
  webApp: 'app-${base}-${suffix}'
  bot: 'bot-${base}-${suffix}'
  workspace: 'log-${base}'
  appInsights: 'appi-${base}'
}

// The bot's identity: App Service runs as it, Bot Framework knows the bot by its client id,
// Key Vault lets it read the secrets. Declared here because Key Vault needs it before the web app.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    location: location
    accountName: names.cosmos
    databaseName: cosmosDatabaseName
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    disableLocalAuth: cosmosDisableLocalAuth
    publicNetworkAccess: cosmosPublicNetworkAccess
    dataContributorPrincipalId: identity.properties.principalId
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    keyVaultName: names.keyVault
    tenantId: tenantId
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    cosmosAccountName: cosmos.outputs.accountName
    evaluationHashSecret: evaluationHashSecret
    exportLinkSecret: exportLinkSecret
    readerPrincipalId: identity.properties.principalId
    tags: tags
  }
}

module appService 'modules/app-service.bicep' = {
  name: 'app-service'
  params: {
    location: location
    planName: names.plan
    webAppName: names.webApp
    skuName: appServicePlanSku
    linuxFxVersion: linuxFxVersion
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: tenantId
    allowedTenantIds: empty(allowedTenantIds) ? [
      tenantId
    ] : allowedTenantIds
    adminAadObjectIds: adminAadObjectIds
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    // Taking these from the Key Vault module also makes the web app wait for the secrets and the role assignment.
    cosmosKeyUri: keyVault.outputs.cosmosKeyUri
    evaluationHashUri: keyVault.outputs.evaluationHashUri
    exportLinkUri: keyVault.outputs.exportLinkUri
    briefingAnchorDate: briefingAnchorDate
    briefingSendTime: briefingSendTime
    briefingTeamId: briefingTeamId
    logLevel: logLevel
    appInsightsName: monitoring.outputs.appInsightsName
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: names.bot
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${appService.outputs.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    tags: tags
  }
}

@description('The bot\'s Microsoft App Id: the managed identity\'s client id. Use as MicrosoftAppId for `npm run package`.')
output botId string = identity.properties.clientId

@description('The web app\'s default host name. Use as BOT_DOMAIN for `npm run package`.')
output botDomain string = appService.outputs.defaultHostName

@description('The Cosmos DB endpoint (COSMOS_ENDPOINT).')
output cosmosEndpoint string = cosmos.outputs.endpoint

@description('The web app name, for `az webapp deploy`.')
output webAppName string = appService.outputs.webAppName
