// One inbox's part of a round: its domain's audit (once per round), its connection test, its
// mailbox scan and score, then the alert rules over what that found.
import type { Account } from '../../../shared/domain';
import { Cancelled } from '../jobs/index';
import type { Logger } from '../log';
import type { RoundContext } from './index';

export interface InboxCheckDeps {
  getAccount(id: string): Promise<Account | undefined>;
  /** Forced: a round audits each domain afresh, once. */
  auditDomain(domain: string): Promise<unknown>;
  testConnection(account: Account, signal: AbortSignal): Promise<unknown>;
  refreshReport(account: Account): Promise<unknown>;
  observeAccount(id: string): Promise<void>;
  log: Logger;
}

export function inboxCheck(deps: InboxCheckDeps) {
  return async (id: string, round: RoundContext, signal: AbortSignal): Promise<void> => {
    const account = await deps.getAccount(id);
    if (!account) return; // deleted during the round
    const domain = (account.email.split('@')[1] ?? '').toLowerCase();
    await round.once(`domain:${domain}`, () =>
      deps.auditDomain(domain).catch((err: unknown) => deps.log.warn('round: domain audit failed', { domain, error: err instanceof Error ? err.message : String(err) })),
    );
    if (signal.aborted) throw new Cancelled();
    await deps.testConnection(account, signal);
    if (signal.aborted) throw new Cancelled();
    // Read again: the score takes the connection result just stored.
    await deps.refreshReport((await deps.getAccount(id)) ?? account);
    await deps.observeAccount(id);
  };
}
