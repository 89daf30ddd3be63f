// The end of password ("basic auth") logins at Google and Microsoft: ONE dated table, and the
// pure readiness check of an inbox against it. Core's fleet audit and the screens both use it;
// the README's table is copied from BASIC_AUTH_TIMELINE (a unit test keeps them equal).
import type { AuthMethod } from './oauth';

export const MAIL_HOST_KINDS = ['microsoft_365', 'outlook_consumer', 'google_workspace', 'gmail', 'other'] as const;
export type MailHostKind = (typeof MAIL_HOST_KINDS)[number];

export interface BasicAuthMilestone {
  id: string;
  kind: Exclude<MailHostKind, 'other'>;
  /** YYYY-MM-DD. Where the provider announced only a month or season, the date it named or the last day. */
  date: string;
  /** How the provider announced it. */
  announced: string;
  protocols: readonly ('smtp' | 'imap')[];
  what: string;
  source: string;
}

export const BASIC_AUTH_TIMELINE: readonly BasicAuthMilestone[] = [
  {
    id: 'gmail-less-secure-apps',
    kind: 'gmail',
    date: '2022-05-30',
    announced: '30 May 2022',
    protocols: ['smtp', 'imap'],
    what: 'Personal Gmail accounts stopped accepting the account password from "less secure apps"; an app password (2-Step Verification on) still works.',
    source: 'Google Account Help: Less secure apps & your Google Account',
  },
  {
    id: 'm365-imap-basic',
    kind: 'microsoft_365',
    date: '2022-10-01',
    announced: 'October 2022',
    protocols: ['imap'],
    what: 'Exchange Online turned off basic authentication (password logins) for IMAP and POP.',
    source: 'Microsoft Learn: Deprecation of Basic authentication in Exchange Online',
  },
  {
    id: 'outlook-com-basic',
    kind: 'outlook_consumer',
    date: '2024-09-16',
    announced: 'September 2024',
    protocols: ['smtp', 'imap'],
    what: 'Outlook.com / Hotmail personal accounts stopped accepting passwords over IMAP and SMTP (the server answers "NO Basic authentication is disabled.").',
    source: 'Microsoft Support: Modern Auth and Unsecure Apps for Outlook.com',
  },
  {
    id: 'workspace-less-secure-apps',
    kind: 'google_workspace',
    date: '2024-09-30',
    announced: 'autumn 2024',
    protocols: ['smtp', 'imap'],
    what: 'Google Workspace turned off password ("less secure app") access for IMAP and SMTP, except app passwords — which enforced security keys disable.',
    source: 'Google Workspace Updates: Turning off less secure apps',
  },
  {
    id: 'm365-smtp-auth-basic',
    kind: 'microsoft_365',
    date: '2026-12-31',
    announced: 'end of December 2026',
    protocols: ['smtp'],
    what: 'SMTP AUTH with a password is turned off by default for existing tenants (unavailable for tenants created after that; final removal to be announced for 2027). The server then answers "550 5.7.30 Basic authentication is not supported for Client Submission".',
    source: 'Microsoft 365 message center MC786329 (updated January 2026)',
  },
];

const milestone = (id: string): BasicAuthMilestone => BASIC_AUTH_TIMELINE.find((m) => m.id === id)!;

// The names that decide an inbox's mail service; core's accounts filter reads the same lists.
export const OUTLOOK_CONSUMER_DOMAINS: ReadonlySet<string> = new Set([
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'windowslive.com',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'hotmail.nl', 'hotmail.be', 'hotmail.ca',
  'outlook.fr', 'outlook.de', 'outlook.it', 'outlook.es', 'outlook.jp', 'outlook.co.uk', 'outlook.com.au', 'outlook.com.br',
  'live.co.uk', 'live.fr', 'live.de', 'live.it', 'live.nl', 'live.ca', 'live.com.au',
]);
export const GMAIL_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);
export const OUTLOOK_CONSUMER_HOSTS = ['smtp-mail.outlook.com', 'imap-mail.outlook.com'] as const;
export const M365_HOSTS = ['outlook.office.com'] as const;
export const M365_HOST_SUFFIX = '.office365.com';
export const GOOGLE_HOSTS = ['smtp.gmail.com', 'imap.gmail.com', 'smtp-relay.gmail.com'] as const;
const has = (list: readonly string[], h: string) => list.includes(h);

export interface InboxLogin {
  email: string;
  provider: string;
  smtp_host: string;
  imap_host: string;
  auth_method: AuthMethod;
}

/** Which mail service an inbox is on, from its address and servers (the provider field is a hint). */
export function mailHostKind(i: Pick<InboxLogin, 'email' | 'provider' | 'smtp_host' | 'imap_host'>): MailHostKind {
  const domain = i.email.split('@')[1]?.toLowerCase() ?? '';
  const hosts = [i.smtp_host, i.imap_host].map((h) => h.toLowerCase().replace(/\.$/, ''));
  if (OUTLOOK_CONSUMER_DOMAINS.has(domain) || hosts.some((h) => has(OUTLOOK_CONSUMER_HOSTS, h))) return 'outlook_consumer';
  if (GMAIL_DOMAINS.has(domain)) return 'gmail';
  if (i.provider === 'microsoft' || hosts.some((h) => h.endsWith(M365_HOST_SUFFIX) || has(M365_HOSTS, h))) return 'microsoft_365';
  if (i.provider === 'google' || hosts.some((h) => has(GOOGLE_HOSTS, h))) return 'google_workspace';
  return 'other';
}

/** Worst first. */
export const READINESS_LEVELS = ['blocked', 'warning', 'ok'] as const;
export type ReadinessLevel = (typeof READINESS_LEVELS)[number];

export interface BasicAuthReadiness {
  kind: MailHostKind;
  auth_method: AuthMethod;
  level: ReadinessLevel;
  /** A few words for a table chip; empty when there is nothing to say. */
  label: string;
  message: string;
  /** What to do, or null when nothing is needed. */
  action: string | null;
  /** The date password logins stop (or stopped) for this inbox, YYYY-MM-DD. */
  deadline: string | null;
  /** Ids of the BASIC_AUTH_TIMELINE rows this verdict rests on. */
  milestones: string[];
}

const SWITCH_MS = 'Open the inbox and choose “Switch to sign-in” → Sign in with Microsoft (no password is stored).';
const SWITCH_GOOGLE = 'Open the inbox and choose “Switch to sign-in” → Sign in with Google (no password is stored).';

/** The inbox's login method against its provider's timeline, as of `today` (YYYY-MM-DD, UTC). */
export function basicAuthReadiness(i: InboxLogin, today: string): BasicAuthReadiness {
  return readinessOf(mailHostKind(i), i.auth_method, today);
}

/** The verdict for a mail service and login method (all it depends on besides the date). */
export function readinessOf(kind: MailHostKind, authMethod: AuthMethod, today: string): BasicAuthReadiness {
  const base = { kind, auth_method: authMethod };
  if (authMethod === 'oauth') {
    return { ...base, level: 'ok', label: '', message: 'Signs in with OAuth: not affected by the end of password logins.', action: null, deadline: null, milestones: [] };
  }
  switch (kind) {
    case 'outlook_consumer': {
      const m = milestone('outlook-com-basic');
      return {
        ...base, level: 'blocked', label: 'Cannot connect with a password',
        message: `Outlook.com / Hotmail ended password logins on ${m.date} (${m.announced}): this inbox cannot connect with a password.`,
        action: SWITCH_MS, deadline: m.date, milestones: [m.id],
      };
    }
    case 'microsoft_365': {
      const smtp = milestone('m365-smtp-auth-basic');
      const imap = milestone('m365-imap-basic');
      const past = today >= smtp.date;
      return {
        ...base,
        level: past ? 'blocked' : 'warning',
        label: past ? `Password logins off since ${smtp.date}` : `Password logins stop ${smtp.date}`,
        message:
          (past
            ? `Microsoft turned SMTP AUTH with a password off by default on ${smtp.date} (MC786329): sending from this inbox fails unless its tenant turned it back on. `
            : `Microsoft turns SMTP AUTH with a password off by default for existing tenants on ${smtp.date} (${smtp.announced}, MC786329); after that sending from this inbox fails. `) +
          `IMAP password logins already ended on ${imap.date}, so its mailbox cannot be read with a password.`,
        action: SWITCH_MS, deadline: smtp.date, milestones: [imap.id, smtp.id],
      };
    }
    case 'google_workspace':
    case 'gmail': {
      const m = milestone(kind === 'gmail' ? 'gmail-less-secure-apps' : 'workspace-less-secure-apps');
      return {
        ...base, level: 'warning', label: 'App password only',
        message: `Since ${m.date} Google accepts a password over IMAP/SMTP only as an app password (2-Step Verification on; not possible where security keys are enforced).`,
        action: SWITCH_GOOGLE, deadline: m.date, milestones: [m.id],
      };
    }
    default:
      return { ...base, level: 'ok', label: '', message: 'Not a Google or Microsoft mailbox: password logins are up to its provider.', action: null, deadline: null, milestones: [] };
  }
}

export interface ReadinessItem {
  account_id: string;
  email: string;
  client_name: string | null;
  readiness: BasicAuthReadiness;
}

/** The fleet audit: counts, and the inboxes that need action (worst first). */
export interface BasicAuthAudit {
  as_of: string;
  timeline: readonly BasicAuthMilestone[];
  total: number;
  counts: Record<ReadinessLevel, number>;
  by_kind: Record<MailHostKind, { password: number; oauth: number }>;
  /** The inboxes at warning or blocked (or the one asked for), at most `limit`. */
  items: ReadinessItem[];
  items_total: number;
}
