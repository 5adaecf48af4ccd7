import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import { tenantIdOf } from '../bot/companion-bot.js';
import { describeActivityProblem, incomingActivitySchema } from './incoming-activity.js';
import { servePublicPages } from './public-pages.js';
import type { SignedExports } from './signed-exports.js';

type RestifyError = Error & { statusCode?: number; body?: { code?: string }; toJSON?: () => unknown };

export interface HttpServerOptions {
  readonly adapter: CloudAdapter;
  readonly runTurn: (context: TurnContext) => Promise<void>;
  readonly isReady: () => Promise<boolean>;
  readonly allowedTenantIds: readonly string[];
  readonly maxRequestBytes: number;
  readonly exports: SignedExports;
  readonly now: () => Date;
  readonly logger: Logger;
}

/** restify: POST /api/messages for the Bot Framework, GET /healthz and /readyz for the platform. */
export function createHttpServer(options: HttpServerOptions): Server {
  const { adapter, runTurn, logger } = options;
  const server = restify.createServer({ name: 'corporate-parenting-companion', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxRequestBytes, mapParams: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'BadRequest', message: `Not a Bot Framework activity: ${describeActivityProblem(parsed.error)}` });
      return;
    }
    if (options.allowedTenantIds.length > 0 && !options.allowedTenantIds.includes(tenantIdOf(parsed.data))) {
      logger.warn({ activityType: parsed.data.type }, 'refused an activity from a tenant that is not allowed');
      res.send(403, { error: 'Forbidden', message: 'This bot does not serve your organisation.' });
      return;
    }
    await adapter.process(req, res, runTurn);
  });

  servePublicPages(server);

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/api/exports/:kind', async (req: Request, res: Response) => {
    const result = await options.exports.download(String(req.params.kind), req.query ?? {}, options.now());
    if ('error' in result) {
      res.send(result.status, { error: 'Export', message: result.error });
      return;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${result.filename.replace(/[^\w.-]/g, '_')}"`);
    res.setHeader('cache-control', 'no-store');
    res.sendRaw(200, `\uFEFF${result.csv}`);
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = await options.isReady();
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', cosmos: ready ? 'reachable' : 'unreachable' });
  });

  // restify answers its own errors (bad JSON, body too large, unknown route) as JSON; ours never leak internals.
  server.on('restifyError', (req: Request, _res: Response, error: RestifyError, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error, path: req.path() }, 'request failed');
    const body = {
      error: error.body?.code ?? error.name.replace(/Error$/, ''),
      message: status >= 500 ? 'Something went wrong on our side.' : error.message,
    };
    error.toJSON = () => body;
    callback();
  });

  return server;
}
