// What the record checks return: the shared audit shapes (shared/audit.ts) plus the details a
// screen or report can use, and `fix` — the first copy-ready record, when there is one.
import type { DkimCheck, DkimKey, DmarcCheck, Fix, MxCheck, PtrCheck } from '../../../shared/audit';

export type { CheckStatus, Finding, Fix } from '../../../shared/audit';

export type MailProvider = 'google' | 'microsoft' | 'other' | 'none';

export interface DkimKeyResult extends DkimKey {
  /** p= is missing or is not a readable key of type k=. */
  malformed: boolean;
  /** RSA under 1024 bits: receivers ignore it and it can be forged. */
  weak: boolean;
  /** The tags as published (lowercased names). */
  tags: Record<string, string>;
}

export interface DkimResult extends DkimCheck {
  keys: DkimKeyResult[];
  /** Selectors whose question failed (timeout, SERVFAIL): they may or may not hold a key. */
  selectors_failed: string[];
  fix?: Fix;
}

export interface DmarcResult extends DmarcCheck {
  /** Every v=DMARC1 record at found_at (more than one makes DMARC void). */
  records: string[];
  /** The policy that applies to `domain`: sp= (else p=) when inherited, p= otherwise. */
  effective_policy: 'none' | 'quarantine' | 'reject' | null;
  organisational_domain: string;
  fix?: Fix;
}

export interface MxHost {
  exchange: string;
  priority: number;
  addresses: string[];
  /** Where the MX target points when it is an alias (not allowed, RFC 2181 §10.3). */
  cname: string | null;
}

export interface MxResult extends MxCheck {
  records: MxHost[];
  /** No MX: senders fall back to the domain's own A/AAAA (RFC 5321 §5.1). */
  implicit_mx: boolean;
  fix?: Fix;
}

export interface PtrResult extends PtrCheck {
  /** The in-addr.arpa / ip6.arpa name asked. Empty when the IP was not valid. */
  reverse_name: string;
  /** PTR names whose A/AAAA include the IP. */
  confirmed_names: string[];
  fix?: Fix;
}
