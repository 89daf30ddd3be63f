// export.clientReport through core: one CSV row per inbox of the client (worst first, never a
// password), and an HTML file that stands alone: escaped text, inline SVG, no script, no URL to fetch.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { ratesChart } from '../../../electron/core/exports/client-report-html';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { seedFleet } from '../../fixtures/fleet';

const NOW = new Date('2026-11-20T12:00:00.000Z');

describe('export.clientReport', () => {
  const tmp = tempDir();
  // Exports may not go into the data folder: the "save dialog" picks another.
  const out = tempDir('inboxfleet-out-');
  let core: Core;
  let acme: string;

  beforeAll(async () => {
    const seeded = await seedFleet(tmp.dir, {
      clients: ['Acme <script>alert(1)</script>', 'Other'],
      domains: [{ domain: 'acme.test' }, { domain: 'listed.test', listed: [{ list: 'Spamhaus ZEN', ip: '192.0.2.9' }] }],
      inboxes: [
        { email: 'ok@acme.test', client: 'Acme <script>alert(1)</script>', smtp: 'ok', imap: 'ok', score: 96, score_measured: 70, history: { days: 3, sent: 40, bounced: 1, complaints: 0 } },
        { email: 'dead@acme.test', client: 'Acme <script>alert(1)</script>', smtp: 'auth_failed', imap: 'ok', status: 'paused', rates: { sent: 400, bounced: 4, complaints: 0, blocked: 8 } },
        { email: 'other@acme.test', client: 'Other', smtp: 'ok', imap: 'ok' },
      ],
    }, NOW);
    acme = seeded.clients.get('Acme <script>alert(1)</script>')!;
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), clock: { now: () => NOW } });
    await core.idle();
  });
  afterAll(async () => {
    await core.close();
    tmp.remove();
    out.remove();
  });

  it('CSV: the client’s inboxes, worst first, with health, reasons, score and 30-day rates', async () => {
    const file = path.join(out.dir, 'acme.csv');
    expect(await call(core, 'export.clientReport', { client_id: acme, format: 'csv', path: file })).toMatchObject({ path: file, rows: 2 });
    const rows = parse(readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.email, r.status, r.health, r.score, r.score_measured_percent, r.sent_30d, r.bounce_rate_30d, r.block_rate_30d, r.smtp_check])).toEqual([
      ['dead@acme.test', 'paused', 'failing', '', '', '400', '0.01', '0.02', 'auth_failed'],
      ['ok@acme.test', 'active', 'healthy', '96', '70', '', '', '', 'ok'],
    ]);
    expect(rows[0]!.health_reasons).toContain('Cannot log in: SMTP');
  });

  it('HTML: self-contained, escaped, with counts, problems, domains, inboxes and both charts', async () => {
    const file = path.join(out.dir, 'acme.html');
    const r = await call(core, 'export.clientReport', { client_id: acme, format: 'html', path: file });
    const html = readFileSync(file, 'utf8');
    expect(r.bytes).toBe(Buffer.byteLength(html));
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|url\(|@import/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('Deliverability report: Acme &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('1 inbox cannot log in (password or username rejected)');
    expect(html).toContain('dead@acme.test <span class="muted">(paused)</span>');
    expect(html).toContain('96 · 70 % measured');
    // Blocks are their own column: 8 refused of 400 sent.
    expect(html).toMatch(/<th class="n">Blocks<\/th>/);
    expect(html).toMatch(/dead@acme\.test.*?<td class="n">1 %<\/td><td class="n">0 %<\/td><td class="n">2 %<\/td>/);
    expect(html).toContain('.sign_in_expired{');
    expect(html).not.toContain('other@acme.test');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('@media print');
  });

  it('the rates chart breaks its lines on days without sends instead of drawing zeros', () => {
    const day = (date: string, sent: number, bounce: number | null) => ({ date, sent, bounce_rate: bounce, complaint_rate: bounce === null ? null : 0 });
    const svg = ratesChart([day('2026-11-01', 10, 0.1), day('2026-11-02', 10, 0.2), day('2026-11-03', 0, null), day('2026-11-04', 10, 0.1)]);
    const bounce = svg.match(/<path d="([^"]+)" fill="none" stroke="#c8333a"/)![1]!;
    expect(bounce.match(/M/g)).toHaveLength(2);
    expect(svg.match(/<circle[^>]+fill="#c8333a"/g)).toHaveLength(3);
  });

  it('needs a path outside the data folder and an existing client', async () => {
    const inside = await core.invoke('export.clientReport', { client_id: acme, format: 'html', path: path.join(tmp.dir, 'r.html') });
    expect(!inside.ok && inside.error).toMatchObject({ code: 'invalid_input', field: 'path' });
    const noPath = await core.invoke('export.clientReport', { client_id: acme, format: 'html' });
    expect(!noPath.ok && noPath.error).toMatchObject({ code: 'invalid_input', field: 'path' });
    const missing = await core.invoke('export.clientReport', { client_id: 'gone', format: 'csv', path: path.join(out.dir, 'x.csv') });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'not_found', field: 'client_id' });
    const badFormat = await core.invoke('export.clientReport', { client_id: acme, format: 'pdf' } as never);
    expect(!badFormat.ok && badFormat.error).toMatchObject({ code: 'invalid_input', field: 'format' });
  });
});
