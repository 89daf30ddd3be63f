// Issue 10, point 5: servers that quote back the credentials they received (in the greeting, the
// EHLO/ID lines, and the failed-login reply, as plain text and as the AUTH PLAIN / LOGIN base64)
// never get the password into SQLite (file and WAL), IPC results, job records or exports.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault, REDACTED } from '../../../electron/core/vault/index';
import type { MethodName } from '../../../shared/contract';
import { tempDir } from '../../fixtures/core';
import { startEchoImap, startEchoSmtp, type EchoServer } from '../../fixtures/mail/echo-servers';

const USER = 'ann@echo.test';
const PASSWORD = 'Echo pw/é+1=&?#9';
const IMAP_PASSWORD = 'Imap-only pw:ü%42';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Every encoded form the issue names, for both passwords. */
const forms = [PASSWORD, IMAP_PASSWORD].flatMap((p) => [
  p, b64(p), b64(`\0${USER}\0${p}`), b64(`${USER}\0${USER}\0${p}`), encodeURIComponent(p), JSON.stringify(p).slice(1, -1),
]);

const leaks = (text: string) => forms.filter((f) => text.includes(f));

describe('credentials echoed by hostile servers are never stored or shown', () => {
  let smtp: EchoServer;
  let imap: EchoServer;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let exportDir: string;
  const results: unknown[] = [];
  const vault = createKeytarVault({ service: `inboxfleet-echo-${process.pid}-${Date.now()}` });
  const invoke = async (method: MethodName, input: unknown) => {
    const r = await core.invoke(method, input as never);
    results.push(r);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.data as never;
  };

  beforeAll(async () => {
    smtp = await startEchoSmtp();
    imap = await startEchoImap();
    tmp = tempDir();
    exportDir = mkdtempSync(path.join(tmpdir(), 'inboxfleet-echo-export-'));
    core = await openCore({ dataDir: tmp.dir, vault, dns: createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 }) });
    await invoke('settings.update', { connect_timeout_ms: 2000, greeting_timeout_ms: 2000, socket_timeout_ms: 2000, probe_deadline_ms: 5000 });
  });
  afterAll(async () => {
    await core?.close();
    for (const key of await vault.keys()) await vault.delete(key);
    await smtp?.stop();
    await imap?.stop();
    tmp?.remove();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it('through tests, a bulk test job, a test email, a report, reads and exports', async () => {
    const account: { id: string } = await invoke('accounts.create', {
      email: USER, display_name: 'Ann', smtp_host: '127.0.0.1', smtp_port: smtp.port, smtp_security: 'none', smtp_password: PASSWORD,
      imap_host: '127.0.0.1', imap_port: imap.port, imap_security: 'none', imap_password: IMAP_PASSWORD, test: false,
    });
    // Twice: the second time the servers also quote the first attempt in greeting, EHLO and ID.
    await invoke('accounts.test', { id: account.id });
    const second: { results: { smtp: { server_response: string; greeting: string | null }; imap: { server_response: string } }[] } =
      await invoke('accounts.test', { id: account.id });
    const job: { job_id: string } = await invoke('accounts.test', { ids: [account.id] });
    for (let i = 0; i < 200; i++) {
      const info: { status: string } = await invoke('jobs.get', { id: job.job_id, include_results: true });
      if (info.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await invoke('accounts.sendTestEmail', { id: account.id, to: 'someone@example.org' });
    await invoke('deliverability.report', { id: account.id, refresh: true });
    await invoke('accounts.get', { id: account.id });
    await invoke('accounts.list', {});
    for (const kind of ['accounts', 'reports'] as const) await invoke('export.csv', { kind, path: path.join(exportDir, `${kind}.csv`) });

    // The servers really did quote the credentials, and what they said is kept, scrubbed.
    expect(smtp.seen.length).toBeGreaterThan(0);
    expect(imap.seen.length).toBeGreaterThan(0);
    expect(second.results[0]!.smtp.server_response).toContain(REDACTED);
    expect(second.results[0]!.imap.server_response).toContain(REDACTED);

    expect(leaks(JSON.stringify(results))).toEqual([]);
    for (const kind of ['accounts', 'reports']) expect(leaks(readFileSync(path.join(exportDir, `${kind}.csv`), 'utf8'))).toEqual([]);
    const db = path.join(tmp.dir, 'inboxfleet.sqlite');
    const search = () => {
      for (const file of [db, `${db}-wal`]) if (existsSync(file)) expect(leaks(readFileSync(file).toString('latin1') + readFileSync(file).toString('utf8')), file).toEqual([]);
    };
    search();
    await invoke('accounts.delete', { ids: [account.id] });
    search();
  });
});
