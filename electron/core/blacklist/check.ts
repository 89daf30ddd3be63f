// Asks the blocklists about the sending IPs (IP lists) and domains (domain lists). NXDOMAIN is
// clean; an answer inside 127.0.0.0/8 is decoded per list; an answer outside it means the
// resolver rewrites answers (wildcard, hijack), and no answer at all means we cannot tell — both
// unknown, never listed.
import net from 'node:net';
import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';
import type { BlacklistCheck, BlacklistFlag } from '../../../shared/audit';
import { canonicalIp, mapLimit, reversedLabels } from '../audit/index';
import { DnsError, type DnsLookup } from '../dns/index';
import { DNSBL_CATALOGUE, type Dnsbl } from './catalogue';

export interface BlacklistTargets {
  ips: string[];
  domains: string[];
}

export interface CheckBlacklistsOptions {
  /** Lists to ask; the whole catalogue by default. */
  lists?: readonly Dnsbl[];
  /** Also read the TXT record of a listing for the list's own explanation (default true). */
  fetchReasons?: boolean;
  /** Questions in flight at once from this check (default: all; the resolver bounds DNS overall). */
  concurrency?: number;
  /** Questions asked at most; the rest are listed in `skipped` (default: no cap). */
  maxQuestions?: number;
}

export interface BlacklistFlagResult extends BlacklistFlag {
  list_id: string;
  /** The IP or domain that is listed. */
  target: string;
  /** The list's TXT explanation, when it publishes one. */
  reason?: string;
}

export interface BlacklistResult extends BlacklistCheck {
  flagged_lists: BlacklistFlagResult[];
  unknown_lists: { list: string; list_id: string; reason: string }[];
  /** Targets a list was not asked about, and why (IPv6 on an IPv4-only list, not an IP, …). */
  skipped: { list: string; target: string; reason: string }[];
}

type Outcome =
  | { kind: 'clean' }
  | { kind: 'listed'; flags: BlacklistFlagResult[] }
  | { kind: 'unknown'; reason: string; noAnswer: boolean };

interface Question {
  list: Dnsbl;
  target: string;
  query: string;
}

function normDomain(d: string): string | null {
  const ascii = domainToASCII(d.trim().toLowerCase().replace(/\.$/, ''));
  return ascii && ascii.includes('.') && !net.isIP(ascii) ? ascii : null;
}

/** The questions for one list, plus the targets it cannot be asked about. */
function questionsFor(list: Dnsbl, ips: string[], domains: string[], skipped: BlacklistResult['skipped']): Question[] {
  if (list.kind === 'ip') {
    return ips.flatMap((ip) => {
      if (net.isIPv6(ip) && !list.ipv6) {
        skipped.push({ list: list.name, target: ip, reason: `${list.name} publishes IPv4 listings only, so ${ip} was not checked there` });
        return [];
      }
      return [{ list, target: ip, query: `${reversedLabels(ip)}.${list.zone}` }];
    });
  }
  const names = domains.flatMap((d) => {
    const registered = getDomain(d, { allowPrivateDomains: true }) ?? d;
    return list.domain_query === 'registered' ? [registered] : [d, registered];
  });
  return [...new Set(names)].map((d) => ({ list, target: d, query: `${d}.${list.zone}` }));
}

async function ask(q: Question, lookup: DnsLookup, fetchReasons: boolean): Promise<Outcome> {
  let answer;
  try {
    answer = await lookup.query(q.query, 'A');
  } catch (err) {
    if (!(err instanceof DnsError)) throw err;
    const why = err.kind === 'timeout' ? 'the query timed out' : err.kind === 'refused' ? 'the DNS server refused the query' : `the query failed (${err.kind})`;
    return { kind: 'unknown', reason: `${why} for ${q.target}`, noAnswer: true };
  }
  if (answer.rcode === 'NXDOMAIN' || answer.records.length === 0) return { kind: 'clean' };
  const flags: BlacklistFlagResult[] = [];
  const reasons: string[] = [];
  for (const a of answer.records) {
    if (!net.isIPv4(a) || !a.startsWith('127.')) {
      reasons.push(`the answer ${a} for ${q.target} is outside 127.0.0.0/8: the DNS resolver rewrites answers (wildcard or hijacked resolver), so this list cannot be trusted from here`);
      continue;
    }
    const v = q.list.decode(a);
    if (v.kind === 'unknown') reasons.push(v.reason);
    else flags.push({ list: q.list.name, list_id: q.list.id, zone: q.list.zone, target: q.target, query: q.query, answer: a, meaning: v.meaning, removal_url: q.list.removal_url });
  }
  if (flags.length === 0) return { kind: 'unknown', reason: [...new Set(reasons)].join('; '), noAnswer: false };
  if (fetchReasons) {
    try {
      const txt = await lookup.query(q.query, 'TXT');
      const reason = txt.records.join(' ').trim();
      if (reason) for (const f of flags) f.reason = reason;
    } catch {
      // The explanation is optional; the listing stands without it.
    }
  }
  return { kind: 'listed', flags };
}

export async function checkBlacklists(targets: BlacklistTargets, lookup: DnsLookup, opts: CheckBlacklistsOptions = {}): Promise<BlacklistResult> {
  const lists = opts.lists ?? DNSBL_CATALOGUE;
  const skipped: BlacklistResult['skipped'] = [];
  const ips: string[] = [];
  for (const raw of targets.ips) {
    const ip = canonicalIp(raw);
    if (ip === null) skipped.push({ list: '*', target: raw, reason: `"${raw}" is not an IP address` });
    else if (!ips.includes(ip)) ips.push(ip);
  }
  const domains: string[] = [];
  for (const raw of targets.domains) {
    const d = normDomain(raw);
    if (d === null) skipped.push({ list: '*', target: raw, reason: `"${raw}" is not a domain name` });
    else if (!domains.includes(d)) domains.push(d);
  }

  const all = lists.flatMap((list) => questionsFor(list, ips, domains, skipped));
  // Over the cap, the last questions (later targets, later lists) are not asked, and say so.
  const questions = all.slice(0, opts.maxQuestions ?? all.length);
  for (const q of all.slice(questions.length)) {
    skipped.push({ list: q.list.name, target: q.target, reason: `not asked: an audit asks at most ${questions.length} blacklist questions` });
  }
  const outcomes = await mapLimit(questions, opts.concurrency ?? questions.length, (q) => ask(q, lookup, opts.fetchReasons ?? true));

  const flagged: BlacklistFlagResult[] = [];
  const unknownLists: BlacklistResult['unknown_lists'] = [];
  const clean: string[] = [];
  let checked = 0;
  for (const list of lists) {
    const mine = outcomes.filter((_, i) => questions[i]?.list === list);
    if (mine.length === 0) continue;
    checked++;
    const flags = mine.flatMap((o) => (o.kind === 'listed' ? o.flags : []));
    const unknowns = mine.flatMap((o) => (o.kind === 'unknown' ? [o] : []));
    // A listing is a fact even when another target's question failed.
    if (flags.length) flagged.push(...flags);
    else if (unknowns.length) {
      const reason = [...new Set(unknowns.map((o) => o.reason))].join('; ');
      // The list's note often explains silence (e.g. Barracuda answers registered resolvers only).
      const hint = list.note && unknowns.some((o) => o.noAnswer) ? `. ${list.note}` : '';
      unknownLists.push({ list: list.name, list_id: list.id, reason: reason + hint });
    }
    else clean.push(list.name);
  }
  return {
    status: flagged.length ? 'error' : checked > 0 && unknownLists.length === checked ? 'unknown' : 'ok',
    listed: flagged.length > 0,
    checked_lists: checked,
    clean_lists: clean,
    flagged_lists: flagged,
    unknown_lists: unknownLists,
    skipped,
  };
}
