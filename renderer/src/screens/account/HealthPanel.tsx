import { scoreText } from '../../../../shared/report';
import type { Account } from '../../../../shared/domain';
import { HealthChip } from '../../components/HealthChip';

/** Health apart from status: the verdict and every reason, worst first. */
export function HealthPanel({ account: a }: { account: Account }) {
  return (
    <section className="check" data-testid="health-panel">
      <h2>Health <HealthChip health={a.health} reasons={a.health_reasons} /> <small className="muted">status: {a.status} · score {scoreText(a.score, a.score_measured)}</small></h2>
      {a.health_reasons.length === 0 ? <p>Both logins work, the domain checks out and nothing is wrong.</p> : (
        <ul className="findings">
          {a.health_reasons.map((r) => (
            <li key={`${r.code}:${r.detail}`} className={r.level === 'unknown' ? 'muted' : `finding-${r.level === 'watch' ? 'warning' : 'error'}`} data-testid="health-reason" data-code={r.code}>
              {r.message}
              {/* The one fix for a sign-in is on this page: say where. */}
              {r.code === 'sign_in_expired' && ' Use “Sign in again” under Login below.'}
              {r.code === 'needs_sign_in' && ' Use the sign-in button under Login below.'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
