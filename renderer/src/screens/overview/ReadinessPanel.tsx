import { useQuery } from '@tanstack/react-query';
import { MAIL_HOST_KINDS, READINESS_LEVELS, readinessOf, type MailHostKind } from '../../../../shared/basic-auth';
import { call, errorMessage } from '../../api';
import { filteredHash } from '../../filter-url';
import { READINESS_FILTER_LABEL, inboxes } from '../accounts/bulk-scope';

const SERVICE: Record<MailHostKind, string> = {
  microsoft_365: 'Microsoft 365', outlook_consumer: 'Outlook.com / Hotmail', google_workspace: 'Google Workspace', gmail: 'Gmail', other: 'other',
};

/**
 * The end of password logins across the fleet: inboxes per readiness level, each a link to exactly
 * those inboxes, with the services behind each level and their dates (shared/basic-auth.ts).
 */
export function ReadinessPanel() {
  // Under the accounts key: refreshed whenever inboxes change.
  const audit = useQuery({ queryKey: ['accounts', 'readiness'], queryFn: () => call('accounts.authReadiness', { limit: 1 }) });
  const a = audit.data;
  return (
    <section className="panel" aria-labelledby="basic-auth" data-testid="readiness-panel">
      <h2 id="basic-auth">End of password logins {a && <small className="muted">as of {a.as_of}</small>}</h2>
      {audit.error && <p className="error" role="alert">{errorMessage(audit.error)}</p>}
      {a && a.counts.blocked + a.counts.warning === 0 && <p className="muted">No inbox depends on a password login that is ending.</p>}
      {a && (
        <ul className="problems">
          {READINESS_LEVELS.filter((level) => a.counts[level] > 0).map((level) => {
            const services = MAIL_HOST_KINDS.filter((k) => a.by_kind[k].password > 0)
              .map((k) => ({ k, n: a.by_kind[k].password, r: readinessOf(k, 'password', a.as_of) }))
              .filter((s) => level !== 'ok' && s.r.level === level);
            return (
              <li key={level} className="problem" data-testid="readiness-level" data-level={level}>
                <span className={`chip ${level === 'blocked' ? 'chip-bad' : level === 'warning' ? 'chip-warning' : 'chip-ok'}`}>{level === 'ok' ? 'ok' : level}</span>
                <a href={filteredHash('accounts', { readiness: level })} data-testid="readiness-link">{inboxes(a.counts[level])}: {READINESS_FILTER_LABEL[level]}</a>
                {services.map(({ k, n, r }) => (
                  <span key={k} className="muted" data-testid="readiness-service">
                    · {SERVICE[k]} ({n}): {r.label}{r.deadline && !r.label.includes(r.deadline) ? ` since ${r.deadline}` : ''}
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
