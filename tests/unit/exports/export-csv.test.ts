// export.csv through core: the current filter, RFC 4180 round trip, formula injection
// neutralised, never a password, and clear errors for a bad destination.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput, CANARY } from '../../fixtures/accounts';
import { call, openTestCore, tempDir } from '../../fixtures/core';

describe('export.csv', () => {
  let core: Core;
  let dir: string;
  // Where exports go: beside the data folder, never inside it.
  let out: ReturnType<typeof tempDir>;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ core, dir, cleanup } = await openTestCore(createMemoryVault()));
    out = tempDir('inboxfleet-export-');
    await call(core, 'accounts.create', accountInput(1, { display_name: '=HYPERLINK("http://evil.example","x")', tags: ['+tag', 'a,b "c"'] }));
    await call(core, 'accounts.create', accountInput(2, { display_name: 'Zoë 東京 🚀', provider: 'google', smtp_host: 'smtp.gmail.com' }));
    await call(core, 'accounts.create', accountInput(3, { display_name: '@SUM(1)', imap_password: 'Other-secret-99' }));
  });
  afterEach(async () => {
    await cleanup();
    out.remove();
  });

  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    return { text, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
  };

  it('writes every inbox of the filter, round-trips through a CSV parser, and holds no password', async () => {
    const file = path.join(out.dir, 'all.csv');
    const r = await call(core, 'export.csv', { kind: 'accounts', path: file });
    expect(r).toMatchObject({ path: file, rows: 3 });
    const { text, rows } = read(file);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('Other-secret-99');
    expect(rows.map((x) => x.display_name).sort()).toEqual(["'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(1)", 'Zoë 東京 🚀'].sort());
    expect(rows.find((x) => x.display_name === 'Zoë 東京 🚀')?.provider).toBe('google');
    expect(rows.find((x) => x.display_name?.startsWith("'=H"))?.tags).toBe(`'+tag; a,b "c"`);

    const google = path.join(out.dir, 'google.csv');
    expect((await call(core, 'export.csv', { kind: 'accounts', filter: { provider: 'google' }, path: google })).rows).toBe(1);
    expect(read(google).rows[0]!.display_name).toBe('Zoë 東京 🚀');
  });

  it('reports and history export what is stored (nothing yet: headers only)', async () => {
    const file = path.join(out.dir, 'reports.csv');
    expect((await call(core, 'export.csv', { kind: 'reports', path: file })).rows).toBe(0);
    expect(read(file).text).toMatch(/^\uFEFFemail,domain,overall_score/);
  });

  it('a missing or relative path or an unwritable place is an error naming path', async () => {
    for (const p of [undefined, 'relative.csv', path.join(out.dir, 'no-such-dir', 'x.csv')]) {
      const r = await core.invoke('export.csv', { kind: 'accounts', ...(p ? { path: p } : {}) });
      expect(!r.ok && r.error.field).toBe('path');
    }
    const bad = await core.invoke('export.csv', { kind: 'passwords', path: path.join(out.dir, 'x.csv') });
    expect(!bad.ok && bad.error.fields?.kind).toMatch(/accounts, smartlead, instantly, reports or history/);
  });

  it('refuses every path inside the data folder (the database above all) and leaves the database whole', async () => {
    const info = await call(core, 'app.info', undefined);
    for (const p of [info.database_path, `${info.database_path}-wal`, path.join(dir, 'export.csv'), path.join(out.dir, '..', path.basename(dir), 'x.csv')]) {
      const r = await core.invoke('export.csv', { kind: 'accounts', path: p });
      expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'path', message: expect.stringMatching(/data folder/) });
    }
    expect((await call(core, 'accounts.list', {})).total).toBe(3);
  });

  it.each([
    ['a trailing slash', (d: string) => `${d}/`, /names a folder/],
    ['a folder', (d: string) => d, /is a folder|EISDIR/],
    ['a 300-character name', (d: string) => path.join(d, `${'n'.repeat(300)}.csv`), /too long/],
    ['a NUL byte', (d: string) => path.join(d, 'a\u0000b.csv'), /control characters/],
    ['a missing folder', (d: string) => path.join(d, 'missing', 'x.csv'), /does not exist/],
    ['a file as folder', (d: string) => path.join(d, 'all.csv', 'x.csv'), /not a folder/],
  ])('maps %s to invalid_input naming path, never internal', async (_what, make, message) => {
    await call(core, 'export.csv', { kind: 'accounts', path: path.join(out.dir, 'all.csv') });
    const r = await core.invoke('export.csv', { kind: 'accounts', path: make(out.dir) });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'path', message: expect.stringMatching(message) });
  });
});
