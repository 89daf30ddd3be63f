import type { AccountStatus } from '../../../shared/domain';

export function StatusBadge({ status }: { status: AccountStatus }) {
  return <span className={`badge badge-${status}`} data-testid="status-badge">{status}</span>;
}
