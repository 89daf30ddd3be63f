import { describe, expect, it } from 'vitest';
import { accountCreateSchema, accountUpdateSchema, signInAppSaveSchema, signInSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';

const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('validation of sign-in input', () => {
  it('a password inbox still needs its password, reported with the other field errors at once', () => {
    const { smtp_password: _omit, ...rest } = accountInput(1);
    void _omit;
    const r = accountCreateSchema.safeParse({ ...rest, smtp_port: 0 });
    expect(fieldsOf(r)).toEqual({ smtp_port: 'SMTP port must be between 1 and 65535', smtp_password: 'SMTP password is required' });
  });

  it('an inbox created to sign in later takes no password and must be at Google or Microsoft', () => {
    const { smtp_password: _omit, ...rest } = accountInput(1);
    void _omit;
    expect(accountCreateSchema.parse({ ...rest, provider: 'microsoft', auth_method: 'oauth' })).toMatchObject({ auth_method: 'oauth' });
    expect(fieldsOf(accountCreateSchema.safeParse({ ...rest, provider: 'smtp', auth_method: 'oauth' }))).toEqual({ provider: 'sign-in needs provider google or microsoft' });
    expect(fieldsOf(accountCreateSchema.safeParse({ ...accountInput(1), provider: 'google', auth_method: 'oauth' }))).toEqual({
      smtp_password: 'an inbox that signs in with Google or Microsoft stores no password',
    });
  });

  it('update may only switch back to a password', () => {
    expect(fieldsOf(accountUpdateSchema.safeParse({ id: 'x', auth_method: 'oauth' }))).toEqual({ auth_method: 'auth method can only be set to password here; use Sign in for OAuth' });
  });

  it('sign-in: provider, addresses lower-cased, a sitting of at most 500, not both addresses and inboxes', () => {
    expect(signInSchema.parse({ provider: 'google', emails: ['Ann@Example.COM'] })).toMatchObject({ emails: ['ann@example.com'], test: true, client_id: null });
    expect(fieldsOf(signInSchema.safeParse({ provider: 'yahoo' }))).toEqual({ provider: 'provider must be google or microsoft' });
    expect(fieldsOf(signInSchema.safeParse({ provider: 'google', emails: Array.from({ length: 501 }, (_, i) => `a${i}@x.example`) }))).toEqual({ emails: 'at most 500 addresses per sitting' });
    expect(fieldsOf(signInSchema.safeParse({ provider: 'google', emails: ['a@x.example'], account_ids: ['id1'] }))).toEqual({ emails: 'give either emails (new inboxes) or account_ids (existing ones)' });
    expect(fieldsOf(signInSchema.safeParse({ provider: 'google', daily_limit: 2001 }))).toEqual({ daily_limit: 'daily limit 2001 is above the google cap of 2,000 per day' });
  });

  it('sign-in apps: https issuers (http only on loopback), tenants for Microsoft only', () => {
    expect(signInAppSaveSchema.parse({ provider: 'microsoft', client_id: 'abc', tenant: 'contoso.onmicrosoft.com', issuer: '' })).toMatchObject({ tenant: 'contoso.onmicrosoft.com', issuer: null });
    expect(signInAppSaveSchema.parse({ provider: 'google', client_id: 'abc', issuer: 'http://127.0.0.1:4000/' })).toMatchObject({ issuer: 'http://127.0.0.1:4000' });
    expect(fieldsOf(signInAppSaveSchema.safeParse({ provider: 'google', client_id: 'abc', issuer: 'http://idp.example.com' }))).toEqual({
      issuer: 'issuer must be an https:// URL (http:// only on 127.0.0.1), without query or credentials',
    });
    expect(fieldsOf(signInAppSaveSchema.safeParse({ provider: 'google', client_id: 'abc', tenant: 'x' }))).toEqual({ tenant: 'a tenant applies to Microsoft only' });
    expect(fieldsOf(signInAppSaveSchema.safeParse({ provider: 'google', client_id: 'has space' }))).toEqual({ client_id: 'client ID must not contain spaces' });
  });
});
