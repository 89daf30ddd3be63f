import { describe, expect, it } from 'vitest';
import { accountCreateSchema } from '../../../shared/validation';
import { autoconfigPatch, emptyForm, toCreateInput, toUpdateInput } from '../../../renderer/src/screens/accounts/account-form-state';

describe('account form mapping', () => {
  const filled = { ...emptyForm(), email: 'a@b.example', display_name: 'A', smtp_host: 'smtp.b.example', smtp_password: 'pw', tags: ' x, y ,,' };

  it('sends numbers as numbers, tags as a list, and a form that validates', () => {
    const input = toCreateInput(filled);
    expect(input).toMatchObject({ smtp_port: 587, daily_limit: 50, tags: ['x', 'y'], client_id: null });
    expect(accountCreateSchema.safeParse(input).success).toBe(true);
  });

  it('keeps a non-numeric port as text so validation names the field', () => {
    const r = accountCreateSchema.safeParse(toCreateInput({ ...filled, smtp_port: '58x' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['smtp_port']);
  });

  it('on edit, leaves blank passwords out so the stored ones stay', () => {
    const input = toUpdateInput('id-1', { ...filled, smtp_password: '', imap_password: '' }) as Record<string, unknown>;
    expect(input.id).toBe('id-1');
    expect('smtp_password' in input).toBe(false);
    expect('imap_password' in input).toBe(false);
  });
});

describe('autoconfig suggestions in the form', () => {
  const google = { provider: 'google', smtp_host: 'smtp.gmail.com', smtp_port: 587, smtp_security: 'starttls', imap_host: 'imap.gmail.com', imap_port: 993, imap_security: 'tls' };

  it('fills provider and hosts as form strings', () => {
    expect(autoconfigPatch(google, new Set())).toEqual({ ...google, smtp_port: '587', imap_port: '993' });
  });

  it('never replaces a field the user typed', () => {
    const patch = autoconfigPatch(google, new Set(['smtp_host', 'imap_port']));
    expect(patch).not.toHaveProperty('smtp_host');
    expect(patch).not.toHaveProperty('imap_port');
    expect(patch.imap_host).toBe('imap.gmail.com');
  });

  it('a new inbox is tested after saving unless the user unticks it', () => {
    expect(toCreateInput(emptyForm()).test).toBe(true);
    expect(toCreateInput({ ...emptyForm(), test_after_save: false }).test).toBe(false);
  });
});
