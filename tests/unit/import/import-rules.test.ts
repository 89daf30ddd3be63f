// The import's rules: every bad row named by line, address, field and reason without stopping
// the good ones; duplicates in the file and against existing inboxes; skip or update (an empty
// password keeps the stored one); a generic mapping remembered per header set; MX for rows
// without hosts; and one clear refusal for a file that cannot be mapped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';
import { droppedFile } from '../../fixtures/import/index';
import { importAndWait, zoneResolver } from '../../fixtures/import-core';

const text = (lines: string[]) => ({ text: lines.join('\n') + '\n' });
const HEAD = 'Email,Name,SMTP Host,SMTP Port,SMTP Password';

describe('import rules', () => {
  let core: Core;
  let vault: ReturnType<typeof createMemoryVault>;
  let tmp: ReturnType<typeof tempDir>;
  const zone = createMemoryZone({
    'workspace-mail.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] },
    'm365-mail.test': { MX: [{ exchange: 'm365-mail-test.mail.protection.outlook.com', priority: 0 }] },
    'own-mx.test': { MX: [{ exchange: 'mx.own-mx.test', priority: 10 }] },
  });

  beforeEach(async () => {
    tmp = tempDir();
    vault = createMemoryVault();
    core = await openCore({ dataDir: tmp.dir, vault, dns: zoneResolver(zone) });
  });
  afterEach(async () => {
    await core.close();
    tmp.remove();
  });

  it('names each bad row by line, address, field and reason, and imports the good rows', async () => {
    const source = text([
      HEAD,
      'ok1@acme.test,One,smtp.acme.test,587,Fx-pw-1',
      'not-an-address,Two,smtp.acme.test,587,Fx-pw-2',
      'ok3@acme.test,Three,smtp.acme.test,70000,Fx-pw-3',
      'ok4@acme.test,Four,smtp.acme.test,587.5,Fx-pw-4',
      'ok5@acme.test,Five,smtp.acme.test,587,',
      'ok6@acme.test,Six,smtp.acme.test,587,Fx-pw-6',
    ]);
    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview).toMatchObject({ rows: 6, valid: 2, errors_total: 4 });
    expect(preview.errors).toEqual([
      { line: 3, email: 'not-an-address', field: 'email', reason: 'email is not a valid address' },
      { line: 4, email: 'ok3@acme.test', field: 'smtp_port', reason: 'SMTP port must be between 1 and 65535' },
      { line: 5, email: 'ok4@acme.test', field: 'smtp_port', reason: 'SMTP port must be a whole number (the file says "587.5")' },
      { line: 6, email: 'ok5@acme.test', field: 'smtp_password', reason: 'SMTP password is required' },
    ]);
    expect((await call(core, 'accounts.list', {})).total).toBe(0);

    const result = await importAndWait(core, { source });
    expect(result).toMatchObject({ created: 2, failed: 4, skipped: 0, errors: preview.errors });
    expect((await call(core, 'accounts.list', {})).items.map((a) => a.email).sort()).toEqual(['ok1@acme.test', 'ok6@acme.test']);
  });

  it('applies the form’s cross-field rules too (a Google inbox’s daily cap)', async () => {
    const preview = await call(core, 'accounts.import.preview', {
      source: text(['Email,SMTP Host,SMTP Password,Daily Limit', 'big@acme.test,smtp.gmail.com,Fx-pw,2500']),
    });
    expect(preview.errors).toEqual([{ line: 2, email: 'big@acme.test', field: 'daily_limit', reason: 'daily limit 2500 is above the google cap of 2,000 per day' }]);
  });

  it('finds duplicates in the file and against existing inboxes; skip leaves them, update changes only filled cells', async () => {
    await call(core, 'accounts.create', {
      email: 'old@acme.test', display_name: 'Old Name', smtp_host: 'smtp.acme.test', smtp_port: 587, smtp_password: 'Fx-pw-stored',
      daily_limit: 80, bcc: 'keep@acme.test', test: false,
    });
    const source = text([
      'Email,Name,SMTP Host,SMTP Port,SMTP Password,BCC',
      'OLD@acme.test,New Name,smtp.acme.test,465,,',
      'new@acme.test,New,smtp.acme.test,587,Fx-pw-new,',
      'new@acme.test,New again,smtp.acme.test,587,Fx-pw-new2,',
    ]);
    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview.duplicates).toEqual({ in_file: 1, existing: 1, existing_emails: ['OLD@acme.test'] });
    expect(preview.errors).toEqual([{ line: 4, email: 'new@acme.test', field: 'email', reason: 'the same address is on line 3, which is the row imported' }]);
    expect(preview.sample.find((s) => s.line === 2)).toMatchObject({ exists: true, password_present: false });

    expect(await importAndWait(core, { source, on_duplicate: 'skip' })).toMatchObject({ created: 1, skipped: 1, updated: 0, failed: 1 });
    const old = (await call(core, 'accounts.list', { search: 'old@' })).items[0]!;
    expect(old).toMatchObject({ display_name: 'Old Name', smtp_port: 587 });

    const again = await importAndWait(core, { source, on_duplicate: 'update' });
    expect(again).toMatchObject({ created: 0, skipped: 0, updated: 2, failed: 1 });
    const updated = await call(core, 'accounts.get', { id: old.id });
    expect(updated).toMatchObject({ display_name: 'New Name', smtp_port: 465, smtp_security: 'tls', daily_limit: 80, bcc: 'keep@acme.test', smtp_password_stored: true });
    expect(vault.entries.get(`account:${old.id}:smtp`)).toBe('Fx-pw-stored');
  });

  it('a generic sheet: the user maps its columns once, and the mapping is remembered for the same headers', async () => {
    const first = await call(core, 'accounts.import.preview', { source: droppedFile('generic-de.csv') });
    expect(first).toMatchObject({ format: 'generic', valid: 0, remembered_mapping: false });
    const mapping = { Passwort: 'smtp_password', Kunde: 'client' } as const;
    const mapped = await call(core, 'accounts.import.preview', { source: droppedFile('generic-de.csv'), mapping });
    expect(mapped).toMatchObject({ valid: 2, new_clients: ['Stark'] });
    expect(mapped.columns.find((c) => c.header === 'Passwort')).toMatchObject({ field: 'smtp_password', sample: 'password present' });

    const result = await importAndWait(core, { source: droppedFile('generic-de.csv'), mapping });
    expect(result.created).toBe(2);
    const clients = await call(core, 'clients.list', undefined);
    expect(clients.map((c) => [c.name, c.account_count])).toEqual([['Stark', 2]]);

    const later = await call(core, 'accounts.import.preview', { source: { text: 'E-Mail,Name,SMTP-Server,SMTP-Port,Passwort,Kunde\nx@stark-mail.test,X,smtp.stark-mail.test,587,Fx-pw-x,Stark\n' } });
    expect(later).toMatchObject({ remembered_mapping: true, valid: 1, new_clients: [] });
    const otherHeaders = await call(core, 'accounts.import.preview', { source: { text: 'E-Mail,Passwort\nx@stark-mail.test,Fx-pw-x\n' } });
    expect(otherHeaders.remembered_mapping).toBe(false);
  });

  it('a client chosen for the import wins over the file’s client column', async () => {
    const hooli = await call(core, 'clients.create', { name: 'Hooli' });
    const r = await importAndWait(core, { source: droppedFile('generic-de.csv'), mapping: { Passwort: 'smtp_password', Kunde: 'client' }, client_id: hooli.id });
    expect(r.created).toBe(2);
    expect((await call(core, 'clients.list', undefined)).map((c) => c.name)).toEqual(['Hooli']);
    expect((await call(core, 'accounts.list', { client_id: hooli.id })).total).toBe(2);
  });

  it('rows without hosts take Google’s or Microsoft’s from the domain’s MX; another MX is a row error', async () => {
    const source = text(['Email,Password', 'a@workspace-mail.test,Fx-pw-a', 'b@m365-mail.test,Fx-pw-b', 'c@own-mx.test,Fx-pw-c', 'd@workspace-mail.test,Fx-pw-d']);
    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview.sample.map((s) => [s.email, s.provider, s.smtp, s.imap])).toEqual([
      ['a@workspace-mail.test', 'google', 'smtp.gmail.com:587 starttls', 'imap.gmail.com:993 tls'],
      ['b@m365-mail.test', 'microsoft', 'smtp.office365.com:587 starttls', 'outlook.office365.com:993 tls'],
      ['d@workspace-mail.test', 'google', 'smtp.gmail.com:587 starttls', 'imap.gmail.com:993 tls'],
    ]);
    expect(preview.errors).toEqual([
      { line: 4, email: 'c@own-mx.test', field: 'smtp_host', reason: "SMTP host is missing, and the domain's MX does not point to Google or Microsoft: add the host to the file" },
    ]);
    // One MX question per domain, not per row.
    expect(zone.asked.filter((q) => q === 'MX workspace-mail.test')).toHaveLength(1);
  });

  it('a Google or Microsoft row without a password becomes an inbox that signs in; the form’s newer rules apply too', async () => {
    const source = text([
      'Email,Name,SMTP Host,SMTP Password',
      'g@acme.test,G,smtp.gmail.com,',
      'o@acme.test,"Two\nLines",smtp.acme.test,Fx-pw-o',
    ]);
    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview.sample).toMatchObject([{ email: 'g@acme.test', provider: 'google', password_present: false }]);
    expect(preview.errors).toEqual([{ line: 3, email: 'o@acme.test', field: 'display_name', reason: 'display name must be a single line (no line breaks)' }]);
    const r = await importAndWait(core, { source });
    expect(r).toMatchObject({ created: 1, failed: 1 });
    const g = (await call(core, 'accounts.list', {})).items[0]!;
    expect(g).toMatchObject({ email: 'g@acme.test', auth_method: 'oauth', smtp_password_stored: false });
    expect(vault.entries.size).toBe(0);
  });

  it('a login-method column decides: oauth without a password needs sign-in; password without one is missing; updates never sign in', async () => {
    const source = text([
      'Email,Name,SMTP Host,SMTP Password,Auth Method',
      'g@acme.test,G,smtp.gmail.com,,oauth',
      'm@acme.test,M,smtp.office365.com,,OAuth2',
      'p@acme.test,P,smtp.gmail.com,,password',
      'x@acme.test,X,smtp.gmail.com,Fx-pw-x,oauth',
      's@acme.test,S,smtp.acme.test,,oauth',
      'w@acme.test,W,smtp.gmail.com,Fx-pw-w,kerberos',
    ]);
    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview.columns.find((c) => c.header === 'Auth Method')!.field).toBe('auth_method');
    expect(preview.errors.map((e) => [e.line, e.field, e.reason])).toEqual([
      [4, 'smtp_password', 'SMTP password is required'],
      [5, 'smtp_password', 'an inbox that signs in with Google or Microsoft stores no password'],
      [6, 'provider', 'sign-in needs provider google or microsoft'],
      [7, 'auth_method', 'login method must be password or oauth (the file says "kerberos")'],
    ]);
    const imported = await importAndWait(core, { source });
    expect(imported).toMatchObject({ created: 2, failed: 4 });
    const made = (await call(core, 'accounts.list', { sort: 'email', order: 'asc' })).items;
    expect(made.map((a) => [a.email, a.auth_method, a.sign_in, a.health])).toEqual([
      ['g@acme.test', 'oauth', 'needs_sign_in', 'unknown'],
      ['m@acme.test', 'oauth', 'needs_sign_in', 'unknown'],
    ]);
    // The summary's "Sign in the 2 inboxes that need it", by provider.
    expect(imported.needs_sign_in).toEqual({ google: [made[0]!.id], microsoft: [made[1]!.id] });
    expect(vault.entries.size).toBe(0);

    // Updating: a password inbox the file calls oauth is not switched (an import cannot sign in).
    await call(core, 'accounts.create', { email: 'pw@acme.test', display_name: 'Pw', provider: 'google', smtp_host: 'smtp.gmail.com', smtp_port: 587, smtp_password: 'Fx-pw-old', test: false });
    const update = text(['Email,Name,SMTP Host,SMTP Password,auth_method', 'pw@acme.test,Pw,smtp.gmail.com,,oauth', 'g@acme.test,G2,smtp.gmail.com,,oauth']);
    const r = await importAndWait(core, { source: update, on_duplicate: 'update' });
    expect(r).toMatchObject({ updated: 1, failed: 1, errors: [{ line: 2, email: 'pw@acme.test', field: 'auth_method', reason: expect.stringMatching(/an import does not sign in/) }] });
    expect((await call(core, 'accounts.list', { search: 'pw@' })).items[0]).toMatchObject({ auth_method: 'password', smtp_password_stored: true });
    expect((await call(core, 'accounts.list', { search: 'g@acme' })).items[0]).toMatchObject({ auth_method: 'oauth', display_name: 'G2' });
  });

  it('a file no column of which is the email address: the preview says so, import refuses', async () => {
    const source = text(['Foo,Bar', '1,2']);
    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview.blocking).toMatch(/No column is read as the email address/);
    expect(preview.rows).toBe(1);
    const r = await core.invoke('accounts.import.start', { source });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'mapping', message: expect.stringMatching(/email address/) });
  });

  it('an empty, header-only or binary file gets one clear error naming source', async () => {
    const cases: [unknown, RegExp][] = [
      [{ text: '' }, /file is empty/],
      [{ text: 'Email,SMTP Host\n' }, /header row but no inbox rows/],
      [{ bytes: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]).toString('base64'), name: 'inboxes.xlsx' }, /Excel workbook/],
      [{ path: 'relative.csv' }, /must be absolute/],
      [{ path: `${tmp.dir}/missing.csv` }, /does not exist/],
    ];
    for (const [source, message] of cases) {
      const r = await core.invoke('accounts.import.preview', { source });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.field).toMatch(/^source/);
        expect(r.error.message).toMatch(message);
      }
    }
  });
});
