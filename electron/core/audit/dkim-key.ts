// Reads one DKIM key record (RFC 6376 §3.6.1, RFC 8463 for ed25519): key type and size,
// revocation (empty p=), testing mode (t=y), hash and service restrictions.
import { createPublicKey } from 'node:crypto';
import { parseTagList } from './common';

export interface DkimKeyFacts {
  tags: Record<string, string>;
  key_type: string;
  bits: number | null;
  revoked: boolean;
  testing: boolean;
  /** Why the record cannot be used; empty when it can. */
  malformed: string[];
  /** h= lists hashes and none of them is sha256 (sha1 is no longer accepted, RFC 8301). */
  sha1_only: boolean;
  /** s= restricts the key to services other than email. */
  not_for_email: boolean;
}

/** A TXT record that is meant as a DKIM key (and not, say, a wildcard SPF record). */
export const looksLikeDkim = (txt: string): boolean => /^\s*v\s*=\s*dkim1\b/i.test(txt) || /(^|;)\s*p\s*=/i.test(txt);

function rsaBits(der: Buffer): number | null {
  // RFC 6376 says SubjectPublicKeyInfo; some publish a bare PKCS#1 RSAPublicKey, which most
  // verifiers also read.
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type });
      if (key.asymmetricKeyType !== 'rsa') return null;
      return key.asymmetricKeyDetails?.modulusLength ?? null;
    } catch {
      // try the next encoding
    }
  }
  return null;
}

export function parseDkimKey(record: string): DkimKeyFacts {
  const { tags, order, errors } = parseTagList(record);
  const malformed = [...errors];
  const v = tags.get('v');
  if (v !== undefined && v !== 'DKIM1') malformed.push(`v=${v} (must be DKIM1)`);
  else if (v !== undefined && order[0] !== 'v') malformed.push('v=DKIM1 must be the first tag');

  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const p = tags.get('p');
  const b64 = (p ?? '').replace(/\s+/g, '');
  const revoked = p !== undefined && b64 === '';
  let bits: number | null = null;
  if (p === undefined) malformed.push('there is no p= tag (the public key)');
  else if (!revoked) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) malformed.push('p= is not base64 (stray quotes or characters?)');
    else if (keyType === 'rsa') {
      bits = rsaBits(Buffer.from(b64, 'base64'));
      if (bits === null) malformed.push('p= is not a valid RSA public key (often a key cut short when pasted)');
    } else if (keyType === 'ed25519') {
      if (Buffer.from(b64, 'base64').length === 32) bits = 256;
      else malformed.push('p= is not a 32-byte Ed25519 public key');
    } else malformed.push(`k=${keyType} is not a DKIM key type (rsa or ed25519)`);
  }

  const list = (tag: string) => tags.get(tag)?.split(':').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const hashes = list('h');
  const services = list('s');
  return {
    tags: Object.fromEntries(tags),
    key_type: keyType,
    bits,
    revoked,
    testing: (list('t') ?? []).includes('y'),
    malformed,
    sha1_only: hashes !== undefined && !hashes.includes('sha256'),
    not_for_email: services !== undefined && !services.includes('*') && !services.includes('email'),
  };
}
