// Each block reason points at its fix: authentication → the domain's DNS records (quoting the
// audit's record), a listing → the blacklist entry with its removal page, no reverse DNS → PTR.
import { describe, expect, it } from 'vitest';
import type { DomainReport } from '../../../shared/audit';
import { BOUNCE_REASONS } from '../../../shared/bounces';
import { fixFor, summarize } from '../../../electron/core/report/bounce-reasons';

const audit = {
  domain: 'acme.example',
  spf: { fixes: [{ record_name: 'acme.example', record_type: 'TXT', value: 'v=spf1 include:_spf.google.com ~all', note: '' }] },
  dkim: { fixes: [] },
  dmarc: { fixes: [{ record_name: '_dmarc.acme.example', record_type: 'TXT', value: 'v=DMARC1; p=none', note: '' }] },
  blacklist: {
    flagged_lists: [{ list: 'Spamhaus ZEN', zone: 'zen.spamhaus.org', query: '2.0.0.127.zen.spamhaus.org', answer: '127.0.0.2', meaning: 'SBL', removal_url: 'https://check.spamhaus.org/' }],
  },
} as unknown as DomainReport;

describe('fixes for bounce reasons', () => {
  it('points authentication blocks at the domain page with the DMARC record to publish', () => {
    expect(fixFor('auth_failed', 'acme.example', audit, [])).toMatchObject({
      kind: 'dns', href: '#/domains/acme.example', record: { record_name: '_dmarc.acme.example', value: 'v=DMARC1; p=none' },
    });
  });

  it('points a listing at the flagged blacklist entry and its removal page, matching the list the replies name', () => {
    expect(fixFor('blocked_listed', 'acme.example', audit, ['Spamhaus'])).toMatchObject({
      kind: 'blacklist', href: '#/domains/acme.example', list: 'Spamhaus ZEN', removal_url: 'https://check.spamhaus.org/',
    });
    // A list the audit did not flag is still named.
    expect(fixFor('blocked_listed', 'acme.example', null, ['bl.spamcop.net'])).toMatchObject({ kind: 'blacklist', list: 'bl.spamcop.net' });
  });

  it('points a missing reverse DNS at the PTR', () => {
    expect(fixFor('rdns_missing', 'acme.example', audit, [])).toMatchObject({ kind: 'ptr', href: '#/domains/acme.example', action: expect.stringContaining('PTR') });
  });

  it('tells to remove the addresses of hard bounces, and has advice for every reason', () => {
    for (const r of ['user_unknown', 'host_unknown', 'mailbox_disabled', 'has_moved'] as const) expect(fixFor(r, 'acme.example', null, []).kind).toBe('list');
    for (const r of BOUNCE_REASONS) expect(fixFor(r, 'acme.example', null, []).action.length).toBeGreaterThan(20);
  });

  it('labels each summary and keeps counts, categories and examples', () => {
    const s = summarize(
      [{ reason: 'auth_failed', category: 'block', count: 3, examples: [{ address: 'a@b.example', date: '2026-03-02', status: '5.7.509' }], lists: [] }],
      'acme.example', audit,
    );
    expect(s).toEqual([
      expect.objectContaining({ reason: 'auth_failed', label: 'Blocked: SPF/DKIM/DMARC failed', category: 'block', count: 3, fix: expect.objectContaining({ kind: 'dns' }) }),
    ]);
  });
});
