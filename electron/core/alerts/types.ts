// Types the alert rules, the state machine and the store share.
import type { AlertKind, AlertSeverity } from '../../../shared/alerts';
import type { SignInState } from '../../../shared/oauth';

/** One condition that holds for a subject right now. */
export interface Finding {
  /** Unique within the subject: one open alert per key at most. */
  key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  detail: string;
  observed: Record<string, unknown>;
  /** Holds, but is not worth its own alert (a score drop another alert of this check explains). */
  quiet?: boolean;
}

/**
 * What one group of rules (connection, rates, score, listings, SPF, …) says at a check:
 * unknown (no usable answer: the state stays as it was), or the conditions that hold now.
 * `keep` names keys that could not be judged this time (a list that did not answer).
 */
export type GroupEval = { known: false } | { known: true; active: Finding[]; keep?: string[] };

/** What a subject was last seen as: the active keys of each group that has been known, and baselines. */
export interface SubjectState {
  groups: Record<string, string[]>;
  /** Values change rules compare with (score before a drop, DNS records as first seen). */
  baselines: Record<string, unknown>;
}

export interface StepResult {
  state: SubjectState;
  /** Newly true conditions: each opens an alert. */
  opened: Finding[];
  /** Still true: the open alert is updated, never re-announced. */
  continuing: Finding[];
  /** No longer true: their open alerts resolve. */
  cleared: string[];
}

/** Raw facts about one inbox, as stored on main today (connection tests, stored report, score). */
export interface AccountFacts {
  id: string;
  email: string;
  domain: string;
  client_id: string | null;
  client_name: string | null;
  status: string;
  smtp: ProbeFact | null;
  imap: ProbeFact | null;
  score: number | null;
  /** The stored report's 30-day window (bounced: hard + soft; blocked apart); null before the first report. */
  window: { sent: number; bounced: number; blocked: number; complaints: number } | null;
  /** Signed-in inboxes: connected, needs_sign_in or expired (with when); null for a password inbox. */
  sign_in: { state: SignInState; expired_at: string | null } | null;
}

export interface ProbeFact {
  ok: boolean;
  error: string | null;
  message: string;
}

/** Raw facts about one sending domain, from its stored audit. */
export interface DomainFacts {
  domain: string;
  spf: { known: boolean; record: string | null };
  dmarc: { known: boolean; record: string | null };
  /** selector → record, for the selectors tried at this audit. */
  dkim: { known: boolean; tried: string[]; keys: Record<string, string> };
  blacklist: {
    /** At least one list answered. */
    known: boolean;
    flagged: { list: string; target: string; answer: string; meaning: string; removal_url: string }[];
    unknown: string[];
  };
}

export interface Thresholds {
  bounce_pct: number;
  block_pct: number;
  complaint_pct: number;
  score_drop: number;
  /** Sends needed in the window before rates are judged. */
  min_sends: number;
}
