import type { CheckStatus } from '../../../shared/audit';

const LABEL: Record<CheckStatus, string> = { ok: 'OK', warning: 'Warning', error: 'Problem', unknown: 'Unknown' };

/** One check's status at a glance; null = not checked yet. */
export function StatusChip({ status, label, testId }: { status: CheckStatus | null; label?: string; testId?: string }) {
  const text = status ? LABEL[status] : '—';
  return (
    <span className={`chip chip-${status ?? 'none'}`} data-testid={testId} data-status={status ?? 'none'} title={label ? `${label}: ${text}` : text}>
      {label ? `${label} ` : ''}{text}
    </span>
  );
}
