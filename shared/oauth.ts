// Sign-in with Google and Microsoft (OAuth 2.0, XOAUTH2): the types handlers return.
import type { AccountTestResult } from './connection';

export const OAUTH_PROVIDERS = ['google', 'microsoft'] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];

/** How an inbox logs in to its SMTP and IMAP servers. */
export const AUTH_METHODS = ['password', 'oauth'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/**
 * Where a signed-in inbox stands (null for password inboxes): connected; never signed in (e.g.
 * imported without a password); or the provider refused its refresh token (revoked, expired).
 */
export type SignInState = 'connected' | 'needs_sign_in' | 'expired';

/** The agency's own OAuth client registration at a provider (the secret stays in the keychain). */
export interface SignInApp {
  id: string;
  provider: OAuthProvider;
  label: string;
  /** The provider's "client ID" / "Application (client) ID": public, not a secret. */
  client_id: string;
  /** Whether a client secret is in the keychain (Google desktop clients have one; Microsoft public clients do not). */
  secret_stored: boolean;
  /** Microsoft: tenant ID or domain, or organizations / common. Null for Google. */
  tenant: string | null;
  /** A custom authorization server (its issuer URL; endpoints come from discovery). Null: the provider's own. */
  issuer: string | null;
  /** Used only for this client's inboxes; null: for every inbox without a client-specific app. */
  agency_client_id: string | null;
  agency_client_name: string | null;
  /** Inboxes that sign in through this app. */
  account_count: number;
  created_at: string;
  updated_at: string;
}

/** The redirect address to register with the provider; the port is chosen at random per sign-in (RFC 8252). */
export const LOOPBACK_REDIRECT = 'http://127.0.0.1';

export type SignInOutcome = 'connected' | 'declined' | 'mismatch' | 'timeout' | 'cancelled' | 'failed';

/** One address of a sign-in job. */
export interface SignInItemResult {
  /** The address asked for (login hint), or null when the provider said which one. */
  requested: string | null;
  email: string | null;
  account_id: string | null;
  ok: boolean;
  outcome: SignInOutcome;
  message: string;
  /** The SMTP and IMAP test with the new token (null when the sign-in itself failed or testing was off). */
  test: AccountTestResult | null;
}

/** Pushed while a sign-in job waits for the user in the browser. */
export interface SignInPrompt {
  job_id: string;
  /** 1-based position in the job. */
  index: number;
  total: number;
  email: string | null;
  /** The provider's sign-in page (also opened in the system browser). */
  url: string;
  status: 'waiting' | 'received';
}
