import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../electron/core/mailbox/index';
import {
  expectedKindCounts,
  isSentMessageId,
  MESSAGE_FIXTURES,
  MESSAGE_FIXTURES_DIR,
  OWN_ADDRESS,
  readMessageFixture,
} from '../../fixtures/messages/index';

const ctx = { sentMessageIds: isSentMessageId, ownAddress: OWN_ADDRESS };

describe('classifyMessage on the message fixtures', () => {
  it('lists every .eml file in the fixture folder exactly once', () => {
    const files = readdirSync(MESSAGE_FIXTURES_DIR).filter((f) => f.endsWith('.eml')).sort();
    expect(MESSAGE_FIXTURES.map((f) => f.file).sort()).toEqual(files);
  });

  it.each(MESSAGE_FIXTURES)('classifies $file as $expected.kind', async ({ file, expected }) => {
    for (const crlf of [false, true]) {
      const c = await classifyMessage(readMessageFixture(file, { crlf }), ctx);
      expect(c.kind).toBe(expected.kind);
      expect(c.in_reply_to).toBe(expected.in_reply_to);
      expect(c.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      if (expected.kind === 'bounce' || expected.kind === 'delay') {
        expect(c.bounce?.category).toBe(expected.category);
        expect(c.bounce?.source).toBe(expected.source);
        expect(c.bounce?.recipients.map((r) => r.reason)).toEqual(expected.reasons);
        expect(c.bounce?.recipients.map((r) => r.address)).toEqual(expected.recipients);
        expect(c.bounce?.recipients.map((r) => r.status)).toEqual(expected.statuses);
        expect(c.bounce?.original_message_id).toBe(expected.in_reply_to);
      } else {
        expect(c.bounce).toBeUndefined();
      }
      if (expected.kind === 'complaint') {
        expect(c.complaint).toMatchObject({ feedback_type: expected.feedback_type, original_rcpt: expected.complaint_rcpt, recipients: [expected.complaint_rcpt] });
        expect(c.complaint?.original_message_id).toBe(expected.in_reply_to);
      } else {
        expect(c.complaint).toBeUndefined();
      }
    }
  });

  it('counts the kinds the integration test will assert', () => {
    expect(expectedKindCounts()).toEqual({ bounce: 5, delay: 1, complaint: 1, reply: 2, auto_reply: 2, other: 4 });
    expect(expectedKindCounts('Junk')).toEqual({ bounce: 1, delay: 0, complaint: 0, reply: 0, auto_reply: 0, other: 1 });
  });

  it('keeps the evidence of each recipient: status, SMTP reply, remote server', async () => {
    const postfix = await classifyMessage(readMessageFixture('postfix-hard-5.1.1.eml'), ctx);
    expect(postfix.bounce).toMatchObject({ reporting_mta: expect.any(String) });
    expect(postfix.bounce?.recipients[0]).toMatchObject({ status: '5.1.1', reply_code: '550', category: 'hard', remote_mta: expect.any(String) });
    const exchange = await classifyMessage(readMessageFixture('exchange-online-ndr-5.7.509.eml'), ctx);
    expect(exchange.bounce?.recipients[0]).toMatchObject({ status: '5.7.509', reply_code: '550', reason: 'auth_failed', category: 'block' });
  });

  it('reads the diagnostic and action of each DSN recipient', async () => {
    const gmail = await classifyMessage(readMessageFixture('gmail-dsn-5.1.1.eml'), ctx);
    expect(gmail.bounce?.recipients[0]).toMatchObject({ action: 'failed', status: '5.1.1' });
    // Continuation lines' repeated "550-5.1.1" codes are dropped.
    expect(gmail.bounce?.recipients[0]?.diagnostic).toBe(
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si123456wrb.12 - gsmtp",
    );
    const exchange = await classifyMessage(readMessageFixture('exchange-online-ndr-5.7.509.eml'), ctx);
    expect(exchange.bounce?.recipients[0]?.diagnostic).toContain('550 5.7.509 Access denied, sending domain acme-outreach.com does not pass DMARC');
    const delayed = await classifyMessage(readMessageFixture('postfix-delayed-4.4.1.eml'), ctx);
    expect(delayed.bounce?.recipients[0]).toMatchObject({ action: 'delayed', diagnostic: expect.stringContaining('Connection timed out') });
    const exim = await classifyMessage(readMessageFixture('exim-mail-delivery-failed.eml'), ctx);
    expect(exim.bounce?.recipients[0]).toMatchObject({ action: 'failed', diagnostic: expect.stringContaining('550 5.1.1') });
  });

  it('names the auto-reply signal and never calls an auto-reply a reply', async () => {
    const ooo = await classifyMessage(readMessageFixture('out-of-office-auto-submitted.eml'), ctx);
    expect(ooo).toMatchObject({ kind: 'auto_reply', auto_reply_signal: 'Auto-Submitted: auto-replied' });
    const de = await classifyMessage(readMessageFixture('abwesenheitsnotiz-subject-only.eml'), ctx);
    expect(de).toMatchObject({ kind: 'auto_reply', auto_reply_signal: 'subject' });
  });

  it('does not count replies to messages it did not send', async () => {
    const c = await classifyMessage(readMessageFixture('human-reply.eml'), { sentMessageIds: () => false });
    expect(c.kind).toBe('other');
    expect(c.in_reply_to).toBeUndefined();
  });
});
