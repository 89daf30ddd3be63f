// Format detection and column mapping: vendor headers matched case- and space-insensitively,
// the user's choices over the format's, and one column per field.
import { describe, expect, it } from 'vitest';
import { detectFormat, mapColumns, normHeader } from '../../../electron/core/import/formats';

const SMARTLEAD = 'from_name,from_email,user_name,password,smtp_host,smtp_port,imap_host,imap_port,max_email_per_day,custom_tracking_url,warmup_enabled,total_warmup_per_day,daily_rampup,reply_rate_percentage,bcc,signature,different_reply_to_address,imap_user_name,imap_password'.split(',');
const INSTANTLY = 'Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port,Daily Limit,Warmup Enabled,Warmup Limit,Warmup Increment'.split(',');
const EMAILBISON = 'Name,Email,Password,IMAP Server,IMAP Port,SMTP Server,SMTP Port,Daily Limit,SMTP Secure,IMAP Secure'.split(',');

const fields = (headers: string[], format: Parameters<typeof mapColumns>[1], chosen?: Parameters<typeof mapColumns>[2]) =>
  Object.fromEntries(mapColumns(headers, format, chosen).map((c) => [c.header, c.field]));

describe('import formats', () => {
  it('recognises each vendor by its headers, in any case and spacing', () => {
    expect(detectFormat(SMARTLEAD)).toBe('smartlead');
    expect(detectFormat([...SMARTLEAD, 'type', 'client_id'].map((h) => h.toUpperCase()))).toBe('smartlead');
    expect(detectFormat(INSTANTLY)).toBe('instantly');
    expect(detectFormat(INSTANTLY.map((h) => h.toLowerCase().replace(/ /g, '_')))).toBe('instantly');
    expect(detectFormat(EMAILBISON)).toBe('emailbison');
    expect(detectFormat(['email', 'display_name', 'provider', 'smtp_security', 'imap_security', 'smtp_password'])).toBe('inboxfleet');
    expect(detectFormat(['E-Mail', 'Passwort'])).toBe('generic');
    expect(normHeader(' SMTP  Port ')).toBe('smtpport');
  });

  it('maps every Smartlead column to its field, with type and time_to_wait_in_mins', () => {
    const m = fields([...SMARTLEAD, 'type', 'time_to_wait_in_mins', 'client_id'], 'smartlead');
    expect(m).toMatchObject({
      from_name: 'display_name', from_email: 'email', user_name: 'smtp_username', password: 'smtp_password',
      max_email_per_day: 'daily_limit', custom_tracking_url: 'tracking_domain', total_warmup_per_day: 'warmup_per_day',
      daily_rampup: 'warmup_daily_rampup', reply_rate_percentage: 'warmup_target_reply_rate', signature: 'signature_html',
      different_reply_to_address: 'reply_to', imap_user_name: 'imap_username', imap_password: 'imap_password',
      type: 'provider', time_to_wait_in_mins: 'min_minutes_between_sends', client_id: null,
    });
  });

  it('says which columns are ignored and why', () => {
    const cols = mapColumns([...INSTANTLY, 'Tracking Domain', 'Warmup Open Rate', 'Mystery'], 'instantly');
    expect(cols.find((c) => c.header === 'Tracking Domain')?.field).toBe('tracking_domain');
    expect(cols.find((c) => c.header === 'Warmup Open Rate')).toMatchObject({ field: null, note: expect.stringMatching(/no setting/) });
    expect(cols.find((c) => c.header === 'Mystery')).toMatchObject({ field: null, note: expect.stringMatching(/not recognised/) });
  });

  it("applies the user's mapping over the format's and gives each field to one column only", () => {
    const headers = ['E-Mail', 'Passwort', 'Kunde', 'Email 2'];
    expect(fields(headers, 'generic')).toEqual({ 'E-Mail': 'email', Passwort: null, Kunde: null, 'Email 2': null });
    const m = mapColumns(headers, 'generic', { Passwort: 'smtp_password', Kunde: 'client', 'Email 2': 'email' });
    expect(m.map((c) => c.field)).toEqual(['email', 'smtp_password', 'client', null]);
    expect(m[3]!.note).toMatch(/"E-Mail" is already read as this field/);
    expect(fields(headers, 'generic', { 'E-Mail': null })['E-Mail']).toBeNull();
  });
});
