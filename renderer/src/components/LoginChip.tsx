import { basicAuthReadiness } from '../../../shared/basic-auth';
import type { Account } from '../../../shared/domain';

const PROVIDER_NAME: Record<string, string> = { microsoft: 'Microsoft', google: 'Google' };
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Few words for a table row; the full sentence is the chip's title. */
function shortLabel(r: ReturnType<typeof basicAuthReadiness>): string {
  if (r.level === 'blocked') return r.kind === 'outlook_consumer' ? 'password blocked' : 'password off';
  return r.kind === 'microsoft_365' ? `password ends ${r.deadline}` : 'app password only';
}

/**
 * How an inbox logs in, when it matters: its sign-in state for OAuth inboxes, or the end of
 * password logins at its provider (Microsoft 365 deadline, Outlook.com blocked, Google app passwords).
 */
export function LoginChip({ account, long = false }: { account: Account; long?: boolean }) {
  if (account.auth_method === 'oauth') {
    const name = PROVIDER_NAME[account.provider] ?? 'OAuth';
    const [cls, text, title] =
      account.sign_in === 'expired' ? ['chip-bad', 'sign-in expired', 'Sign-in expired — sign in again: the provider refused this inbox’s sign-in']
        : account.sign_in === 'needs_sign_in' ? ['chip-warning', 'needs sign-in', 'Not signed in yet: open the inbox and sign in']
          : ['chip-ok', name, `Signs in with ${name}; no password stored`];
    return <span className={`chip ${cls}`} title={title} aria-label={title} data-testid="login-chip" data-state={account.sign_in}>{text}</span>;
  }
  const r = basicAuthReadiness(account, today());
  if (r.level === 'ok') return null;
  const title = `${r.message} ${r.action ?? ''}`.trim();
  return (
    <span className={`chip ${r.level === 'blocked' ? 'chip-bad' : 'chip-warning'}`} title={title} aria-label={title} data-testid="readiness-chip" data-level={r.level}>
      {long ? r.label : shortLabel(r)}
    </span>
  );
}
