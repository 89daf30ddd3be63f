// Every cap that keeps one hostile DNS answer from growing an audit without bound, in one place.
// A capped answer or skipped fan-out is reported as a finding (limitFindings), never silently cut.
import type { Finding } from '../../../shared/audit';
import type { RecordType } from './types';

export const DNS_LIMITS = {
  /**
   * Records used from one answer. Real round-robin names have under 20 addresses; an apex with
   * many verification TXT records has a few dozen; PTR sets are 1–2.
   */
  recordsPerAnswer: { A: 32, AAAA: 32, MX: 32, TXT: 64, PTR: 16, CNAME: 4 } satisfies Record<RecordType, number>,
  /** Aliases followed to tell a CNAME loop from "no record" (resolvers give up near 8–16). */
  cnameChain: 8,
  /** Sending IPs audited per domain (PTR, SPF, DNSBL each): the inboxes' SMTP hosts' addresses. */
  sendingIps: 32,
  /** PTR names per IP checked for forward confirmation. */
  ptrNamesPerIp: 10,
  /** DNSBL questions per audit (lists × IPs and domains). */
  dnsblQuestions: 256,
  /** A whole audit may take this many times one question's limit (timeout × tries). */
  auditDeadlineFactor: 10,
} as const;

export interface CappedAnswer {
  name: string;
  type: RecordType;
  total: number;
  used: number;
}

export interface LimitState {
  capped: CappedAnswer[];
  /** Why the audit's questions were stopped early, if they were. */
  stopped: 'deadline' | 'cancelled' | null;
  deadlineMs: number;
}

export function limitFindings(s: LimitState): Finding[] {
  const out: Finding[] = s.capped.map((c) => ({
    severity: 'warning',
    code: 'dns_answer_capped',
    message: `The DNS answer for ${c.type} ${c.name} has ${c.total.toLocaleString('en-US')} records; the audit used the first ${c.used}. Results that depend on it may be incomplete. So many records usually means a misconfigured or hostile DNS server.`,
  }));
  if (s.stopped === 'deadline') {
    out.push({
      severity: 'warning',
      code: 'audit_deadline',
      message: `The audit stopped asking DNS at its ${Math.round(s.deadlineMs / 1000)} s limit; the parts not answered by then are shown as unknown. Try again later; if it keeps happening, the domain's name servers (or the DNS servers in Settings) are too slow.`,
    });
  }
  return out;
}
