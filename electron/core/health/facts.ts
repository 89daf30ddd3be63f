// What the health rules read, taken from what the app stores: the last test of each protocol,
// the domain's last audit as it applies to this inbox (its own sending IPs, its tracking domain),
// and the rate counts written at the last report refresh. Pure.
import net from 'node:net';
import type { DomainReport } from '../../../shared/audit';
import type { ProbeResult } from '../../../shared/connection';
import { spfFor } from '../report/index';
import { signInState, type AccountRatesRow, type AccountRow } from '../store/index';
import { MAJOR_LISTS, type DomainFacts, type HealthFacts, type Listing, type ProbeFact } from './rules';

/** The columns of an inbox that its health depends on. */
export interface HealthSubject extends Partial<Pick<AccountRow, 'auth_method' | 'sign_in_expired_at' | 'oauth_token_stored' | 'oauth_app_id'>> {
  email: string;
  smtp_host: string;
  tracking_domain: string | null;
  smtp_test: string | null;
  imap_test: string | null;
}

/** The sign-in columns health reads (besides those the domain and probes need). */
export const SIGN_IN_COLUMNS = ['auth_method', 'sign_in_expired_at', 'oauth_token_stored', 'oauth_app_id'] as const;

/** The counts stored at the last report refresh. */
export type RatesRow = Omit<AccountRatesRow, 'account_id'>;

export const domainOfEmail = (email: string): string => (email.split('@').pop() ?? '').toLowerCase();

export function probeFact(json: string | null): ProbeFact | null {
  if (json === null) return null;
  try {
    const p = JSON.parse(json) as Partial<ProbeResult>;
    return { ok: p.ok === true, error: p.ok ? null : p.error ?? 'protocol_error', tested_at: p.tested_at ?? '1970-01-01T00:00:00.000Z' };
  } catch {
    return null;
  }
}

/** The flags that hit this inbox: its domain (or a parent), its tracking domain, its own sending IPs. */
function listingsFor(subject: HealthSubject, report: DomainReport): Listing[] {
  const domain = domainOfEmail(subject.email);
  const ips = new Set(report.sending_hosts?.[subject.smtp_host.toLowerCase()] ?? report.sending_ips);
  const tracking = subject.tracking_domain?.toLowerCase() ?? null;
  return report.blacklist.flagged_lists
    .map((f) => ({ ...f, target: (f as { target?: string }).target ?? domain }))
    .filter((f) => (net.isIP(f.target) ? ips.has(f.target) : f.target === domain || domain.endsWith(`.${f.target}`) || f.target === tracking))
    .map((f) => ({ list: f.list, target: f.target, major: (MAJOR_LISTS as readonly string[]).includes(f.list) && !f.meaning.startsWith('PBL') }));
}

export function domainFacts(subject: HealthSubject, report: DomainReport): DomainFacts {
  const weak = report.dkim.keys.some((k) => !k.revoked && k.key_type === 'rsa' && (k.bits ?? 2048) < 2048);
  const dmarcPolicy = report.dmarc.effective_policy ?? report.dmarc.policy;
  return {
    domain: report.domain,
    checked_at: report.checked_at,
    answered: [report.spf.status, report.dkim.status, report.dmarc.status].some((s) => s !== 'unknown'),
    spf: spfFor(subject, report) ?? null,
    dkim: report.dkim.status === 'unknown' ? null : !report.dkim.found ? 'missing' : weak ? 'weak' : 'ok',
    dmarc: report.dmarc.status === 'unknown' ? null : report.dmarc.record === null ? 'missing' : dmarcPolicy === null ? 'invalid' : 'ok',
    listings: listingsFor(subject, report),
  };
}

export function healthFacts(subject: HealthSubject, report: DomainReport | null, rates: RatesRow | null): HealthFacts {
  const state = subject.auth_method === 'oauth'
    ? signInState({ auth_method: 'oauth', sign_in_expired_at: subject.sign_in_expired_at ?? null, oauth_token_stored: subject.oauth_token_stored ?? 0, oauth_app_id: subject.oauth_app_id ?? null })
    : null;
  return {
    sign_in: state && { state, expired_at: subject.sign_in_expired_at ?? null },
    smtp: probeFact(subject.smtp_test),
    imap: probeFact(subject.imap_test),
    domain: report ? domainFacts(subject, report) : null,
    rates: rates && {
      measured_at: rates.measured_at,
      window: { sent: rates.sent_30d, bounced: rates.bounced_30d, blocked: rates.blocked_30d, complaints: rates.complaints_30d },
      recent: { sent: rates.sent_7d, bounced: rates.bounced_7d, blocked: rates.blocked_7d, complaints: rates.complaints_7d },
    },
  };
}
