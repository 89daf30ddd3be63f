// What a bulk "Sign in…" acts on: Google and Microsoft inboxes by provider, without those signed
// in already; other inboxes skipped and counted; at most 500 per sitting.
import { describe, expect, it } from 'vitest';
import { describeGroups, groupForSignIn } from '../../../renderer/src/screens/sign-in/sign-in-groups';

const row = (id: string, provider: 'google' | 'microsoft' | 'smtp', signedIn = false) =>
  ({ id, provider, auth_method: signedIn || provider !== 'smtp' ? 'oauth' : 'password', sign_in: signedIn ? 'connected' : provider === 'smtp' ? null : 'needs_sign_in' }) as const;

describe('sign-in groups', () => {
  it('groups by provider, skips SMTP inboxes and those signed in already', () => {
    const g = groupForSignIn([row('m1', 'microsoft'), row('g1', 'google'), row('m2', 'microsoft'), row('s1', 'smtp'), row('m3', 'microsoft', true)]);
    expect(g).toEqual({
      groups: [{ provider: 'microsoft', ids: ['m1', 'm2'], total: 2 }, { provider: 'google', ids: ['g1'], total: 1 }],
      skipped: 1,
      connected: 1,
    });
    expect(describeGroups(g)).toBe(
      'To sign in: 2 inboxes on Microsoft and 1 inbox on Google. 1 inbox already signed in. 1 inbox skipped: not Google or Microsoft inboxes, they log in with a password.',
    );
  });

  it('takes at most 500 of a larger group and keeps its total, so the screen can say so', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row(`m${i}`, 'microsoft'));
    const g = groupForSignIn(rows, { microsoft: 1200 }, 30);
    expect(g.groups).toHaveLength(1);
    expect(g.groups[0]!.ids).toHaveLength(500);
    expect(g.groups[0]!.total).toBe(1200);
    expect(g.skipped).toBe(30);
  });

  it('says so when nothing needs signing in', () => {
    expect(describeGroups(groupForSignIn([row('s', 'smtp')]))).toBe('No inbox here needs signing in. 1 inbox skipped: not Google or Microsoft inboxes, they log in with a password.');
  });
});
