// Which certificates a connection trusts. Always verified; a self-signed root is added only for
// an inbox whose user allowed it, and only after the server actually presented it.
// Building a trust store from ~140 bundled roots plus a company CA costs ~20 ms of CPU, so it is
// built once per CA set (the extra CAs, plus at most one pinned root) and reused by every
// connection as a TLS secure context, instead of once per connection.
import tls, { type SecureContext } from 'node:tls';
import type { TrustOptions } from './types';

/** Every connection insists on TLS 1.2 or later; part of the shared context, so kept here. */
export const MIN_TLS_VERSION = 'TLSv1.2' as const;

export interface ProbeEnv {
  /** Extra trust anchors (a company CA; the tests' CA). Default: Node's bundled roots only. */
  extraCa?: string[];
  /** Self-signed roots the user allowed, per protocol:host:port; lives as long as core. */
  pins: Map<string, string>;
  now(): Date;
  /** Trust built so far, per pinned root ('' for none); without it, each connection builds its own. */
  trust?: Map<string, TrustOptions>;
}

/** Node's verdicts that mean "the chain ends in a self-signed certificate". */
export const SELF_SIGNED_ERRORS = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);

export const pinKey = (protocol: 'smtp' | 'imap', host: string, port: number) => `${protocol}:${host.toLowerCase()}:${port}`;

export function trustAnchors(env: ProbeEnv, pinned?: string): string[] | undefined {
  if (!env.extraCa?.length && !pinned) return undefined;
  return [...tls.rootCertificates, ...(env.extraCa ?? []), ...(pinned ? [pinned] : [])];
}

/** What a connection passes to TLS: nothing (Node's roots), or the CA set and its shared context. */
export function trustOptions(env: ProbeEnv, pinned?: string): TrustOptions {
  const key = pinned ?? '';
  const known = env.trust?.get(key);
  if (known) return known;
  const ca = trustAnchors(env, pinned);
  const built: TrustOptions = ca ? { ca, secureContext: tls.createSecureContext({ ca, minVersion: MIN_TLS_VERSION }) } : {};
  env.trust?.set(key, built);
  return built;
}

/** TLS options for nodemailer and imapflow: verified, TLS 1.2+, the given trust. */
export function tlsOptions(trust: TrustOptions): { rejectUnauthorized: true; minVersion: typeof MIN_TLS_VERSION; ca?: string[]; secureContext?: SecureContext } {
  // A secure context carries its own CA list and minimum version; tls.connect then ignores `ca`.
  return { rejectUnauthorized: true, minVersion: MIN_TLS_VERSION, ...(trust.secureContext ? { secureContext: trust.secureContext } : trust.ca ? { ca: trust.ca } : {}) };
}
