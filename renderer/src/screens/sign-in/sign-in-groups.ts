// Which inboxes a bulk sign-in acts on: a sitting signs in with one provider, so Google and
// Microsoft inboxes are two groups; other inboxes (their own SMTP servers) cannot sign in, and
// inboxes already signed in need nothing. At most SIGN_IN_MAX inboxes per sitting (core's limit).
import type { Account } from '../../../../shared/domain';
import type { OAuthProvider } from '../../../../shared/oauth';

export const SIGN_IN_MAX = 500;
export const SIGN_IN_PROVIDERS = ['microsoft', 'google'] as const satisfies readonly OAuthProvider[];
export const PROVIDER_NAME: Record<OAuthProvider, string> = { microsoft: 'Microsoft', google: 'Google' };

export interface SignInGroup {
  provider: OAuthProvider;
  /** The group's inboxes, at most SIGN_IN_MAX of them. */
  ids: string[];
  /** How many the group has in all (more than ids when it is over SIGN_IN_MAX). */
  total: number;
}

export interface SignInGroups {
  groups: SignInGroup[];
  /** Not Google or Microsoft inboxes: they log in with a password only. */
  skipped: number;
  /** Signed in already. */
  connected: number;
}

type Row = Pick<Account, 'id' | 'provider' | 'auth_method' | 'sign_in'>;

export const alreadySignedIn = (a: Row): boolean => a.auth_method === 'oauth' && a.sign_in === 'connected';

/** Groups rows by provider, leaving out those signed in already and those that cannot sign in. */
export function groupForSignIn(rows: Row[], totals: Partial<Record<OAuthProvider, number>> = {}, skipped = 0): SignInGroups {
  const out: SignInGroups = { groups: [], skipped, connected: 0 };
  for (const provider of SIGN_IN_PROVIDERS) {
    const mine = rows.filter((a) => a.provider === provider);
    const need = mine.filter((a) => !alreadySignedIn(a));
    out.connected += mine.length - need.length;
    const total = Math.max(need.length, (totals[provider] ?? 0) - (mine.length - need.length));
    if (total > 0) out.groups.push({ provider, ids: need.slice(0, SIGN_IN_MAX).map((a) => a.id), total });
  }
  out.skipped += rows.filter((a) => a.provider !== 'google' && a.provider !== 'microsoft').length;
  return out;
}

const inboxWord = (n: number) => `${n.toLocaleString('en-US')} inbox${n === 1 ? '' : 'es'}`;

/** "2 Microsoft inboxes and 1 Google inbox. 3 skipped: …" */
export function describeGroups(g: SignInGroups): string {
  const parts = g.groups.map((x) => `${inboxWord(x.total)} on ${PROVIDER_NAME[x.provider]}`);
  const lines = [parts.length ? `To sign in: ${parts.join(' and ')}.` : 'No inbox here needs signing in.'];
  if (g.connected) lines.push(`${inboxWord(g.connected)} already signed in.`);
  if (g.skipped) lines.push(`${inboxWord(g.skipped)} skipped: not Google or Microsoft inboxes, they log in with a password.`);
  return lines.join(' ');
}
