// Peers that misbehave on purpose: every check ends in the right code within its timeouts,
// never a hang, never an unhandled rejection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe, type ProbeTarget, type ProbeTimeouts } from '../../../electron/core/probe/index';
import { startHostilePeer, type HostileKind, type HostilePeer } from '../../fixtures/mail/hostile';

const T: ProbeTimeouts = { connectTimeoutMs: 1500, greetingTimeoutMs: 1500, socketTimeoutMs: 1500, deadlineMs: 5000 };
const env = { pins: new Map<string, string>(), now: () => new Date() };

type PeerName = HostileKind | 'drip-imap';
const CASES: [PeerName, 'smtp' | 'imap', ProbeTarget['security'], string][] = [
  ['silent', 'smtp', 'starttls', 'timeout'],
  ['silent', 'imap', 'starttls', 'timeout'],
  ['close', 'smtp', 'starttls', 'protocol_error'],
  ['close', 'imap', 'starttls', 'protocol_error'],
  ['garbage', 'smtp', 'starttls', 'protocol_error'],
  ['garbage', 'imap', 'starttls', 'protocol_error'],
  ['drip', 'smtp', 'starttls', 'timeout'],
  ['drip-imap', 'imap', 'starttls', 'timeout'],
  // An SMTP greeting to an IMAP client is the wrong protocol, whatever its speed.
  ['drip', 'imap', 'starttls', 'protocol_error'],
  ['tls-drop', 'smtp', 'tls', 'tls_error'],
  ['tls-drop', 'imap', 'tls', 'tls_error'],
  ['huge-greeting', 'smtp', 'starttls', 'protocol_error'],
  ['huge-greeting', 'imap', 'starttls', 'protocol_error'],
];

describe('hostile peers', () => {
  const peers = new Map<PeerName, HostilePeer>();
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    for (const name of new Set(CASES.map(([k]) => k))) {
      const kind = name === 'drip-imap' ? 'drip' : name;
      peers.set(name, await startHostilePeer(kind, { dripIntervalMs: 200, dripText: name === 'drip-imap' ? '* OK IMAP4rev1 ready' : undefined }));
    }
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await Promise.all([...peers.values()].map((p) => p.stop()));
  });

  it.each(CASES)('%s peer, %s → %s', async (kind, protocol, security, expected) => {
    const target: ProbeTarget = {
      protocol, host: '127.0.0.1', port: peers.get(kind)!.port, security,
      username: 'u@example.test', password: 'secret-never-shown', allowSelfSigned: false,
    };
    const result = await probe(target, T, env);
    expect(result.ok).toBe(false);
    expect({ code: result.error, message: result.message }).toMatchObject({ code: expected });
    expect(result.message).not.toContain('secret-never-shown');
    // Bounded by the configured deadline (a correctness bound, not a speed target).
    expect(result.latency_ms).toBeLessThan(T.deadlineMs + 1000);
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });
});
