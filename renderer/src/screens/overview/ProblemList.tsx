import { HEALTH_LABEL } from '../../../../shared/health';
import type { OverviewProblem } from '../../../../shared/overview';
import { filteredHash } from '../../filter-url';

function Item({ p }: { p: OverviewProblem }) {
  return (
    <li className="problem" data-testid="problem" data-code={p.code} data-level={p.level}>
      <span className={`chip health-${p.level}`}>{HEALTH_LABEL[p.level]}</span>
      <a href={filteredHash(p.link.screen, p.link.filter)} data-testid="problem-link">{p.label}</a>
    </li>
  );
}

/** Problems of the moment by cause, worst first, each linking to the inboxes or domains it hits. */
export function ProblemList({ problems, unmeasured }: { problems: OverviewProblem[]; unmeasured: OverviewProblem[] }) {
  return (
    <>
      {problems.length === 0 ? (
        <p className="muted" data-testid="no-problems">No problems found at the last checks.</p>
      ) : (
        <ul className="problems" data-testid="problems">{problems.map((p) => <Item key={`${p.code}:${p.detail}`} p={p} />)}</ul>
      )}
      {unmeasured.length > 0 && (
        <>
          <h3 className="sub">Not measured yet</h3>
          <ul className="problems" data-testid="unmeasured">{unmeasured.map((p) => <Item key={`${p.code}:${p.detail}`} p={p} />)}</ul>
        </>
      )}
    </>
  );
}
