// What a probe needs: where to connect, as whom, and how long each step may take.
import type { SecureContext } from 'node:tls';
import type { ProbeResult } from '../../../shared/connection';

export interface ProbeTarget {
  protocol: 'smtp' | 'imap';
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string;
  password: string;
  /** An OAuth 2.0 access token: log in with XOAUTH2 / OAUTHBEARER instead of the password. */
  accessToken?: string;
  allowSelfSigned: boolean;
}

export interface ProbeTimeouts {
  connectTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
  /** Cap on the whole check. */
  deadlineMs: number;
}

/** Trust one attempt uses: the CA list, and the secure context built from it once (trust.ts). */
export interface TrustOptions {
  ca?: string[];
  secureContext?: SecureContext;
}

/** What a successful handshake learnt; the caller adds timing and identity. */
export type HandshakeFacts = Pick<ProbeResult, 'greeting' | 'tls_version' | 'auth_methods' | 'capabilities' | 'certificate'>;

/** A failure that knows which step it happened in, so a timeout names the step. */
export class StepError extends Error {
  constructor(
    readonly step: string,
    readonly original: unknown,
    /** The first bytes the server sent (for telling garbage from silence). */
    readonly firstBytes = '',
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'StepError';
  }
}
