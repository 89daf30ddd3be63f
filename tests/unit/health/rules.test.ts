// The health rules, one behaviour each, with a fake clock: time only moves when the test says so.
import { describe, expect, it } from 'vitest';
import { computeHealth, type DomainFacts, type HealthFacts } from '../../../electron/core/health/index';

const DAY = 86_400_000;
/** A fake clock: a fixed "now" the test advances by hand. */
function fakeClock(start = '2026-11-20T12:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (days: number) => (t += days * DAY), iso: (daysAgo = 0) => new Date(t - daysAgo * DAY).toISOString() };
}

const goodDomain = (checked_at: string): DomainFacts => ({
  domain: 'acme.test', checked_at, answered: true, spf: 'pass', dkim: 'ok', dmarc: 'ok', listings: [],
});

function healthyFacts(clock: ReturnType<typeof fakeClock>): HealthFacts {
  const at = clock.iso();
  return {
    smtp: { ok: true, error: null, tested_at: at },
    imap: { ok: true, error: null, tested_at: at },
    domain: goodDomain(at),
    rates: { measured_at: at, window: { sent: 600, bounced: 3, blocked: 2, complaints: 0 }, recent: { sent: 140, bounced: 1, blocked: 0, complaints: 0 } },
  };
}

const codes = (f: HealthFacts, now: Date) => computeHealth(f, now).reasons.map((r) => `${r.level}:${r.code}${r.detail ? `:${r.detail}` : ''}`);

describe('health rules', () => {
  it('a brand-new inbox is unknown and says what is missing', () => {
    const clock = fakeClock();
    const v = computeHealth({ smtp: null, imap: null, domain: null, rates: null }, clock.now());
    expect(v.health).toBe('unknown');
    expect(v.reasons.map((r) => r.code)).toEqual(['not_tested', 'domain_not_checked']);
    expect(v.reasons[0]!.message).toBe('SMTP and IMAP not tested yet');
    expect(v.expires_at).toBeNull();
  });

  it('is healthy with both logins working, the domain checked and nothing wrong — and no sends needed', () => {
    const clock = fakeClock();
    expect(computeHealth(healthyFacts(clock), clock.now())).toMatchObject({ health: 'healthy', reasons: [] });
    expect(computeHealth({ ...healthyFacts(clock), rates: null }, clock.now()).health).toBe('healthy');
  });

  it('needs fresh evidence for healthy: after 7 days without a check it is unknown, and the verdict says when', () => {
    const clock = fakeClock();
    const facts = healthyFacts(clock);
    const v = computeHealth(facts, clock.now());
    expect(v.expires_at).toBe(new Date(clock.now().getTime() + 7 * DAY).toISOString());
    clock.advance(7);
    expect(computeHealth(facts, clock.now()).health).toBe('healthy');
    clock.advance(0.01);
    const later = computeHealth(facts, clock.now());
    expect(later.health).toBe('unknown');
    expect(later.reasons).toEqual([expect.objectContaining({ code: 'stale', level: 'unknown' })]);
    expect(later.reasons[0]!.message).toContain('SMTP last tested 2026-11-20');
  });

  it('a failed login is failing — whatever the status, however old the test — with one reason per error code', () => {
    const clock = fakeClock();
    const facts: HealthFacts = {
      ...healthyFacts(clock),
      smtp: { ok: false, error: 'auth_failed', tested_at: clock.iso() },
      imap: { ok: false, error: 'auth_failed', tested_at: clock.iso() },
    };
    const v = computeHealth(facts, clock.now());
    expect(v.health).toBe('failing');
    expect(codes(facts, clock.now())).toEqual(['failing:login_failed:auth_failed']);
    expect(v.reasons[0]!.message).toContain('SMTP (tested 2026-11-20) and IMAP');
    clock.advance(60);
    expect(computeHealth(facts, clock.now()).health).toBe('failing');
    expect(codes({ ...facts, imap: { ok: false, error: 'timeout', tested_at: clock.iso() } }, clock.now()))
      .toEqual(expect.arrayContaining(['failing:login_failed:auth_failed', 'failing:login_failed:timeout']));
  });

  it('a listing on a major list fails; one listing elsewhere is at risk; two lists fail; PBL is not major', () => {
    const clock = fakeClock();
    const listed = (listings: DomainFacts['listings']) => ({ ...healthyFacts(clock), domain: { ...goodDomain(clock.iso()), listings } });
    expect(codes(listed([{ list: 'Spamhaus DBL', target: 'acme.test', major: true }]), clock.now())).toEqual(['failing:listed:Spamhaus DBL']);
    expect(codes(listed([{ list: 'PSBL', target: '192.0.2.1', major: false }]), clock.now())).toEqual(['at_risk:listed:PSBL']);
    expect(codes(listed([{ list: 'Spamhaus ZEN', target: '192.0.2.1', major: false }]), clock.now())).toEqual(['at_risk:listed:Spamhaus ZEN']);
    expect(codes(listed([{ list: 'PSBL', target: '192.0.2.1', major: false }, { list: 'Mailspike', target: '192.0.2.1', major: false }]), clock.now()))
      .toEqual(['failing:listed:PSBL', 'failing:listed:Mailspike']);
  });

  it.each([
    [{ spf: 'none' }, 'at_risk:spf_missing'],
    [{ spf: 'fail' }, 'at_risk:spf_fail'],
    [{ spf: 'permerror' }, 'at_risk:spf_fail'],
    [{ spf: 'softfail' }, 'watch:spf_weak'],
    [{ spf: 'neutral' }, 'watch:spf_weak'],
    [{ dkim: 'missing' }, 'at_risk:dkim_missing'],
    [{ dkim: 'weak' }, 'watch:dkim_weak'],
    [{ dmarc: 'missing' }, 'watch:dmarc_missing'],
    [{ dmarc: 'invalid' }, 'watch:dmarc_missing'],
  ] as const)('authentication %o gives %s', (change, expected) => {
    const clock = fakeClock();
    const facts = { ...healthyFacts(clock), domain: { ...goodDomain(clock.iso()), ...change } };
    expect(codes(facts, clock.now())).toEqual([expected]);
    expect(computeHealth(facts, clock.now()).health).toBe(expected.split(':')[0]);
  });

  it('DNS that could not be read (temperror, unknown) is no problem but no evidence either', () => {
    const clock = fakeClock();
    const facts = { ...healthyFacts(clock), domain: { ...goodDomain(clock.iso()), answered: false, spf: null, dkim: null, dmarc: null } };
    expect(computeHealth(facts, clock.now())).toMatchObject({ health: 'unknown', reasons: [expect.objectContaining({ code: 'domain_not_checked' })] });
    expect(codes({ ...healthyFacts(clock), domain: { ...goodDomain(clock.iso()), spf: 'temperror' } }, clock.now())).toEqual([]);
  });

  it.each([
    [100, 1, 0, 'healthy', []],
    [100, 2, 0, 'at_risk', ['at_risk:bounces_elevated']],
    [100, 5, 0, 'at_risk', ['at_risk:bounces_elevated']],
    [100, 6, 0, 'failing', ['failing:bounces_high']],
    [10_000, 0, 9, 'healthy', []],
    [10_000, 0, 10, 'at_risk', ['at_risk:complaints_elevated']],
    [10_000, 0, 30, 'at_risk', ['at_risk:complaints_elevated']],
    [10_000, 0, 31, 'failing', ['failing:complaints_high']],
    [19, 10, 5, 'healthy', []],
  ] as const)('%i sent, %i bounces, %i complaints over 30 days → %s', (sent, bounced, complaints, health, expected) => {
    const clock = fakeClock();
    const facts = { ...healthyFacts(clock), rates: { measured_at: clock.iso(), window: { sent, bounced, blocked: 0, complaints }, recent: { sent: 0, bounced: 0, blocked: 0, complaints: 0 } } };
    expect(computeHealth(facts, clock.now()).health).toBe(health);
    expect(codes(facts, clock.now())).toEqual(expected);
  });

  it('a rising bounce rate is watched below the line and at risk above it; too few sends make no trend', () => {
    const clock = fakeClock();
    const withRates = (window: { sent: number; bounced: number }, recent: { sent: number; bounced: number }) => ({
      ...healthyFacts(clock),
      rates: { measured_at: clock.iso(), window: { ...window, blocked: 0, complaints: 0 }, recent: { ...recent, blocked: 0, complaints: 0 } },
    });
    // 23 earlier days: 0.2 % (2 of 1000); last 7: 1.5 % (3 of 200) — rising, still under 2 %.
    expect(codes(withRates({ sent: 1200, bounced: 5 }, { sent: 200, bounced: 3 }), clock.now())).toEqual(['watch:bounces_rising']);
    // Last 7 days at 3 %: at risk even though 30 days average 0.75 %.
    const spike = withRates({ sent: 1200, bounced: 8 }, { sent: 200, bounced: 6 });
    expect(computeHealth(spike, clock.now()).health).toBe('at_risk');
    expect(computeHealth(spike, clock.now()).reasons[0]!.message).toBe('Bounce rate rising: 3 % in the last 7 days against 0.2 % in the 23 days before');
    // Doubled but by less than a percentage point: not a trend.
    expect(codes(withRates({ sent: 1200, bounced: 4 }, { sent: 200, bounced: 2 }), clock.now())).toEqual([]);
    // Fewer than 20 sends in either period: no trend.
    expect(codes(withRates({ sent: 1019, bounced: 4 }, { sent: 19, bounced: 2 }), clock.now())).toEqual([]);
    expect(codes(withRates({ sent: 219, bounced: 3 }, { sent: 200, bounced: 3 }), clock.now())).toEqual([]);
  });

  it('the worst level wins and reasons come worst first; unknown parts do not hide a problem', () => {
    const clock = fakeClock();
    const facts: HealthFacts = {
      smtp: { ok: false, error: 'unreachable', tested_at: clock.iso() },
      imap: null,
      domain: { ...goodDomain(clock.iso()), dmarc: 'missing', dkim: 'missing' },
      rates: null,
    };
    const v = computeHealth(facts, clock.now());
    expect(v.health).toBe('failing');
    expect(v.reasons.map((r) => r.level)).toEqual(['failing', 'at_risk', 'watch', 'unknown']);
    expect(computeHealth({ ...facts, smtp: null }, clock.now()).health).toBe('at_risk');
  });

  it.each([
    [100, 0, 'healthy', []],
    [100, 1, 'at_risk', ['at_risk:blocks_elevated']],
    [100, 3, 'at_risk', ['at_risk:blocks_elevated']],
    [100, 4, 'failing', ['failing:blocks_high']],
    [19, 10, 'healthy', []],
  ] as const)('%i sent with %i blocks over 30 days → %s (the score\'s lines: 1 % and 3 %, from 20 sends)', (sent, blocked, health, expected) => {
    const clock = fakeClock();
    const facts = { ...healthyFacts(clock), rates: { measured_at: clock.iso(), window: { sent, bounced: 0, blocked, complaints: 0 }, recent: { sent: 0, bounced: 0, blocked: 0, complaints: 0 } } };
    expect(computeHealth(facts, clock.now()).health).toBe(health);
    expect(codes(facts, clock.now())).toEqual(expected);
  });

  it('blocks are not bounces: 4 % blocks and 1 % bounces fail on blocks alone, with the counts as evidence', () => {
    const clock = fakeClock();
    const facts = { ...healthyFacts(clock), rates: { measured_at: clock.iso(), window: { sent: 200, bounced: 2, blocked: 8, complaints: 0 }, recent: { sent: 0, bounced: 0, blocked: 0, complaints: 0 } } };
    const v = computeHealth(facts, clock.now());
    expect(codes(facts, clock.now())).toEqual(['failing:blocks_high']);
    expect(v.reasons[0]!.message).toBe('Block rate over 3 %: 8 blocks of 200 sent in 30 days (4 %)');
    // A rising block rate: 0.2 % before, 2 % in the last 7 days.
    const rising = { ...healthyFacts(clock), rates: { measured_at: clock.iso(), window: { sent: 1200, bounced: 0, blocked: 6, complaints: 0 }, recent: { sent: 200, bounced: 0, blocked: 4, complaints: 0 } } };
    expect(codes(rising, clock.now())).toEqual(['at_risk:blocks_rising']);
  });

  it('a sign-in the provider refused is its own state, not a failed login, and wins over failing', () => {
    const clock = fakeClock();
    const expiredTest = { ok: false, error: 'sign_in_expired', tested_at: clock.iso() };
    const facts: HealthFacts = { ...healthyFacts(clock), sign_in: { state: 'expired', expired_at: clock.iso(1) }, smtp: expiredTest, imap: expiredTest };
    const v = computeHealth(facts, clock.now());
    expect(v.health).toBe('sign_in_expired');
    expect(codes(facts, clock.now())).toEqual(['sign_in_expired:sign_in_expired']);
    expect(v.reasons[0]!.message).toBe("Sign-in expired — sign in again: the provider refused this inbox's sign-in on 2026-11-19");
    // Seen during a mailbox read while the last test still passed: expired all the same.
    expect(computeHealth({ ...healthyFacts(clock), sign_in: { state: 'expired', expired_at: clock.iso() } }, clock.now()).health).toBe('sign_in_expired');
    // With a listing that fails too: the state is sign-in expired, and the listing is still a reason.
    const listed = { ...facts, domain: { ...goodDomain(clock.iso()), listings: [{ list: 'Spamhaus DBL', target: 'acme.test', major: true }] } };
    expect(computeHealth(listed, clock.now()).health).toBe('sign_in_expired');
    expect(codes(listed, clock.now())).toEqual(['sign_in_expired:sign_in_expired', 'failing:listed:Spamhaus DBL']);
  });

  it('signed in again: a test that ended at the old sign-in counts as not tested, not as a failure', () => {
    const clock = fakeClock();
    const expiredTest = { ok: false, error: 'sign_in_expired', tested_at: clock.iso() };
    const facts: HealthFacts = { ...healthyFacts(clock), sign_in: { state: 'connected', expired_at: null }, smtp: expiredTest, imap: expiredTest };
    expect(computeHealth(facts, clock.now()).health).toBe('unknown');
    expect(codes(facts, clock.now())).toEqual(['unknown:not_tested']);
  });

  it('an inbox created or imported to sign in later reads "not connected yet": unknown, never failing', () => {
    const clock = fakeClock();
    const facts: HealthFacts = { sign_in: { state: 'needs_sign_in', expired_at: null }, smtp: { ok: false, error: 'needs_sign_in', tested_at: clock.iso() }, imap: null, domain: goodDomain(clock.iso()), rates: null };
    const v = computeHealth(facts, clock.now());
    expect(v.health).toBe('unknown');
    expect(codes(facts, clock.now())).toEqual(['unknown:needs_sign_in']);
    expect(v.reasons[0]!.message).toBe('Not connected yet: sign in to connect this inbox');
  });
});
