// Reads the raw facts alert rules judge, as stored today: each inbox's last connection tests,
// its stored report's 30-day window and its score; each domain's stored audit.
import type { Kysely } from 'kysely';
import type { DomainReport } from '../../../shared/audit';
import type { ProbeResult } from '../../../shared/connection';
import type { DeliverabilityReport } from '../../../shared/report';
import { signInState, type Database } from '../store/index';
import type { AccountFacts, DomainFacts, ProbeFact } from './types';

export interface FactSource {
  account(id: string): Promise<AccountFacts | null>;
  domain(domain: string): Promise<DomainFacts | null>;
}

const parse = <T>(json: string | null | undefined): T | null => {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
};

const probe = (json: string | null): ProbeFact | null => {
  const p = parse<ProbeResult>(json);
  return p ? { ok: p.ok, error: p.error, message: p.message } : null;
};

export const domainOf = (email: string): string => (email.split('@')[1] ?? '').toLowerCase();

export function domainFacts(r: DomainReport): DomainFacts {
  const unknown = r.blacklist.unknown_lists.map((u) => u.list);
  return {
    domain: r.domain,
    spf: { known: r.spf.status !== 'unknown', record: r.spf.record },
    dmarc: { known: r.dmarc.status !== 'unknown', record: r.dmarc.record },
    dkim: {
      known: r.dkim.status !== 'unknown',
      tried: r.dkim.selectors_tried,
      keys: Object.fromEntries(r.dkim.keys.map((k) => [k.selector, k.record])),
    },
    blacklist: {
      known: r.blacklist.checked_lists > unknown.length,
      flagged: r.blacklist.flagged_lists.map((f) => {
        // The audit also stores the listed IP or domain as `target`; the shared type has only the query.
        const target = (f as { target?: unknown }).target;
        return { list: f.list, answer: f.answer, meaning: f.meaning, removal_url: f.removal_url, target: typeof target === 'string' ? target : f.query };
      }),
      unknown,
    },
  };
}

export function storedFacts(db: Kysely<Database>): FactSource {
  return {
    async account(id) {
      const row = await db
        .selectFrom('accounts')
        .leftJoin('clients', 'clients.id', 'accounts.client_id')
        .leftJoin('reports', 'reports.account_id', 'accounts.id')
        .leftJoin('account_tests', 'account_tests.account_id', 'accounts.id')
        .select(['accounts.id', 'accounts.email', 'accounts.client_id', 'clients.name as client_name', 'accounts.status', 'account_tests.smtp_test', 'account_tests.imap_test', 'accounts.score', 'reports.report'])
        .select(['accounts.auth_method', 'accounts.sign_in_expired_at', 'accounts.oauth_token_stored', 'accounts.oauth_app_id'])
        .where('accounts.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const rep = parse<DeliverabilityReport>(row.report)?.reputation;
      const state = signInState(row);
      return {
        id: row.id, email: row.email, domain: domainOf(row.email), client_id: row.client_id, client_name: row.client_name ?? null, status: row.status,
        smtp: probe(row.smtp_test), imap: probe(row.imap_test), score: row.score,
        window: rep ? { sent: rep.sent, bounced: rep.hard_bounces + rep.soft_bounces, blocked: rep.blocks ?? 0, complaints: rep.complaints } : null,
        sign_in: state && { state, expired_at: row.sign_in_expired_at },
      };
    },
    async domain(domain) {
      const row = await db.selectFrom('domains').select('report').where('domain', '=', domain).executeTakeFirst();
      const report = parse<DomainReport>(row?.report);
      return report ? domainFacts(report) : null;
    },
  };
}
