import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../../electron/core/oauth/index';

const TOKEN = 'ya29.a0AfH6SMB-secret-access-token_value';
const PASSWORD = 'Sw0rdfish-Δ';

describe('scrubSecrets', () => {
  it('removes every given secret, raw, base64 and URL-encoded', () => {
    const text = `bad token ${TOKEN}; b64 ${Buffer.from(TOKEN).toString('base64')}; pw ${encodeURIComponent(PASSWORD)} and ${PASSWORD}`;
    const out = scrubSecrets(text, [TOKEN, PASSWORD]);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(PASSWORD);
    expect(out).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(out).not.toContain(encodeURIComponent(PASSWORD));
    expect(out).toBe('bad token [secret]; b64 [secret]; pw [secret] and [secret]');
  });

  it('removes XOAUTH2 / OAUTHBEARER payloads and bearer fields even when the token is not known', () => {
    const payload = Buffer.from(`user=a@b.example\x01auth=Bearer other-token\x01\x01`).toString('base64');
    expect(scrubSecrets(`C: AUTH XOAUTH2 ${payload}`, [])).toBe('C: AUTH XOAUTH2 [secret]');
    expect(scrubSecrets(`A1 AUTHENTICATE OAUTHBEARER ${payload}`, [])).toBe('A1 AUTHENTICATE OAUTHBEARER [secret]');
    expect(scrubSecrets('n,a=a@b,\x01auth=Bearer abc.def\x01\x01', [])).toBe('n,a=a@b,\x01auth=Bearer [secret]\x01\x01');
  });

  it('keeps text without secrets, null, and ignores empty or very short secrets', () => {
    expect(scrubSecrets('535 5.7.8 Authentication credentials invalid', [TOKEN, null, undefined, '', 'ab'])).toBe('535 5.7.8 Authentication credentials invalid');
    expect(scrubSecrets(null, [TOKEN])).toBeNull();
  });
});
