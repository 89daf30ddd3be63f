// A password never shows through an import's reports: not as a column's sample when its column is
// mapped by mistake to another field (decided by the header), not in the reasons rows fail for,
// and not from a row whose cells were shifted by an unquoted delimiter — in the preview, the job's
// result or its record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { importAndWait } from '../../fixtures/import-core';

const CANARY = 'Canary-pw-7f3e';
const text = (lines: string[]) => ({ text: lines.join('\n') + '\n' });

describe('import secrets', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
  });
  afterEach(async () => {
    await core.close();
    tmp.remove();
  });

  it('a password column mapped by mistake to the SMTP port is neither sampled nor quoted', async () => {
    const source = text(['Email,Name,SMTP Host,Port,Password', `ann@secret-map.test,Ann,smtp.secret-map.test,587,${CANARY}`, `bob@secret-map.test,Bob,smtp.secret-map.test,587,${CANARY}-2`]);
    const mapping = { Password: 'smtp_port', Port: null } as const;
    const preview = await call(core, 'accounts.import.preview', { source, mapping });
    expect(preview.columns.find((c) => c.header === 'Password')).toMatchObject({ field: 'smtp_port', sample: 'hidden (may be a password)' });
    for (const [line, email] of [[2, 'ann@secret-map.test'], [3, 'bob@secret-map.test']] as const) {
      expect(preview.errors).toContainEqual({ line, email, field: 'smtp_port', reason: 'SMTP port must be a whole number (the value is not shown: it may be a password)' });
    }
    expect(JSON.stringify(preview)).not.toContain(CANARY);

    const result = await importAndWait(core, { source, mapping });
    expect(result).toMatchObject({ created: 0, failed: 2 });
    expect(result.errors.map((e) => e.reason)).toEqual(preview.errors.map((e) => e.reason));
    expect(JSON.stringify(result)).not.toContain(CANARY);
    expect(JSON.stringify(await call(core, 'jobs.get', { id: result.job.id }))).not.toContain(CANARY);
  });

  it('a password column mapped by mistake to the name or the client is hidden in the sample rows and new clients', async () => {
    const source = text(['Email,Name,SMTP Host,SMTP Port,SMTP Password,Secret,Pwd', `cy@secret-map.test,Cy,smtp.secret-map.test,587,pw-ok-1,${CANARY},${CANARY}-client`]);
    const preview = await call(core, 'accounts.import.preview', { source, mapping: { Name: null, Secret: 'display_name', Pwd: 'client' } });
    expect(preview.errors).toEqual([]);
    expect(preview.valid).toBe(1);
    expect(preview.sample[0]).toMatchObject({ email: 'cy@secret-map.test', display_name: 'hidden (may be a password)', client: 'hidden (may be a password)', smtp: 'smtp.secret-map.test:587 starttls' });
    expect(preview.new_clients).toEqual([]);
    expect(JSON.stringify(preview)).not.toContain(CANARY);
  });

  it('no cell of a row shifted by an unquoted delimiter is quoted, and the good rows still import', async () => {
    // The password holds two unquoted commas: everything after it moves two columns right, so
    // the SMTP port cell holds the end of the password.
    const source = text([
      'Email,SMTP Password,SMTP Host,SMTP Port,Name,Daily limit',
      `cy@shift.test,x,y,${CANARY},smtp.shift.test,587,Cy,40`,
      'di@shift.test,Di-pw-1,smtp.shift.test,587,Di,maybe-40',
      'ed@shift.test,Ed-pw-1,smtp.shift.test,587,Ed,40',
    ]);
    const preview = await call(core, 'accounts.import.preview', { source });
    const shifted = preview.errors.filter((e) => e.line === 2);
    expect(shifted.map((e) => e.field)).toEqual(['row', 'smtp_port']);
    // An address-shaped address still names the row.
    expect(shifted.map((e) => e.email)).toEqual(['cy@shift.test', 'cy@shift.test']);
    expect(shifted.find((e) => e.field === 'smtp_port')?.reason).toBe('SMTP port must be a whole number (the value is not shown: it may be a password)');
    // An unshifted row's own cells are still quoted: the user sees what to fix.
    expect(preview.errors.filter((e) => e.line === 3)).toEqual([{ line: 3, email: 'di@shift.test', field: 'daily_limit', reason: 'daily limit must be a whole number (the file says "maybe-40")' }]);
    expect(JSON.stringify(preview)).not.toContain(CANARY);

    // Shifted so that the password lands in the address column: not quoted.
    const moved = text(['Name,SMTP Password,Email,SMTP Host,SMTP Port', `Fay,x,${CANARY},fay@shift.test,smtp.shift.test,587`]);
    const movedPreview = await call(core, 'accounts.import.preview', { source: moved });
    expect(movedPreview.errors.map((e) => e.email)).toEqual(movedPreview.errors.map(() => null));
    expect(JSON.stringify(movedPreview)).not.toContain(CANARY);

    const result = await importAndWait(core, { source });
    expect(result).toMatchObject({ created: 1, failed: 2 });
    expect(JSON.stringify(result)).not.toContain(CANARY);
    expect(JSON.stringify(await call(core, 'jobs.get', { id: result.job.id }))).not.toContain(CANARY);
  });
});
