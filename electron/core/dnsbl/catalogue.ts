// The DNS blacklists the audit queries, with what each answer means. SORBS closed in June 2024
// and is left out; lists that need a paid key (Abusix, Invaluement) are left out too.
// An answer is decoded to `listed` (with a meaning) or `unknown` (the list refused to answer us:
// rate limit, public resolver, bad query) — a refusal is never reported as a listing.

export type Decoded = { kind: 'listed'; meaning: string } | { kind: 'unknown'; reason: string };

export interface Dnsbl {
  id: string;
  name: string;
  zone: string;
  kind: 'ip' | 'domain';
  removal_url: string;
  decode(answer: string): Decoded;
}

const last = (a: string) => Number(a.split('.')[3]);
const listed = (meaning: string): Decoded => ({ kind: 'listed', meaning });
const unknown = (reason: string): Decoded => ({ kind: 'unknown', reason });

/** Spamhaus answers 127.255.255.x to say it will not answer this resolver. */
function spamhausRefusal(a: string): Decoded | null {
  if (!a.startsWith('127.255.255.')) return null;
  const reasons: Record<number, string> = {
    252: 'Spamhaus: typing error in the query name (127.255.255.252)',
    254: 'Spamhaus: queries through public/open resolvers are blocked — use your own resolver or a Spamhaus DQS key (127.255.255.254)',
    255: 'Spamhaus: too many queries from this resolver (127.255.255.255)',
  };
  return unknown(reasons[last(a)] ?? `Spamhaus: error answer ${a}`);
}

/** Lists whose only code is 127.0.0.2. */
const simple = (label: string) => (a: string) => (a === '127.0.0.2' ? listed(label) : listed(`${label} (code ${a})`));

export const DNSBLS: Dnsbl[] = [
  {
    id: 'spamhaus-zen', name: 'Spamhaus ZEN', zone: 'zen.spamhaus.org', kind: 'ip', removal_url: 'https://check.spamhaus.org/',
    decode: (a) => {
      const refusal = spamhausRefusal(a);
      if (refusal) return refusal;
      const n = last(a);
      if (n === 2) return listed('SBL: known spam source');
      if (n === 3) return listed('SBL CSS: snowshoe spam / low-reputation sender');
      if (n >= 4 && n <= 7) return listed('XBL: compromised or infected host (exploits, botnet)');
      if (n === 9) return listed('SBL DROP: hijacked or criminal network');
      if (n === 10 || n === 11) return listed('PBL: end-user IP range that should not send mail directly');
      return listed(`listed (code ${a})`);
    },
  },
  { id: 'spamcop', name: 'SpamCop', zone: 'bl.spamcop.net', kind: 'ip', removal_url: 'https://www.spamcop.net/bl.shtml', decode: simple('reported as a spam source by SpamCop users') },
  // Answers only resolvers registered with Barracuda; unregistered ones get nothing back.
  { id: 'barracuda', name: 'Barracuda BRBL', zone: 'b.barracudacentral.org', kind: 'ip', removal_url: 'https://www.barracudacentral.org/rbl/removal-request', decode: simple('poor reputation at Barracuda') },
  { id: 'uceprotect-1', name: 'UCEPROTECT Level 1', zone: 'dnsbl-1.uceprotect.net', kind: 'ip', removal_url: 'https://www.uceprotect.net/en/rblcheck.php', decode: simple('this IP sent to UCEPROTECT spam traps') },
  { id: 'psbl', name: 'PSBL (Passive Spam Block List)', zone: 'psbl.surriel.com', kind: 'ip', removal_url: 'https://psbl.org/', decode: simple('sent mail to PSBL spam traps') },
  {
    id: 'mailspike', name: 'Mailspike', zone: 'bl.mailspike.net', kind: 'ip', removal_url: 'https://mailspike.org/anubis/lookup.html',
    decode: (a) => {
      const n = last(a);
      if (n === 2) return listed('Mailspike blacklist: recent spam');
      if (n >= 10 && n <= 14) return listed(`Mailspike reputation level L${15 - n} of 5 (poor)`);
      return listed(`listed (code ${a})`);
    },
  },
  {
    id: 'spamrats', name: 'SpamRATS', zone: 'all.spamrats.com', kind: 'ip', removal_url: 'https://www.spamrats.com/removal.php',
    decode: (a) => {
      const meanings: Record<number, string> = {
        36: 'RATS-Dyna: dynamic/residential IP sending mail', 37: 'RATS-NoPtr: IP without reverse DNS sending mail',
        38: 'RATS-Spam: seen sending spam', 43: 'RATS-Auth: brute-force login attempts',
      };
      return listed(meanings[last(a)] ?? `listed (code ${a})`);
    },
  },
  {
    id: 'dronebl', name: 'DroneBL', zone: 'dnsbl.dronebl.org', kind: 'ip', removal_url: 'https://dronebl.org/lookup',
    decode: (a) => {
      const meanings: Record<number, string> = {
        3: 'IRC drone', 5: 'bottler', 6: 'unknown spambot or drone', 7: 'DDoS drone', 8: 'open SOCKS proxy', 9: 'open HTTP proxy',
        10: 'proxy chain', 11: 'web page proxy', 12: 'open DNS resolver', 13: 'brute-force attacker', 14: 'open Wingate proxy',
        15: 'compromised router or gateway', 16: 'autorooting worm', 17: 'botnet member', 18: 'DNS/MX on IRC', 19: 'abused VPN',
      };
      return listed(`DroneBL: ${meanings[last(a)] ?? `code ${a}`}`);
    },
  },
  { id: '0spam', name: '0spam', zone: 'bl.0spam.org', kind: 'ip', removal_url: 'https://0spam.org/', decode: simple('sent mail to 0spam traps') },
  { id: 'nixspam', name: 'NiX Spam', zone: 'ix.dnsbl.manitu.net', kind: 'ip', removal_url: 'https://www.nixspam.net/', decode: simple('seen sending spam by NiX Spam') },
  { id: 'truncate', name: 'GBUdb Truncate', zone: 'truncate.gbudb.net', kind: 'ip', removal_url: 'https://www.gbudb.com/truncate/', decode: simple('almost only spam seen from this IP by GBUdb') },
  { id: 'blocklist-de', name: 'blocklist.de', zone: 'bl.blocklist.de', kind: 'ip', removal_url: 'https://www.blocklist.de/en/search.html', decode: simple('reported for attacks (brute force, spam) by blocklist.de') },
  {
    id: 'spamhaus-dbl', name: 'Spamhaus DBL', zone: 'dbl.spamhaus.org', kind: 'domain', removal_url: 'https://check.spamhaus.org/',
    decode: (a) => {
      const refusal = spamhausRefusal(a);
      if (refusal) return refusal;
      const meanings: Record<string, string> = {
        '127.0.1.2': 'spam domain', '127.0.1.4': 'phishing domain', '127.0.1.5': 'malware domain', '127.0.1.6': 'botnet C&C domain',
        '127.0.1.102': 'abused legit domain (spam)', '127.0.1.103': 'abused legit spammed redirector', '127.0.1.104': 'abused legit domain (phishing)',
        '127.0.1.105': 'abused legit domain (malware)', '127.0.1.106': 'abused legit domain (botnet C&C)',
      };
      return listed(`DBL: ${meanings[a] ?? `code ${a}`}`);
    },
  },
  {
    id: 'uribl', name: 'URIBL', zone: 'multi.uribl.com', kind: 'domain', removal_url: 'https://admin.uribl.com/',
    decode: (a) => {
      const n = last(a);
      // 127.0.0.1: URIBL refuses this resolver (public resolver or too many queries).
      if (n === 1) return unknown('URIBL: query refused for this resolver (127.0.0.1) — use your own resolver');
      const parts = [n & 2 && 'black (spam domain)', n & 4 && 'grey (bulk sender)', n & 8 && 'red (recently seen in spam)'].filter(Boolean);
      return listed(`URIBL ${parts.join(', ') || `code ${a}`}`);
    },
  },
  {
    id: 'surbl', name: 'SURBL', zone: 'multi.surbl.org', kind: 'domain', removal_url: 'https://www.surbl.org/surbl-analysis',
    decode: (a) => {
      const n = last(a);
      if (n === 1) return unknown('SURBL: access blocked for this resolver (127.0.0.1)');
      const parts = [n & 8 && 'phishing', n & 16 && 'malware', n & 64 && 'spam/abuse', n & 128 && 'cracked site'].filter(Boolean);
      return listed(`SURBL ${parts.join(', ') || `code ${a}`}`);
    },
  },
];
