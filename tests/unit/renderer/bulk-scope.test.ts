// A bulk confirmation names the count and the scope: "Delete 128 inboxes of client Hooli?".
import { describe, expect, it } from 'vitest';
import { describeFilter, describeScope } from '../../../renderer/src/screens/accounts/bulk-scope';

const clients = [{ id: 'c1', name: 'Hooli', account_count: 128, created_at: '' }];

describe('bulk scope in words', () => {
  it('names the client, status, provider, warmup and search of the filter', () => {
    expect(describeScope({ kind: 'filter', total: 128 }, { client_id: 'c1' }, clients)).toBe('128 inboxes of client Hooli');
    expect(describeFilter({ client_id: 'none', status: 'paused', provider: 'google', warmup: false, search: 'acme' }, clients))
      .toBe('without a client, with status paused, on google, with warmup off, matching “acme”');
  });

  it('says "all" without a filter, "selected" for a hand-made selection, and names filters it does not know', () => {
    expect(describeScope({ kind: 'filter', total: 2 }, {}, clients)).toBe('all 2 inboxes');
    expect(describeScope({ kind: 'ids', ids: new Set(['a']) }, { client_id: 'c1' }, clients)).toBe('1 selected inbox');
    expect(describeFilter({ domain: 'acme.test', health: 'at_risk' })).toBe('on domain acme.test, with health at risk');
    expect(describeFilter({ reason: 'dmarc_missing' })).toBe('with the problem “no DMARC record”');
    expect(describeFilter({ health: 'sign_in_expired' })).toBe('with health sign-in expired');
    expect(describeFilter({ readiness: 'warning' })).toBe('with login: password logins ending or app password only');
  });
});
