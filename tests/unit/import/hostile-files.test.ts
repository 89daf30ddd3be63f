// Files that are not what they claim: binary, 60 MB, a row with 5,000 columns, quotes never
// closed, more than 100,000 rows. Each is refused (or its row named) with one clear message, and
// nothing is saved.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, openTestCore } from '../../fixtures/core';
import { SMARTLEAD_HEADER, smartleadRow } from '../../fixtures/import/generate';

describe('hostile files', () => {
  let core: Core;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ core, dir, cleanup } = await openTestCore(createMemoryVault())));
  afterEach(async () => cleanup());

  const refused = async (source: object) => {
    const r = await core.invoke('accounts.import.preview', { source });
    if (r.ok) throw new Error('expected a refusal');
    expect((await call(core, 'accounts.list', {})).total).toBe(0);
    return r.error;
  };

  it('a binary file', async () => {
    const file = path.join(dir, 'inboxes.csv');
    writeFileSync(file, Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256)));
    expect(await refused({ path: file })).toMatchObject({ code: 'invalid_input', field: 'source', message: expect.stringMatching(/not text/) });
  });

  it('a 60 MB file, from the open dialog or dropped', async () => {
    const file = path.join(dir, 'huge.csv');
    const out = createWriteStream(file);
    out.write(`${SMARTLEAD_HEADER}\n`);
    const line = `${smartleadRow(1)}\n`;
    for (let written = 0; written < 60 * 1024 * 1024; written += line.length) if (!out.write(line)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
    expect(await refused({ path: file })).toMatchObject({ field: 'source', message: expect.stringMatching(/^The file is 60\.0 MB; files up to 50 MB can be imported/) });
    const bytes = await refused({ bytes: Buffer.alloc(60 * 1024 * 1024, 0x41).toString('base64'), name: 'huge.csv' });
    expect(bytes).toMatchObject({ field: 'source.bytes', message: 'the file is larger than 50 MB: split it into smaller files' });
  }, 60_000);

  it('a row with 5,000 columns is that row’s problem; the others import', async () => {
    const wide = `${smartleadRow(2)}${',x'.repeat(4981)}`;
    const text = [SMARTLEAD_HEADER, smartleadRow(1), wide, smartleadRow(3)].join('\n');
    const preview = await call(core, 'accounts.import.preview', { source: { text } });
    expect(preview).toMatchObject({ rows: 3, valid: 2 });
    expect(preview.errors).toEqual([{ line: 3, email: 'sender2@bulk-2.test', field: 'row', reason: expect.stringMatching(/^this line has 5000 cells but the header names 19 columns/) }]);
  });

  it('trailing empty cells beyond the header are fine', async () => {
    const text = [SMARTLEAD_HEADER, `${smartleadRow(1)},,,,`].join('\r\n');
    expect((await call(core, 'accounts.import.preview', { source: { text } })).valid).toBe(1);
  });

  it('a quote that is never closed names its line', async () => {
    const text = [SMARTLEAD_HEADER, smartleadRow(1), smartleadRow(2).replace('Sender 2', '"Sender 2'), smartleadRow(3)].join('\n');
    expect(await refused({ text })).toMatchObject({ field: 'source', message: expect.stringMatching(/quoted field on line 3 is never closed/) });
  });

  it('more than 100,000 rows (here with no mappable column, so only the rows are counted)', async () => {
    const file = path.join(dir, 'too-many.csv');
    writeFileSync(file, `Foo\n${'x\n'.repeat(100_001)}`);
    expect(await refused({ path: file })).toMatchObject({ field: 'source', message: expect.stringMatching(/more than 100,000 rows/) });
    writeFileSync(file, `Foo\n${'x\n'.repeat(100_000)}`);
    expect((await call(core, 'accounts.import.preview', { source: { path: file } })).rows).toBe(100_000);
  }, 120_000);
});
