import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** The key every local Cosmos emulator accepts; it protects nothing and is not a secret. */
export const embeddedCosmosKey =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface EmbeddedCosmos {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts an in-memory Cosmos-compatible server on a loopback port; its data is gone when it stops.
 * Plain HTTP: it never leaves this machine, and TLS on loopback would only cost time (its bundled
 * certificate has also expired, so HTTPS would mean switching certificate checks off).
 */
export async function startEmbeddedCosmos(port = 0): Promise<EmbeddedCosmos> {
  const server = createHttpServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
