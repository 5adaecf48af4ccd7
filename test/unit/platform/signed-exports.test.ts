import { describe, expect, it } from 'vitest';
import { SignedExports } from '../../../src/platform/http/signed-exports.js';

const now = new Date('2026-11-23T10:00:00Z');
const exportsWith = () =>
  new SignedExports('test-secret', () => 'http://127.0.0.1:3978').register({
    kind: 'people',
    build: async (params) => ({ filename: `people-${params.session}.csv`, rows: [['name', 'note'], ['Ann', '=HYPERLINK("x")'], ['Bo, Jr', 'said "hi"']] }),
  });

const queryOf = (link: string) => Object.fromEntries(new URL(link).searchParams);

describe('signed CSV download links', () => {
  it('a link built now downloads the CSV, quoted, with formula-like cells kept as text', async () => {
    const exports = exportsWith();
    const link = exports.link('people', { session: 's1' }, now);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3978\/api\/exports\/people\?/);
    const result = await exports.download('people', queryOf(link), now);
    expect(result).toEqual({ filename: 'people-s1.csv', csv: 'name,note\nAnn,"\'=HYPERLINK(""x"")"\n"Bo, Jr","said ""hi"""\n' });
  });

  it('a changed parameter, another kind or a wrong signature is refused', async () => {
    const exports = exportsWith();
    const query = queryOf(exports.link('people', { session: 's1' }, now));
    const forged = { ...query, p: Buffer.from(JSON.stringify({ session: 's2' })).toString('base64url') };
    expect(await exports.download('people', forged, now)).toMatchObject({ status: 403 });
    expect(await exports.download('other', query, now)).toMatchObject({ status: 404 });
    expect(await exports.download('people', { ...query, sig: 'x' }, now)).toMatchObject({ status: 403 });
  });

  it('a link expires after 15 minutes', async () => {
    const exports = exportsWith();
    const query = queryOf(exports.link('people', { session: 's1' }, now));
    expect(await exports.download('people', query, new Date(now.getTime() + 16 * 60_000))).toMatchObject({ status: 410 });
  });
});
