// Which provider an imported inbox belongs to, in one place: what the file says (Smartlead's
// `type`, a provider column), else the hosts, else the domain's MX (as autoconfig decides it).
import type { Provider } from '../../../shared/domain';

export const PROVIDER_HOSTS = {
  google: { smtp_host: 'smtp.gmail.com', imap_host: 'imap.gmail.com' },
  microsoft: { smtp_host: 'smtp.office365.com', imap_host: 'outlook.office365.com' },
} as const;

const WORDS: Record<string, Provider> = {
  google: 'google', gmail: 'google', gsuite: 'google', googleworkspace: 'google', workspace: 'google',
  microsoft: 'microsoft', outlook: 'microsoft', office365: 'microsoft', o365: 'microsoft', m365: 'microsoft',
  microsoft365: 'microsoft', exchange: 'microsoft', hotmail: 'microsoft',
  smtp: 'smtp', imap: 'smtp', other: 'smtp', custom: 'smtp', smtpimap: 'smtp',
};

/** A provider cell ("GMAIL", "Outlook", "SMTP"…) as a provider; undefined when it names none we know. */
export const providerFromWord = (word: string): Provider | undefined => WORDS[word.toLowerCase().replace(/[^a-z0-9]/g, '')];

function providerOfHost(host: string): Provider | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'smtp.gmail.com' || h === 'imap.gmail.com' || h.endsWith('.gmail.com') || h.endsWith('.googlemail.com') || h.endsWith('.google.com')) return 'google';
  if (h.endsWith('.office365.com') || h.endsWith('.outlook.com') || h === 'outlook.com' || h.endsWith('.office365.us')) return 'microsoft';
  return null;
}

export interface ProviderEvidence {
  /** The file's own word for it, already read by providerFromWord. */
  stated?: Provider;
  smtp_host?: string;
  imap_host?: string;
  /** What the domain's MX says (autoconfig), looked up only when the file names no host. */
  mx?: Provider;
}

/** The provider of an imported inbox: stated, else from its hosts, else from MX, else plain SMTP. */
export function inferProvider(e: ProviderEvidence): Provider {
  if (e.stated) return e.stated;
  const byHost = [e.smtp_host, e.imap_host].map((h) => (h ? providerOfHost(h) : null)).find((p) => p !== null);
  if (byHost) return byHost;
  return e.mx ?? 'smtp';
}
