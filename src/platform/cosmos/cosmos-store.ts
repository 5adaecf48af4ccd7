import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import { containerDefinitions, containerNames, type ContainerName } from './containers.js';
import { embeddedCosmosKey, startEmbeddedCosmos, type EmbeddedCosmos } from './embedded-server.js';

export type Containers = Readonly<Record<ContainerName, Container>>;

export interface CosmosStore {
  readonly database: Database;
  readonly containers: Containers;
  readonly endpoint: string;
  readonly embedded: boolean;
  /** The in-process server when there is one (tests stop it to see how the bot copes with an outage). */
  readonly embeddedServer?: EmbeddedCosmos;
  /** True when Cosmos answers a cheap read. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

export interface CosmosSettings {
  readonly endpoint?: string;
  readonly key?: string;
  readonly database: string;
  /** The endpoint is an embedded server another process started (tools and benchmarks). */
  readonly embeddedEndpoint?: boolean;
}

/**
 * Connects to Cosmos DB, or, when no endpoint is configured, to an embedded server started here.
 * Creates the database and every container if they do not exist.
 */
export async function openCosmosStore(settings: CosmosSettings): Promise<CosmosStore> {
  const embedded = settings.endpoint ? undefined : await startEmbeddedCosmos();
  const endpoint = settings.endpoint ?? embedded!.endpoint;
  const local = embedded !== undefined || settings.embeddedEndpoint === true;
  const client = new CosmosClient({
    endpoint,
    key: settings.key ?? embeddedCosmosKey,
    // The embedded server speaks plain HTTP on loopback (the SDK's default agent keeps connections
    // alive) and advertises https endpoints: do not follow them.
    connectionPolicy: local ? { enableEndpointDiscovery: false } : undefined,
  });
  try {
    const { database } = await client.databases.createIfNotExists({ id: settings.database });
    const entries = await Promise.all(
      containerNames.map(async (name) => {
        const { container } = await database.containers.createIfNotExists({
          id: name,
          partitionKey: { paths: [containerDefinitions[name]] },
        });
        return [name, container] as const;
      }),
    );
    const containers = Object.fromEntries(entries) as Record<ContainerName, Container>;
    return {
      database,
      containers,
      endpoint,
      embedded: embedded !== undefined,
      embeddedServer: embedded,
      async isReachable() {
        try {
          await database.read();
          return true;
        } catch {
          return false;
        }
      },
      async close() {
        client.dispose();
        await embedded?.stop();
      },
    };
  } catch (error) {
    client.dispose();
    await embedded?.stop();
    throw error;
  }
}
