import { describe, expect, it } from 'vitest';
import { classifyMessage, type ClassifyContext } from '../../../electron/core/mailbox/classify';
import { messageIdsIn, normalizeMessageId } from '../../../electron/core/mailbox/classify-fields';

const SENT = '<sent-1@acme.example>';
const ctx: ClassifyContext = { sentMessageIds: (id) => id === SENT, ownAddress: 'me@acme.example' };

const headers = (lines: Record<string, string>) =>
  Object.entries(lines)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');

function mail(head: Record<string, string>, body: string): string {
  return `${headers({ Date: 'Mon, 02 Mar 2026 10:00:00 +0000', 'Message-ID': '<x1@remote.example>', 'MIME-Version': '1.0', ...head })}\r\n\r\n${body}`;
}

function dsn(statusBlock: string, opts: { encoding?: 'base64'; type?: string; from?: string } = {}): string {
  const content = opts.encoding === 'base64' ? Buffer.from(statusBlock).toString('base64').replace(/.{76}/g, '$&\r\n') : statusBlock;
  return mail(
    {
      From: opts.from ?? 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)',
      To: 'me@acme.example',
      Subject: 'Undelivered Mail Returned to Sender',
      'Content-Type': 'multipart/report; report-type=delivery-status; boundary="B"',
    },
    [
      '--B',
      'Content-Type: text/plain',
      '',
      'The mail system',
      '',
      '--B',
      `Content-Type: ${opts.type ?? 'message/delivery-status'}`,
      ...(opts.encoding ? [`Content-Transfer-Encoding: ${opts.encoding}`] : []),
      '',
      content,
      '',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${SENT}`,
      'Subject: hello',
      '',
      '--B--',
      '',
    ].join('\r\n'),
  );
}

describe('classifyMessage: delivery status notifications', () => {
  it('calls a DSN with one failed and one delayed recipient hard, listing both', async () => {
    const c = await classifyMessage(
      dsn(
        [
          'Reporting-MTA: dns; mx.acme.example',
          '',
          'Final-Recipient: rfc822; gone@a.example',
          'Action: failed',
          'Status: 5.2.1',
          '',
          'Final-Recipient: rfc822; slow@b.example',
          'Action: delayed',
          'Status: 4.2.2',
          '',
          'Final-Recipient: rfc822; fine@c.example',
          'Action: delivered',
          'Status: 2.0.0',
        ].join('\r\n'),
      ),
      ctx,
    );
    expect(c.kind).toBe('bounce');
    expect(c.bounce?.type).toBe('hard');
    expect(c.bounce?.recipients).toEqual([
      { address: 'gone@a.example', status: '5.2.1', action: 'failed' },
      { address: 'slow@b.example', status: '4.2.2', action: 'delayed' },
    ]);
    expect(c.in_reply_to).toBe(SENT);
  });

  it('calls a failure with a transient status (4.4.7, message expired) soft', async () => {
    const c = await classifyMessage(dsn('Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; x@a.example\r\nAction: failed\r\nStatus: 4.4.7'), ctx);
    expect(c.bounce?.type).toBe('soft');
  });

  it('falls back to the diagnostic code when Status is missing, and to Original-Recipient', async () => {
    const c = await classifyMessage(
      dsn('Reporting-MTA: dns; mx\r\n\r\nOriginal-Recipient: rfc822;<old@a.example>\r\nAction: failed\r\nDiagnostic-Code: smtp; 554 rejected'),
      ctx,
    );
    expect(c.bounce).toMatchObject({ type: 'hard', recipients: [{ address: 'old@a.example', status: '5.0.0', diagnostic: '554 rejected' }] });
  });

  it('decodes a base64 delivery-status part and reads RFC 6533 UTF-8 addresses', async () => {
    const c = await classifyMessage(
      dsn('Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: utf-8; jürgen@bücher.example\r\nAction: failed\r\nStatus: 5.1.1', {
        encoding: 'base64',
        type: 'message/global-delivery-status',
      }),
      ctx,
    );
    expect(c.bounce?.recipients[0]?.address).toBe('jürgen@bücher.example');
  });

  it('is not a bounce when the DSN reports only successful delivery', async () => {
    const c = await classifyMessage(dsn('Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; x@a.example\r\nAction: relayed\r\nStatus: 2.0.0'), ctx);
    expect(c.kind).toBe('other');
  });
});

describe('classifyMessage: plain-text bounces', () => {
  const daemon = { From: 'Mail Delivery System <MAILER-DAEMON@relay.example>', To: 'me@acme.example', 'Content-Type': 'text/plain' };

  it('finds the failed address in the text, leaving out our own address and the daemon', async () => {
    const c = await classifyMessage(
      mail(
        { ...daemon, Subject: 'Undeliverable: hello' },
        'Delivery to the following recipients failed (sent by me@acme.example):\r\n\r\n  <bob@a.example>\r\n  Remote server said: 450 4.2.0 Mailbox temporarily unavailable\r\n\r\nContact postmaster@relay.example for help.\r\n',
      ),
      ctx,
    );
    expect(c).toMatchObject({ kind: 'bounce', bounce: { type: 'soft', heuristic: true } });
    expect(c.bounce?.recipients).toEqual([
      { address: 'bob@a.example', status: '4.2.0', action: 'delayed', diagnostic: 'Remote server said: 450 4.2.0 Mailbox temporarily unavailable' },
    ]);
  });

  it('needs an SMTP code or X-Failed-Recipients: a daemon notice without one is not a bounce', async () => {
    const c = await classifyMessage(mail({ ...daemon, Subject: 'Mail delivery failed', 'Auto-Submitted': 'auto-replied' }, 'Something happened.\r\n'), ctx);
    expect(c.kind).toBe('auto_reply');
  });

  it('does not take a person forwarding a bounce for a bounce', async () => {
    const c = await classifyMessage(
      mail({ From: 'Bob <bob@a.example>', To: 'me@acme.example', Subject: 'Fwd: Undeliverable: hello', 'Content-Type': 'text/plain' }, 'FYI\r\n\r\n550 5.1.1 User unknown\r\n'),
      ctx,
    );
    expect(c.kind).toBe('other');
  });
});

describe('classifyMessage: complaints', () => {
  it('reads an ARF report without the original message', async () => {
    const c = await classifyMessage(
      mail(
        { From: 'fbl@isp.example', To: 'me@acme.example', Subject: 'complaint', 'Content-Type': 'multipart/report; report-type=feedback-report; boundary="F"' },
        [
          '--F',
          'Content-Type: text/plain',
          '',
          'An abuse report.',
          '--F',
          'Content-Type: message/feedback-report',
          '',
          'Feedback-Type: Fraud',
          'User-Agent: SomeGenerator/1.0',
          'Version: 1',
          '',
          '--F--',
          '',
        ].join('\r\n'),
      ),
      ctx,
    );
    expect(c).toMatchObject({ kind: 'complaint', complaint: { feedback_type: 'fraud' } });
    expect(c.complaint?.original_message_id).toBeUndefined();
    expect(c.complaint?.original_rcpt).toBeUndefined();
    expect(c.in_reply_to).toBeUndefined();
  });
});

describe('classifyMessage: replies and auto-replies', () => {
  const reply = (head: Record<string, string>) =>
    mail({ From: 'Bob <bob@a.example>', To: 'me@acme.example', Subject: 'Re: hello', 'In-Reply-To': SENT, 'Content-Type': 'text/plain', ...head }, 'Sounds good.\r\n');

  it.each([
    [{ 'X-Autoreply': 'yes' }, 'x-autoreply'],
    [{ 'X-Autorespond': 'Vacation' }, 'x-autorespond'],
    [{ Precedence: 'auto_reply' }, 'Precedence: auto_reply'],
    [{ 'Auto-Submitted': 'auto-generated' }, 'Auto-Submitted: auto-generated'],
    [{ Subject: 'Out of Office: hello', Precedence: 'bulk' }, 'subject'],
    [{ Subject: 'Réponse automatique : hello' }, 'subject'],
  ])('calls a reply with %j an auto-reply', async (head, signal) => {
    const c = await classifyMessage(reply(head), ctx);
    expect(c).toMatchObject({ kind: 'auto_reply', auto_reply_signal: signal, in_reply_to: SENT });
  });

  it('still calls it a reply with Auto-Submitted: no', async () => {
    expect((await classifyMessage(reply({ 'Auto-Submitted': 'no' }), ctx)).kind).toBe('reply');
  });

  it('does not read a human "Re: out of office plans" as an auto-reply', async () => {
    expect((await classifyMessage(reply({ Subject: 'Re: Out of office plans for the team' }), ctx)).kind).toBe('reply');
  });

  it('never counts our own mail as a reply', async () => {
    expect((await classifyMessage(reply({ From: 'Me <ME@acme.example>' }), ctx)).kind).toBe('other');
  });

  it('survives input that is not a message', async () => {
    expect((await classifyMessage('', ctx)).kind).toBe('other');
    expect((await classifyMessage(Buffer.from('garbage without headers'), ctx)).kind).toBe('other');
  });
});

describe('Message-ID helpers', () => {
  it('normalises to one angle-bracketed form', () => {
    expect(normalizeMessageId(' abc@x ')).toBe('<abc@x>');
    expect(normalizeMessageId('<abc@x>')).toBe('<abc@x>');
    expect(normalizeMessageId('')).toBe('');
  });

  it('finds every Message-ID in In-Reply-To/References values, ignoring comments', () => {
    expect(messageIdsIn('<a@b> (Bob’s message of Monday) <c@d>')).toEqual(['<a@b>', '<c@d>']);
    expect(messageIdsIn(['<a@b>', '<c@d>'])).toEqual(['<a@b>', '<c@d>']);
    expect(messageIdsIn(undefined)).toEqual([]);
  });
});
