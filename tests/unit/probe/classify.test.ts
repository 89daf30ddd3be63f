import { describe, expect, it } from 'vitest';
import { classifyProbeError } from '../../../electron/core/probe/classify';
import { DeadlineExceeded, withDeadline } from '../../../electron/core/probe/deadline';

const err = (fields: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), fields);

describe('classifyProbeError', () => {
  it.each([
    [err({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication credentials invalid' }), 'auth_failed', 'auth'],
    [err({ authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' }), 'auth_failed', 'auth'],
    [err({ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'self-signed certificate'), 'tls_error', 'tls'],
    [err({ code: 'CERT_HAS_EXPIRED' }), 'tls_error', 'tls'],
    [err({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }), 'tls_error', 'tls'],
    [err({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' }), 'unreachable', 'connect'],
    [err({ code: 'EDNS', originalCode: 'ENOTFOUND' }), 'unreachable', 'connect'],
    [err({ code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' }, 'Greeting never received'), 'timeout', 'greeting'],
    [err({ code: 'EPROTOCOL', response: 'HELLO garbage' }, 'Invalid greeting'), 'protocol_error', 'connect'],
  ])('%s → %s', (e, code, step) => {
    const c = classifyProbeError(e, 'smtp', 'connect');
    expect(c.code).toBe(code);
    expect(c.step).toBe(step);
    expect(c.message).toMatch(/^SMTP/);
  });

  it('keeps the server reply for a rejected login and never echoes unrelated input', () => {
    const c = classifyProbeError(err({ code: 'EAUTH', response: '535 5.7.8 bad' }), 'smtp', 'auth');
    expect(c.server_response).toBe('535 5.7.8 bad');
  });

  it('a deadline is a timeout that names the step', () => {
    const c = classifyProbeError(new DeadlineExceeded(5000), 'imap', 'auth');
    expect(c).toMatchObject({ code: 'timeout', step: 'auth' });
  });
});

describe('withDeadline', () => {
  it('aborts and rejects when the work outlives the deadline', async () => {
    let aborted = false;
    const never = new Promise<never>(() => {});
    await expect(withDeadline(never, 20, () => (aborted = true))).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(aborted).toBe(true);
  });

  it('passes the result through when the work is in time', async () => {
    expect(await withDeadline(Promise.resolve(7), 1000, () => {})).toBe(7);
  });
});
