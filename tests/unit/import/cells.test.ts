// Cells as spreadsheets write them, and the provider of an imported inbox decided in one place.
import { describe, expect, it } from 'vitest';
import { authMethodCell, boolCell, domainCell, intCell, securityCell, securityFromPort, tagsCell, unescapeFormula } from '../../../electron/core/import/cells';
import { inferProvider, providerFromWord } from '../../../electron/core/import/provider';

describe('import cells', () => {
  it('reads the login method as exported (password, oauth) and in common words; names a bad one', () => {
    for (const v of ['oauth', 'OAuth2', 'XOAUTH2', 'sign-in', 'Sign in', 'SSO']) expect(authMethodCell(v)).toEqual({ value: 'oauth' });
    for (const v of ['password', 'Password', 'basic', 'App password']) expect(authMethodCell(v)).toEqual({ value: 'password' });
    expect(authMethodCell(' ')).toBeUndefined();
    expect(authMethodCell('kerberos')).toEqual({ reason: 'login method must be password or oauth (the file says "kerberos")' });
  });

  it('reads TRUE/true/yes/1 (and Excel’s WAHR) booleans and names a bad one', () => {
    for (const v of ['TRUE', 'true', 'Yes', '1', 'WAHR', ' on ']) expect(boolCell(v, 'warmup enabled')).toEqual({ value: true });
    for (const v of ['FALSE', 'no', '0', 'FALSCH']) expect(boolCell(v, 'warmup enabled')).toEqual({ value: false });
    expect(boolCell('', 'x')).toBeUndefined();
    expect(boolCell('maybe', 'warmup enabled')).toEqual({ reason: 'warmup enabled must be true or false (the file says "maybe")' });
  });

  it('reads ports and limits written 587.0 or 1,000, and refuses fractions and words', () => {
    expect(intCell('587.0', 'SMTP port')).toEqual({ value: 587 });
    expect(intCell(' 993 ', 'IMAP port')).toEqual({ value: 993 });
    expect(intCell('1,000', 'daily limit')).toEqual({ value: 1000 });
    expect(intCell('587.5', 'SMTP port')).toEqual({ reason: 'SMTP port must be a whole number (the file says "587.5")' });
    expect(intCell('abc', 'SMTP port')).toMatchObject({ reason: expect.stringMatching(/whole number/) });
  });

  it('reads security words and secure flags, a bare TLS by its port, and otherwise the port alone', () => {
    expect(securityCell('SSL', 'SMTP security', 587, 465)).toEqual({ value: 'tls' });
    expect(securityCell('true', 'SMTP security', 465, 465)).toEqual({ value: 'tls' });
    expect(securityCell('false', 'SMTP security', 587, 465)).toEqual({ value: 'starttls' });
    expect(securityCell('STARTTLS', 'IMAP security', 143, 993)).toEqual({ value: 'starttls' });
    expect(securityCell('TLS', 'SMTP security', 587, 465)).toEqual({ value: 'starttls' });
    expect(securityCell('TLS', 'SMTP security', 465, 465)).toEqual({ value: 'tls' });
    expect(securityCell('none', 'SMTP security', 25, 465)).toEqual({ value: 'none' });
    expect(securityCell('quantum', 'SMTP security', 25, 465)).toMatchObject({ reason: expect.stringMatching(/SSL\/TLS, STARTTLS or none/) });
    expect([465, 993, 587, 143, 25, 2525, 8025].map(securityFromPort)).toEqual(['tls', 'tls', 'starttls', 'starttls', 'starttls', 'starttls', undefined]);
  });

  it('takes the host of a tracking URL, splits tags, and undoes our export’s formula guard', () => {
    expect(domainCell('https://Track.Hooli-Mail.test/o?x=1')).toBe('track.hooli-mail.test');
    expect(domainCell('track.x.test')).toBe('track.x.test');
    expect(tagsCell('vip; q4, east')).toEqual(['vip', 'q4, east']);
    expect(tagsCell('vip, q4|east')).toEqual(['vip', 'q4', 'east']);
    expect(unescapeFormula("'=SUM(1)")).toBe('=SUM(1)');
    expect(unescapeFormula("'quoted")).toBe("'quoted");
  });

  it('decides the provider: the file’s word, else the hosts, else MX, else SMTP', () => {
    expect(providerFromWord('GMAIL')).toBe('google');
    expect(providerFromWord('OUTLOOK')).toBe('microsoft');
    expect(providerFromWord('SMTP')).toBe('smtp');
    expect(providerFromWord('carrier pigeon')).toBeUndefined();
    expect(inferProvider({ stated: 'smtp', smtp_host: 'smtp.gmail.com' })).toBe('smtp');
    expect(inferProvider({ smtp_host: 'smtp.gmail.com' })).toBe('google');
    expect(inferProvider({ imap_host: 'outlook.office365.com' })).toBe('microsoft');
    expect(inferProvider({ smtp_host: 'mail.acme.test', mx: 'google' })).toBe('google');
    expect(inferProvider({ mx: 'microsoft' })).toBe('microsoft');
    expect(inferProvider({ smtp_host: 'mail.acme.test' })).toBe('smtp');
  });
});
