import type { Overview } from '../../../../shared/overview';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** When the fleet (or client) was last checked, per kind of check. */
export function LastChecked({ last }: { last: Overview['last_checked'] }) {
  return (
    <p className="muted" data-testid="last-checked">
      Connections last tested {when(last.connections)} · domains last checked {when(last.domains)} · mailboxes last read {when(last.mailboxes)}
      {/* SLOT for issue 12 part B (scheduler): show "next scheduled check …" here. */}
    </p>
  );
}
