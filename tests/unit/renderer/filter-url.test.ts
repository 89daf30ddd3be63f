// Filters carried in the URL hash: what links from the Overview produce, what the screens read back.
import { describe, expect, it } from 'vitest';
import { accountQueryFromUrl, domainQueryFromUrl, filteredHash } from '../../../renderer/src/filter-url';
import { accountListSchema, domainListSchema } from '../../../shared/validation';

describe('filters in the URL', () => {
  it('round-trips every Accounts filter through the hash, leaving defaults out', () => {
    const filter = { health: 'failing', connection: 'auth_failed', domain: 'acme.test', tag: 'q4 push', score_min: 10, score_max: 80, reason: 'complaints_high', client_id: 'c-1', warmup: true, search: 'ann & bob', sort: 'health', order: 'asc', page: 3 } as const;
    const hash = filteredHash('accounts', { ...filter, per_page: 25 });
    expect(hash).toBe('#/accounts?health=failing&connection=auth_failed&domain=acme.test&tag=q4+push&score_min=10&score_max=80&reason=complaints_high&client_id=c-1&warmup=true&search=ann+%26+bob&sort=health&order=asc&page=3');
    const back = accountQueryFromUrl(hash.split('?')[1]!);
    expect(back).toEqual({ ...filter, per_page: 25 });
    expect(accountListSchema.safeParse(back).success).toBe(true);
  });

  it('carries the Overview links of sign-in expired and of basic-auth readiness', () => {
    for (const query of ['health=sign_in_expired', 'readiness=blocked', 'readiness=warning&client_id=c-1']) {
      const q = accountQueryFromUrl(query);
      expect(filteredHash('accounts', q)).toBe(`#/accounts?${query}`);
      expect(accountListSchema.safeParse(q).success).toBe(true);
    }
    expect(accountQueryFromUrl('readiness=soon')).toEqual({ sort: 'created_at', order: 'desc', page: 1, per_page: 25 });
  });

  it('drops what core would refuse instead of sending it', () => {
    const q = accountQueryFromUrl('health=error&connection=nope&score_min=200&score_max=x&page=0&sort=name&status=warming&evil=1&tag=');
    expect(q).toEqual({ sort: 'created_at', order: 'desc', page: 1, per_page: 25 });
    expect(accountQueryFromUrl('score_min=90&score_max=10')).toMatchObject({ score_min: 90 });
    expect(accountQueryFromUrl('score_min=90&score_max=10').score_max).toBeUndefined();
  });

  it('reads the Domains filters of the Overview links', () => {
    expect(domainQueryFromUrl('listed_on=Spamhaus+DBL&client_id=c-1&problems_only=true&health=failing')).toEqual({ listed_on: 'Spamhaus DBL', client_id: 'c-1', problems_only: true });
    expect(domainListSchema.safeParse(domainQueryFromUrl('issue=dmarc_missing')).success).toBe(true);
    expect(filteredHash('domains', { issue: 'dmarc_missing' })).toBe('#/domains?issue=dmarc_missing');
  });
});
