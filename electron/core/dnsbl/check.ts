// Queries the catalogue for the sending IPs (IP lists) and the domain and tracking domains
// (domain lists). NXDOMAIN = not listed; an answer is decoded per list; no answer = unknown.
import net from 'node:net';
import type { BlacklistCheck, BlacklistFlag } from '../../../shared/audit';
import { DnsError, type DnsLookup } from '../dns/index';
import { DNSBLS, type Dnsbl } from './catalogue';

const reverseV4 = (ip: string) => ip.split('.').reverse().join('.');

export async function checkBlacklists(
  targets: { ips: string[]; domains: string[] },
  lookup: DnsLookup,
  opts: { lists?: Dnsbl[] } = {},
): Promise<BlacklistCheck> {
  const lists = opts.lists ?? DNSBLS;
  // Most DNSBLs publish IPv4 only; IPv6 senders are checked by domain lists and reputation.
  const ips = [...new Set(targets.ips.filter((ip) => net.isIPv4(ip)))];
  const domains = [...new Set(targets.domains.map((d) => d.toLowerCase()))];
  const flagged: BlacklistFlag[] = [];
  const unknown: { list: string; reason: string }[] = [];
  const clean: string[] = [];
  let checked = 0;

  await Promise.all(
    lists.map(async (list) => {
      const queries = list.kind === 'ip' ? ips.map((ip) => `${reverseV4(ip)}.${list.zone}`) : domains.map((d) => `${d}.${list.zone}`);
      if (queries.length === 0) return;
      checked++;
      const listFlags: BlacklistFlag[] = [];
      const reasons: string[] = [];
      for (const query of queries) {
        let answer;
        try {
          answer = await lookup.query(query, 'A');
        } catch (err) {
          reasons.push(err instanceof DnsError ? `no answer (${err.kind})` : String(err));
          continue;
        }
        for (const a of answer.records) {
          if (!a.startsWith('127.')) {
            reasons.push(`answer ${a} is outside 127.0.0.0/8: the resolver rewrites answers, so this list cannot be trusted here`);
            continue;
          }
          const d = list.decode(a);
          if (d.kind === 'unknown') reasons.push(d.reason);
          else listFlags.push({ list: list.name, zone: list.zone, query, answer: a, meaning: d.meaning, removal_url: list.removal_url });
        }
      }
      if (listFlags.length) flagged.push(...listFlags);
      else if (reasons.length) unknown.push({ list: list.name, reason: [...new Set(reasons)].join('; ') });
      else clean.push(list.name);
    }),
  );
  const order = (name: string) => lists.findIndex((l) => l.name === name);
  flagged.sort((a, b) => order(a.list) - order(b.list));
  unknown.sort((a, b) => order(a.list) - order(b.list));
  clean.sort((a, b) => order(a) - order(b));
  return {
    status: flagged.length ? 'error' : checked > 0 && unknown.length === checked ? 'unknown' : 'ok',
    listed: flagged.length > 0,
    checked_lists: checked,
    clean_lists: clean,
    flagged_lists: flagged,
    unknown_lists: unknown,
  };
}
