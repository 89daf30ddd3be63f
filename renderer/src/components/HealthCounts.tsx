import { HEALTH_LABEL, HEALTHS } from '../../../shared/health';
import type { HealthCounts as Counts } from '../../../shared/overview';
import { filteredHash } from '../filter-url';

/** One tile per health level, each a link to the inboxes at that level (within `filter`). */
export function HealthCounts({ counts, filter = {} }: { counts: Counts; filter?: Record<string, string> }) {
  return (
    <ul className="health-tiles" aria-label="Inboxes by health">
      {HEALTHS.map((h) => (
        <li key={h}>
          <a className={`health-tile health-${h}`} href={filteredHash('accounts', { ...filter, health: h, sort: 'health', order: 'asc' })} data-testid={`health-count-${h}`}>
            <strong>{counts[h].toLocaleString()}</strong> {HEALTH_LABEL[h]}
          </a>
        </li>
      ))}
    </ul>
  );
}
