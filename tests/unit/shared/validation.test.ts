import { describe, expect, it } from 'vitest';
import { accountCreateSchema, accountUpdateSchema, clientCreateSchema, exportSchema, sendTestEmailSchema, settingsUpdateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';

const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('account validation', () => {
  it('applies defaults', () => {
    const v = accountCreateSchema.parse(accountInput(1));
    expect(v).toMatchObject({ daily_limit: 50, min_minutes_between_sends: 10, imap_security: 'tls', tags: [], reply_to: null, warmup_enabled: false });
  });

  it.each([
    ['email', 'a@b', 'email must be at least 5 characters'],
    ['email', 'no-at-sign.example', 'email is not a valid address'],
    ['email', `${'x'.repeat(250)}@b.example`, 'email must be at most 255 characters'],
    ['display_name', '   ', 'display name is required'],
    ['smtp_port', 0, 'SMTP port must be between 1 and 65535'],
    ['smtp_port', 587.5, 'SMTP port must be a whole number'],
    ['smtp_port', '587', 'SMTP port must be a number'],
    ['smtp_host', 'bad host!', 'SMTP host is not a valid host name or IP address'],
    ['smtp_security', 'ssl', 'SMTP security must be starttls, tls or none'],
    ['smtp_password', 'x'.repeat(501), 'SMTP password must be at most 500 characters'],
    ['provider', 'yahoo', 'provider must be google, microsoft or smtp'],
    ['daily_limit', 0, 'daily limit must be at least 1'],
    ['reply_to', 'nope', 'reply-to address is not a valid address'],
    ['tracking_domain', 'not a domain', 'tracking domain is not a valid domain'],
    ['warmup_target_reply_rate', 101, 'warmup target reply rate must be at most 100'],
  ])('rejects %s = %j with "%s"', (field, value, message) => {
    const r = accountCreateSchema.safeParse({ ...accountInput(1), [field]: value });
    expect(r.success).toBe(false);
    expect(fieldsOf(r)[field]).toBe(message);
  });

  it('accepts IPv4 and IPv6 hosts, empty optional strings, and dedupes tags case-insensitively', () => {
    const v = accountCreateSchema.parse({
      ...accountInput(1),
      smtp_host: '127.0.0.1',
      imap_host: '::1',
      reply_to: '',
      imap_username: '',
      tags: ['Client A', 'client a', 'B'],
    });
    expect(v.reply_to).toBeNull();
    expect(v.imap_username).toBeUndefined();
    expect(v.tags).toEqual(['client a', 'B']);
  });

  it('keeps spaces in passwords', () => {
    expect(accountCreateSchema.parse({ ...accountInput(1), smtp_password: ' p w ' }).smtp_password).toBe(' p w ');
  });

  it('update treats an empty password as unchanged and null IMAP password as "use SMTP"', () => {
    expect(accountUpdateSchema.parse({ id: 'x', smtp_password: '' }).smtp_password).toBeUndefined();
    expect(accountUpdateSchema.parse({ id: 'x', imap_password: null }).imap_password).toBeNull();
  });
});

describe('validation gaps found by the hardening review (issue 10)', () => {
  it.each([':', '999.999.999.999', '1.2.3.256', '1::2::3', 'a..b', '127.0.0.1:25'])('refuses the host %j, naming the field', (host) => {
    for (const field of ['smtp_host', 'imap_host'] as const) {
      const r = accountCreateSchema.safeParse({ ...accountInput(1), [field]: host });
      expect(fieldsOf(r)[field]).toBe(`${field === 'smtp_host' ? 'SMTP' : 'IMAP'} host is not a valid host name or IP address`);
    }
  });

  it.each(['smtp.example.com', 'mail-1.example.co.uk.', '127.0.0.1', '::1', '2001:db8::25', 'localhost'])('accepts the host %j', (host) => {
    expect(accountCreateSchema.safeParse({ ...accountInput(1), smtp_host: host }).success).toBe(true);
  });

  const hostile: [string, string, RegExp][] = [
    ['lone surrogate', 'Acme \uD800', /broken character/],
    ['NUL', 'Acme\u0000', /control characters/],
    ['zero-width space', 'Ac\u200Bme', /invisible/],
    ['word joiner', 'Acme\u2060', /invisible/],
    ['joiner beside ASCII', 'Ac\u200Dme', /invisible/],
    ['bidi override', '\u202EemcA', /text-direction/],
    ['line break', 'Acme\r\nBcc: victim@example.org', /single line/],
    ['line separator', 'Acme\u2028x', /single line/],
  ];

  it.each(hostile)('refuses a name with a %s, naming the field', (_what, value, message) => {
    expect(fieldsOf(clientCreateSchema.safeParse({ name: value })).name).toMatch(message);
    expect(fieldsOf(accountCreateSchema.safeParse({ ...accountInput(1), display_name: value })).display_name).toMatch(message);
    expect(fieldsOf(accountCreateSchema.safeParse({ ...accountInput(1), tags: ['ok', value] }))['tags.1']).toMatch(message);
    expect(fieldsOf(accountUpdateSchema.safeParse({ id: 'x', display_name: value })).display_name).toMatch(message);
    expect(fieldsOf(sendTestEmailSchema.safeParse({ id: 'x', to: 'a@example.org', subject: value })).subject).toMatch(message);
  });

  it('keeps names a user really writes: accents, CJK, emoji sequences, Persian with ZWNJ; and normalises to NFC', () => {
    for (const name of ['Zoë Ltd', '東京商事', 'Family 👨‍👩‍👧', 'می‌خواهم']) expect(clientCreateSchema.parse({ name }).name).toBe(name.normalize('NFC'));
    // "Zoë" typed with a combining diaeresis is the same client as the precomposed one.
    expect(clientCreateSchema.parse({ name: 'Zoe\u0308' }).name).toBe('Zo\u00EB');
  });

  it.each([
    ['127.0.0.1:0', /port must be between 1 and 65535/],
    ['127.0.0.1:70000', /port must be between 1 and 65535/],
    ['[::1]:0', /port must be between 1 and 65535/],
    ['999.1.1.1', /not an IP address/],
    [':', /not an IP address/],
    ['dns.example.com', /not an IP address/],
    ['1.2.3.4:', /not an IP address/],
    ['::1:53x', /not an IP address/],
    ['fe80::1%eth0', /not an IP address/],
  ])('refuses the DNS server %j', (server, message) => {
    const r = settingsUpdateSchema.safeParse({ dns_servers: [server] });
    expect(fieldsOf(r)['dns_servers.0']).toMatch(message);
  });

  it.each(['1.1.1.1', '127.0.0.1:5353', '::1', '2001:4860:4860::8888', '[::1]', '[2001:db8::53]:5300'])('accepts the DNS server %j', (server) => {
    expect(settingsUpdateSchema.parse({ dns_servers: [server] }).dns_servers).toEqual([server]);
  });

  it('refuses an export path with a NUL byte, naming path', () => {
    expect(fieldsOf(exportSchema.safeParse({ kind: 'accounts', path: '/tmp/a\u0000b.csv' })).path).toMatch(/control characters/);
  });
});
