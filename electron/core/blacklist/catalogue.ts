// The DNS blocklists the audit asks, each with what its answers mean. Left out: SORBS (closed in
// June 2024) and the lists that need a paid key (Abusix, Invaluement). An answer decodes to
// `listed` (with a meaning) or `unknown` when the list refused to answer us (rate limit,
// public resolver blocked, bad query): a refusal is never reported as a listing.

export type DnsblVerdict =
  | { kind: 'listed'; meaning: string }
  | { kind: 'unknown'; reason: string };

export interface Dnsbl {
  id: string;
  name: string;
  zone: string;
  kind: 'ip' | 'domain';
  /** Publishes IPv6 listings (nibble-reversed names). Most lists do not. */
  ipv6: boolean;
  /** Domain lists: query the name as given and its registrable domain, or only the registrable domain. */
  domain_query?: 'as_given' | 'registered';
  /** Where to look up a listing and ask for removal. */
  removal_url: string;
  /** What a user should know before acting on this list. */
  note?: string;
  /** Meaning of one A answer (already known to be inside 127.0.0.0/8). */
  decode(answer: string): DnsblVerdict;
}

const octet = (a: string, i: number) => Number(a.split('.')[i]);
const listed = (meaning: string): DnsblVerdict => ({ kind: 'listed', meaning });
const unknown = (reason: string): DnsblVerdict => ({ kind: 'unknown', reason });

/** Lists whose listing answer is 127.0.0.2; another code is still a listing, reported as such. */
const single = (meaning: string) => (a: string): DnsblVerdict => listed(a === '127.0.0.2' ? meaning : `${meaning} (code ${a})`);

/** Answers by last octet; codes not in the table are listings of an unknown kind. */
const byCode = (table: Record<number, string>, fallback: string) => (a: string): DnsblVerdict =>
  listed(table[octet(a, 3)] ?? `${fallback} (code ${a})`);

/** Spamhaus answers 127.255.255.x when it will not answer this resolver (ZEN and DBL alike). */
function spamhausRefusal(a: string): DnsblVerdict | null {
  if (!a.startsWith('127.255.255.')) return null;
  const reasons: Record<number, string> = {
    252: 'Spamhaus says the query was malformed (127.255.255.252)',
    254: 'Spamhaus refuses queries that come through public or open resolvers such as 8.8.8.8 (127.255.255.254): use your own resolver or a free Spamhaus DQS key',
    255: 'Spamhaus refuses this resolver for sending too many queries (127.255.255.255): use your own resolver or a free Spamhaus DQS key',
  };
  return unknown(reasons[octet(a, 3)] ?? `Spamhaus returned the error code ${a}`);
}

/** URIBL/SURBL answer 127.0.0.1 when they block the querying resolver; other codes are bitmasks. */
function bitmask(list: string, bits: Record<number, string>) {
  return (a: string): DnsblVerdict => {
    if (a === '127.0.0.1') return unknown(`${list} refused the query (127.0.0.1): it blocks public resolvers and heavy users; use your own resolver`);
    const code = octet(a, 3);
    const names = Object.entries(bits).filter(([bit]) => (code & Number(bit)) !== 0).map(([, name]) => name);
    return names.length ? listed(names.join('; ')) : unknown(`${list} returned the unexpected code ${a}`);
  };
}

export const DNSBL_CATALOGUE: readonly Dnsbl[] = [
  {
    id: 'spamhaus-zen', name: 'Spamhaus ZEN', zone: 'zen.spamhaus.org', kind: 'ip', ipv6: true,
    removal_url: 'https://check.spamhaus.org/',
    note: 'Spamhaus refuses queries from public resolvers (Google, Cloudflare, …); results then show as unknown.',
    decode: (a) => spamhausRefusal(a) ?? byCode({
      2: 'SBL: a known spam source or spam operation',
      3: 'SBL CSS: low-reputation "snowshoe" sending',
      4: 'XBL: a compromised or infected host (exploits, malware, botnet)',
      5: 'XBL: a compromised or infected host',
      6: 'XBL: a compromised or infected host',
      7: 'XBL: a compromised or infected host',
      9: 'SBL DROP: a hijacked or criminal network',
      10: 'PBL (listed by the ISP): an end-user IP range that should not send mail straight to other servers — harmless for a connection that only submits mail through your provider, a problem for a mail server',
      11: 'PBL (listed by Spamhaus): an end-user IP range that should not send mail straight to other servers — harmless for a connection that only submits mail through your provider, a problem for a mail server',
    }, 'listed by Spamhaus ZEN')(a),
  },
  {
    id: 'spamhaus-dbl', name: 'Spamhaus DBL', zone: 'dbl.spamhaus.org', kind: 'domain', ipv6: false, domain_query: 'as_given',
    removal_url: 'https://check.spamhaus.org/',
    note: 'Spamhaus refuses queries from public resolvers (Google, Cloudflare, …); results then show as unknown.',
    decode: (a) => {
      const refusal = spamhausRefusal(a);
      if (refusal) return refusal;
      if (a === '127.0.1.255') return unknown('Spamhaus DBL does not answer IP address queries (127.0.1.255)');
      return byCode({
        2: 'spam domain',
        4: 'phishing domain',
        5: 'malware domain',
        6: 'botnet command-and-control domain',
        102: 'abused legitimate domain used in spam',
        103: 'abused redirector or URL shortener used in spam',
        104: 'abused legitimate domain used for phishing',
        105: 'abused legitimate domain used for malware',
        106: 'abused legitimate domain used for botnet command and control',
      }, 'listed by Spamhaus DBL')(a);
    },
  },
  {
    id: 'spamcop', name: 'SpamCop', zone: 'bl.spamcop.net', kind: 'ip', ipv6: false,
    removal_url: 'https://www.spamcop.net/bl.shtml',
    note: 'Listings expire by themselves about 24 hours after the reports stop.',
    decode: single('reported as a spam source by SpamCop users'),
  },
  {
    id: 'barracuda', name: 'Barracuda BRBL', zone: 'b.barracudacentral.org', kind: 'ip', ipv6: false,
    removal_url: 'https://www.barracudacentral.org/rbl/removal-request',
    note: 'Barracuda answers only resolvers registered (free) at barracudacentral.org; from others the check shows as unknown.',
    decode: single('poor sending reputation at Barracuda'),
  },
  {
    id: 'uceprotect-1', name: 'UCEPROTECT Level 1', zone: 'dnsbl-1.uceprotect.net', kind: 'ip', ipv6: false,
    removal_url: 'https://www.uceprotect.net/en/rblcheck.php',
    note: 'Level 1 lists single IPs that hit its spam traps; listings expire after 7 days without new hits.',
    decode: single('this IP sent mail to UCEPROTECT spam traps'),
  },
  {
    id: 'psbl', name: 'PSBL', zone: 'psbl.surriel.com', kind: 'ip', ipv6: false,
    removal_url: 'https://psbl.org/',
    decode: single('this IP sent mail to PSBL spam traps'),
  },
  {
    id: 'mailspike', name: 'Mailspike', zone: 'bl.mailspike.net', kind: 'ip', ipv6: false,
    removal_url: 'https://mailspike.org/anubis/lookup.html',
    // bl.mailspike.net combines the zero-hour list (127.0.0.2) with the worst reputation levels
    // of rep.mailspike.net (127.0.0.10 = L5 … 127.0.0.14 = L1).
    decode: byCode({
      2: 'part of a current spam wave (Mailspike zero-hour list)',
      10: 'Mailspike reputation L5: worst possible reputation',
      11: 'Mailspike reputation L4: very bad reputation',
      12: 'Mailspike reputation L3: bad reputation',
      13: 'Mailspike reputation L2: suspicious reputation',
      14: 'Mailspike reputation L1: neutral, probably spam',
    }, 'listed by Mailspike'),
  },
  {
    id: 'spamrats', name: 'SpamRATS', zone: 'all.spamrats.com', kind: 'ip', ipv6: false,
    removal_url: 'https://www.spamrats.com/removal.php',
    decode: byCode({
      36: 'RATS-Dyna: the IP has a generic or dynamic-looking reverse DNS name',
      37: 'RATS-NoPtr: the IP has no reverse DNS (PTR) record',
      38: 'RATS-Spam: the IP sent spam to SpamRATS traps',
      43: 'RATS-Auth: the IP attempted brute-force logins on mail servers', // code unsure
    }, 'listed by SpamRATS'),
  },
  {
    id: 'dronebl', name: 'DroneBL', zone: 'dnsbl.dronebl.org', kind: 'ip', ipv6: true, // IPv6 support: unsure
    removal_url: 'https://dronebl.org/lookup',
    decode: byCode({
      3: 'IRC drone',
      5: 'bottler',
      6: 'unknown spambot or drone',
      7: 'DDoS drone',
      8: 'open SOCKS proxy',
      9: 'open HTTP proxy',
      10: 'proxy chain',
      11: 'web page proxy',
      12: 'open DNS resolver',
      13: 'brute-force attacker',
      14: 'open Wingate proxy',
      15: 'compromised router or gateway',
      16: 'autorooting worm',
      17: 'automatically detected botnet IP',
      18: 'DNS/MX record on an IRC network',
      19: 'abused VPN service',
    }, 'listed by DroneBL as abusive'),
  },
  {
    // Unsure: 0spam documents 127.0.0.x for single IPs and 127.0.x.0 for whole /24 ranges.
    id: '0spam', name: '0spam', zone: 'bl.0spam.org', kind: 'ip', ipv6: false,
    removal_url: 'https://0spam.org/',
    decode: (a) => listed(octet(a, 3) === 0 ? `the whole /24 range sent spam to 0spam traps (code ${a})` : `this IP sent spam to 0spam traps (code ${a})`),
  },
  {
    id: 'nixspam', name: 'NiX Spam', zone: 'ix.dnsbl.manitu.net', kind: 'ip', ipv6: false,
    removal_url: 'https://www.nixspam.net/',
    decode: single('this IP sent spam seen by NiX Spam (listings expire after 12 hours)'),
  },
  {
    id: 'truncate', name: 'Truncate (GBUdb)', zone: 'truncate.gbudb.net', kind: 'ip', ipv6: false,
    removal_url: 'https://www.gbudb.com/truncate/',
    decode: single('GBUdb sees mostly spam from this IP'),
  },
  {
    id: 'uribl', name: 'URIBL', zone: 'multi.uribl.com', kind: 'domain', ipv6: false, domain_query: 'registered',
    removal_url: 'https://lookup.uribl.com/',
    note: 'URIBL refuses queries from public resolvers (answer 127.0.0.1): results then show as unknown.',
    decode: bitmask('URIBL', { 2: 'URIBL black: domain seen in spam', 4: 'URIBL grey: domain of bulk mail that many recipients did not ask for', 8: 'URIBL red: domain of a new account seen in abuse' }),
  },
  {
    id: 'surbl', name: 'SURBL', zone: 'multi.surbl.org', kind: 'domain', ipv6: false, domain_query: 'registered',
    removal_url: 'https://www.surbl.org/surbl-analysis',
    note: 'SURBL refuses queries from public resolvers (answer 127.0.0.1): results then show as unknown.',
    // 2, 4 and 32 are retired list bits, still decoded for old mirrors.
    decode: bitmask('SURBL', { 2: 'SURBL SC (retired)', 4: 'SURBL WS (retired)', 8: 'SURBL PH: phishing domain', 16: 'SURBL MW: malware domain', 32: 'SURBL AB (retired)', 64: 'SURBL ABUSE: spam domain', 128: 'SURBL CR: cracked (hacked) site' }),
  },
];

/** Catalogue entries by id, in catalogue order; unknown ids are ignored. */
export function selectDnsbls(ids: readonly string[]): Dnsbl[] {
  const wanted = new Set(ids);
  return DNSBL_CATALOGUE.filter((l) => wanted.has(l.id));
}
