import { describe, expect, it } from 'vitest';
import { createScrubber, REDACTED, scrubSecrets } from '../../../electron/core/vault/index';

const PASSWORD = 'Echo pw/é+1=&?"x\\';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('scrubbing secrets from server texts', () => {
  const s = createScrubber([PASSWORD, null, '']);

  it.each([
    ['plain', `535 bad password ${PASSWORD} for user`],
    ['AUTH LOGIN base64', `535 you sent ${b64(PASSWORD)}`],
    ['AUTH PLAIN base64 (empty authzid)', `NO rejected ${b64(`\0ann@example.test\0${PASSWORD}`)}`],
    ['AUTH PLAIN base64 (authzid = user)', `NO rejected ${b64(`ann@x.test\0ann@x.test\0${PASSWORD}`)}`],
    ['XOAUTH2-style blob', `NO ${b64(`user=a@b.test\x01auth=Bearer ${PASSWORD}\x01\x01`)}`],
    ['URL-encoded', `error: pass=${encodeURIComponent(PASSWORD)}&x=1`],
    ['form-encoded lower-case hex', `pass=${encodeURIComponent(PASSWORD).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())}`],
    ['IMAP quoted', `a1 NO LOGIN "ann" "${PASSWORD.replace(/[\\"]/g, '\\$&')}"`],
  ])('removes the %s form', (_form, text) => {
    const out = s.text(text);
    expect(out).toContain(REDACTED);
    expect(out).not.toContain(PASSWORD);
    expect(out).not.toContain(b64(PASSWORD).slice(4, 16));
    expect(out).not.toContain(encodeURIComponent(PASSWORD));
  });

  it('removes the start of a secret that a length limit cut off at the end of a text', () => {
    expect(s.text(`535 ${'x'.repeat(20)} ${PASSWORD.slice(0, 7)}…`)).toBe(`535 ${'x'.repeat(20)} ${REDACTED}…`);
  });

  it('leaves other text alone and scrubs every string of a nested value', () => {
    expect(s.text('250 OK queued')).toBe('250 OK queued');
    const value = { a: [`x ${PASSWORD}`, 1, null], b: { c: `y ${b64(PASSWORD)}` }, ok: true };
    expect(scrubSecrets(value, [PASSWORD])).toEqual({ a: [`x ${REDACTED}`, 1, null], b: { c: `y ${REDACTED}` }, ok: true });
  });
});
