// Testing many inboxes is a job: bounded per remote host, progress events, cancel.
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventMap } from '../../../shared/contract';
import { CANARY } from '../../fixtures/accounts';
import { call } from '../../fixtures/core';
import { loopbackAccount, openMailCore, type MailCore } from '../../fixtures/mail-core';

/**
 * A server that accepts, stays silent for a moment and hangs up, counting connections open at
 * once. It closes first, so its count is exact (a client-side close would reach it late).
 */
async function countingSilentServer() {
  const sockets = new Set<net.Socket>();
  let open = 0;
  let maxOpen = 0;
  let total = 0;
  const server = net.createServer((s) => {
    sockets.add(s);
    open++;
    total++;
    maxOpen = Math.max(maxOpen, open);
    s.on('error', () => undefined);
    let counted = true;
    const release = () => {
      if (counted) open--;
      counted = false;
      sockets.delete(s);
    };
    s.on('close', release);
    setTimeout(() => {
      release();
      s.destroy();
    }, 150);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    stats: () => ({ maxOpen, total }),
    stop: () => new Promise<void>((r) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => r());
    }),
  };
}

describe('bulk connection tests', () => {
  let mc: MailCore;
  let peer: Awaited<ReturnType<typeof countingSilentServer>>;
  beforeEach(async () => {
    mc = await openMailCore();
    peer = await countingSilentServer();
    await call(mc.core, 'settings.update', { greeting_timeout_ms: 1000, test_concurrency: 10, test_per_host_concurrency: 2 });
  });
  afterEach(async () => {
    await mc.cleanup();
    await peer.stop();
  });

  const createMany = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const a = await call(mc.core, 'accounts.create', loopbackAccount({
        smtp_port: peer.port, smtp_security: 'none', imap_port: peer.port, imap_security: 'none', smtp_password: CANARY,
      }));
      ids.push(a.id);
    }
    return ids;
  };

  it('runs as a job with progress events and never more than the per-host limit of connections at once', async () => {
    const ids = await createMany(6);
    const progress: EventMap['job.progress'][] = [];
    const off = mc.core.events.on('job.progress', (e) => progress.push(e));
    const { job_id, results } = await call(mc.core, 'accounts.test', { ids });
    expect(job_id).toEqual(expect.any(String));
    expect(results).toEqual([]);

    const end = await waitFor(mc, job_id!, (j) => j.status !== 'running');
    off();
    expect(end).toMatchObject({ status: 'done', total: 6, done: 6, failed: 6 });
    expect(peer.stats()).toEqual({ maxOpen: 2, total: 12 });
    const tested = end.results as { smtp: { error: string }; imap: { error: string } }[];
    expect(tested.every((r) => r.smtp.error === 'protocol_error' && r.imap.error === 'protocol_error')).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 6]);
    expect(progress.at(-1)?.status).toBe('done');
  });

  it('cancel stops the inboxes not yet started', async () => {
    await call(mc.core, 'settings.update', { test_per_host_concurrency: 1 });
    const ids = await createMany(5);
    const { job_id } = await call(mc.core, 'accounts.test', { ids });
    await waitFor(mc, job_id!, (j) => j.done >= 1);
    const cancelled = await call(mc.core, 'jobs.cancel', { id: job_id! });
    expect(cancelled.status).toBe('running');
    const end = await waitFor(mc, job_id!, (j) => j.status !== 'running');
    expect(end.status).toBe('cancelled');
    expect(end.done).toBeLessThan(5);
    // Cancelled inboxes were never connected to.
    expect(peer.stats().total).toBeLessThan(10);
  });

  it('ids that do not exist are refused before anything runs', async () => {
    const r = await mc.core.invoke('accounts.test', { ids: ['nope'] });
    expect(!r.ok && r.error.code).toBe('not_found');
    const both = await mc.core.invoke('accounts.test', { id: 'a', ids: ['b'] });
    expect(!both.ok && both.error.code).toBe('invalid_input');
  });
});

async function waitFor(mc: MailCore, id: string, done: (j: Awaited<ReturnType<typeof getJob>>) => boolean) {
  for (;;) {
    const j = await getJob(mc, id);
    if (done(j)) return j;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const getJob = (mc: MailCore, id: string) => call(mc.core, 'jobs.get', { id, include_results: true });
