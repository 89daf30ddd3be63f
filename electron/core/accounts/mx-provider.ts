// Which mailbox provider a domain's MX points at (Google Workspace, Microsoft 365 or other).
import type { MxRecord } from '../dns/index';

export function providerFromMx(mx: MxRecord[]): 'google' | 'microsoft' | 'other' | 'none' {
  if (mx.length === 0) return 'none';
  const hosts = mx.map((r) => r.exchange.toLowerCase().replace(/\.$/, ''));
  if (hosts.some((h) => h === 'aspmx.l.google.com' || h.endsWith('.aspmx.l.google.com') || h.endsWith('.googlemail.com') || h === 'smtp.google.com')) return 'google';
  if (hosts.some((h) => h.endsWith('.mail.protection.outlook.com'))) return 'microsoft';
  return 'other';
}
