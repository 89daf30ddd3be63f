// Certificate facts for the user (subject, issuer, names, dates) from Node's peer certificate.
import type { PeerCertificate } from 'node:tls';
import type { CertificateInfo } from '../../../shared/connection';

const dn = (part: PeerCertificate['subject'] | undefined): string => {
  if (!part) return '';
  return Object.entries(part)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
};

export function certificateInfo(cert: PeerCertificate | null | undefined): CertificateInfo | null {
  if (!cert || !cert.subject) return null;
  const subject = dn(cert.subject);
  const issuer = dn(cert.issuer);
  return {
    subject,
    issuer,
    alt_names: (cert.subjectaltname ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    valid_from: new Date(cert.valid_from).toISOString(),
    valid_to: new Date(cert.valid_to).toISOString(),
    self_signed: subject === issuer,
    fingerprint_sha256: cert.fingerprint256,
  };
}
