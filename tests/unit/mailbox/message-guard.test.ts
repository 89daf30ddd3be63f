import { describe, expect, it } from 'vitest';
import { classifyGuarded, MESSAGE_LIMITS, messageProblem } from '../../../electron/core/mailbox/message-guard';
import { MESSAGE_FIXTURES, readMessageFixture } from '../../fixtures/messages/index';
import { poisonMessages } from '../../fixtures/messages/poison';

const ctx = { sentMessageIds: () => false, ownAddress: 'anna@example.test' };

describe('message guard', () => {
  it('passes every real message fixture through to the classifier', async () => {
    for (const m of MESSAGE_FIXTURES) {
      const raw = readMessageFixture(m.file, { crlf: true });
      expect(messageProblem(raw), m.file).toBeNull();
      const r = await classifyGuarded(raw, ctx);
      expect(r.ok, m.file).toBe(true);
    }
  });

  it.each(Object.entries(poisonMessages()))('marks the %s message unreadable with a reason, within the bytes a scan fetches', async (_name, { raw, reason }) => {
    const fetched = raw.subarray(0, MESSAGE_LIMITS.fetchBytes);
    const r = await classifyGuarded(fetched, ctx);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
