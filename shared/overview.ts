// The Overview (home) and the Client page as overview.get returns them.
import type { CheckStatus } from './audit';
import type { Health, HealthLevel, HealthReasonCode } from './health';

export type HealthCounts = Record<Health, number>;

/** Where a problem's link goes: the Accounts or Domains screen with these filters (carried in the URL). */
export interface ProblemLink {
  screen: 'accounts' | 'domains';
  filter: Record<string, string>;
}

export interface OverviewProblem {
  code: HealthReasonCode;
  detail: string;
  level: HealthLevel;
  /** "13 inboxes cannot log in (password or username rejected)", "2 domains listed on Spamhaus DBL". */
  label: string;
  inboxes: number;
  domains: number;
  link: ProblemLink;
}

export interface TrendPoint {
  /** YYYY-MM-DD (UTC); every day of the range is present. */
  date: string;
  sent: number;
  /** null on days without sends (a gap, not a zero). */
  bounce_rate: number | null;
  complaint_rate: number | null;
}

export interface ClientHealth {
  /** null: inboxes without a client. */
  client_id: string | null;
  name: string;
  total: number;
  health: HealthCounts;
}

export interface ClientDomain {
  domain: string;
  inboxes: number;
  checked_at: string | null;
  overall: CheckStatus | null;
  spf: CheckStatus | null;
  dkim: CheckStatus | null;
  dmarc: CheckStatus | null;
  blacklist: CheckStatus | null;
}

export interface Overview {
  /** The client this overview is limited to; null for the whole fleet. */
  client: { id: string; name: string } | null;
  total: number;
  paused: number;
  health: HealthCounts;
  /** Per client (fleet overview only; empty for a client's own page), worst first. */
  clients: ClientHealth[];
  /** Problems of the moment grouped by cause, worst level first, then by inboxes hit. */
  problems: OverviewProblem[];
  /** Not measured yet: inboxes never tested, domains never checked. */
  unmeasured: OverviewProblem[];
  /** Client page only: the client's sending domains and their audit status. */
  domains: ClientDomain[];
  trend: TrendPoint[];
  last_checked: {
    /** Newest connection test. */
    connections: string | null;
    /** Newest domain audit. */
    domains: string | null;
    /** Newest mailbox read / report refresh. */
    mailboxes: string | null;
  };
}
