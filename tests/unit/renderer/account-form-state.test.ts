import { describe, expect, it } from 'vitest';
import { accountCreateSchema } from '../../../shared/validation';
import { emptyForm, toCreateInput, toUpdateInput } from '../../../renderer/src/screens/account-form-state';

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
