// Linux App Service plan + Node web app running the bot (`npm start`), with its app settings.
// The user-assigned identity is created in main.bicep (Key Vault's role assignment needs it before
// this module runs) and attached here; the bot authenticates to Bot Framework as that identity.

@description('Azure region for the plan and the web app.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Globally unique web app name; its default host name is <name>.azurewebsites.net.')
@minLength(2)
@maxLength(60)
param webAppName string

@description('App Service plan SKU, e.g. B1, B2, S1, P0v3, P1v3. Basic or above: Always On and health checks need it.')
param skuName string = 'B1'

@description('Runtime stack, e.g. NODE|20-lts or NODE|22-lts (list: az webapp list-runtimes --os linux).')
param linuxFxVersion string = 'NODE|20-lts'

@description('Resource id of the user-assigned managed identity attached to the web app.')
param identityResourceId string

@description('Client id of that identity: the bot\'s Microsoft App Id (MicrosoftAppId).')
param identityClientId string

@description('Microsoft Entra tenant of the bot (MicrosoftAppTenantId).')
param tenantId string

@description('Tenants whose activities are accepted (ALLOWED_TENANT_IDS).')
param allowedTenantIds array

@description('Entra object ids of member development officers (ADMIN_AAD_OBJECT_IDS).')
param adminAadObjectIds array = []

@description('Cosmos DB account endpoint (COSMOS_ENDPOINT).')
param cosmosEndpoint string

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string

@description('Key Vault secret URI holding the Cosmos DB key (COSMOS_KEY, as a Key Vault reference).')
param cosmosKeyUri string

@description('Key Vault secret URI holding the evaluation hash secret (EVALUATION_HASH_SECRET, as a Key Vault reference).')
param evaluationHashUri string

@description('Key Vault URI of the secret that signs CSV download links.')
param exportLinkUri string

@description('First issue date of the fortnightly briefing (YYYY-MM-DD); empty: no automatic drafts.')
param briefingAnchorDate string = ''

@description('Local (Europe/London) time the briefing goes out, HH:mm.')
param briefingSendTime string = '09:00'

@description('Teams team id whose channel also gets each briefing; empty: none.')
param briefingTeamId string = ''

@description('pino log level (LOG_LEVEL).')
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

@description('Name of the Application Insights component whose connection string goes into APPLICATIONINSIGHTS_CONNECTION_STRING.')
param appInsightsName string

@description('Resource id of the Log Analytics workspace that receives the web app\'s console, HTTP and platform logs.')
param logAnalyticsWorkspaceId string

@description('Tags for every resource.')
param tags object = {}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // stateless turns: any instance can serve any turn
    keyVaultReferenceIdentity: identityResourceId // resolve @Microsoft.KeyVault(...) settings as the user-assigned identity
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'npm start'
      alwaysOn: true // the scheduler ticks every minute
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      webSocketsEnabled: false
    }
  }
}

// Separate from the site so that BOT_DOMAIN can use the site's own default host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    HOST: '0.0.0.0'
    PORT: '8080'
    WEBSITES_PORT: '8080'
    MicrosoftAppId: identityClientId
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppTenantId: tenantId
    ALLOWED_TENANT_IDS: join(allowedTenantIds, ',')
    ADMIN_AAD_OBJECT_IDS: join(adminAadObjectIds, ',')
    COSMOS_ENDPOINT: cosmosEndpoint
    COSMOS_KEY: '@Microsoft.KeyVault(SecretUri=${cosmosKeyUri})'
    COSMOS_DATABASE: cosmosDatabaseName
    BOT_DOMAIN: webApp.properties.defaultHostName
    LOG_LEVEL: logLevel
    EVALUATION_HASH_SECRET: '@Microsoft.KeyVault(SecretUri=${evaluationHashUri})'
    EXPORT_LINK_SECRET: '@Microsoft.KeyVault(SecretUri=${exportLinkUri})'
    PUBLIC_BASE_URL: 'https://${webApp.properties.defaultHostName}'
    BRIEFING_ANCHOR_DATE: briefingAnchorDate
    BRIEFING_SEND_TIME: briefingSendTime
    BRIEFING_TEAM_ID: briefingTeamId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    // Zip deploy of the source: build on App Service with production dependencies only.
    // CUSTOM_BUILD_COMMAND replaces Oryx's default `npm install` + `npm run build`; tsx runs the TypeScript as is.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('Name of the web app.')
output webAppName string = webApp.name

@description('Default host name of the web app, e.g. <name>.azurewebsites.net (BOT_DOMAIN).')
output defaultHostName string = webApp.properties.defaultHostName
