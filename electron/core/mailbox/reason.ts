// Deciding a failed recipient's reason from what the report says: the enhanced status code, the
// SMTP reply, the SMTP command it answered, the provider that replied and its wording. The order
// of the checks follows sisimai's Sisimai::Reason.get / .anotherone and Sisimai::Fact (rb-sisimai
// 5.1, BSD-2-Clause); its reason classes are then mapped to our closed list, splitting "blocked"
// into a named DNS blacklist, a missing PTR, or IP reputation, and "securityerror" into TLS,
// SPF/DKIM/DMARC and policy.
import { isStatusCode } from './smtp-codes';
import { formatClass, matchesClass, STATUS_CLASS, type SisimaiClass } from './reason-phrases';
import { providerClass } from './provider-rules';
import type { BounceCategory, BounceReason } from './types';

export interface ReasonInput {
  status: string;
  reply: string;
  /** The reply and explanation text for this recipient. */
  diagnostic: string;
  command?: string;
  action: 'failed' | 'delayed';
  remoteMta?: string;
  /** The recipient's domain. */
  domain: string;
  /** A reason the report's format states outright. */
  stated?: BounceReason;
  /** The stated reason in sisimai's terms, when the format parser speaks them. */
  statedClass?: SisimaiClass;
}

// Reasons sisimai decides again from the text even when a format states one.
const RETRY = new Set<SisimaiClass>(['undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'suspend', 'networkerror', 'hostunknown', 'userunknown']);

const PRE_USERUNKNOWN: SisimaiClass[] = ['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'];
const EARLY_COMMANDS = new Set(['CONN', 'EHLO', 'HELO', 'MAIL', 'RCPT']);

/** sisimai's per-class "true" checks, in its first order (ClassOrder[0]). */
function firstPass(text: string, statusClass: SisimaiClass | undefined, input: ReasonInput, stated: SisimaiClass | undefined): SisimaiClass | undefined {
  const cmd = input.command ?? '';
  const has = (cls: SisimaiClass) => matchesClass(text, cls);
  const checks: [SisimaiClass, () => boolean][] = [
    ['mailboxfull', () => statusClass === 'mailboxfull' || has('mailboxfull')],
    ['mesgtoobig', () => statusClass === 'mesgtoobig' || (statusClass !== 'exceedlimit' && has('mesgtoobig'))],
    ['exceedlimit', () => statusClass === 'exceedlimit' || has('exceedlimit')],
    ['suspend', () => input.reply === '525' || has('suspend')],
    ['hasmoved', () => has('hasmoved')],
    ['norelaying', () => !['CONN', 'EHLO', 'HELO'].includes(cmd) && has('norelaying')],
    ['authfailure', () => statusClass === 'authfailure' || has('authfailure')],
    ['userunknown', () => {
      if (statusClass === 'suspend') return false;
      if (statusClass === 'userunknown') return !PRE_USERUNKNOWN.some(has);
      // Only a refusal of RCPT TO is sure to be about the address; "user unknown" after DATA, or
      // at an unknown step, may be a filter's wording (then it is "filtered", below).
      // Postfix's "Recipient address rejected." answering RCPT TO is about the address too.
      return cmd === 'RCPT' && (has('userunknown') || /recipient address rejected\.\s*(?:$|\(in reply to)/m.test(text));
    }],
    ['filtered', () => {
      if (statusClass === 'suspend') return false;
      if (statusClass === 'filtered') return has('userunknown') || has('filtered');
      return !EARLY_COMMANDS.has(cmd) && (has('filtered') || has('userunknown'));
    }],
    ['requireptr', () => has('requireptr')],
    ['notcompliantrfc', () => has('notcompliantrfc')],
    ['badreputation', () => has('badreputation')],
    ['rejected', () => {
      if (statusClass === 'rejected') return true;
      if (cmd === 'MAIL') return has('rejected');
      if (cmd === 'DATA') return statusClass !== 'userunknown' && has('rejected');
      return ['onhold', 'undefined', 'securityerror', 'systemerror', undefined].includes(statusClass) && has('rejected');
    }],
    ['hostunknown', () => (statusClass === 'hostunknown' ? !has('networkerror') : has('hostunknown'))],
    ['spamdetected', () => statusClass === 'spamdetected' || (!EARLY_COMMANDS.has(cmd) && has('spamdetected'))],
    ['speeding', () => has('speeding')],
    ['toomanyconn', () => statusClass === 'toomanyconn' || has('toomanyconn')],
    ['blocked', () => statusClass === 'blocked' || has('blocked')],
  ];
  return checks.find(([cls, ok]) => stated === cls || ok())?.[0];
}

// sisimai's second order (ClassOrder[1]): wording alone, when the status says nothing definite.
const SECOND_ORDER: SisimaiClass[] = [
  'mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected', 'policyviolation', 'norelaying',
  'systemerror', 'networkerror', 'suspend', 'contenterror', 'systemfull', 'notaccept', 'expired', 'securityerror', 'mailererror',
];

function sisimaiClass(input: ReasonInput): SisimaiClass {
  const text = input.diagnostic.toLowerCase();
  const status = isStatusCode(input.status) ? input.status : '';
  const statusClass = STATUS_CLASS[status];
  // A refusal of HELO/EHLO refuses the sending host (sisimai's Exim and qmail readers say so).
  if (input.command === 'HELO' || input.command === 'EHLO') return 'blocked';
  const stated = input.statedClass ?? formatClass(text);
  if (stated && !RETRY.has(stated)) return stated;
  // "Delivery time expired" with the give-up wording: expired, whatever the last attempt met.
  if (/^[45]\.4\.7$/.test(status) && matchesClass(text, 'expired')) return 'expired';

  const provider = text ? providerClass({ text, raw: input.diagnostic, status, reply: input.reply, host: (input.remoteMta ?? '').toLowerCase(), domain: input.domain }) : undefined;
  if (provider && provider !== 'undefined') return provider;

  // A mail program's error (Diagnostic-Code: x-unix) is judged on its words, not the SMTP rules.
  const first = /^x-unix;/.test(text) ? undefined : firstPass(text, statusClass, input, stated);
  if (first) return first;
  if (stated) return stated;

  // A bare X.2.1 is what RFC 3463 says: the mailbox is disabled (sisimai reads it as "filtered").
  if (/^[45]\.2\.1$/.test(status) && !SECOND_ORDER.some((cls) => matchesClass(text, cls))) return 'suspend';
  if (statusClass && !RETRY.has(statusClass)) return statusClass;
  const worded = SECOND_ORDER.find((cls) => matchesClass(text, cls));
  if (worded) return worded;
  if (statusClass) return statusClass;
  if (/^[45]\.6\./.test(status)) return 'contenterror';
  if (/^[45]\.7\./.test(status)) return 'securityerror';
  if (/x-unix;/.test(text)) return 'mailererror';
  const reply = Number(input.reply);
  if ((reply > 500 && reply < 508) || (reply > 400 && reply < 408)) return 'syntaxerror';
  if (input.action === 'delayed') return 'expired';
  if (input.command === 'HELO' || input.command === 'EHLO' || input.command === 'CONN') return 'blocked';
  return text.trim() ? 'onhold' : 'undefined';
}

// Well-known DNS blacklists, to name the list a reply refers to.
const LIST_NAMES: [RegExp, string][] = [
  [/\b((?:zen|sbl|xbl|pbl|sbl-xbl|dbl)\.spamhaus\.org)\b/, '$1'],
  [/spamhaus/, 'Spamhaus'],
  [/\b(bl\.spamcop\.net)\b|spamcop/, 'bl.spamcop.net'],
  [/\b(b\.barracudacentral\.org)\b|barracuda/, 'b.barracudacentral.org'],
  [/\b((?:dnsbl|dul|spam)\.sorbs\.net)\b/, '$1'],
  [/\b(cbl\.abuseat\.org)\b|abuseat\.org/, 'cbl.abuseat.org'],
  [/\b(dnsbl-[123]\.uceprotect\.net)\b/, '$1'],
  [/\b(psbl\.surriel\.com)\b/, 'psbl.surriel.com'],
  [/\b(bl\.mailspike\.net)\b/, 'bl.mailspike.net'],
  [/\b(ivmsip(?:24)?)\b|invaluement/, 'Invaluement'],
  [/\b(multi\.surbl\.org)\b|\bsurbl\b/, 'multi.surbl.org'],
  [/cloudmark/, 'Cloudmark'],
  [/proofpoint.*dnsbl|dnsbl.*proofpoint/, 'Proofpoint'],
  [/\b(bl\.score\.senderscore\.com)\b|return ?path dnsbl/, 'bl.score.senderscore.com'],
];

/** The DNS blacklist a reply names, when it names one. */
export function listNamed(text: string): string | undefined {
  const t = text.toLowerCase();
  for (const [re, name] of LIST_NAMES) {
    const m = t.match(re);
    if (m) return name.replace('$1', m[1] ?? '');
  }
  const using = t.match(/blocked using ([a-z0-9.-]+\.[a-z]{2,})/) ?? t.match(/listed (?:on|in|at|by) (?:the )?([a-z0-9.-]+\.[a-z]{2,})/);
  return using?.[1];
}

const LISTING_WORDS = /blocked using |black ?list|block ?list|\brbl\b|dnsbl|listed (?:on|in|at|by)|spamhaus|spamcop|barracuda|sorbs|abuseat|uceprotect/;
const PTR_WORDS = /\bptr\b|reverse dns|rdns|reverse lookup|cannot find your hostname|generic dns|no hostname/;
const TLS_WORDS = /\btls\b|starttls|encryption|ssl\b|certificate|dane/;
const AUTH_WORDS = /\bspf\b|dkim|dmarc|sender policy framework|not authenticated|unauthenticated/;

/** Our reason, plus the blacklist a block names. */
export function decideReason(input: ReasonInput): { reason: BounceReason; list?: string } {
  if (input.stated && !input.statedClass) return { reason: input.stated };
  const cls = sisimaiClass(input);
  const text = input.diagnostic.toLowerCase();
  switch (cls) {
    case 'userunknown':
      return { reason: 'user_unknown' };
    case 'hostunknown':
    case 'notaccept':
      return { reason: 'host_unknown' };
    case 'mailboxfull':
      return { reason: 'mailbox_full' };
    case 'suspend':
      return { reason: 'mailbox_disabled' };
    case 'hasmoved':
      return { reason: 'has_moved' };
    case 'mesgtoobig':
    case 'exceedlimit':
      return { reason: 'message_too_big' };
    case 'badreputation':
      return { reason: 'blocked_ip_reputation' };
    case 'blocked': {
      const list = LISTING_WORDS.test(text) ? listNamed(text) : undefined;
      if (list || LISTING_WORDS.test(text)) return list ? { reason: 'blocked_listed', list } : { reason: 'blocked_listed' };
      if (PTR_WORDS.test(text)) return { reason: 'rdns_missing' };
      return { reason: 'blocked_ip_reputation' };
    }
    case 'authfailure':
      return { reason: 'auth_failed' };
    case 'requireptr':
      return { reason: 'rdns_missing' };
    case 'spamdetected':
    case 'virusdetected':
    case 'contenterror':
    case 'notcompliantrfc':
      return { reason: 'spam_content' };
    case 'filtered':
    case 'policyviolation':
    case 'rejected':
      return { reason: 'policy' };
    case 'securityerror':
      if (TLS_WORDS.test(text)) return { reason: 'tls_required' };
      if (AUTH_WORDS.test(text)) return { reason: 'auth_failed' };
      return { reason: 'policy' };
    case 'norelaying':
      return { reason: 'relay_denied' };
    case 'toomanyconn':
      return { reason: 'too_many_connections' };
    case 'speeding':
      return { reason: 'rate_limited' };
    case 'expired':
      // A delay has not expired yet: say what holds it up, when the text says.
      if (input.action === 'delayed') return { reason: /timed? ?out|refused|unreachable|no route|connect/.test(text) ? 'network' : 'unknown' };
      return { reason: 'expired' };
    case 'networkerror':
      return { reason: 'network' };
    case 'systemerror':
    case 'systemfull':
    case 'mailererror':
      return { reason: 'system' };
    case 'syntaxerror':
      // "Must issue a STARTTLS command first" is a protocol complaint that means: TLS required.
      return { reason: TLS_WORDS.test(text) ? 'tls_required' : 'syntax' };
    default:
      return { reason: input.stated ?? 'unknown' };
  }
}

const ADDRESS_BAD = new Set<BounceReason>(['user_unknown', 'host_unknown', 'has_moved', 'mailbox_disabled']);
const BLOCKS = new Set<BounceReason>([
  'blocked_ip_reputation', 'blocked_listed', 'auth_failed', 'rdns_missing', 'spam_content', 'policy', 'rate_limited', 'too_many_connections', 'tls_required',
]);

/**
 * Hard when the address is bad, a block when the receiver refused the sender, a delay while the
 * sending server still retries, soft otherwise. A host that is unknown only for now (a class-4
 * status: DNS did not answer) says nothing certain about the address.
 */
export function categoryOf(reason: BounceReason, action: 'failed' | 'delayed', status: string): BounceCategory {
  if (action === 'delayed') return 'delay';
  if (ADDRESS_BAD.has(reason)) return reason === 'host_unknown' && status.startsWith('4.') ? 'soft' : 'hard';
  if (BLOCKS.has(reason)) return 'block';
  return 'soft';
}

/** Reasons that are blocks, for the report and the score. */
export const isBlockReason = (reason: BounceReason) => BLOCKS.has(reason);
