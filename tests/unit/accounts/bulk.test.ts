// Bulk actions on `{ ids }` or on every inbox matching `{ filter }` (the accounts.list filter):
// a handful answered at once, more as a job with progress and per-item failures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountFilterSchema, accountListSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { call, openTestCore } from '../../fixtures/core';
import { bulkDone, settled } from '../../fixtures/import-core';

describe('bulk actions', () => {
  let core: Core;
  let vault: ReturnType<typeof createMemoryVault>;
  let cleanup: () => Promise<void>;
  let hooli: { id: string };
  let hooliIds: string[];

  beforeEach(async () => {
    vault = createMemoryVault();
    ({ core, cleanup } = await openTestCore(vault));
    hooli = await call(core, 'clients.create', { name: 'Hooli' });
    hooliIds = [];
    for (let n = 0; n < 30; n++) {
      const a = await call(core, 'accounts.create', accountInput(n, { client_id: n < 24 ? hooli.id : null, provider: n % 2 ? 'google' : 'smtp', imap_password: n === 0 ? 'imap-x' : undefined }));
      if (n < 24) hooliIds.push(a.id);
    }
  });
  afterEach(async () => cleanup());

  const statuses = async (filter: object) => (await call(core, 'accounts.list', { ...filter, per_page: 100 })).items.map((a) => a.status);

  it('takes the very filter accounts.list takes (one schema), minus sorting and paging', () => {
    const listKeys = Object.keys(accountListSchema.unwrap().shape).filter((k) => !['sort', 'order', 'page', 'per_page'].includes(k));
    expect(Object.keys(accountFilterSchema.shape).sort()).toEqual(listKeys.sort());
  });

  it('pauses all inboxes matching a client filter across pages as a job, leaving the others', async () => {
    const events: { done: number; status: string }[] = [];
    core.events.on('job.progress', (e) => events.push({ done: e.done, status: e.status }));
    const started = await call(core, 'accounts.setStatus', { filter: { client_id: hooli.id }, status: 'paused' });
    expect(started).toMatchObject({ total: 24, job_id: expect.any(String) });
    const job = await settled(core, started.job_id!);
    expect(job).toMatchObject({ kind: 'accounts.setStatus', status: 'done', total: 24, done: 24, failed: 0, result: { changed: 24, failed: 0 } });
    expect(events.at(-1)).toEqual({ done: 24, status: 'done' });
    expect(new Set(await statuses({ client_id: hooli.id }))).toEqual(new Set(['paused']));
    expect(new Set(await statuses({ client_id: 'none' }))).toEqual(new Set(['active']));

    const back = await bulkDone(core, await call(core, 'accounts.setStatus', { filter: { client_id: hooli.id, provider: 'google' }, status: 'active' }));
    expect(back.changed).toBe(12);
  });

  it('a handful of ids is answered at once; a missing id changes nothing', async () => {
    const r = await call(core, 'accounts.setStatus', { ids: hooliIds.slice(0, 3), status: 'paused' });
    expect(r).toEqual({ job_id: null, total: 3, changed: 3, failed: 0, failures: [] });
    const missing = await core.invoke('accounts.setStatus', { ids: [hooliIds[5]!, 'gone'], status: 'paused' });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'not_found', field: 'ids' });
    expect((await call(core, 'accounts.get', { id: hooliIds[5]! })).status).toBe('active');
    const both = await core.invoke('accounts.setStatus', { ids: hooliIds, filter: {}, status: 'paused' });
    expect(!both.ok && both.error.message).toBe('give either ids or filter');
  });

  it('moves to a client, tags and untags, across a filter', async () => {
    const other = await call(core, 'clients.create', { name: 'Globex' });
    expect((await bulkDone(core, await call(core, 'accounts.setClient', { filter: { client_id: 'none' }, client_id: other.id }))).changed).toBe(6);
    expect((await call(core, 'clients.list', undefined)).map((c) => [c.name, c.account_count])).toEqual([['Globex', 6], ['Hooli', 24]]);
    const missingClient = await core.invoke('accounts.setClient', { filter: {}, client_id: 'nope' });
    expect(!missingClient.ok && missingClient.error).toMatchObject({ code: 'not_found', field: 'client_id' });

    await bulkDone(core, await call(core, 'accounts.tag', { filter: { client_id: hooli.id }, add: ['Q4', 'east'] }));
    await bulkDone(core, await call(core, 'accounts.tag', { filter: { client_id: hooli.id }, add: ['q4'], remove: ['EAST'] }));
    const tagged = await call(core, 'accounts.list', { client_id: hooli.id, per_page: 100 });
    expect(new Set(tagged.items.map((a) => a.tags.join('|')))).toEqual(new Set(['Q4']));
  });

  it('sets the daily limit, failing per inbox where the provider caps it', async () => {
    const r = await bulkDone(core, await call(core, 'accounts.setDailyLimit', { filter: {}, daily_limit: 3000 }));
    expect(r).toMatchObject({ total: 30, changed: 15, failed: 15 });
    expect(r.failures[0]).toMatchObject({ email: expect.stringMatching(/@/), reason: 'daily limit 3000 is above the google cap of 2,000 per day' });
    expect(new Set((await call(core, 'accounts.list', { provider: 'smtp', per_page: 100 })).items.map((a) => a.daily_limit))).toEqual(new Set([3000]));
  });

  it('deletes everything matching as a job, keychain entries with the rows', async () => {
    const r = await bulkDone(core, await call(core, 'accounts.delete', { filter: { client_id: hooli.id } }));
    expect(r).toMatchObject({ total: 24, changed: 24, failed: 0 });
    expect((await call(core, 'accounts.list', {})).total).toBe(6);
    expect(vault.entries.size).toBe(6);
  });

  it('tests every inbox matching a filter as one job', async () => {
    await call(core, 'settings.update', { connect_timeout_ms: 1000 });
    // Two inboxes on a closed loopback port, paused so a status filter finds exactly them.
    for (const id of hooliIds.slice(0, 2)) {
      await call(core, 'accounts.update', { id, smtp_host: '127.0.0.1', smtp_port: 9, imap_host: '127.0.0.1', imap_port: 9, provider: 'smtp' });
    }
    await call(core, 'accounts.setStatus', { ids: hooliIds.slice(0, 2), status: 'paused' });
    const r = await call(core, 'accounts.test', { filter: { status: 'paused' } });
    const job = await settled(core, r.job_id!);
    expect(job).toMatchObject({ kind: 'accounts.test', total: 2, done: 2, failed: 2 });
    expect(new Set((job.results as { account_id: string }[]).map((x) => x.account_id))).toEqual(new Set(hooliIds.slice(0, 2)));
  });
});
