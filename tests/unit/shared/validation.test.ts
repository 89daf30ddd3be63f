import { describe, expect, it } from 'vitest';
import { accountCreateSchema, accountUpdateSchema } from '../../../shared/validation';
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
