// What the big receiving providers mean by their own replies. Ported from sisimai's
// Sisimai::Rhost::* modules (rb-sisimai 5.1, lib/sisimai/rhost/*.rb, BSD-2-Clause): Google,
// Microsoft, Yahoo Inc., Apple, Orange/La Poste (FrancePTT), Cox, Spectrum, GoDaddy, Mimecast, i.ua.
// Google's 4.7.32 and Microsoft's 5.7.515 come from the providers' published error references.
import type { SisimaiClass } from './reason-phrases';

interface ProviderInput {
  /** Lower-case diagnostic text. */
  text: string;
  /** The original-case diagnostic text (codes such as AUP#CXBL are case-sensitive). */
  raw: string;
  status: string;
  reply: string;
  /** Remote MTA host and the recipient's domain, lower case. */
  host: string;
  domain: string;
}

type Rule = (p: ProviderInput) => SisimaiClass | undefined;

const endsWithAny = (s: string, suffixes: readonly string[]) => suffixes.some((x) => s === x.replace(/^\./, '') || s.endsWith(x));

// Google: [reply, status, phrase]; reply and status compared on their last digits as sisimai does.
const GOOGLE: Partial<Record<SisimaiClass, [string, string, string][]>> = {
  authfailure: [
    ['451', '4.7.24', 'the spf record of the sending domain'], ['550', '5.7.24', 'the spf record of the sending domain'],
    ['421', '4.7.26', 'senders to authenticate with either spf or dkim'], ['550', '5.7.26', 'senders to authenticate with either spf or dkim'],
    ['550', '5.7.26', 'fails to pass spf checks for an spf record with a hard fail'], ['550', '5.7.26', 'has an spf record with a hard fail policy'],
    ['451', '4.7.26', "is not accepted due to domain's dmarc policy"], ['550', '5.7.26', "is not accepted due to domain's dmarc policy"],
    ['550', '5.7.1', 'fails to pass authentication checks'], ['550', '5.7.26', 'fails to pass authentication checks'],
    ['550', '5.7.26', 'this mail has been blocked because the sender is unauthenticated'],
    ['421', '4.7.27', 'senders to authenticate with spf'], ['421', '4.7.27', 'senders to authenticate their email with spf'],
    ['550', '5.7.27', 'senders to authenticate with spf'], ['421', '4.7.30', 'senders to authenticate their email with dkim'],
    ['550', '5.7.30', 'senders to authenticate with dkim'], ['421', '4.7.32', 'aligned with either the authenticated spf or dkim'],
    ['550', '5.7.32', 'aligned with either the authenticated spf or dkim'],
  ],
  badreputation: [
    ['421', '4.7.0', 'very low reputation of the sending ip address'], ['421', '4.7.0', 'very low reputation of the sending domain'],
    ['550', '5.7.1', 'likely suspicious due to the very low reputation of the sending ip address'],
    ['550', '5.7.1', 'likely suspicious due to the very low reputation of the sending domain'],
  ],
  blocked: [
    ['421', '4.7.0', 'ip not in whitelist for rcpt domain'], ['421', '4.7.0', 'try again later, closing connection.'],
    ['501', '5.5.4', 'empty helo/ehlo argument not allowed'], ['501', '5.5.4', 'helo/ehlo argument is invalid'],
    ['421', '4.7.0', 'an unusual rate of unsolicited mail'], ['421', '4.7.28', 'an unusual rate of mail'],
    ['550', '5.7.1', 'an unusual rate of unsolicited mail'], ['550', '5.7.28', 'an unusual rate of unsolicited mail'],
  ],
  exceedlimit: [
    ['552', '5.2.3', "your message exceeded google's message size limits"], ['552', '5.3.4', "exceeds google's limit of limit attachments."],
    ['552', '5.3.4', "your message exceeded google's message header size limits"], ['552', '5.3.4', 'bytes per individual header size'],
    ['552', '5.3.4', "exceeds google's header name limit of"], ['552', '5.3.4', "exceeds google's message header size limit"],
  ],
  expired: [['421', '4.7.0', 'connection expired'], ['451', '4.4.2', 'timeout - closing connection']],
  mailboxfull: [
    ['452', '4.2.2', 'inbox is out of storage space'], ['552', '5.2.2', 'inbox is out of storage space and inactive'],
    ['452', '4.2.2', 'is over quota'], ['552', '5.2.2', 'is over quota'], ['550', '5.7.1', 'email quota exceeded'],
  ],
  mesgtoobig: [['552', '5.3.4', "exceeded google's message size limits"], ['552', '5.3.4', "exceeds google's message size limit of"]],
  networkerror: [['554', '5.4.6', 'message exceeded 50 hops'], ['554', '5.6.0', 'message exceeded 50 hops']],
  norelaying: [
    ['550', '5.7.0', 'mail relay denied'], ['550', '5.7.1', 'invalid credentials for relay'],
    ['550', '5.7.1', 'is not authorized to send email directly to our servers'],
  ],
  notcompliantrfc: [
    ['550', '5.7.1', 'missing a valid address in the from: header'], ['550', '5.7.1', 'multiple addresses in from: header are not accepted'],
    ['550', '5.7.1', 'is not rfc 5322 compliant'], ['550', '5.7.1', 'missing a valid message-id: header'],
    ['550', '5.7.1', 'contains a unicode character in a disallowed header'], ['550', '5.7.1', 'encoded-word syntax is not permitted'],
    ['553', '5.1.7', 'is not a valid rfc 5321 address'], ['554', '5.6.0', 'mail message is malformed'],
  ],
  policyviolation: [
    ['552', '5.7.0', 'illegal attachment on your message'], ['552', '5.7.0', 'blocked because its content presents a potential security issue'],
    ['550', '5.7.1', 'you are sending to (or from) has a policy that prohibited'], ['421', '4.7.28', 'sending messages with the same message-id:'],
  ],
  rejected: [['550', '5.7.0', 'mail sending denied'], ['550', '5.7.1', 'unauthenticated email is not accepted']],
  requireptr: [
    ['550', '5.7.1', 'does not meet ipv6 sending guidelines regarding ptr records and authentication'],
    ['421', '4.7.0', 'does not have a ptr record'], ['421', '4.7.23', ' have a ptr record, or the ptr record'],
    ['550', '5.7.25', 'does not have a ptr record'], ['550', '5.7.25', 'does not match the ip address of the hostname'],
  ],
  securityerror: [
    ['421', '4.7.0', 'tls required for rcpt domain'], ['454', '4.7.0', 'too many login attempts'], ['501', '5.5.2', 'cannot decode response'],
    ['503', '5.7.0', 'no identity changes permitted'], ['530', '5.5.1', 'authentication required.'], ['530', '5.7.0', 'authentication required.'],
    ['535', '5.7.1', 'application-specific password required'], ['535', '5.7.9', 'application-specific password required'],
    ['535', '5.7.1', 'please log in with your web browser'], ['534', '5.7.9', 'please log in with your web browser'],
    ['534', '5.7.14', 'please log in through your web browser'], ['535', '5.7.1', 'username and password not accepted'],
    ['535', '5.7.8', 'username and password not accepted'], ['421', '4.7.29', 'senders to use tls/ssl for smtp'],
    ['550', '5.7.29', 'senders to use tls/ssl for smtp'],
  ],
  spamdetected: [['421', '4.7.0', 'due to the nature of the content or the links within'], ['550', '5.7.1', 'likely unsolicited mail']],
  speeding: [
    ['450', '4.2.1', 'is receiving mail too quickly'], ['450', '4.2.1', 'peak smtp relay limit exceeded for customer'],
    ['450', '4.2.1', 'rate that prevents additional messages from being delivered'],
    ['550', '5.2.1', 'rate that prevents additional messages from being delivered'], ['550', '5.4.5', 'daily sending quota exceeded'],
    ['550', '5.4.5', 'daily user sending limit exceeded'], ['550', '5.4.5', 'daily smtp relay limit exceeded for'],
    ['550', '5.7.1', 'daily smtp relay limit exceeded for'], ['550', '5.7.1', 'daily smtp relay sending limit exceeded for'],
    ['550', '5.7.1', 'this mail has been rate limited'],
  ],
  suspend: [['550', '5.2.1', 'account that you tried to reach is disabled'], ['550', '5.2.1', 'account that you tried to reach is inactive']],
  syntaxerror: [
    ['451', '4.5.0', 'smtp protocol violation'], ['454', '4.5.0', 'smtp protocol violation'], ['525', '5.7.10', 'smtp protocol violation'],
    ['535', '5.5.4', 'optional argument not permitted'], ['454', '5.5.1', 'starttls may not be repeated'], ['501', '5.7.11', 'syntax error'],
    ['501', '5.5.2', 'syntax error'], ['555', '5.5.2', 'syntax error'], ['502', '5.5.1', 'too many unrecognized commands, goodbye'],
    ['502', '5.5.1', 'unimplemented command'], ['502', '5.5.1', 'unrecognized command'], ['503', '5.5.1', 'bad sequence of commands'],
    ['503', '5.5.1', 'ehlo/helo first'], ['503', '5.5.1', 'mail first'], ['503', '5.5.1', 'rcpt first'], ['503', '5.5.1', 'no data after bdat'],
    ['504', '5.7.4', 'unrecognized authentication type'], ['504', '5.7.4', 'xoauth is no longer supported'],
    ['530', '5.7.0', 'must issue a starttls command first'], ['554', '5.7.0', 'too many unauthenticated commands'],
  ],
  systemerror: [
    ['421', '4.3.0', 'temporary system problem'], ['421', '4.7.0', 'temporary system problem'], ['421', '4.4.5', 'server busy'],
    ['451', '4.3.0', 'multiple destination domains per transaction is unsupported'], ['451', '4.3.0', 'mail server has temporarily rejected this message'],
    ['451', '4.3.0', 'mail server temporarily rejected message'], ['452', '4.5.3', 'domain policy size per transaction exceeded'],
    ['454', '4.7.0', 'cannot authenticate due to temporary system problem'],
  ],
  toomanyconn: [['452', '4.5.3', 'your message has too many recipients'], ['550', '5.5.3', 'too many recipients for this sender']],
  userunknown: [
    ['550', '5.1.1', 'the email account that you tried to reach does not exist'], ['553', '5.1.2', "we weren't able to find the recipient domain"],
    ['553', '5.1.3', 'is not a valid rfc 5321 address'],
  ],
};

function google(p: ProviderInput): SisimaiClass | undefined {
  if (!/^[245]\d\d$/.test(p.reply) || !p.status) return undefined;
  const status = p.status.slice(2);
  const reply = p.reply.slice(1);
  for (const [cls, rules] of Object.entries(GOOGLE) as [SisimaiClass, [string, string, string][]][]) {
    if (rules.some(([r, s, phrase]) => p.text.includes(phrase) && r.endsWith(reply) && s.endsWith(status))) return cls;
  }
  return undefined;
}

// Microsoft: [status or status prefix, low, high, phrase]; a prefix with a range matches the last number.
const MICROSOFT: Partial<Record<SisimaiClass, [string, number, number, string][]>> = {
  authfailure: [
    ['4.7.26', 0, 0, 'must pass either spf or dkim validation, this message is not signed'],
    ['5.7.23', 0, 0, 'the message was rejected because of sender policy framework violation'],
    ['5.7.509', 0, 0, 'does not pass dmarc verification'], ['5.7.515', 0, 0, 'sending domain'],
    ['5.7.515', 0, 0, 'does not meet the required authentication level'],
  ],
  badreputation: [['4.7.650', 0, 0, 'has been temporarily rate limited due to ip reputation']],
  blocked: [
    ['4.4.2', 0, 0, 'connection dropped'], ['4.7.', 850, 899, 'access denied, please try again later'],
    ['5.7.25', 0, 0, 'must have a reverse dns record'], ['5.7.506', 0, 0, 'access denied, bad helo'],
    ['5.7.507', 0, 0, 'access denied, rejected by recipient'], ['5.7.510', 0, 0, 'does not accept email over ipv6'],
    ['5.7.511', 0, 0, 'access denied, banned sender'], ['5.7.513', 0, 0, 'using customer block list'],
    ['5.7.', 606, 649, 'access denied, banned sending ip '], ['4.7.', 500, 699, 'access denied, please try again later'],
    ['5.5.4', 0, 0, 'invalid domain name'], ['5.7.51', 0, 0, 'restrictdomainstoipaddresses or restrictdomainstocertificate'],
    ['5.7.1', 0, 0, 'part of their network is on our block list (s3150)'],
  ],
  contenterror: [
    ['5.3.0', 0, 0, 'too many related errors'], ['5.6.11', 0, 0, 'invalid characters'],
    ['5.4.11', 0, 0, 'agent generated message depth exceeded'], ['5.5.6', 0, 0, 'invalid message content'],
  ],
  exceedlimit: [['5.2.3', 0, 0, 'resolver.rst.recipsizelimit; message too large for this recipient']],
  expired: [
    ['4.4.1', 0, 0, 'connection timed out'], ['4.4.7', 0, 0, 'message delayed'], ['4.4.7', 0, 0, 'queue expired; message expired'],
    ['4.4.7', 0, 0, 'message expired'], ['5.4.300', 0, 0, 'message expired'],
  ],
  hostunknown: [['5.4.310', 0, 0, 'does not exist'], ['5.4.4', 0, 0, 'smtpsend.dns.nonexistentdomain; nonexistent domain']],
  mailboxfull: [['5.2.2', 0, 0, 'mailbox full']],
  mesgtoobig: [['5.3.4', 0, 0, 'message size exceeds fixed maximum message size'], ['5.3.4', 0, 0, 'message too big for system']],
  networkerror: [
    ['5.4.6', 0, 0, 'hop count exceeded - possible mail loop'], ['4.4.316', 0, 0, 'connection refused'], ['5.4.4', 0, 0, 'invalid arguments'],
    ['5.4.6', 0, 0, 'routing loop detected'], ['5.4.14', 0, 0, 'routing loop detected'],
  ],
  norelaying: [
    ['5.7.1', 0, 0, 'unable to relay'], ['5.7.1', 0, 0, 'client was not authenticated'], ['5.4.1', 0, 0, 'relay access denied'],
    ['5.7.64', 0, 0, 'tenantattribution; relay access denied'],
  ],
  notaccept: [
    ['4.3.2', 0, 0, 'system not accepting network messages'], ['4.4.4', 0, 0, 'hosted tenant which has no mail-enabled subscriptions'],
    ['5.3.2', 0, 0, 'storedrv.deliver: missing or bad storedriver mdb properties'],
  ],
  policyviolation: [
    ['5.0.350', 0, 0, 'x-dg-ref header is too long'], ['5.0.350', 0, 0, 'requested action not taken: policy violation detected (as345)'],
    ['5.7.', 900, 999, 'delivery not authorized, message refused'],
  ],
  rejected: [
    ['5.1.7', 0, 0, 'invalid address'], ['5.1.7', 0, 0, 'unknown sender address'], ['5.1.0', 0, 0, 'sender denied'],
    ['5.1.8', 0, 0, 'access denied, bad outbound sender'], ['5.7.1', 0, 0, 'delivery not authorized'],
    ['5.7.12', 0, 0, 'sender was not authenticated by organization'], ['5.7.124', 0, 0, 'sender not in allowed-senders list'],
    ['5.7.133', 0, 0, 'sender not authenticated for group'], ['5.7.134', 0, 0, 'sender was not authenticated for mailbox'],
    ['5.7.13', 0, 0, 'sender was not authenticated for public folder'], ['5.7.135', 0, 0, 'sender was not authenticated for public folder'],
    ['5.7.136', 0, 0, 'sender was not authenticated'], ['5.7.', 501, 503, 'access denied, spam abuse detected'],
    ['5.7.512', 0, 0, 'access denied, message must be rfc 5322 section 3.6.2 compliant'],
    ['5.7.750', 0, 0, 'service unavailable. client blocked from sending from unregistered domains'],
    ['5.7.', 501, 503, 'access denied, banned sender'],
  ],
  securityerror: [
    ['5.7.3', 0, 0, 'cannot achieve exchange server authentication'], ['5.7.3', 0, 0, 'not authorized'],
    ['4.4.317', 0, 0, 'starttls is required to send mail'], ['5.4.317', 0, 0, 'starttls is required to send mail'],
    ['4.7.321', 0, 0, 'starttls-not-supported: destination mail server must support tls to receive mail'],
    ['5.7.321', 0, 0, 'starttls-not-supported: destination mail server must support tls to receive mail'],
    ['5.7.57', 0, 0, 'client was not authenticated to send anonymous mail during mail from'],
  ],
  spamdetected: [['5.2.1', 0, 0, 'content filter agent quarantined this message']],
  speeding: [
    ['4.3.2', 0, 0, 'storedrv.deliver; recipient thread limit exceeded'],
    ['5.1.90', 0, 0, "your message can't be sent because you've reached your daily limit for message recipients"],
    ['5.2.2', 0, 0, 'submission quota exceeded'], ['5.2.121', 0, 0, "recipient's per hour message receive limit from specific sender exceeded"],
    ['5.2.122', 0, 0, "recipient's per hour message receive limit exceeded"], ['5.7.508', 0, 0, 'has exceeded permitted limits within'],
    ['5.7.', 700, 749, 'access denied, tenant has exceeded threshold'], ['5.7.', 700, 749, 'access denied, traffic not accepted from this ip'],
  ],
  suspend: [
    ['5.7.504', 0, 0, 'recipient address rejected: access denied'], ['5.7.505', 0, 0, 'access denied, banned recipient'],
    ['5.2.1', 0, 0, 'mailbox cannot be accessed'],
  ],
  syntaxerror: [['5.3.3', 0, 0, 'unrecognized command'], ['5.5.2', 0, 0, 'send hello first']],
  systemerror: [
    ['4.3.2', 0, 0, 'service not available'], ['4.3.2', 0, 0, 'service not active'], ['5.3.5', 0, 0, 'system incorrectly configured'],
    ['5.0.0', 0, 0, 'helo / ehlo requires domain address'], ['5.1.4', 0, 0, 'destination mailbox address ambiguous'],
    ['5.2.4', 0, 0, 'mailing list expansion problem'], ['5.2.14', 0, 0, 'misconfigured forwarding address'],
    ['4.4.3', 0, 0, 'temporary server error. please try again later attr18'], ['4.4.318', 0, 0, '(suspiciousremoteservererror)'],
    ['5.4.318', 0, 0, '(suspiciousremoteservererror)'], ['4.7.500', 0, 0, 'server busy. please try again later from '],
    ['4.7.700', 0, 0, 'pfa agent busy, please try again.'],
  ],
  systemfull: [['4.3.1', 0, 0, 'insufficient system resources']],
  toomanyconn: [['5.5.3', 0, 0, 'too many recipients'], ['4.5.3', 0, 0, 'too many recipients'], ['5.2.122', 0, 0, 'the recipient has exceeded their limit for']],
  userunknown: [
    ['5.1.1', 0, 0, 'resolver.adr.exrecipnotfound; not found'], ['5.1.1', 0, 0, 'user unknown'],
    ['5.1.3', 0, 0, 'storedrv.submit; invalid recipient address'], ['5.1.', 4, 5, 'recipient address reserved by rfc 2606'],
    ['5.1.6', 0, 0, 'recipient addresses in single label domains not accepted'], ['5.1.1', 0, 0, 'bad destination mailbox address'],
    ['5.1.10', 0, 0, 'recipient not found'], ['5.4.1', 0, 0, 'recipient address rejected: access denied'],
    ['5.5.0', 0, 0, 'requested action not taken: mailbox unavailable'], ['5.1.2', 0, 0, 'invalid x.400 address'],
  ],
};

function microsoft(p: ProviderInput): SisimaiClass | undefined {
  if (!p.status) return undefined;
  const detail = Number(p.status.split('.')[2]);
  for (const [cls, rules] of Object.entries(MICROSOFT) as [SisimaiClass, [string, number, number, string][]][]) {
    const hit = rules.some(([code, lo, hi, phrase]) => {
      if (lo === hi ? p.status !== code : !p.status.startsWith(code) || detail < lo || detail > hi) return false;
      return p.text.includes(phrase);
    });
    if (hit) return cls;
  }
  return undefined;
}

const phraseTable = (table: Partial<Record<SisimaiClass, readonly string[]>>): Rule => (p) =>
  (Object.entries(table) as [SisimaiClass, readonly string[]][]).find(([, phrases]) => phrases.some((f) => p.text.includes(f)))?.[0];

const yahoo = phraseTable({
  authfailure: ['yahoo requires all senders to authenticate with either spf or dkim'],
  blocked: [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl'],
  norelaying: ['relaying denied for '],
  notcompliantrfc: ['headers are not rfc compliant'],
  policyviolation: ['not accepted for policy reasons'],
  badreputation: ['temporarily deferred due to unexpected volume or user complaints'],
  rejected: ['due to unresolvable rfc.5321 domain', ' will be permanently deferred'],
  speeding: ['user is receiving mail too quickly'],
  suspend: [' is no longer valid.', 'this mailbox is disabled'],
  syntaxerror: ['syntax error in parameters or arguments'],
  toomanyconn: ['max message per connection reached'],
  userunknown: ["dd this user doesn't have a ", 'mailbox not found'],
});

const apple = phraseTable({
  authfailure: ['s dmarc policy', 'blocked for failing both spf and dkim autentication checks'],
  blocked: ['rejected due to having a domain present in the spamhaus', 'rejected due to listing in spamhaus',
    'blocked - see https://support.proofpoint.com/dnsbl-lookup', 'not accepting connections'],
  hasmoved: ['recipient no longer on server'],
  mailboxfull: ['user is over quota'],
  norelaying: ['relay access denied'],
  notaccept: ['host/domain does not accept mail'],
  policyviolation: ['due to local policy'],
  rejected: ['sender address rejected'],
  speeding: ['due to excessive volume'],
  userunknown: ['inactive email address', 'user does not exist', 'unknown or illegal alias'],
});

// Orange / Wanadoo / La Poste answer with numbered codes such as "LPN007_510" or "OFR004_104".
const FRANCE_PTT: Record<string, SisimaiClass> = {
  '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '305': 'securityerror', '401': 'authfailure',
  '402': 'securityerror', '403': 'rejected', '405': 'rejected', '415': 'rejected', '416': 'userunknown', '417': 'mailboxfull',
  '420': 'suspend', '421': 'rejected', '426': 'suspend', '505': 'systemerror', '506': 'spamdetected', '510': 'blocked',
  '514': 'mesgtoobig', '517': 'authfailure', '630': 'policyviolation', '999': 'blocked',
};
const francePtt: Rule = (p) => {
  const m = p.raw.match(/\b(?:LPN|LPNAAA|OFR|OUK)(?:_(\d{3})|\d{3}[-_](\d{3}))\b/i);
  const found = m ? FRANCE_PTT[(m[1] ?? m[2])!] : undefined;
  if (found) return found;
  return p.text.includes('spf/dns de votre nom de domaine') ? 'authfailure' : undefined;
};

// Cox: "AUP#CXBL", Spectrum (Charter): "AUP#1260".
const COX: Record<string, SisimaiClass> = {
  CXBL: 'blocked', CXDNS: 'requireptr', CXSNDR: 'authfailure', CXSMTP: 'rejected', CXCNCT: 'toomanyconn', CXMXRT: 'toomanyconn',
  CDRBL: 'blocked', CXTHRT: 'securityerror', CXMJ: 'securityerror',
};
const SPECTRUM: [number, number, SisimaiClass][] = [
  [1000, 0, 'blocked'], [1010, 0, 'rejected'], [1020, 1080, 'rejected'], [1090, 0, 'systemerror'], [1100, 1150, 'requireptr'],
  [1160, 1190, 'policyviolation'], [1200, 1250, 'blocked'], [1260, 0, 'networkerror'], [1300, 1340, 'toomanyconn'],
  [1350, 1490, 'speeding'], [1500, 0, 'rejected'], [1520, 0, 'rejected'], [1530, 0, 'mesgtoobig'], [1540, 0, 'speeding'],
  [1550, 0, 'speeding'], [1560, 0, 'policyviolation'], [1580, 0, 'speeding'],
];
const aup: Rule = (p) => {
  const cox = p.raw.match(/AUP#([0-9A-Z]+)/);
  if (cox) {
    const code = cox[1]!;
    if (COX[code]) return COX[code];
    if (code.startsWith('IPBL')) return 'blocked';
    if (code.startsWith('URLBL')) return 'spamdetected';
  }
  const spectrum = p.raw.match(/AUP#[-A-Za-z]*(\d{4})/);
  if (spectrum) {
    const n = Number(spectrum[1]);
    return SPECTRUM.find(([lo, hi]) => (hi === 0 ? n === lo : n >= lo && n <= hi))?.[2];
  }
  return undefined;
};

// GoDaddy (secureserver.net) answers with "IBnnn" codes.
const GODADDY: Record<string, SisimaiClass> = {
  IB401: 'securityerror', IB501: 'notcompliantrfc', IB502: 'notcompliantrfc', IB506: 'rejected', IB508: 'authfailure',
  IB108: 'requireptr', IB212: 'spamdetected', IB705: 'virusdetected', IB605: 'toomanyconn', IB007: 'toomanyconn', IB101: 'speeding',
  IB110: 'blocked', IB111: 'blocked', IB112: 'blocked', IB113: 'blocked', IB504: 'speeding', IB510: 'speeding', IB607: 'speeding',
  IB103: 'badreputation', IB104: 'blocked', IB105: 'blocked', IB106: 'blocked',
};
const godaddy: Rule = (p) => {
  const m = p.raw.match(/ (IB\d{3})\b/);
  return m ? GODADDY[m[1]!] : undefined;
};

// i.ua: "http://mail.i.ua/err/2/".
const IUA: Record<string, SisimaiClass> = {
  '1': 'norelaying', '2': 'userunknown', '3': 'suspend', '4': 'mailboxfull', '5': 'toomanyconn', '6': 'norelaying', '7': 'blocked',
  '8': 'rejected', '9': 'blocked', '10': 'filtered',
};
const iua: Rule = (p) => {
  const m = p.text.match(/\.i\.ua\/err\/(\d{1,2})/);
  return m ? IUA[m[1]!] : undefined;
};

const mimecast = phraseTable({
  authfailure: ['spf sender invalid - envelope rejected', 'dkim sender invalid - envelope rejected', 'dmarc sender invalid - envelope rejected'],
  badreputation: ['local ct ip reputation - (reject)'],
  blocked: ['ip temporarily blacklisted'],
  policyviolation: ['anti-spoofing policy - inbound not allowed', 'rejected by header-based anti-spoofing policy',
    'message bounced due to content examination policy', 'host network not allowed', 'host network, not allowed'],
  virusdetected: ['email rejected due to security policies'],
  rejected: ['administrative prohibition envelope blocked', 'envelope blocked - user entry', 'envelope blocked - user domain entry',
    'envelope rejected - block policy for envelope from address'],
  securityerror: ['this route requires encryption (tls)', 'this route requires tls version 1.2 or greater'],
  userunknown: ['invalid recipient'],
});

// KDDI (au, ezweb.ne.jp) and NTT docomo.
const kddi = phraseTable({ filtered: ['550 : user unknown'], userunknown: ['>: user unknown'] });
const docomo: Rule = (p) => {
  if (p.status === '5.1.1' || p.status === '5.0.911') return 'userunknown';
  if (p.status === '5.2.0') return 'filtered';
  if (p.text.includes('552 too much mail data')) return 'mailboxfull';
  if (p.text.includes('552 too many recipients')) return 'toomanyconn';
  return undefined;
};

const PROVIDERS: { hosts: readonly string[]; domains: readonly string[]; words?: RegExp; rule: Rule }[] = [
  { hosts: ['aspmx.l.google.com', 'gmail-smtp-in.l.google.com', '.google.com', '.googlemail.com'], domains: ['gmail.com', 'googlemail.com'], rule: google },
  { hosts: ['.prod.outlook.com', '.protection.outlook.com', '.hotmail.com', '.outlook.com'], domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.uk', 'hotmail.fr', 'outlook.jp'], rule: microsoft },
  { hosts: ['.yahoodns.net', '.yahoo.com', '.aol.com'], domains: ['yahoo.com', 'yahoo.co.jp', 'ymail.com', 'aol.com', 'rocketmail.com'], rule: yahoo },
  { hosts: ['.mail.icloud.com', '.apple.com', '.me.com'], domains: ['icloud.com', 'me.com', 'mac.com'], rule: apple },
  { hosts: ['.mimecast.com'], domains: [], words: /mimecast/, rule: mimecast },
  { hosts: ['.ezweb.ne.jp', 'msmx.au.com'], domains: ['ezweb.ne.jp', 'au.com'], rule: kddi },
  { hosts: ['mfsmax.docomo.ne.jp', '.docomo.ne.jp'], domains: ['docomo.ne.jp'], words: /\bdocomo\b/, rule: docomo },
];

/** The class a provider's own rules give the reply, or undefined when no provider rule speaks. */
export function providerClass(p: ProviderInput): SisimaiClass | undefined {
  for (const rule of [francePtt, aup, godaddy, iua]) {
    const found = rule(p);
    if (found) return found;
  }
  for (const { hosts, domains, words, rule } of PROVIDERS) {
    if (endsWithAny(p.host, hosts) || domains.includes(p.domain) || words?.test(p.text) || words?.test(p.domain)) {
      const found = rule(p);
      if (found) return found;
    }
  }
  // Google's and Microsoft's rules pair a status code with their own wording: specific enough to
  // read wherever they appear (mail relayed through a gateway names another host).
  return google(p) ?? microsoft(p);
}
