// Azure Cosmos DB for NoSQL: the account, the database and every container of shared/DESIGN.md.
// The app also creates the database and containers at start-up (createIfNotExists), with the same
// partition keys: keep this list and src/platform/cosmos/containers.ts in step.

@description('Azure region for the account.')
param location string

@description('Globally unique account name: 3-44 characters, lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(44)
param accountName string

@description('Database name; the app reads it from COSMOS_DATABASE.')
param databaseName string = 'corporate-parenting'

@description('Serverless (pay per request, single region) or Provisioned (autoscale throughput shared by the database). Fixed when the account is created: changing it later needs a migration, not a redeploy.')
@allowed([
  'Serverless'
  'Provisioned'
])
param capacityMode string = 'Serverless'

@description('Provisioned mode only: the autoscale ceiling in RU/s shared by all containers (the floor is a tenth of it).')
@minValue(1000)
param autoscaleMaxThroughput int = 1000

@description('true: only Microsoft Entra ID (RBAC) can reach the data plane. Keep false while the app authenticates with COSMOS_KEY.')
param disableLocalAuth bool = false

@description('Public network access to the account. The App Service is not VNet-integrated, so Disabled cuts the app off.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Enabled'

@description('Optional: principal id given the built-in "Cosmos DB Built-in Data Contributor" data-plane role, ready for a move from keys to Entra ID. Empty: no assignment.')
param dataContributorPrincipalId string = ''

@description('Tags for every resource.')
param tags object = {}

// shared/DESIGN.md, "Data (Cosmos DB, one database)".
var containerDefinitions = [
  { name: 'members', partitionKey: '/tenantId' }
  { name: 'sessions', partitionKey: '/tenantId' }
  { name: 'attendance', partitionKey: '/tenantId' }
  { name: 'evaluations', partitionKey: '/sessionId' }
  { name: 'briefings', partitionKey: '/tenantId' }
  { name: 'deliveries', partitionKey: '/campaignId' }
  { name: 'answers', partitionKey: '/tenantId' }
  { name: 'leases', partitionKey: '/id' }
]

var serverless = capacityMode == 'Serverless'

// Built-in data-plane role "Cosmos DB Built-in Data Contributor".
var dataContributorRoleDefinitionId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: serverless ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
    minimalTlsVersion: 'Tls12'
    disableLocalAuth: disableLocalAuth
    publicNetworkAccess: publicNetworkAccess
    enableAutomaticFailover: false
    enableMultipleWriteLocations: false
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    // Serverless accounts take no throughput; provisioned ones share autoscale throughput across the containers.
    options: serverless ? {} : {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    }
  }
}

@batchSize(2)
resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for container in containerDefinitions: {
  parent: database
  name: container.name
  properties: {
    resource: {
      id: container.name
      partitionKey: {
        paths: [
          container.partitionKey
        ]
        kind: 'Hash'
        version: 2
      }
    }
  }
}]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = if (!empty(dataContributorPrincipalId)) {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleDefinitionId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleDefinitionId}'
    principalId: dataContributorPrincipalId
    scope: account.id
  }
}

@description('Name of the account (for listKeys in the Key Vault module).')
output accountName string = account.name

@description('The account endpoint, e.g. https://<account>.documents.azure.com:443/ (COSMOS_ENDPOINT).')
output endpoint string = account.properties.documentEndpoint

@description('Name of the database (COSMOS_DATABASE).')
output databaseName string = database.name

@description('The containers created, with their partition keys.')
output containers array = containerDefinitions
