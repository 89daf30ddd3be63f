import { HEALTH_LABEL, NOT_CONNECTED_LABEL, type Health, type HealthReason } from '../../../shared/health';

/** The chip's words: an inbox waiting for its first sign-in reads "Not connected yet", not "Unknown". */
export const healthLabel = (health: Health, reasons: HealthReason[] = []): string =>
  health === 'unknown' && reasons.some((r) => r.code === 'needs_sign_in') ? NOT_CONNECTED_LABEL : HEALTH_LABEL[health];

/** Computed health at a glance; hovering lists why. */
export function HealthChip({ health, reasons = [] }: { health: Health; reasons?: HealthReason[] }) {
  const why = reasons.map((r) => r.message).join('\n');
  const label = healthLabel(health, reasons);
  return (
    <span className={`chip health-${health}`} data-testid="health-chip" data-health={health} title={why || label}>
      {label}
    </span>
  );
}
