import type { Overview } from '../../../../shared/overview';
import { NextCheck } from '../../components/NextCheck';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/**
 * When the fleet (or client) was last checked, per kind of check, and when the next hourly round
 * runs (`next`: off where the page shows the round already, e.g. above its own inboxes table).
 */
export function LastChecked({ last, next = true }: { last: Overview['last_checked']; next?: boolean }) {
  return (
    <div className="last-checked">
      <p className="muted" data-testid="last-checked">
        Connections last tested {when(last.connections)} · domains last checked {when(last.domains)} · mailboxes last read {when(last.mailboxes)}
      </p>
      {next && <NextCheck />}
    </div>
  );
}
