// Each vendor's file, as the vendor writes it, imported through core (memory vault, real SQLite):
// every field lands where the form would put it, and passwords reach only the vault.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import type { Account } from '../../../shared/domain';
import { call, openTestCore } from '../../fixtures/core';
import { droppedFile, fixturePath, FIXTURE_PASSWORD_PREFIX } from '../../fixtures/import/index';
import { importAndWait } from '../../fixtures/import-core';

describe('importing the files agencies have', () => {
  let core: Core;
  let dir: string;
  let vault: ReturnType<typeof createMemoryVault>;
  let cleanup: () => Promise<void>;
  const results: unknown[] = [];

  beforeEach(async () => {
    vault = createMemoryVault();
    ({ core, dir, cleanup } = await openTestCore(vault));
  });
  afterEach(async () => cleanup());

  const importFixture = async (name: string) => {
    const preview = await call(core, 'accounts.import.preview', { source: droppedFile(name) });
    const result = await importAndWait(core, { source: droppedFile(name) });
    results.push(preview, result);
    return { preview, result };
  };
  const byEmail = async (): Promise<Record<string, Account>> => {
    const list = await call(core, 'accounts.list', { per_page: 100 });
    return Object.fromEntries(list.items.map((a) => [a.email, a]));
  };
  const secret = (a: Account, protocol: 'smtp' | 'imap') => vault.entries.get(`account:${a.id}:${protocol}`);

  it('Smartlead: provider from type, tracking URL, warmup, signature with a newline, passwords with commas and quotes', async () => {
    const { preview, result } = await importFixture('smartlead.csv');
    expect(preview).toMatchObject({ format: 'smartlead', rows: 4, valid: 4, errors: [] });
    expect(preview.columns.find((c) => c.header === 'password')?.sample).toBe('password present');
    expect(result).toMatchObject({ created: 4, updated: 0, skipped: 0, failed: 0 });
    const a = await byEmail();
    expect(a['ann@hooli-mail.test']).toMatchObject({
      provider: 'google', display_name: 'Ann Archer', smtp_host: 'smtp.gmail.com', smtp_port: 587, smtp_security: 'starttls',
      imap_host: 'imap.gmail.com', imap_port: 993, imap_security: 'tls', daily_limit: 40, tracking_domain: 'track.hooli-mail.test',
      warmup_enabled: true, warmup_per_day: 20, warmup_daily_rampup: 2, warmup_target_reply_rate: 35,
      signature_html: 'Ann Archer, Hooli\nSales', min_minutes_between_sends: 12, imap_uses_smtp_password: true,
    });
    expect(a['bob@hooli-mail.test']).toMatchObject({ provider: 'microsoft', bcc: 'bcc@hooli-mail.test', reply_to: 'replies@hooli-mail.test', warmup_enabled: false });
    expect(secret(a['bob@hooli-mail.test']!, 'smtp')).toBe('Fx-pw-bob,with"quote');
    expect(a['cleo@piedpiper-mail.test']).toMatchObject({
      provider: 'smtp', smtp_port: 465, smtp_security: 'tls', smtp_username: 'cleo-login', imap_username: 'cleo-imap', imap_uses_smtp_password: false,
    });
    expect(secret(a['cleo@piedpiper-mail.test']!, 'imap')).toBe('Fx-pw-cleo-imap');
    expect(a['dan@piedpiper-mail.test']).toMatchObject({ imap_port: 143, imap_security: 'starttls', imap_uses_smtp_password: true, warmup_enabled: false });
    // One keychain entry when IMAP shares the SMTP password.
    expect(vault.entries.size).toBe(5);
  });

  it('Instantly and its extension: names joined, ignored columns named, tracking domain kept', async () => {
    const { result } = await importFixture('instantly.csv');
    expect(result.created).toBe(3);
    const a = await byEmail();
    expect(a['eve@globex-mail.test']).toMatchObject({ display_name: 'Eve Evans', daily_limit: 30, warmup_enabled: true, warmup_per_day: 20, warmup_daily_rampup: 2 });
    expect(a['gia@globex-mail.test']).toMatchObject({ display_name: 'Gia', smtp_port: 465, smtp_security: 'tls', imap_uses_smtp_password: false });

    const ext = await call(core, 'accounts.import.preview', { source: droppedFile('instantly-extended.csv') });
    expect(ext.format).toBe('instantly');
    expect(ext.columns.filter((c) => !c.field).map((c) => c.header)).toEqual([
      'Warmup Filter Tag', 'Warmup On Weekdays', 'Warmup Open Rate', 'Warmup Spam Protection Rate', 'Warmup Mark As Important Rate',
    ]);
    expect(ext.duplicates.existing).toBe(2);
    const updated = await importAndWait(core, { source: droppedFile('instantly-extended.csv'), on_duplicate: 'update' });
    expect(updated).toMatchObject({ created: 0, updated: 2 });
    expect((await byEmail())['eve@globex-mail.test']!.tracking_domain).toBe('track.globex-mail.test');
  });

  it('EmailBison: one password for both logins, security from SMTP Secure / IMAP Secure', async () => {
    const { preview, result } = await importFixture('emailbison.csv');
    expect(preview.format).toBe('emailbison');
    expect(result.created).toBe(3);
    const a = await byEmail();
    expect(a['hank@initech-mail.test']).toMatchObject({ smtp_port: 465, smtp_security: 'tls', imap_port: 993, imap_security: 'tls', imap_uses_smtp_password: true });
    expect(a['ida@initech-mail.test']).toMatchObject({ smtp_port: 587, smtp_security: 'starttls', imap_port: 143, imap_security: 'starttls' });
    expect(a['jon@initech-mail.test']).toMatchObject({ smtp_security: 'starttls', imap_security: 'tls' });
  });

  it('a German Excel file in Windows-1252 keeps its umlauts; Excel "Unicode text" (UTF-16) keeps Zoë and 山田', async () => {
    const de = await importFixture('excel-de-windows-1252.csv');
    expect(de.preview.file).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(de.result.created).toBe(3);
    const u16 = await importFixture('excel-unicode-text.txt');
    expect(u16.preview.file).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(u16.result.created).toBe(2);
    const a = await byEmail();
    expect(a['juergen@mueller-mail.test']).toMatchObject({ display_name: 'Jürgen Müller', warmup_enabled: true });
    expect(a['bjoern@mueller-mail.test']).toMatchObject({ display_name: 'Björn Größ', warmup_enabled: false });
    expect(a['aenne@mueller-mail.test']!.display_name).toBe('Änne Öztürk-Weiß');
    expect(secret(a['juergen@mueller-mail.test']!, 'smtp')).toBe('Fx-pw-jürgen');
    expect(a['zoe@umbrella-mail.test']!.display_name).toBe('Zoë Zeller');
    expect(a['yamada@umbrella-mail.test']).toMatchObject({ display_name: '山田 太郎', smtp_security: 'tls' });
    expect(secret(a['yamada@umbrella-mail.test']!, 'smtp')).toBe('Fx-pw-山田');
  });

  it('file hygiene: odd headers, blank lines, trailing empty columns, 587.0 ports, yes/1/no, security from the port', async () => {
    const { preview, result } = await importFixture('hygiene.csv');
    expect(preview.errors).toEqual([]);
    expect(preview.sample.map((s) => s.line)).toEqual([3, 6, 8]);
    expect(result.created).toBe(3);
    const a = await byEmail();
    expect(a['mia@wayne-mail.test']).toMatchObject({ display_name: 'Mia, from "Wayne"', smtp_port: 587, smtp_security: 'starttls', imap_port: 993, imap_security: 'tls', warmup_enabled: true, tags: ['vip', 'q4'] });
    expect(a['ned@wayne-mail.test']).toMatchObject({ smtp_port: 465, smtp_security: 'tls', imap_port: 143, imap_security: 'starttls', warmup_enabled: true, signature_html: 'Ned\nWayne Enterprises' });
    expect(a['ola@wayne-mail.test']).toMatchObject({ smtp_port: 2525, smtp_security: 'starttls', warmup_enabled: false });
  });

  it('the same file read from a path (the open dialog) as from dropped bytes', async () => {
    const p = await call(core, 'accounts.import.preview', { source: { path: fixturePath('smartlead.csv') } });
    expect(p.file).toMatchObject({ name: 'smartlead.csv', path: fixturePath('smartlead.csv') });
    expect(p.valid).toBe(4);
    const text = await call(core, 'accounts.import.preview', { source: { text: readFileSync(fixturePath('instantly.csv'), 'utf8') } });
    expect(text.valid).toBe(3);
  });

  it('no password reached SQLite (file or WAL), a preview, or a job result', async () => {
    for (const f of ['smartlead.csv', 'instantly.csv', 'emailbison.csv', 'excel-de-windows-1252.csv', 'excel-unicode-text.txt']) await importFixture(f);
    expect(vault.entries.size).toBeGreaterThan(10);
    expect(JSON.stringify(results)).not.toContain(FIXTURE_PASSWORD_PREFIX);
    for (const f of readdirSync(dir).filter((n) => n.startsWith('inboxfleet.sqlite'))) {
      const bytes = readFileSync(path.join(dir, f));
      expect(bytes.includes(Buffer.from(FIXTURE_PASSWORD_PREFIX)), f).toBe(false);
      expect(bytes.includes(Buffer.from(FIXTURE_PASSWORD_PREFIX, 'utf16le')), f).toBe(false);
    }
  });
});
