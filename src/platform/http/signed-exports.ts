import { createHmac, timingSafeEqual } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';

/** A CSV a feature can offer for download (an attendance report, evaluation responses…). */
export interface CsvExport {
  readonly kind: string;
  /** Builds the file from the link's parameters, which the link's signature vouches for. */
  build(params: Readonly<Record<string, string>>): Promise<{ filename: string; rows: readonly (readonly unknown[])[] }>;
}

export interface SignedLink {
  readonly kind: string;
  readonly params: Readonly<Record<string, string>>;
  readonly expiresAt: number;
}

/**
 * Download links for CSV exports. Teams bots cannot attach files in a personal chat without a consent
 * flow, so a card carries a link to GET /api/exports/<kind>; the link is signed (HMAC-SHA256) and
 * expires, and the file is built when it is fetched, so no export is ever stored.
 */
export class SignedExports {
  private readonly exportsByKind = new Map<string, CsvExport>();

  constructor(
    private readonly secret: string,
    private readonly baseUrl: () => string,
    private readonly lifetimeMs = 15 * 60_000,
  ) {}

  register(...exports: readonly CsvExport[]): this {
    for (const entry of exports) this.exportsByKind.set(entry.kind, entry);
    return this;
  }

  link(kind: string, params: Record<string, string>, now: Date): string {
    const payload = Buffer.from(JSON.stringify(params)).toString('base64url');
    const expires = String(now.getTime() + this.lifetimeMs);
    const query = new URLSearchParams({ p: payload, exp: expires, sig: this.sign(kind, payload, expires) });
    return `${this.baseUrl()}/api/exports/${encodeURIComponent(kind)}?${query}`;
  }

  /** The CSV for a link, or why it cannot be had. */
  async download(kind: string, query: Record<string, unknown>, now: Date): Promise<{ filename: string; csv: string } | { error: string; status: number }> {
    const entry = this.exportsByKind.get(kind);
    const { p, exp, sig } = query;
    if (!entry || typeof p !== 'string' || typeof exp !== 'string' || typeof sig !== 'string') return { status: 404, error: 'No such export.' };
    const expected = Buffer.from(this.sign(kind, p, exp));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 403, error: 'This link is not valid.' };
    if (Number(exp) < now.getTime()) return { status: 410, error: 'This link has expired. Ask the bot for the report again.' };
    const params = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, string>;
    const { filename, rows } = await entry.build(params);
    return { filename, csv: stringify(rows.map((row) => row.map(neutraliseFormula))) };
  }

  private sign(kind: string, payload: string, expires: string): string {
    return createHmac('sha256', this.secret).update(`${kind}\n${payload}\n${expires}`).digest('base64url');
  }
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
function neutraliseFormula(cell: unknown): unknown {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
