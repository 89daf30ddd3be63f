// One inbox's part of a round: its domain's audit (once per round, started beside the inbox's
// own work), its connection test with the mailbox scan on the IMAP session the test logged in
// (one login per inbox per round), its score, then the alert rules over what that found.
import type { Account } from '../../../shared/domain';
import { Cancelled } from '../jobs/index';
import type { Logger } from '../log';
import type { RoundContext } from './index';

export interface InboxCheckDeps<Mailbox, Audit> {
  getAccount(id: string): Promise<Account | undefined>;
  /** Forced: a round audits each domain afresh, at most once however many inboxes ask. */
  auditDomain(domain: string, round: RoundContext): Promise<Audit>;
  /** Tests the connections; reads the mailbox on the session the IMAP test logged in (undefined when it could not log in). */
  testAndScan(account: Account, signal: AbortSignal): Promise<Mailbox | undefined>;
  /** Scores and stores the report from that scan (or scans on its own when there is none) and the round's audit. */
  refreshReport(account: Account, mailbox: Mailbox | undefined, audit: Promise<Audit>): Promise<unknown>;
  observeAccount(id: string): Promise<void>;
  log: Logger;
}

export function inboxCheck<Mailbox, Audit>(deps: InboxCheckDeps<Mailbox, Audit>) {
  return async (id: string, round: RoundContext, signal: AbortSignal): Promise<void> => {
    const account = await deps.getAccount(id);
    if (!account) return; // deleted during the round
    const domain = (account.email.split('@')[1] ?? '').toLowerCase();
    // The audit runs while this inbox's servers are talked to; only the score waits for it.
    const audit = round.once(`domain:${domain}`, () => {
      const p = deps.auditDomain(domain, round);
      p.catch((err: unknown) => deps.log.warn('round: domain audit failed', { domain, error: err instanceof Error ? err.message : String(err) }));
      return p;
    });
    if (signal.aborted) throw new Cancelled();
    const mailbox = await deps.testAndScan(account, signal);
    if (signal.aborted) throw new Cancelled();
    // Read again: the score takes the connection result just stored.
    await deps.refreshReport((await deps.getAccount(id)) ?? account, mailbox, audit);
    await deps.observeAccount(id);
  };
}
