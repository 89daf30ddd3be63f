import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, openTestCore } from '../../fixtures/core';

describe('accounts.list filters, sort and paging', () => {
  let core: Core;
  let cleanup: () => Promise<void>;
  let clientId: string;

  beforeAll(async () => {
    ({ core, cleanup } = await openTestCore(createMemoryVault()));
    clientId = (await call(core, 'clients.create', { name: 'Globex' })).id;
    for (let n = 0; n < 60; n++) {
      const a = await call(core, 'accounts.create', accountInput(n, {
        provider: n % 2 ? 'google' : 'smtp',
        display_name: n === 7 ? 'Lucky 100%_off' : `Sender ${n}`,
        warmup_enabled: n % 5 === 0,
        client_id: n < 10 ? clientId : null,
      }));
      if (n % 4 === 0) await call(core, 'accounts.setStatus', { ids: [a.id], status: 'paused' });
    }
  });
  afterAll(() => cleanup());

  it('pages through every account exactly once', async () => {
    const seen = new Set<string>();
    let page = 1;
    for (;;) {
      const r = await call(core, 'accounts.list', { page, per_page: 25, sort: 'email', order: 'asc' });
      expect(r.total).toBe(60);
      expect(r.has_prev).toBe(page > 1);
      r.items.forEach((a) => seen.add(a.id));
      if (!r.has_next) break;
      page++;
    }
    expect(page).toBe(3);
    expect(seen.size).toBe(60);
  });

  it('defaults to 25 per page, newest first', async () => {
    const r = await call(core, 'accounts.list', {});
    expect(r).toMatchObject({ page: 1, per_page: 25, total: 60, has_next: true, has_prev: false });
    expect(r.items).toHaveLength(25);
    expect(r.items[0]!.display_name).toBe('Sender 59');
  });

  it('sorts by email both ways', async () => {
    const asc = await call(core, 'accounts.list', { sort: 'email', order: 'asc', per_page: 100 });
    const emails = asc.items.map((a) => a.email);
    expect(emails).toEqual([...emails].sort());
    const desc = await call(core, 'accounts.list', { sort: 'email', order: 'desc', per_page: 100 });
    expect(desc.items.map((a) => a.email)).toEqual([...emails].reverse());
  });

  it('filters by status, provider, client, warmup and combines them', async () => {
    expect((await call(core, 'accounts.list', { status: 'paused' })).total).toBe(15);
    expect((await call(core, 'accounts.list', { provider: 'google' })).total).toBe(30);
    expect((await call(core, 'accounts.list', { client_id: clientId })).total).toBe(10);
    expect((await call(core, 'accounts.list', { client_id: 'none' })).total).toBe(50);
    expect((await call(core, 'accounts.list', { warmup: true })).total).toBe(12);
    expect((await call(core, 'accounts.list', { warmup: false, provider: 'smtp', status: 'paused' })).total).toBe(12);
  });

  it('searches email and name case-insensitively and treats % and _ literally', async () => {
    expect((await call(core, 'accounts.list', { search: 'SENDER12@' })).total).toBe(1);
    expect((await call(core, 'accounts.list', { search: '100%_' })).items.map((a) => a.display_name)).toEqual(['Lucky 100%_off']);
    expect((await call(core, 'accounts.list', { search: '%_o' })).total).toBe(1);
  });

  it('searches of 1–2 characters match the start of the address or name, literally', async () => {
    // Trigram search needs 3 characters; shorter ones are prefixes (all 60 addresses start "sender").
    expect((await call(core, 'accounts.list', { search: 'SE' })).total).toBe(60);
    expect((await call(core, 'accounts.list', { search: 'Lu' })).items.map((a) => a.display_name)).toEqual(['Lucky 100%_off']);
    expect((await call(core, 'accounts.list', { search: '%' })).total).toBe(0);
    expect((await call(core, 'accounts.list', { search: 'ff' })).total).toBe(0);
  });

  it('rejects out-of-range paging with the field named', async () => {
    for (const [input, field] of [[{ page: 0 }, 'page'], [{ per_page: 101 }, 'per_page'], [{ sort: 'name' }, 'sort']] as const) {
      const r = await core.invoke('accounts.list', input as never);
      expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field });
    }
  });

  it('returns an empty page past the end', async () => {
    const r = await call(core, 'accounts.list', { page: 9 });
    expect(r).toMatchObject({ items: [], total: 60, has_next: false, has_prev: true });
  });
});
