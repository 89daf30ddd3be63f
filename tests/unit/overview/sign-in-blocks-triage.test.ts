// The wiring between sign-in (issue 13), blocks (issue 14) and fleet triage (issue 12), over a
// seeded fleet opened by a real core: "sign-in expired" is its own health everywhere (filter,
// sort with failing, counts per client, its problem group), "needs sign-in" reads as not
// connected yet, blocks have their own lines and problem groups, and every link selects exactly
// what it counted — including the basic-auth readiness links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import type { InputOf } from '../../../shared/contract';
import { call, tempDir } from '../../fixtures/core';
import { seedFleet, type SeedFleet } from '../../fixtures/fleet';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const FLEET: SeedFleet = {
  clients: ['Acme'],
  domains: [{ domain: 'acme.test' }],
  inboxes: [
    { email: 'ok@acme.test', client: 'Acme', smtp: 'ok', imap: 'ok' },
    { email: 'expired@acme.test', client: 'Acme', smtp: 'sign_in_expired', imap: 'sign_in_expired', sign_in: 'expired', score: 20, score_measured: 100 },
    { email: 'later@acme.test', client: 'Acme', smtp: 'needs_sign_in', imap: 'needs_sign_in', sign_in: 'needs_sign_in' },
    { email: 'dead@acme.test', client: 'Acme', smtp: 'auth_failed', imap: 'ok', score: 10, score_measured: 100 },
    { email: 'blocked@acme.test', client: 'Acme', smtp: 'ok', imap: 'ok', rates: { sent: 200, bounced: 1, complaints: 0, blocked: 8 } },
    { email: 'blocky@acme.test', smtp: 'ok', imap: 'ok', rates: { sent: 200, bounced: 0, complaints: 0, blocked: 3 } },
    { email: 'm365@acme.test', provider: 'microsoft', smtp_host: 'smtp.office365.com', smtp: 'ok', imap: 'ok' },
    { email: 'someone@hotmail.com', smtp_host: 'smtp-mail.outlook.com', smtp: 'auth_failed', imap: 'auth_failed' },
  ],
};

describe('sign-in expired, not connected yet and blocks across health, filters and the overview', () => {
  const tmp = tempDir();
  let core: Core;
  let acme: string;

  beforeAll(async () => {
    acme = (await seedFleet(tmp.dir, FLEET, NOW)).clients.get('Acme')!;
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), clock: { now: () => NOW } });
    await core.idle();
  });
  afterAll(async () => {
    await core.close();
    tmp.remove();
  });

  const emails = async (q: InputOf<'accounts.list'>) => (await call(core, 'accounts.list', { per_page: 100, sort: 'email', order: 'asc', ...q })).items.map((a) => a.email);

  it('health: expired is its own state, needs sign-in is unknown ("not connected yet"), blocks over 3 % fail and 1–3 % are at risk', async () => {
    const all = await call(core, 'accounts.list', { per_page: 100 });
    const by = Object.fromEntries(all.items.map((a) => [a.email, a]));
    expect(by['expired@acme.test']).toMatchObject({ health: 'sign_in_expired', sign_in: 'expired' });
    expect(by['expired@acme.test']!.health_reasons.map((r) => r.code)).toEqual(['sign_in_expired']);
    expect(by['later@acme.test']).toMatchObject({ health: 'unknown', sign_in: 'needs_sign_in' });
    expect(by['later@acme.test']!.health_reasons.map((r) => r.code)).toEqual(['needs_sign_in']);
    expect(by['blocked@acme.test']!.health_reasons.map((r) => `${r.level}:${r.code}`)).toEqual(['failing:blocks_high']);
    expect(by['blocky@acme.test']!.health_reasons.map((r) => `${r.level}:${r.code}`)).toEqual(['at_risk:blocks_elevated']);
  });

  it('the health filter tells sign-in expired from failing; sorting ranks them together, before at risk', async () => {
    expect(await emails({ health: 'sign_in_expired' })).toEqual(['expired@acme.test']);
    expect(await emails({ health: 'failing' })).toEqual(['blocked@acme.test', 'dead@acme.test', 'someone@hotmail.com']);
    const sorted = (await call(core, 'accounts.list', { sort: 'health', order: 'asc', per_page: 100 })).items.map((a) => a.health);
    expect(sorted.slice(0, 4).sort()).toEqual(['failing', 'failing', 'failing', 'sign_in_expired']);
    expect(sorted.slice(4)).toEqual(['at_risk', 'healthy', 'healthy', 'unknown']);
  });

  it('overview: counts per health and per client, "N inboxes need signing in again", blocks groups, "not connected yet" apart', async () => {
    const o = await call(core, 'overview.get', {});
    expect(o.health).toEqual({ failing: 3, sign_in_expired: 1, at_risk: 1, watch: 0, healthy: 2, unknown: 1 });
    expect(o.clients.find((c) => c.name === 'Acme')!.health).toMatchObject({ failing: 2, sign_in_expired: 1, unknown: 1 });
    const labels = o.problems.map((p) => [p.level, p.label]);
    expect(labels).toEqual(expect.arrayContaining([
      ['sign_in_expired', '1 inbox needs signing in again'],
      ['failing', '1 inbox over 3 % blocks'],
      ['at_risk', '1 inbox at 1–3 % blocks'],
    ]));
    expect(labels.find(([, l]) => /cannot log in/.test(l!))).toEqual(['failing', '2 inboxes cannot log in (password or username rejected)']);
    expect(o.unmeasured.map((p) => p.label)).toEqual(['1 domain not checked yet (1 inbox)', '1 inbox not connected yet (sign in)']);
  });

  it('every problem link, for the fleet and for a client, selects exactly the inboxes it counted', async () => {
    for (const client of [undefined, acme]) {
      const o = await call(core, 'overview.get', client ? { client_id: client } : {});
      for (const p of [...o.problems, ...o.unmeasured].filter((x) => x.link.screen === 'accounts')) {
        expect((await call(core, 'accounts.list', p.link.filter as InputOf<'accounts.list'>)).total, p.label).toBe(p.inboxes);
      }
    }
  });

  it('the readiness filter selects exactly the inboxes the readiness audit counts per level', async () => {
    const audit = await call(core, 'accounts.authReadiness', { limit: 100 });
    expect(audit.counts).toEqual({ blocked: 1, warning: 1, ok: 6 });
    for (const level of ['blocked', 'warning', 'ok'] as const) {
      expect((await call(core, 'accounts.list', { readiness: level })).total, level).toBe(audit.counts[level]);
    }
    expect(await emails({ readiness: 'blocked' })).toEqual(['someone@hotmail.com']);
    expect(await emails({ readiness: 'warning' })).toEqual(['m365@acme.test']);
    const bad = await core.invoke('accounts.list', { readiness: 'soon' } as never);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'invalid_input', field: 'readiness' });
  });
});
