import { HEALTH_LABEL, type Health, type HealthReason } from '../../../shared/health';

/** Computed health at a glance; hovering lists why. */
export function HealthChip({ health, reasons = [] }: { health: Health; reasons?: HealthReason[] }) {
  const why = reasons.map((r) => r.message).join('\n');
  return (
    <span className={`chip health-${health}`} data-testid="health-chip" data-health={health} title={why || HEALTH_LABEL[health]}>
      {HEALTH_LABEL[health]}
    </span>
  );
}
