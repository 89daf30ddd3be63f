import { describe, expect, it } from 'vitest';
import { computeScore, recommendations, type ScoreInputs, type ScoreKey, type ScoreResult } from '../../../electron/core/report/index';

const healthy: ScoreInputs = {
  domain: 'example.com',
  spf: 'pass',
  dkim: { found: true },
  dmarc: { policy: 'reject' },
  blacklist: { listed: 0, checked: 12, unknown: 0 },
  bounces: { sent: 400, hard_bounces: 2, blocks: 0 },
  complaints: { sent: 400, complaints: 0 },
  connection: { smtp_ok: true, imap_ok: true },
  volume: { sent_last_day: 40, daily_limit: 100 },
};

const comp = (r: ScoreResult, key: ScoreKey) => {
  const c = r.components.find((x) => x.key === key);
  if (!c) throw new Error(`no component ${key}`);
  return c;
};

describe('computeScore', () => {
  it('gives 100 of 100 known points to a healthy inbox, with maxima summing to 100', () => {
    const r = computeScore(healthy);
    expect(r.components.map((c) => [c.key, c.max])).toEqual([
      ['spf', 10],
      ['dkim', 10],
      ['dmarc', 10],
      ['blacklist', 20],
      ['bounces', 15],
      ['complaints', 15],
      ['smtp', 6],
      ['imap', 4],
      ['volume', 10],
    ]);
    expect(r).toMatchObject({ score: 100, max: 100, known_max: 100 });
    expect(r.components.every((c) => c.status === 'good' && c.evidence.length > 0)).toBe(true);
    expect(recommendations(r)).toEqual([]);
  });

  it('scores nothing it does not know: everything unknown is 0 of 0 known points', () => {
    const r = computeScore({});
    expect(r).toMatchObject({ score: 0, max: 100, known_max: 0 });
    expect(r.components.every((c) => c.status === 'unknown' && c.points === 0)).toBe(true);
  });

  it('counts unknown components out of known_max only', () => {
    const r = computeScore({ ...healthy, spf: 'temperror', connection: { smtp_ok: true, imap_ok: null } });
    expect(comp(r, 'spf')).toMatchObject({ status: 'unknown', points: 0 });
    expect(comp(r, 'imap')).toMatchObject({ status: 'unknown', points: 0 });
    expect(r.score).toBe(86);
    expect(r.known_max).toBe(86);
  });

  it.each([
    ['pass', 10, 'good'],
    ['softfail', 4, 'warning'],
    ['neutral', 2, 'warning'],
    ['fail', 0, 'bad'],
    ['none', 0, 'bad'],
    ['permerror', 0, 'bad'],
    ['temperror', 0, 'unknown'],
  ] as const)('scores SPF %s as %i points, %s', (spf, points, status) => {
    expect(comp(computeScore({ ...healthy, spf }), 'spf')).toMatchObject({ points, status });
  });

  it('scores DKIM: found, weak, missing', () => {
    expect(comp(computeScore({ ...healthy, dkim: { found: true, weak_key: true } }), 'dkim')).toMatchObject({ points: 5, status: 'warning' });
    expect(comp(computeScore({ ...healthy, dkim: { found: false } }), 'dkim')).toMatchObject({ points: 0, status: 'bad' });
  });

  it('scores DMARC: enforcing, monitoring, missing, invalid', () => {
    expect(comp(computeScore({ ...healthy, dmarc: { policy: 'quarantine' } }), 'dmarc')).toMatchObject({ points: 10, status: 'good' });
    expect(comp(computeScore({ ...healthy, dmarc: { policy: 'none' } }), 'dmarc')).toMatchObject({ points: 5, status: 'warning' });
    expect(comp(computeScore({ ...healthy, dmarc: { policy: null } }), 'dmarc')).toMatchObject({ points: 0, status: 'bad' });
    expect(comp(computeScore({ ...healthy, dmarc: { policy: 'reject', invalid: true } }), 'dmarc')).toMatchObject({ points: 0, status: 'bad' });
  });

  it('scores blacklists: one listing, several, partly unanswered, none answered', () => {
    const one = comp(computeScore({ ...healthy, blacklist: { listed: 1, checked: 12, unknown: 0 } }), 'blacklist');
    expect(one).toMatchObject({ points: 6, status: 'bad' });
    expect(comp(computeScore({ ...healthy, blacklist: { listed: 2, checked: 12, unknown: 0 } }), 'blacklist').points).toBe(0);
    const partial = comp(computeScore({ ...healthy, blacklist: { listed: 0, checked: 9, unknown: 3 } }), 'blacklist');
    expect(partial).toMatchObject({ points: 15, status: 'warning' });
    expect(partial.evidence).toContain('3 did not answer');
    expect(comp(computeScore({ ...healthy, blacklist: { listed: 0, checked: 0, unknown: 12 } }), 'blacklist').status).toBe('unknown');
  });

  it.each([
    [100, 1, 15, 'good'],
    [100, 2, 7, 'warning'], // exactly 2 % is no longer good
    [100, 5, 7, 'warning'], // exactly 5 % is not yet bad
    [100, 6, 0, 'bad'],
  ] as const)('scores %i sent with %i hard bounces as %i points, %s', (sent, hard, points, status) => {
    expect(comp(computeScore({ ...healthy, bounces: { sent, hard_bounces: hard, blocks: 0 } }), 'bounces')).toMatchObject({ points, status });
  });

  it.each([
    [200, 1, 15, 'good'],
    [200, 2, 7, 'warning'], // exactly 1 % is no longer good
    [200, 6, 7, 'warning'], // exactly 3 % is not yet bad
    [200, 7, 0, 'bad'],
  ] as const)('scores %i sent with %i blocks as %i points, %s (tighter lines than hard bounces)', (sent, blocks, points, status) => {
    expect(comp(computeScore({ ...healthy, bounces: { sent, hard_bounces: 0, blocks } }), 'bounces')).toMatchObject({ points, status });
  });

  it('takes the worse of the two rates, and advises on blocks with the fix of the top block reason', () => {
    const advice = { title: 'Fix SPF, DKIM and DMARC for example.com', action: 'Most blocks: blocked: spf/dkim/dmarc failed (4). Publish the records.' };
    const c = comp(computeScore({ ...healthy, bounces: { sent: 100, hard_bounces: 1, blocks: 4, block_advice: advice } }), 'bounces');
    expect(c).toMatchObject({ points: 0, status: 'bad', advice });
    expect(c.evidence).toBe('1 hard bounce (1 %) and 4 blocks (4 %) of 100 sent. Aim below 1 % blocks; above 3 % receivers are refusing you.');
    const hardWorse = comp(computeScore({ ...healthy, bounces: { sent: 100, hard_bounces: 6, blocks: 2 } }), 'bounces');
    expect(hardWorse).toMatchObject({ points: 0, status: 'bad', advice: { title: 'Lower the hard-bounce rate' } });
  });

  it.each([
    [10_000, 9, 15, 'good'],
    [10_000, 10, 7, 'warning'],
    [10_000, 30, 7, 'warning'],
    [10_000, 31, 0, 'bad'],
  ] as const)('scores %i sent with %i complaints as %i points, %s (Gmail/Yahoo 0.1 % / 0.3 %)', (sent, complaints, points, status) => {
    expect(comp(computeScore({ ...healthy, complaints: { sent, complaints } }), 'complaints')).toMatchObject({ points, status });
  });

  it('treats rates from fewer than 20 sends as unknown and says why', () => {
    const r = computeScore({ ...healthy, bounces: { sent: 19, hard_bounces: 0, blocks: 0 }, complaints: { sent: 7, complaints: 3 } });
    expect(comp(r, 'bounces')).toMatchObject({ status: 'unknown', points: 0 });
    expect(comp(r, 'bounces').evidence).toContain('Only 19 sent');
    expect(comp(r, 'complaints').status).toBe('unknown');
    expect(r.known_max).toBe(70);
    expect(comp(computeScore({ ...healthy, bounces: { sent: 19, hard_bounces: 0, blocks: 0 }, min_sample: 10 }), 'bounces').status).toBe('good');
  });

  it('scores SMTP and IMAP separately', () => {
    const r = computeScore({ ...healthy, connection: { smtp_ok: false, imap_ok: true, smtp_error: '535 authentication failed' } });
    expect(comp(r, 'smtp')).toMatchObject({ points: 0, status: 'bad' });
    expect(comp(r, 'smtp').evidence).toContain('535 authentication failed');
    expect(comp(r, 'imap')).toMatchObject({ points: 4, status: 'good' });
  });

  it('scores volume against the daily limit', () => {
    const at = (sent: number, limit: number | null) => comp(computeScore({ ...healthy, volume: { sent_last_day: sent, daily_limit: limit } }), 'volume');
    expect(at(80, 100)).toMatchObject({ points: 10, status: 'good' });
    expect(at(81, 100)).toMatchObject({ points: 7, status: 'warning' });
    expect(at(100, 100)).toMatchObject({ points: 7, status: 'warning' });
    expect(at(101, 100)).toMatchObject({ points: 0, status: 'bad' });
    expect(at(50, null)).toMatchObject({ points: 0, status: 'unknown' });
  });
});

describe('recommendations', () => {
  it('orders fixes by recoverable points and quotes the records and delisting URLs given', () => {
    const r = computeScore({
      ...healthy,
      dmarc: { policy: null },
      spf: 'softfail',
      blacklist: {
        listed: 1,
        checked: 12,
        unknown: 0,
        flagged: [{ list: 'Spamhaus ZEN', removal_url: 'https://check.spamhaus.org/' }],
      },
      bounces: { sent: 100, hard_bounces: 3, blocks: 0 },
      fixes: { dmarc: { record_name: '_dmarc.example.com', value: 'v=DMARC1; p=none; rua=mailto:reports@example.com' } },
    });
    const recs = recommendations(r);
    expect(recs.map((x) => [x.key, x.impact])).toEqual([
      ['blacklist', 14],
      ['dmarc', 10],
      ['bounces', 8],
      ['spf', 6],
    ]);
    expect(recs[0]?.title).toBe('Get delisted from Spamhaus ZEN');
    expect(recs[0]?.action).toContain('Spamhaus ZEN at https://check.spamhaus.org/');
    expect(recs[1]?.action).toBe('Publish a DMARC record as a TXT record at _dmarc.example.com: v=DMARC1; p=none; rua=mailto:reports@example.com');
    expect(r.score).toBe(100 - 14 - 10 - 8 - 6);
  });

  it('builds a default DMARC record from the domain when the audit gave none', () => {
    const recs = recommendations(computeScore({ ...healthy, dmarc: { policy: null } }));
    expect(recs).toHaveLength(1);
    expect(recs[0]?.action).toContain('_dmarc.example.com: v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com');
  });

  it('puts known problems before unknowns worth the same points', () => {
    const recs = recommendations(computeScore({ ...healthy, spf: null, dkim: { found: false } }));
    expect(recs.map((x) => x.key)).toEqual(['dkim', 'spf']);
    expect(recs.every((x) => x.impact === 10 && x.action.length > 0)).toBe(true);
  });
});
