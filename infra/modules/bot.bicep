// Azure Bot registration (user-assigned managed identity, single tenant) with the Microsoft Teams channel.

@description('Globally unique bot handle: 2-64 characters, letters, digits, "-", "_" and ".".')
@minLength(2)
@maxLength(64)
param botName string

@description('Name shown for the bot in the Azure portal.')
param displayName string = 'Corporate Parenting Companion'

@description('Pricing tier: F0 (free; standard channels such as Teams are free on either) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

@description('Messaging endpoint, e.g. https://<web app host>/api/messages.')
param endpoint string

@description('Client id of the user-assigned managed identity (the bot\'s Microsoft App Id).')
param msaAppId string

@description('Resource id of the user-assigned managed identity.')
param msaAppMSIResourceId string

@description('Microsoft Entra tenant of the identity.')
param msaAppTenantId string

@description('Tags for every resource.')
param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: msaAppMSIResourceId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Name of the bot resource.')
output botName string = bot.name
