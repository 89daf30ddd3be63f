// A probe's error code in words for chips and headings.
import type { ProbeErrorCode } from '../../../shared/connection';

const WORDS: Record<ProbeErrorCode, string> = {
  auth_failed: 'auth failed',
  tls_error: 'TLS error',
  timeout: 'timeout',
  unreachable: 'unreachable',
  protocol_error: 'protocol error',
  sign_in_expired: 'sign-in expired',
  needs_sign_in: 'needs sign-in',
};

export const errorWords = (code: ProbeErrorCode | null | undefined): string => (code ? (WORDS[code] ?? code) : '');
