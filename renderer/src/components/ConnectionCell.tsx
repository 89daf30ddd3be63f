import type { ProbeResult } from '../../../shared/connection';
import type { Account } from '../../../shared/domain';
import { errorWords } from './error-words';

const label = (p: ProbeResult | null, name: string) =>
  !p ? null : p.ok ? `${name} ok` : `${name}: ${errorWords(p.error)}`;

const summary = (smtp: ProbeResult | null, imap: ProbeResult | null, testing: boolean) =>
  testing ? 'testing' : !smtp && !imap ? 'not tested' : [label(smtp, 'SMTP'), label(imap, 'IMAP')].filter(Boolean).join(', ');

/** SMTP/IMAP outcome at a glance; the whole cell opens the details. */
export function ConnectionCell({ account, testing, onOpen }: { account: Account; testing: boolean; onOpen(): void }) {
  const { smtp_test: smtp, imap_test: imap, last_tested_at: at } = account;
  const title = at ? `Last tested ${new Date(at).toLocaleString()}` : 'Not tested yet';
  return (
    <button type="button" className="conn-cell" onClick={onOpen} title={title} aria-label={`Connection of ${account.email}: ${summary(smtp, imap, testing)}`} data-testid="connection-cell">
      {testing ? (
        <span className="muted" data-testid="testing">Testing…</span>
      ) : !smtp && !imap ? (
        <span className="muted">Not tested</span>
      ) : (
        [['SMTP', smtp], ['IMAP', imap]].map(([name, p]) => (
          <span key={name as string} className={`chip ${(p as ProbeResult | null)?.ok ? 'chip-ok' : 'chip-bad'}`} data-testid={`conn-${(name as string).toLowerCase()}`}>
            {label(p as ProbeResult | null, name as string)}
          </span>
        ))
      )}
    </button>
  );
}
