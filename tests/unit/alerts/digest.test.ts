// Digest wording and the webhook's body, back-off schedule and URL hint.
import { describe, expect, it } from 'vitest';
import { buildDigest, retryAt, urlHint, webhookBody, WEBHOOK_RETRY_MS } from '../../../electron/core/alerts/index';
import type { DigestItem } from '../../../shared/alerts';

const item = (n: number, over: Partial<DigestItem> = {}): DigestItem => ({
  alert_id: `id${n}`, change: 'opened', kind: 'connection', severity: 'critical', title: `u${n}@a.test cannot log in`, link: `#/accounts/${n}`, ...over,
});
const now = new Date('2026-06-01T10:00:00Z');

describe('digests', () => {
  it('one change reads as itself', () => {
    expect(buildDigest([item(1)], now)).toMatchObject({ title: 'u1@a.test cannot log in', opened: 1, resolved: 0 });
    expect(buildDigest([item(1, { change: 'resolved' })], now).title).toBe('Resolved: u1@a.test cannot log in');
  });

  it('many changes read as counts by kind, resolutions last', () => {
    const d = buildDigest([
      item(1), item(2), item(3, { kind: 'listing', title: 'x listed' }), item(4, { kind: 'dmarc_record' }), item(5, { change: 'resolved' }), item(6, { change: 'resolved' }),
    ], now);
    expect(d.title).toBe('4 new alerts, 2 resolved');
    expect(d.body).toBe('2 inboxes cannot log in or connect\n1 new blacklist listing\n1 DMARC record changed or removed\n2 alerts resolved');
    expect(buildDigest([item(1, { change: 'resolved' }), item(2, { change: 'resolved' })], now).title).toBe('2 resolved');
  });

  it('the webhook body is Slack-compatible text with at most 20 lines of alerts', () => {
    expect(webhookBody(buildDigest([item(1), item(2, { change: 'resolved' })], now))).toEqual({
      text: '*Inboxfleet: 1 new alert, 1 resolved*\n• Opened: u1@a.test cannot log in\n• Resolved: u2@a.test cannot log in',
    });
    const many = webhookBody(buildDigest(Array.from({ length: 25 }, (_, i) => item(i)), now)).text.split('\n');
    expect(many).toHaveLength(22);
    expect(many.at(-1)).toBe('• … and 5 more in the app');
  });
});

describe('webhook', () => {
  it('retries after 30 s, 2 min, 10 min, 30 min, 2 h and 6 h, then gives up', () => {
    expect(WEBHOOK_RETRY_MS.map((ms) => ms / 60_000)).toEqual([0.5, 2, 10, 30, 120, 360]);
    expect(retryAt(1, now)).toBe('2026-06-01T10:00:30.000Z');
    expect(retryAt(6, now)).toBe('2026-06-01T16:00:00.000Z');
    expect(retryAt(7, now)).toBeNull();
  });

  it('shows only scheme and host of the URL: its path is the credential', () => {
    expect(urlHint('https://hooks.slack.com/services/T000/B000/XXXXSECRET')).toBe('https://hooks.slack.com/…');
    expect(urlHint('http://127.0.0.1:8080/hook?token=abc')).toBe('http://127.0.0.1:8080/…');
  });
});
