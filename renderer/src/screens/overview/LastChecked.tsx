import type { Overview } from '../../../../shared/overview';
import { NextCheck } from '../../components/NextCheck';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** When the fleet (or client) was last checked, per kind of check, and when the next hourly round runs. */
export function LastChecked({ last }: { last: Overview['last_checked'] }) {
  return (
    <div className="last-checked">
      <p className="muted" data-testid="last-checked">
        Connections last tested {when(last.connections)} · domains last checked {when(last.domains)} · mailboxes last read {when(last.mailboxes)}
      </p>
      <NextCheck />
    </div>
  );
}
