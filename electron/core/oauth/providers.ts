// What differs between Google and Microsoft: where to sign in, which scopes reach IMAP and
// SMTP, the extra request parameters that get a refresh token, and the mail servers.
import type { AutoconfigResult } from '../../../shared/connection';
import type { OAuthProvider } from '../../../shared/oauth';

export type MailServers = Pick<AutoconfigResult, 'smtp_host' | 'smtp_port' | 'smtp_security' | 'imap_host' | 'imap_port' | 'imap_security'>;

export interface ProviderPreset {
  provider: OAuthProvider;
  name: string;
  /** The issuer whose discovery document names the endpoints. */
  issuer(tenant: string | null): string;
  scopes: readonly string[];
  /** Added to the authorization request. */
  authParams: Readonly<Record<string, string>>;
  servers: MailServers;
}

/** Microsoft's default when the app names no tenant: work and school accounts of any tenant. */
export const DEFAULT_MICROSOFT_TENANT = 'organizations';

export const PRESETS: Record<OAuthProvider, ProviderPreset> = {
  microsoft: {
    provider: 'microsoft',
    name: 'Microsoft',
    issuer: (tenant) => `https://login.microsoftonline.com/${encodeURIComponent(tenant ?? DEFAULT_MICROSOFT_TENANT)}/v2.0`,
    // openid + email only to learn which address signed in; offline_access for the refresh token.
    scopes: ['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send', 'offline_access', 'openid', 'email'],
    authParams: {},
    servers: { smtp_host: 'smtp.office365.com', smtp_port: 587, smtp_security: 'starttls', imap_host: 'outlook.office365.com', imap_port: 993, imap_security: 'tls' },
  },
  google: {
    provider: 'google',
    name: 'Google',
    issuer: () => 'https://accounts.google.com',
    // The full-mail scope is the only one that covers IMAP and SMTP; openid + email name the address.
    scopes: ['https://mail.google.com/', 'openid', 'email'],
    // A refresh token on every sign-in, not only the first consent.
    authParams: { access_type: 'offline', prompt: 'consent' },
    servers: { smtp_host: 'smtp.gmail.com', smtp_port: 587, smtp_security: 'starttls', imap_host: 'imap.gmail.com', imap_port: 993, imap_security: 'tls' },
  },
};

/** True for http:// on the loopback interface, the only plain-HTTP authorization server allowed (tests). */
export function isLoopbackHttp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}
