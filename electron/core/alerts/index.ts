// The alerts area's surface.
export { createAlerts, type AlertService, type AlertsDeps } from './service';
export { step, accept, emptyState } from './machine';
export { accountEvaluation, domainEvaluation } from './rules';
export { buildDigest, webhookBody, createDigester, DIGEST_QUIET_MS, DIGEST_MAX_WAIT_MS } from './digest';
export { retryAt, urlHint, WEBHOOK_RETRY_MS } from './webhook';
export { domainFacts, type FactSource } from './facts';
export type { AccountFacts, DomainFacts, Finding, GroupEval, SubjectState, Thresholds } from './types';
