// Key Vault (RBAC, soft delete, purge protection) holding the app's two secrets, readable by the
// web app's user-assigned identity through Key Vault references.

@description('Azure region for the vault.')
param location string

@description('Globally unique vault name: 3-24 characters, letters, digits and hyphens, starting with a letter.')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Microsoft Entra tenant that authenticates requests to the vault.')
param tenantId string = subscription().tenantId

@description('Days a deleted vault or secret stays recoverable (7-90). With purge protection the vault name stays taken for this long after deletion.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Name of the existing Cosmos DB account whose primary key is stored as a secret.')
param cosmosAccountName string

@description('Secret that pseudonymises evaluation respondents (EVALUATION_HASH_SECRET). Keep the same value on every deployment: changing it breaks the link between a member and their earlier evaluations.')
@secure()
@minLength(32)
param evaluationHashSecret string

@description('Secret that signs CSV download links (EXPORT_LINK_SECRET). Changing it only makes links already handed out stop working.')
@secure()
@minLength(32)
param exportLinkSecret string

@description('Principal (object) id of the web app\'s user-assigned identity, given "Key Vault Secrets User".')
param readerPrincipalId string

@description('Tags for every resource.')
param tags object = {}

// Built-in role "Key Vault Secrets User": read secret contents.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' existing = {
  name: cosmosAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource cosmosKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'cosmos-key'
  properties: {
    value: cosmosAccount.listKeys().primaryMasterKey
    contentType: 'text/plain'
  }
}

resource evaluationHashSecretResource 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'evaluation-hash-secret'
  properties: {
    value: evaluationHashSecret
    contentType: 'text/plain'
  }
}

resource exportLinkSecretResource 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'export-link-secret'
  properties: {
    value: exportLinkSecret
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault.')
output keyVaultName string = vault.name

// Versionless URIs: a Key Vault reference to them picks up a new secret version on the next refresh.
@description('URI of the Cosmos DB key secret (no version).')
output cosmosKeyUri string = cosmosKeySecret.properties.secretUri

@description('URI of the evaluation hash secret (no version).')
output evaluationHashUri string = evaluationHashSecretResource.properties.secretUri

@description('URI of the export link secret (no version).')
output exportLinkUri string = exportLinkSecretResource.properties.secretUri
