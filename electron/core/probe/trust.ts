// Which certificates a connection trusts. Always verified; a self-signed root is added only for
// an inbox whose user allowed it, and only after the server actually presented it.
import tls from 'node:tls';

export interface ProbeEnv {
  /** Extra trust anchors (a company CA; the tests' CA). Default: Node's bundled roots only. */
  extraCa?: string[];
  /** Self-signed roots the user allowed, per protocol:host:port; lives as long as core. */
  pins: Map<string, string>;
  now(): Date;
}

/** Node's verdicts that mean "the chain ends in a self-signed certificate". */
export const SELF_SIGNED_ERRORS = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);

export const pinKey = (protocol: 'smtp' | 'imap', host: string, port: number) => `${protocol}:${host.toLowerCase()}:${port}`;

export function trustAnchors(env: ProbeEnv, pinned?: string): string[] | undefined {
  if (!env.extraCa?.length && !pinned) return undefined;
  return [...tls.rootCertificates, ...(env.extraCa ?? []), ...(pinned ? [pinned] : [])];
}
