// Moving inboxes out and back in: Inboxfleet's own export, with its empty password columns filled,
// imports as the same inboxes; the Smartlead and Instantly exports are those vendors' layouts,
// password columns present but empty, and read back as well.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import type { Account } from '../../../shared/domain';
import { call, openTestCore, tempDir } from '../../fixtures/core';
import { importAndWait } from '../../fixtures/import-core';

const SAME = (a: Account) => {
  const { id: _id, created_at: _c, updated_at: _u, client_id: _cl, smtp_test: _s, imap_test: _i, last_tested_at: _l, score: _sc, ...rest } = a;
  return rest;
};

describe('export → fill passwords → import', () => {
  let from: { core: Core; dir: string; cleanup(): Promise<void> };
  let into: { core: Core; dir: string; cleanup(): Promise<void> };
  let vault: ReturnType<typeof createMemoryVault>;
  // Exports go outside the data folder (core refuses to write inside it).
  let out: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    out = tempDir();
    from = await openTestCore(createMemoryVault());
    vault = createMemoryVault();
    into = await openTestCore(vault);
    const hooli = await call(from.core, 'clients.create', { name: 'Hooli' });
    const base = { smtp_password: 'unused', test: false } as const;
    await call(from.core, 'accounts.create', {
      ...base, email: 'ann@hooli-mail.test', display_name: 'Ann Archer', provider: 'google', smtp_host: 'smtp.gmail.com', smtp_port: 587,
      imap_host: 'imap.gmail.com', imap_port: 993, daily_limit: 40, warmup_enabled: true, warmup_per_day: 20, warmup_daily_rampup: 2,
      warmup_target_reply_rate: 35, tracking_domain: 'track.hooli-mail.test', signature_html: '=Ann, "Hooli"\nSales', tags: ['+vip', 'q4'],
      reply_to: 'replies@hooli-mail.test', bcc: 'bcc@hooli-mail.test', client_id: hooli.id, min_minutes_between_sends: 12,
    });
    await call(from.core, 'accounts.create', {
      ...base, email: 'cleo@piedpiper-mail.test', display_name: 'Cleo van Carter', smtp_host: 'mail.piedpiper-mail.test', smtp_port: 465,
      smtp_security: 'tls', smtp_username: 'cleo-login', imap_username: 'cleo-imap', imap_password: 'other', imap_port: 143, imap_security: 'starttls',
      allow_self_signed: true,
    });
    // Signs in with Microsoft (created to sign in later): exports as auth_method oauth, no password.
    await call(from.core, 'accounts.create', {
      email: 'dora@hooli-365.test', display_name: 'Dora', provider: 'microsoft', auth_method: 'oauth', smtp_host: 'smtp.office365.com', smtp_port: 587,
      imap_host: 'outlook.office365.com', imap_port: 993, test: false,
    });
  });
  afterEach(async () => {
    await from.cleanup();
    await into.cleanup();
    out.remove();
  });

  async function exported(kind: 'accounts' | 'smartlead' | 'instantly') {
    const file = path.join(out.dir, `${kind}.csv`);
    await call(from.core, 'export.csv', { kind, path: file });
    return { file, rows: parse(readFileSync(file), { bom: true, columns: true }) as Record<string, string>[] };
  }
  const refill = (file: string, rows: Record<string, string>[], fill: (r: Record<string, string>) => void) => {
    rows.forEach(fill);
    writeFileSync(file, stringify(rows, { header: true, bom: true, record_delimiter: '\r\n' }));
    return { path: file };
  };

  it("Inboxfleet's own export reads back as the same inboxes, the login method too", async () => {
    const { file, rows } = await exported('accounts');
    expect(rows.every((r) => r['smtp_password'] === '' && r['imap_password'] === '')).toBe(true);
    expect(rows.map((r) => [r['email'], r['auth_method']])).toEqual([['ann@hooli-mail.test', 'password'], ['cleo@piedpiper-mail.test', 'password'], ['dora@hooli-365.test', 'oauth']]);
    // Passwords are filled only where the inbox logs in with one; the signed-in inbox stays empty.
    const source = refill(file, rows, (r) => {
      if (r['auth_method'] === 'password') r['smtp_password'] = `Fx-pw-${r['email']}`;
      if (r['email']!.startsWith('cleo')) r['imap_password'] = 'Fx-pw-imap';
    });
    const preview = await call(into.core, 'accounts.import.preview', { source });
    expect(preview).toMatchObject({ format: 'inboxfleet', valid: 3, errors: [], new_clients: ['Hooli'] });
    expect(preview.columns.find((c) => c.header === 'auth_method')!.field).toBe('auth_method');
    expect(preview.columns.filter((c) => !c.field).map((c) => c.header)).toEqual(['status', 'health', 'score', 'score_measured', 'smtp_check', 'imap_check', 'last_tested_at', 'created_at']);
    expect(await importAndWait(into.core, { source })).toMatchObject({ created: 3, failed: 0 });
    const dora = (await call(into.core, 'accounts.list', { search: 'dora' })).items[0]!;
    expect(dora).toMatchObject({ auth_method: 'oauth', sign_in: 'needs_sign_in', smtp_password_stored: false });
    expect([...vault.entries.keys()].filter((k) => k.includes(dora.id))).toEqual([]);

    // A Google row the file says logs in with a password, left without one, is refused — not "needs sign-in".
    const ann = rows.find((r) => r['email'] === 'ann@hooli-mail.test')!;
    const missing = await call(into.core, 'accounts.import.preview', { source: { text: stringify([{ ...ann, email: 'new@hooli-mail.test', smtp_password: '' }], { header: true }) } });
    expect(missing.errors).toEqual([{ line: 2, email: 'new@hooli-mail.test', field: 'smtp_password', reason: 'SMTP password is required' }]);

    const before = (await call(from.core, 'accounts.list', { sort: 'email', order: 'asc' })).items.map(SAME);
    const after = (await call(into.core, 'accounts.list', { sort: 'email', order: 'asc' })).items.map(SAME);
    expect(after).toEqual(before);
    const cleo = (await call(into.core, 'accounts.list', { search: 'cleo' })).items[0]!;
    expect(vault.entries.get(`account:${cleo.id}:imap`)).toBe('Fx-pw-imap');
  });

  it('the Smartlead export has its upload columns with empty passwords, and reads back', async () => {
    const { file, rows } = await exported('smartlead');
    expect(Object.keys(rows[0]!)).toEqual('from_name,from_email,user_name,password,smtp_host,smtp_port,imap_host,imap_port,max_email_per_day,custom_tracking_url,warmup_enabled,total_warmup_per_day,daily_rampup,reply_rate_percentage,bcc,signature,different_reply_to_address,imap_user_name,imap_password'.split(','));
    expect(rows.every((r) => r['password'] === '' && r['imap_password'] === '')).toBe(true);
    // Left empty: the Google inbox will sign in instead (needs sign-in); the SMTP one needs its password.
    const empty = await call(into.core, 'accounts.import.preview', { source: { path: file } });
    expect(empty.errors.map((e) => [e.email, e.reason])).toEqual([['cleo@piedpiper-mail.test', 'SMTP password is required']]);
    expect(empty.sample).toMatchObject([{ email: 'ann@hooli-mail.test', provider: 'google', password_present: false }, { email: 'dora@hooli-365.test', password_present: false }]);

    const source = refill(file, rows, (r) => (r['password'] = r['from_email']!.startsWith('dora') ? '' : `Fx-pw-${r['from_email']}`));
    expect(await importAndWait(into.core, { source })).toMatchObject({ created: 3 });
    const ann = (await call(into.core, 'accounts.list', { search: 'ann@' })).items[0]!;
    expect(ann).toMatchObject({ provider: 'google', smtp_security: 'starttls', daily_limit: 40, tracking_domain: 'track.hooli-mail.test', warmup_enabled: true, signature_html: '=Ann, "Hooli"\nSales', bcc: 'bcc@hooli-mail.test' });
    const cleo = (await call(into.core, 'accounts.list', { search: 'cleo' })).items[0]!;
    expect(cleo).toMatchObject({ smtp_port: 465, smtp_security: 'tls', smtp_username: 'cleo-login', imap_username: 'cleo-imap', imap_port: 143, imap_security: 'starttls' });
  });

  it('the Instantly export has its bulk-upload columns with empty passwords, and reads back', async () => {
    const { file, rows } = await exported('instantly');
    expect(Object.keys(rows[0]!)).toEqual('Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port,Daily Limit,Warmup Enabled,Warmup Limit,Warmup Increment'.split(','));
    expect(rows.find((r) => r['Email'] === 'cleo@piedpiper-mail.test')).toMatchObject({ 'First Name': 'Cleo', 'Last Name': 'van Carter', 'SMTP Password': '', 'IMAP Password': '' });
    const source = refill(file, rows, (r) => {
      if (r['Email']!.startsWith('dora')) return;
      r['SMTP Password'] = 'Fx-pw-s';
      r['IMAP Password'] = 'Fx-pw-s';
    });
    expect(await importAndWait(into.core, { source })).toMatchObject({ created: 3 });
    const cleo = (await call(into.core, 'accounts.list', { search: 'cleo' })).items[0]!;
    expect(cleo).toMatchObject({ display_name: 'Cleo van Carter', smtp_port: 465, smtp_security: 'tls', imap_port: 143, imap_uses_smtp_password: true });
  });
});
