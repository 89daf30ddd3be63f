// The wording by which receiving servers say why they refused a message, grouped by sisimai's
// reason classes. Ported from sisimai's Sisimai::Reason::* modules (rb-sisimai 5.1,
// lib/sisimai/reason/*.rb, BSD-2-Clause, https://github.com/sisimai/rb-sisimai), lower case.
// A phrase is a substring; a tuple is fragments that must appear in that order.
// reason.ts maps these classes to our reasons.

export type Phrase = string | readonly string[];

export type SisimaiClass =
  | 'authfailure' | 'badreputation' | 'blocked' | 'contenterror' | 'exceedlimit' | 'expired' | 'filtered'
  | 'hasmoved' | 'hostunknown' | 'mailboxfull' | 'mailererror' | 'mesgtoobig' | 'networkerror' | 'norelaying'
  | 'notaccept' | 'notcompliantrfc' | 'onhold' | 'policyviolation' | 'rejected' | 'requireptr' | 'securityerror'
  | 'spamdetected' | 'speeding' | 'suspend' | 'syntaxerror' | 'systemerror' | 'systemfull' | 'toomanyconn'
  | 'userunknown' | 'virusdetected' | 'undefined';

export const PHRASES: Partial<Record<SisimaiClass, readonly Phrase[]>> = {
  userunknown: [
    '#5.1.1 bad address', '550 address invalid', '5.1.0 address rejected.', 'address does not exist',
    'address not present in directory', 'address unknown', "can't accept user", 'does not exist.',
    'destination addresses were unknown', 'destination server rejected recipients', 'email address does not exist',
    'email address could not be found', 'invalid address', 'invalid mailbox', 'invalid mailbox path', 'invalid recipient',
    'is not a known user', 'is not a valid mailbox', 'is not an active address at this host', 'mailbox does not exist',
    'mailbox invalid', 'mailbox is inactive', 'mailbox is unavailable', 'mailbox not present', 'mailbox not found',
    'mailbox unavaiable', 'nessun utente simile in questo indirizzo', 'no account by that name here', 'no existe dicha persona',
    'no existe ese usuario ', 'no mail box available for this user', 'no mailbox by that name is currently available',
    'no mailbox found', 'no such address here', 'no such mailbox', 'no such person at this address', 'no such recipient',
    'no such user', 'no thank you rejected: account unavailable', 'no valid recipients, bye', 'not a valid recipient',
    'not a valid user here', 'not a local address', 'not email addresses',
    'recipient address rejected. (in reply to rcpt to command)', 'recipient address rejected: access denied',
    'recipient address rejected: invalid user', 'recipient address rejected: invalid-recipient',
    'recipient address rejected: unknown user', 'recipient address rejected: userunknown', 'recipient does not exist',
    'recipient is not accepted', 'recipient is not local', 'recipient not exist', 'recipient not found', 'recipient not ok',
    'recipient refuses to accept your mail', 'recipient unknown', 'requested action not taken: mailbox unavailable',
    'resolver.adr.recipient notfound', 'resolver.adr.recipientnotfound', 'sorry, user unknown', 'sorry, badrcptto',
    'sorry, no mailbox here by that name', 'sorry, your envelope recipient has been denied',
    "that domain or user isn't in my list of allowed rcpthosts", 'the email account that you tried to reach does not exist',
    'the following recipients was undeliverable', "the user's email name is not found", 'there is no one at this address',
    'this address no longer accepts mail', 'this email address is wrong or no longer valid',
    'this recipient is in my badrecipientto list', 'this recipient is not in my validrcptto list',
    'this spectator does not exist', 'unknown mailbox', 'unknown recipient', 'unknown user', 'user does not exist',
    'user missing home directory', 'user not active', 'user not exist', 'user not found', 'user not known', 'user unknown',
    'utilisateur inconnu !', 'vdeliver: invalid or unknown virtual user', 'your envelope recipient is in my badrcptto list',
    ['<', '> not found'], ['<', '>... blocked by '], ['account ', ' does not exist at the organization'],
    ['adresse d au moins un destinataire invalide. invalid recipient.', '416'],
    ['adresse d au moins un destinataire invalide. invalid recipient.', '418'], ['bad', 'recipient'],
    ['mailbox ', 'does not exist'], ['mailbox ', 'unavailable or access denied'], ['no ', ' in name directory'],
    ['non', 'existent user'], ['rcpt <', ' does not exist'], ['rcpt (', 't exist '], ['recipient ', ' was not found in'],
    ['recipient address rejected: user ', '  does not exist'], ['recipient address rejected: user unknown in ', '  table'],
    ['said: 550-5.1.1 ', ' user unknown '], ['said: 550 5.1.1 ', ' user unknown '], ["this user doesn't have a ", ' account'],
    ['unknown e', 'mail address'], ['unknown local', 'part'], ['user ', ' was not found'], ['user ', ' does not exist'],
    ['user (', ') unknown'],
  ],
  hostunknown: [
    'domain does not exist', 'domain is not reachable', 'domain must exist', 'host or domain name not found', 'host unknown',
    'host unreachable', 'mail domain mentioned in email address is unknown', 'name or service not known', 'no such domain',
    'recipient address rejected: unknown domain name', 'recipient domain must exist', 'the account or domain may not exist',
    'unknown host', 'unroutable address', 'unrouteable address', ['553 ', ' does not exist'],
  ],
  mailboxfull: [
    '452 insufficient disk space', 'account disabled temporarly for exceeding receiving limits',
    'account is exceeding their quota', 'account is over quota', 'account is temporarily over quota',
    'boite du destinataire pleine', 'delivery failed: over quota', 'disc quota exceeded', 'diskspace quota',
    'does not have enough space', 'exceeded storage allocation', 'exceeding its mailbox quota', 'full mailbox',
    'is over disk quota', 'is over quota temporarily', 'mail file size exceeds the maximum size allowed for mail delivery',
    'mail quota exceeded', 'mailbox exceeded the local limit', 'mailbox full', 'mailbox has exceeded its disk space limit',
    'mailbox is full', 'mailbox over quota', 'mailbox quota usage exceeded', 'mailbox size limit exceeded',
    'maildir over quota', 'maildir delivery failed: userdisk quota ', 'maildir delivery failed: domaindisk quota ',
    'mailfolder is full', 'no space left on device', 'not enough storage space in', 'not sufficient disk space',
    'over the allowed quota', 'quota exceeded', 'quota violation for', 'recipient reached disk quota',
    'recipient rejected: mailbox would exceed maximum allowed storage', 'the recipient mailbox has exceeded its disk space limit',
    "the user's space has been used up", 'the user you are trying to reach is over quota', 'too much mail data',
    'user has exceeded quota, bouncing mail', 'user has too many messages on the server', 'user is over quota',
    'user is over the quota', 'user over quota', 'was automatically rejected: quota exceeded',
    'would be over the allowed quota', 'inbox is out of storage space', 'is over quota',
  ],
  suspend: [
    ' is currently suspended', ' temporary locked', 'archived recipient', 'boite du destinataire archivee',
    'email account that you tried to reach is disabled', 'email account that you tried to reach is inactive',
    'has been suspended', 'inactive account', 'invalid/inactive user', 'is a deactivated mailbox',
    'is unavailable: user is terminated', 'mailbox currently suspended', 'mailbox disabled', 'mailbox is frozen',
    'mailbox unavailable or access denied', 'recipient rejected: temporarily inactive', 'recipient suspend the service',
    'this account has been disabled or discontinued', 'this account has been temporarily suspended',
    'this address no longer accepts mail', 'this mailbox is disabled', 'user or domain is disabled', 'user suspended',
    'vdelivermail: account is locked email bounced', 'account is disabled', 'account has been disabled',
    'mailaddress is administratively disabled', 'mailaddress is administrativley disabled',
  ],
  hasmoved: [' has been replaced by '],
  notaccept: [
    'does not accept mail (nullmx)', 'host/domain does not accept mail', 'host does not accept mail', 'mail receiving disabled',
    'name server: .: host not found', 'no mx record found for domain=', 'no route for current request',
    'smtp protocol returned a permanent error', 'null mx',
  ],
  blocked: [
    ' said: 550 blocked', '//www.spamcop.net/bl.', 'bad sender ip address', 'banned sending ip', 'blacklisted by', 'blocked using ',
    'blocked - see http', 'dnsbl:attrbl', 'client host rejected: abus detecte gu_eib_02', 'client host rejected: abus detecte gu_eib_04',
    'client host rejected: may not be mail exchanger', 'client host rejected: was not authenticated', 'confirm this mail server',
    'connection dropped', 'connection refused by', 'connection reset by peer', 'connection was dropped by remote host',
    'connections not accepted from ip addresses on spamhaus xbl', 'currently sending spam see: ', 'domain does not exist:',
    'dynamic/zombied/spam ips blocked', 'error: no valid recipients from ', 'esmtp not accepting connections', 'extreme bad ip profile',
    'go away', 'helo command rejected:', 'host network not allowed', 'hosts with dynamic ip', 'invalid ip for sending mail of domain',
    'is in a black list', 'is not allowed to send mail from', 'no access from mail server', 'no matches to nameserver query',
    'not currently accepting mail from your ip', 'part of their network is on our block list', 'please use the smtp server of your isp',
    'refused - see http', 'rejected - multi-blacklist', 'rejected because the sending mta or the sender has not passed validation',
    'rejecting open proxy', 'sender ip address rejected', 'server access forbidden by your ip ',
    'service not available, closing transmission channel', 'smtp error from remote mail server after initial connection:',
    "sorry, that domain isn't in my list of allowed rcpthosts", 'sorry, your remotehost looks suspiciously like spammer',
    'to submit messages to this e-mail system has been rejected', 'too many spams from your ip',
    'too many unwanted messages have been sent from the following ip address above', 'was blocked by ',
    'we do not accept mail from dynamic ips', 'you are not allowed to connect', 'you are sending spam',
    'your ip address is listed in the rbl', 'your network is temporary blacklisted',
    ['(', '@', ':blocked)'], ['access from ip address ', ' blocked'], ['client host ', ' blocked using'],
    ['connections will not be accepted from ', " because the ip is in spamhaus's list"], ['dnsbl:rbl ', '>_is_blocked'],
    ['email blocked by ', '.barracudacentral.org'], ['email blocked by ', 'spamhaus'], ['host ', ' refused to talk to me: ', ' blocked'],
    ['ip ', ' is blocked by earthlink'], ['is in an ', 'rbl on '], ['mail server at ', ' is blocked'], ['mail from ', ' refused:'],
    ['message from ', ' rejected based on blacklist'], ['messages from ', ' temporarily deferred due to user complaints'],
    ['server ip ', ' listed as abusive'], ['sorry! your ip address', ' is blocked by rbl'], ['the domain ', ' is blacklisted'],
    ['the email ', ' is blacklisted'], ['the ip', ' is blacklisted'],
    ['veuillez essayer plus tard. service refused, please try later. ', '103'],
    ['veuillez essayer plus tard. service refused, please try later. ', '510'], 'service refused, please try later',
    ["your sender's ip address is listed at ", '.abuseat.org'],
  ],
  badreputation: [
    'a poor email reputation score', 'has been temporarily rate limited due to ip reputation', 'ip/domain reputation problems',
    'likely suspicious due to the very low reputation', 'none/bad reputation', 'very low reputation of the sending',
    'temporarily deferred due to unexpected volume or user complaints', "the sending mta's poor reputation",
  ],
  rejected: [
    'access denied (in reply to mail from command)', 'access denied (sender blacklisted)', 'address rejected',
    'administrative prohibition', 'batv failed to verify', 'batv validation failure',
    'backscatter protection detected an invalid or expired email address',
    "because the sender isn't on the recipient's list of senders to accept mail from", 'bogus mail from',
    "can't determine purported responsible address", 'connections not accepted from servers without a valid sender domain',
    'denied [bouncedeny]', 'denied by secumail valid-address-filter', 'delivery not authorized, message refused',
    'does not exist e2110', 'domain of sender address ', 'email address is on senderfilterconfig list', 'emetteur invalide',
    'empty envelope senders not allowed', 'envelope blocked - ', 'error: no third-party dsns',
    'from: domain is invalid. please provide a valid from:', 'invalid domain, see <url:', 'invalid sender',
    'is not a registered gateway user', 'mail from not owned by user', 'message rejected: email address is not verified',
    'mx records for ', 'null sender is not allowed', 'recipient addresses rejected : access denied',
    'recipient not accepted. (batv: no tag', 'returned mail not accepted here', 'rfc 1035 violation: recursive cname records for',
    'rule imposed mailbox access for', 'sending this from a different address or alias using the ',
    'sender address has been blacklisted', 'sender email address rejected', 'sender is in my black list', 'sender is spammer',
    'sender not pre-approved', 'sender rejected', 'sender domain is empty', 'sender verify failed', 'sender was rejected',
    'spam reporting address', 'syntax error: empty email address', 'the message has been rejected by batv defense',
    'this server does not accept mail from', 'transaction failed unsigned dsn for', 'unroutable sender address',
    'you are not allowed to post to this mailing list', 'you are sending to/from an address that has been blacklisted',
    'your access to submit messages to this e-mail system has been rejected', 'your email address has been blacklisted',
  ],
  authfailure: [
    '//spf.pobox.com', 'bad spf records for', 'dmarc policy', 'please inspect your spf settings',
    'sender policy framework (spf) fail', 'sender policy framework violation', 'spf (sender policy framework) domain authentication fail',
    'spf check: fail', 'does not pass dmarc', 'dkim/spf not aligned', 'not pass dmarc verification', 'fails to pass authentication checks',
    'senders to authenticate with', 'senders to authenticate their email', 'aligned with either the authenticated spf or dkim',
    'unauthenticated email from', 'sender is unauthenticated', 'failed spf', 'spf validation', 'dkim validation failed',
    [' is not allowed to send mail.', '_401'], ['is not allowed to send from <', " per it's spf record"],
  ],
  requireptr: [
    'access denied. ip name lookup failed', 'all mail servers must have a ptr record with a valid reverse dns entry',
    'bad dns ptr resource record', 'cannot find your hostname', 'client host rejected: cannot find your hostname',
    'fix reverse dns for ', 'ips with missing ptr records', 'no ptr record found.',
    'please get a custom reverse dns name from your isp for your host', 'ptr record setup', 'reverse dns failed',
    'sender ip reverse lookup rejected', 'the ip address sending this message does not have a ptr record setup',
    'the corresponding forward dns entry does not point to the sending ip',
    'this system will not accept messages from servers/devices with no reverse dns', 'unresolvable relay host name',
    'we do not accept mail from hosts with dynamic ip or generic dns ptr-records', 'does not have a ptr record',
    ['domain ', ' mismatches client ip'], ['dns lookup failure: ', ' try again later'],
    ['reverse dns lookup for host ', ' failed permanently'], ['server access ', ' forbidden by invalid rdns record of your mail server'],
    ['service permits ', ' unverifyable sending ips'],
  ],
  spamdetected: [
    ' - spam', '//www.spamhaus.org/help/help_spam_16.htm', '//dsbl.org/help/help_spam_16.htm', '//mail.163.com/help/help_spam_16.htm',
    '554 5.7.0 reject, id=', 'appears to be unsolicited', 'blacklisted url in message', 'block for spam', 'blocked by policy: no spam please',
    'blocked by spamassassin', 'blocked for abuse. see http://att.net/blocks', 'cannot be forwarded because it was detected as spam',
    'considered unsolicited bulk e-mail (spam) by our mail filters', 'content filter rejection',
    'cyberoam anti spam engine has identified this email as a bulk email', 'denied due to spam list', 'high probability of spam',
    'is classified as spam and is rejected', 'listed in work.drbl.imedia.ru',
    'the mail server detected your message as spam and has prevented delivery.', 'mail appears to be unsolicited',
    'mail content denied', 'may consider spam', 'message considered as spam or virus', 'message contains spam or virus',
    'message content rejected', 'message detected as spam', 'message filtered', 'message looks like spam',
    'message is being rejected as it seems to be a spam', 'message refused by mailmarshal spamprofiler',
    'message refused by trustwave seg spamprofiler', 'message rejected as spam', 'message rejected because of unacceptable content',
    'message rejected due to suspected spam content', 'message rejected for policy reasons',
    'message was rejected for possible spam/virus content', 'our email server thinks this email is spam',
    'our system has detected that this message is ', 'probable spam', 'reject bulk.advertising', 'rejected: spamassassin score ',
    'rejected - bulk email', 'rejecting banned content', 'rejecting mail content', 'related to content with spam-like characteristics',
    'sender domain listed at ', 'sending address not accepted due to spam filter', 'spam blocked', 'spam check',
    'spam content matched', 'spam detected', 'spam email', 'spam email not accepted', 'spam message rejected.', 'spam not accepted',
    'spam refused', 'spam rejection', 'spam score ', 'spambouncer identified spam', 'spamming not allowed', 'too many spam complaints',
    'too much spam.', 'the email message was detected as spam', 'the message has been rejected by spam filtering engine',
    'the message was rejected due to classification as bulk mail', 'the content of this message looked like spam',
    'this message appears to be spam', 'this message has been identified as spam', 'this message has been scored as spam with a probability',
    'this message was classified as spam', 'this message was rejected by recurrent pattern detection system',
    'transaction failed spam message not queued', 'we dont accept spam', 'your email appears similar to spam we have received before',
    'your email breaches local uribl policy', 'your email had spam-like ', 'your email is considered spam', 'your email is probably spam',
    'your email was detected as spam', 'your message as spam and has prevented delivery',
    'your message has been temporarily blocked by our filter', 'your message has been rejected because it appears to be spam',
    'your message has triggered a spam block', 'your message may contain the spam contents', 'your message failed several antispam checks',
    'likely unsolicited mail', 'nature of the content or the links',
    ['greylisted', ' please try again in'], ['mail rejete. mail rejected. ', '506'],
    ['our filters rate at and above ', ' percent probability of being spam'], ['rejected by ', ' (spam)'],
    ['rejected due to spam ', 'classification'], ['rejected due to spam ', 'content'], ['rule imposed as ', ' is blacklisted on'],
    ['spam ', ' exceeded'], ['this message scored ', ' spam points'],
  ],
  virusdetected: [
    'it has a potentially executable attachment', 'the message was rejected because it contains prohibited virus or spam content',
    'this form of attachment has been used by recent viruses or other malware', 'virus detected', 'virus phishing/malicious_url detected',
    'your message was infected with a virus',
  ],
  contenterror: [
    'duplicate header', 'header size exceeds maximum permitted', 'improper use of 8-bit data in message header',
    'message header size, or recipient list, exceeds policy limit', 'message mime complexity exceeds the policy maximum',
    'routing loop detected -- too many received: headers', 'this message contain invalid mime headers',
    'this message contain improperly-formatted binary content', 'this message contain text that uses unnecessary base64 encoding',
  ],
  notcompliantrfc: ['this message is not rfc 5322 compliant', 'https://support.google.com/mail/?p=rfcmessagenoncompliant', 'is not rfc 5322 compliant'],
  filtered: [
    'because the recipient is only accepting mail from specific email addresses', 'bounced address',
    'due to extended inactivity new mail is not currently being accepted for this mailbox', 'has restricted sms e-mail',
    'is not accepting any mail', 'message rejected due to user rules', 'not found recipient account',
    'refused due to recipient preferences', 'resolver.rst.notauthorized', 'this account is protected by',
    'user refuses to receive this mail', 'user reject',
    'we failed to deliver mail because the following address recipient id refuse to receive mail',
    'you have been blocked by the recipient',
  ],
  policyviolation: [
    'an illegal attachment on your message', 'because the recipient is not accepting mail with ', 'by non-member to a members-only list',
    'closed mailing list', 'denied by policy', 'email not accepted for policy reasons', 'email rejected due to security policies',
    'header are not accepted', 'header error', 'local policy violation', 'message bounced due to organizational settings',
    'message given low priority', 'message not accepted for policy reasons', 'message rejected due to local policy',
    'messages with multiple addresses', 'rejected for policy reasons', 'protocol violation',
    'the email address used to send your message is not subscribed to this group', 'the message was rejected by organization policy',
    'this message was blocked because its content presents a potential', 'we do not accept messages containing images or other attachments',
    "you're using a mass mailer", ['you have exceeded the', 'allowable number of posts without solving a captcha'],
  ],
  securityerror: [
    'account not subscribed to ses', 'authentication credentials invalid', 'authentication failure',
    'authentication turned on in your email client', 'executable files are not allowed in compressed files', 'insecure mail relay',
    'recipient address rejected: access denied', "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
    'unauthenticated senders not allowed', 'verification failure',
    ['authentication failed; server ', ' said: '], ['authentification invalide', '305'], ['authentification requise', '402'],
    ['domain ', ' is a dead domain'], ['user ', ' is not authorized to perform ses:sendrawemail on resource'],
  ],
  norelaying: [
    'as a relay', 'email address is not verified.', 'insecure mail relay', 'is not permitted to relay through this server without authentication',
    'no relaying', 'not a gateway', 'not allowed to relay through this machine', 'not an open relay, so get lost', 'not local host',
    'relay access denied', 'relay denied', 'relay not permitted', 'relaying denied', 'relaying mail to ', 'specified domain is not allowed',
    "that domain isn't in my list of allowed rcpthost", 'this system is not configured to relay mail', 'unable to relay for', 'unable to relay recipient',
    "we don't handle mail for",
  ],
  toomanyconn: [
    'all available ips are at maximum connection limit', 'connection rate limit exceeded', 'exceeds per-domain connection limit for',
    'has exceeded the max emails per hour ', 'throttling failure: daily message quota exceeded',
    'throttling failure: maximum sending rate exceeded', 'too many connections', 'too many connections from your host.',
    'too many concurrent smtp connections', 'too many errors from your ip', 'too many recipients', 'too many smtp sessions for this host',
    'trop de connexions, ', 'we have already made numerous attempts to deliver this message',
  ],
  speeding: [
    'mail sent from your ip address has been temporarily rate limited', 'please try again slower',
    'receiving mail at a rate that prevents additional messages from being delivered', 'rate limited', 'rate limit exceeded',
    'is receiving mail too quickly', 'sending quota exceeded', 'sending limit exceeded', 'unusual rate of',
  ],
  expired: [
    'connection timed out', 'could not find a gateway for', 'delivery attempts will continue to be', 'delivery expired',
    'delivery time expired', 'failed to deliver to domain ', 'giving up on', 'have been failing for a long time', 'has been delayed',
    'it has not been collected after', 'message expired after sitting in queue for', 'message expired, cannot connect to remote server',
    'message expired, connection refulsed', 'message timed out', 'retry time not reached for any host after a long failure period',
    'server did not respond', 'this message has been in the queue too long', 'unable to deliver message after multiple retries',
    'was not reachable within the allowed queue period', 'your message could not be delivered for more than', 'retry timeout exceeded',
    'envelope expired', 'could not deliver for the last ', 'delivery retry timeout exceeded',
    ['could not be delivered for', ' days'],
  ],
  networkerror: [
    'could not connect and send the mail to', 'dns records for the destination computer could not be found',
    'hop count exceeded - possible mail loop', 'host is unreachable', 'host name lookup failure', 'host not found, try again',
    'mail forwarding loop for ', 'malformed name server reply', 'malformed or unexpected name server reply',
    'maximum forwarding loop count exceeded', 'message looping', 'message probably in a routing loop', 'no route to host',
    'too many hops', 'unable to resolve route ', 'unrouteable mail domain', 'message exceeded 50 hops',
  ],
  systemerror: [
    'aliasing/forwarding loop broken', "can't create user output file", 'could not load drd for domain', 'internal error reading data',
    'internal server error: operation now in progress', 'interrupted system call', 'it encountered an error while being processed',
    'it would create a mail loop', 'local configuration error', 'local error in processing', 'loop was found in the mail exchanger',
    'loops back to myself', 'mail system configuration error', 'queue file write error', 'recipient deferred because there is no mdb',
    'remote server is misconfigured', 'server configuration error', 'service currently unavailable', 'system config error',
    'temporary local problem', 'timeout waiting for input', 'transaction failed ',
  ],
  systemfull: ['mail system full', 'requested mail action aborted: exceeded storage allocation'],
  mailererror: [
    ' || exit ', 'procmail: ', 'bin/procmail', 'bin/maidrop', 'command failed: ', 'command died with status ', 'command output:',
    'mailer error', 'pipe to |/', 'x-unix; ',
  ],
  mesgtoobig: [
    'exceeded maximum inbound message size', 'line limit exceeded', 'max message size exceeded', 'message file too big',
    'message length exceeds administrative limit', 'message size exceeds fixed limit', 'message size exceeds fixed maximum message size',
    'message size exceeds maximum value', 'message too big', 'message too large for this ', 'size limit', 'taille limite du message atteinte',
    "exceeded google's message size limits", "exceeds google's message size limit of", 'mail size limit exceeded',
  ],
  exceedlimit: ['message header size exceeds limit', 'message too large', 'message size exceeds recipient'],
};

/** Whether the (lower-case) text contains the phrase, or the tuple's fragments in order. */
export function matchesPhrase(text: string, phrase: Phrase): boolean {
  if (typeof phrase === 'string') return text.includes(phrase);
  let at = -1;
  for (const fragment of phrase) {
    const found = text.indexOf(fragment, at + 1);
    if (found < 0) return false;
    at = found + fragment.length - 1;
  }
  return true;
}

// sisimai's Reason::Rejected IsNot: these are about the recipient or the client, not the sender.
const REJECTED_IS_NOT = ['5.1.0 address rejected', 'recipient address rejected', 'sender ip address rejected'];

// Each class's plain phrases as one alternation: one scan of the text instead of one per phrase.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPILED = new Map<SisimaiClass, { any: RegExp | null; tuples: readonly (readonly string[])[] }>(
  (Object.entries(PHRASES) as [SisimaiClass, readonly Phrase[]][]).map(([cls, phrases]) => {
    const plain = phrases.filter((p): p is string => typeof p === 'string');
    return [cls, { any: plain.length ? new RegExp(plain.map(escape).join('|')) : null, tuples: phrases.filter((p): p is readonly string[] => typeof p !== 'string') }];
  }),
);

export const matchesClass = (text: string, cls: SisimaiClass): boolean => {
  if (cls === 'rejected' && REJECTED_IS_NOT.some((p) => text.includes(p))) return false;
  const c = COMPILED.get(cls);
  return !!c && ((c.any?.test(text) ?? false) || c.tuples.some((t) => matchesPhrase(text, t)));
};

/** Enhanced status codes and the class each stands for (sisimai's SMTP::Status StandardCode, RFC 3463, RFC 7372, RFC 7505). */
export const STATUS_CLASS: Record<string, SisimaiClass> = {
  '4.1.6': 'hasmoved', '4.1.7': 'rejected', '4.1.8': 'rejected', '4.1.9': 'systemerror', '4.2.1': 'suspend',
  '4.2.2': 'mailboxfull', '4.2.3': 'exceedlimit', '4.2.4': 'filtered', '4.3.1': 'systemfull', '4.3.2': 'notaccept',
  '4.3.3': 'systemerror', '4.3.5': 'systemerror', '4.4.1': 'expired', '4.4.2': 'networkerror', '4.4.3': 'systemerror',
  '4.4.4': 'networkerror', '4.4.5': 'systemfull', '4.4.6': 'networkerror', '4.4.7': 'expired', '4.4.8': 'networkerror',
  '4.5.3': 'systemerror', '4.5.5': 'systemerror', '4.6.0': 'contenterror', '4.6.2': 'contenterror', '4.6.5': 'contenterror',
  '4.7.1': 'blocked', '4.7.2': 'blocked', '4.7.5': 'securityerror', '4.7.6': 'securityerror', '4.7.7': 'securityerror',
  '4.7.12': 'securityerror', '4.7.15': 'securityerror', '4.7.16': 'mesgtoobig', '4.7.24': 'authfailure', '4.7.25': 'requireptr',
  '4.7.26': 'authfailure', '4.7.27': 'authfailure', '4.7.30': 'authfailure', '4.7.32': 'authfailure', '4.7.23': 'requireptr',
  '5.1.0': 'userunknown', '5.1.1': 'userunknown', '5.1.2': 'hostunknown', '5.1.3': 'userunknown', '5.1.4': 'filtered',
  '5.1.6': 'hasmoved', '5.1.7': 'rejected', '5.1.8': 'rejected', '5.1.9': 'systemerror', '5.1.10': 'notaccept',
  '5.2.0': 'filtered', '5.2.1': 'filtered', '5.2.2': 'mailboxfull', '5.2.3': 'exceedlimit', '5.2.4': 'filtered',
  '4.3.0': 'systemerror', '5.3.0': 'systemerror', '5.3.1': 'systemfull', '5.3.2': 'notaccept', '5.3.3': 'systemerror', '5.3.4': 'mesgtoobig',
  '5.3.5': 'systemerror', '5.4.0': 'networkerror', '5.4.3': 'systemerror', '5.4.4': 'hostunknown', '5.5.2': 'syntaxerror',
  '5.5.3': 'toomanyconn', '5.5.4': 'systemerror', '5.5.5': 'systemerror', '5.5.6': 'syntaxerror', '5.6.0': 'contenterror',
  '5.6.1': 'contenterror', '5.6.2': 'contenterror', '5.6.3': 'contenterror', '5.6.5': 'contenterror', '5.6.6': 'contenterror',
  '5.6.7': 'contenterror', '5.6.8': 'contenterror', '5.6.9': 'contenterror', '5.7.0': 'securityerror', '5.7.1': 'securityerror',
  '5.7.2': 'securityerror', '5.7.3': 'securityerror', '5.7.4': 'securityerror', '5.7.5': 'securityerror', '5.7.6': 'securityerror',
  '5.7.7': 'securityerror', '5.7.8': 'securityerror', '5.7.9': 'securityerror', '5.7.10': 'securityerror', '5.7.11': 'securityerror',
  '5.7.13': 'suspend', '5.7.14': 'securityerror', '5.7.15': 'securityerror', '5.7.16': 'mesgtoobig', '5.7.17': 'hasmoved',
  '5.7.18': 'hasmoved', '5.7.19': 'securityerror', '5.7.20': 'authfailure', '5.7.21': 'authfailure', '5.7.22': 'authfailure',
  '5.7.23': 'authfailure', '5.7.24': 'authfailure', '5.7.25': 'requireptr', '5.7.26': 'authfailure', '5.7.27': 'notaccept',
  '5.7.28': 'spamdetected', '5.7.29': 'authfailure', '5.7.30': 'securityerror',
};

/**
 * Fixed wording of particular MTAs and services, which sisimai's format readers state as the
 * reason before the general rules run (Sisimai::Lhost::*::MessagesOf / ReFailures / FailOnLDAP,
 * rb-sisimai 5.1, BSD-2-Clause). Lower case. Ambiguous one-word entries are left out.
 */
export const FORMAT_PHRASES: readonly [SisimaiClass, string][] = [
  // Amavis
  ['spamdetected', ' - spam'], ['virusdetected', ' - infected'], ['contenterror', ' - bad header:'], ['exceedlimit', ' - message size exceeds recipient'],
  ['systemerror', ' - temporary mta failure on relaying'], ['systemerror', ' - rejected by next-hop mta on relaying'],
  // Biglobe, Courier, AOL
  ['mailboxfull', "the number of messages in recipient's mailbox exceeded the local limit."], ['hostunknown', 'no such domain.'],
  ['systemerror', "this domain's dns violates rfc 1035."], ['networkerror', 'dns lookup failed.'], ['hostunknown', 'host or domain name not found'],
    // Lotus Notes / Domino
  ['userunknown', 'not listed in domino directory'], ['userunknown', 'not listed in public name & address book'],
  ['userunknown', "non répertorié dans l'annuaire domino"], ['userunknown', 'no se encuentra en el directorio de domino'],
  ['userunknown', 'domino ディレクトリには見つかりません'], ['userunknown', 'ディレクトリのリストにありません'], ['filtered', 'cannot route mail to user'],
  ['systemerror', 'several matches found in domino directory'], ['networkerror', 'message has exceeded maximum hop count'],
  // DragonFly, GMX / 1&1, Gmail
  ['expired', 'could not deliver for the last '], ['hostunknown', 'dns lookup failure: host '], ['mesgtoobig', 'mail size limit exceeded'],
  ['expired', 'delivery retry timeout exceeded'], ['expired', 'dns error: could not contact dns servers'],
  ['expired', 'delivery to the following recipient has been delayed'], ['expired', 'the recipient server did not accept our requests to connect'],
  ['hostunknown', 'dns error: domain name not found'], ['hostunknown', 'dns error: dns server returned answer with no data'],
  ['userunknown', "because the address couldn't be found. check for typos or unnecessary spaces and try again."],
  ['notaccept', 'null mx'], ['networkerror', ' had no relevant answers.'], ['networkerror', ' responded with code nxdomain'],
  // Exim, Mail.ru, MXLogic
  ['hostunknown', 'all host address lookups failed permanently'], ['hostunknown', 'all relevant mx records point to non-existent hosts'],
  ['hostunknown', 'unrouteable address'], ['mailboxfull', 'error: quota exceed'], ['notaccept', 'an mx or srv record indicated no smtp service'],
  ['notaccept', 'no host found for existing smtp connection'], ['syntaxerror', 'angle-brackets nested too deep'], ['syntaxerror', 'expected word or "<"'],
  ['syntaxerror', 'domain missing in source-routed address'], ['syntaxerror', 'malformed address:'], ['systemerror', 'delivery to file forbidden'],
  ['systemerror', 'delivery to pipe forbidden'], ['systemerror', 'local delivery failed'], ['systemerror', 'lmtp error after '],
  ['contenterror', 'too many "received" headers'], ['expired', 'retry timeout exceeded'],
  // EZweb, KDDI
  ['mailboxfull', 'the user(s) account is temporarily over quota'], ['suspend', 'the user(s) account is disabled.'],
  ['suspend', 'the user(s) account is temporarily limited.'], ['expired', 'your message was not delivered within '],
  ['mailboxfull', 'as their mailbox is full'], ['norelaying', 'due to the following smtp relay error'], ['hostunknown', 'as the remote domain doesnt exist'],
  // IMail, McAfee, MessageLabs, Messaging Server, Outlook.com
  ['hostunknown', 'unknown host'], ['userunknown', 'invalid final delivery userid'], ['mailboxfull', 'user mailbox exceeds allowed size'],
  ['virusdetected', 'requested action not taken: virus detected'], ['userunknown', ' user not exist'],
  ['securityerror', 'please turn on smtp authentication in your mail client'], ['hostunknown', 'illegal host/domain name found'],
  ['hostunknown', 'the mail could not be delivered to the recipient because the domain is not reachable'],
  // OpenSMTPD
  ['expired', 'envelope expired'], ['hostunknown', 'invalid domain name'], ['notaccept', 'destination seem to reject all mails'],
  ['notaccept', 'no mx found for domain'], ['notaccept', 'no mx found for destination'], ['networkerror', 'address family mismatch on destination mxs'],
  ['networkerror', 'all routes to destination blocked'], ['networkerror', 'bad dns lookup error code'], ['networkerror', 'could not retrieve source address'],
  ['networkerror', 'loop detected'], ['networkerror', 'network error on destination mxs'], ['networkerror', 'no valid route to remote mx'],
  ['networkerror', 'no valid route to destination'], ['networkerror', 'temporary failure in mx lookup'], ['securityerror', 'could not retrieve credentials'],
  // qmail (incl. its LDAP patch)
  ['suspend', 'mailaddress is administratively disabled'], ['suspend', 'mailaddress is administrativley disabled'],
  ['exceedlimit', 'the message exeeded the maximum size the user accepts'], ['systemerror', 'automatic homedir creator crashed'],
  ['systemerror', 'illegal value in ldap attribute'], ['systemerror', 'ldap attribute is not given but mandatory'],
  ['systemerror', 'timeout while performing search on ldap server'], ['systemerror', 'too many results returned but needs to be unique'],
  ['systemerror', 'permanent error while executing qmail-forward'], ['systemerror', 'temporary error in automatic homedir creation'],
  ['systemerror', 'temporary error while executing qmail-forward'], ['systemerror', 'temporary failure in ldap lookup'],
  ['systemerror', 'unable to contact ldap server'], ['systemerror', 'unable to login into ldap server, bad credentials'],
  ['userunknown', 'no mailbox here by that name'], ['mailboxfull', 'disk quota exceeded'],
  ['mesgtoobig', 'message size exceeds fixed maximum message size:'], ['hostunknown', "sorry, i couldn't find any host "],
  ['systemfull', 'requested action not taken: mailbox unavailable (not enough free space)'],
  ['systemerror', 'bad interpreter: no such file or directory'], ['notaccept', "sorry, i couldn't find a mail exchanger or ip address"],
  ['networkerror', "sorry, i wasn't able to establish an smtp connection"],
  ['networkerror', "sorry. although i'm listed as a best-preference mx or a for that host"],
  // Amazon SES receiving, Amazon SES, Amazon WorkMail
  ['mesgtoobig', 'message too large'], ['contenterror', 'message content rejected'], ['expired', 'delivery expired'],
  // Microsoft (Exchange Online) wording without a distinctive status code
  ['expired', 'message expired'],
  // Deutsche Telekom (t-online.de) refuses unknown senders' IPs with "(BL)"
  ['blocked', 'a problem occurred. (ask your postmaster for help'],
  ['authfailure', 'does not have authentication information'],
  // Yahoo's "dd This user doesn't have a … account", Zoho, Google Groups (a group that refuses the post)
  // Zoho ("Host not reachable" once it gives up), Trend Micro InterScan
  ['expired', 'host not reachable'], ['userunknown', 'please check if address is correct'],
  ['userunknown', "dd this user doesn't have a "], ['userunknown', 'remote server returned unknown recipient'], ['rejected', 'mail rejected by destination domain'], ['rejected', 'groups.google.com/support'],
  // Facebook's response codes (sisimai's Lhost::Facebook ReFailures)
  ['userunknown', 'rcp-p1'], ['userunknown', 'int-p1'], ['userunknown', 'int-p3'], ['userunknown', 'int-p4'], ['filtered', 'rcp-p2'],
  ['filtered', 'rcp-p3'], ['mesgtoobig', 'msg-p1'], ['mesgtoobig', 'int-p2'], ['contenterror', 'msg-p2'], ['contenterror', 'msg-p3'],
  ['contenterror', 'pol-p6'], ['securityerror', 'pol-p1'], ['securityerror', 'pol-p2'], ['securityerror', 'pol-p5'], ['notaccept', 'pol-p3'],
  ['notaccept', 'pol-p4'], ['notaccept', 'pol-t1'], ['notaccept', 'pol-t2'], ['notaccept', 'pol-t3'], ['rejected', 'dns-p1'], ['rejected', 'dns-p2'],
  ['rejected', 'dns-t1'], ['rejected', 'dns-p3'], ['rejected', 'dns-t2'], ['systemerror', 'con-t1'], ['toomanyconn', 'con-t3'], ['suspend', 'rcp-t4'],
];

const FORMAT_ANY = new RegExp(FORMAT_PHRASES.map(([, p]) => escape(p)).join('|'));

/** The class a format's own fixed wording states, if any (first match in the list's order). */
export function formatClass(text: string): SisimaiClass | undefined {
  if (!FORMAT_ANY.test(text)) return undefined;
  return FORMAT_PHRASES.find(([, phrase]) => text.includes(phrase))?.[0];
}
