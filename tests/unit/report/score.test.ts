import { describe, expect, it } from 'vitest';
import { computeScore, notMeasured, recommendations, SCORE_FLOOR, type ScoreInputs, type ScoreKey, type ScoreResult } from '../../../electron/core/report/index';

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
    expect(r).toMatchObject({ score: 100, points: 100, max: 100, known_max: 100, measured: 100, capped: null });
    expect(r.components.every((c) => c.status === 'good' && c.evidence.length > 0)).toBe(true);
    expect(recommendations(r)).toEqual([]);
  });

  it('scores nothing it does not know: everything unknown is "not enough data", never 0', () => {
    const r = computeScore({});
    expect(r).toMatchObject({ score: null, points: 0, max: 100, known_max: 0, measured: 0 });
    expect(r.components.every((c) => c.status === 'unknown' && c.points === 0 && c.measured === 0)).toBe(true);
  });

  it('scores over what was measured: unknown parts are left out, not counted as 0', () => {
    const r = computeScore({ ...healthy, spf: 'temperror', connection: { smtp_ok: true, imap_ok: null }, bounces: { sent: 400, hard_bounces: 12, blocks: 0 } });
    expect(comp(r, 'spf')).toMatchObject({ status: 'unknown', points: 0, measured: 0 });
    expect(comp(r, 'imap')).toMatchObject({ status: 'unknown', points: 0, measured: 0 });
    expect(r).toMatchObject({ points: 78, known_max: 86, measured: 86, score: 91 });
  });

  it('ranks the issue\'s three inboxes truthfully: set up but unsent > bouncing 5.8 % > cannot log in', () => {
    const fresh = computeScore({ ...healthy, bounces: { sent: 0, hard_bounces: 0, blocks: 0 }, complaints: { sent: 0, complaints: 0 } });
    expect(fresh).toMatchObject({ score: 100, measured: 70 });
    const bouncing = computeScore({ ...healthy, bounces: { sent: 500, hard_bounces: 29, blocks: 0 } });
    expect(bouncing).toMatchObject({ score: 85, measured: 100 });
    const dead = computeScore({ ...healthy, bounces: { sent: 0, hard_bounces: 0, blocks: 0 }, complaints: { sent: 0, complaints: 0 }, connection: { smtp_ok: false, imap_ok: false } });
    expect(dead.score).toBe(20);
    expect(dead.capped).toContain('cannot send');
    expect(fresh.score! > bouncing.score! && bouncing.score! > dead.score!).toBe(true);
  });

  it(`says "not enough data" below ${SCORE_FLOOR} % measured`, () => {
    // Tested, no domain audit yet: 20 % measured.
    const r = computeScore({ connection: { smtp_ok: true, imap_ok: true }, volume: { sent_last_day: 0, daily_limit: 50 } });
    expect(r).toMatchObject({ score: null, points: 20, measured: 20 });
    // Everything but sending rates and SPF (DNS timed out): 60 %.
    expect(computeScore({ ...healthy, spf: 'temperror', bounces: null, complaints: null }).score).toBeNull();
    expect(computeScore({ ...healthy, bounces: null, complaints: null }).score).toBe(100);
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
    const partial = computeScore({ ...healthy, blacklist: { listed: 0, checked: 9, unknown: 3 } });
    expect(comp(partial, 'blacklist')).toMatchObject({ points: 15, measured: 15, status: 'good' });
    expect(comp(partial, 'blacklist').evidence).toContain('3 did not answer');
    // Silent lists are not held against the inbox: it still scores 100 over what was measured.
    expect(partial).toMatchObject({ score: 100, measured: 95 });
    expect(notMeasured(partial)).toEqual([expect.objectContaining({ key: 'blacklist', points: 5, title: 'Recheck the blacklists that did not answer' })]);
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
    // Waiting for sends is not something to fix: it is listed apart.
    expect(recommendations(r)).toEqual([]);
    expect(notMeasured(r).map((x) => [x.key, x.points, x.title])).toEqual([
      ['bounces', 15, 'Wait for enough sends to measure bounces'],
      ['complaints', 15, 'Wait for enough sends to measure complaints'],
    ]);
  });

  it('scores SMTP and IMAP separately', () => {
    const r = computeScore({ ...healthy, connection: { smtp_ok: false, imap_ok: true, smtp_error: '535 authentication failed' } });
    expect(comp(r, 'smtp')).toMatchObject({ points: 0, status: 'bad' });
    expect(comp(r, 'smtp').evidence).toContain('535 authentication failed');
    expect(comp(r, 'imap')).toMatchObject({ points: 4, status: 'good' });
  });

  it('a sign-in that expired is advised "Sign in again", not "check the password", and holds the score down', () => {
    const message = 'SMTP: Sign-in expired — sign in again';
    const r = computeScore({ ...healthy, connection: { smtp_ok: false, imap_ok: false, smtp_error: message, smtp_code: 'sign_in_expired', imap_error: message, imap_code: 'sign_in_expired' } });
    expect(comp(r, 'smtp')).toMatchObject({ points: 0, status: 'bad', advice: { title: 'Sign in again' } });
    expect(recommendations(r).slice(0, 2).map((x) => x.title)).toEqual(['Sign in again', 'Sign in again']);
    expect(recommendations(r).map((x) => x.action).join(' ')).not.toMatch(/password in the inbox settings/);
    expect(r.score).toBeLessThanOrEqual(20);
    expect(r.capped).toBe('The sign-in expired, so this inbox cannot send: its score stays at 20 or below until it is signed in again.');
  });

  it('an inbox never signed in is "not connected yet": not measured, not failing, and not capped', () => {
    const r = computeScore({ ...healthy, connection: { smtp_ok: false, imap_ok: null, smtp_code: 'needs_sign_in', smtp_error: 'Not signed in yet' } });
    expect(comp(r, 'smtp')).toMatchObject({ points: 0, status: 'unknown', measured: 0, evidence: 'SMTP is not connected yet: the inbox has not been signed in.' });
    expect(r.capped).toBeNull();
    expect(recommendations(r)).toEqual([]);
    expect(notMeasured(r).map((x) => x.title)).toContain('Sign in');
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
  it('orders fixes by area (connection, listings, DNS, rates, volume), then by points, and quotes records and delisting URLs', () => {
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
      ['spf', 6],
      ['bounces', 8],
    ]);
    expect(recs[0]?.title).toBe('Get delisted from Spamhaus ZEN');
    expect(recs[0]?.action).toContain('Spamhaus ZEN at https://check.spamhaus.org/');
    expect(recs[1]?.action).toBe('Publish a DMARC record as a TXT record at _dmarc.example.com: v=DMARC1; p=none; rua=mailto:reports@example.com');
    expect(r.points).toBe(100 - 14 - 10 - 8 - 6);
    expect(r.score).toBe(r.points);
  });

  it('puts a broken login first on a dead inbox, and never "wait for sends"', () => {
    const r = computeScore({
      ...healthy, dmarc: { policy: null }, blacklist: { listed: 1, checked: 12, unknown: 0 }, volume: { sent_last_day: 120, daily_limit: 100 },
      bounces: { sent: 3, hard_bounces: 0, blocks: 0 }, complaints: { sent: 3, complaints: 0 }, connection: { smtp_ok: false, imap_ok: false, smtp_error: '535 rejected' },
    });
    expect(recommendations(r).map((x) => x.key)).toEqual(['smtp', 'imap', 'blacklist', 'dmarc', 'volume']);
    expect(notMeasured(r).map((x) => x.key)).toEqual(['bounces', 'complaints']);
  });

  it('builds a default DMARC record from the domain when the audit gave none', () => {
    const recs = recommendations(computeScore({ ...healthy, dmarc: { policy: null } }));
    expect(recs).toHaveLength(1);
    expect(recs[0]?.action).toContain('_dmarc.example.com: v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com');
  });

  it('lists only known problems as fixes; unknowns go to "not measured yet" with how to measure them', () => {
    const r = computeScore({ ...healthy, spf: null, dkim: { found: false } });
    expect(recommendations(r).map((x) => [x.key, x.impact])).toEqual([['dkim', 10]]);
    expect(notMeasured(r)).toEqual([{ key: 'spf', points: 10, title: 'Check SPF', action: 'Run the domain check for this inbox so SPF can be scored.' }]);
  });
});
