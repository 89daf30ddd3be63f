// The health area's surface: the rules (pure) and the service that keeps stored health current.
export {
  BLOCK_LINES,
  BOUNCE_LINES,
  COMPLAINT_LINES,
  computeHealth,
  MAJOR_LISTS,
  MIN_RATE_SAMPLE,
  RECENT_DAYS,
  STALE_DAYS,
  type DomainFacts,
  type HealthFacts,
  type HealthVerdict,
  type Listing,
  type ProbeFact,
  type RateCounts,
} from './rules';
export { domainFacts, domainOfEmail, healthFacts, type HealthSubject, type RatesRow } from './facts';
export { createHealthService, type HealthService } from './service';
