import { describe, expect, it } from 'vitest';
import { classifyMessage, type ClassifyContext } from '../../../electron/core/mailbox/index';
import { messageIdsIn, normalizeMessageId } from '../../../electron/core/mailbox/fields';

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
  it('lists every failed and delayed recipient of a multi-recipient report, each with its own reason', async () => {
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
    expect(c.bounce).toMatchObject({ category: 'hard', reason: 'mailbox_disabled', source: 'dsn', reporting_mta: 'mx.acme.example' });
    expect(c.bounce?.recipients).toEqual([
      { address: 'gone@a.example', status: '5.2.1', action: 'failed', reason: 'mailbox_disabled', category: 'hard' },
      { address: 'slow@b.example', status: '4.2.2', action: 'delayed', reason: 'mailbox_full', category: 'delay' },
    ]);
    expect(c.in_reply_to).toBe(SENT);
  });

  it('counts a report whose recipients are all delayed as a delay, not a bounce', async () => {
    const c = await classifyMessage(dsn('Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; x@a.example\r\nAction: delayed\r\nStatus: 4.4.1\r\nWill-Retry-Until: Sun, 8 Mar 2026 10:00:00 +0000'), ctx);
    expect(c.kind).toBe('delay');
    expect(c.bounce).toMatchObject({ category: 'delay', recipients: [{ action: 'delayed' }] });
  });

  it('calls a failure after retries (4.4.7, message expired) a soft bounce with reason expired', async () => {
    const c = await classifyMessage(dsn('Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; x@a.example\r\nAction: failed\r\nStatus: 4.4.7'), ctx);
    expect(c.bounce).toMatchObject({ category: 'soft', reason: 'expired' });
  });

  it('reads odd field spacing, an empty Status and lower-case actions', async () => {
    const c = await classifyMessage(
      dsn('Reporting-MTA : dns; mx\r\n\r\nFinal-Recipient : rfc822; <odd@a.example>\r\nAction : Failed\r\nStatus :\r\nDiagnostic-Code : smtp; 550 5.1.1 <odd@a.example>: Recipient address rejected: User unknown in virtual mailbox table'),
      ctx,
    );
    expect(c.bounce?.recipients).toEqual([
      {
        address: 'odd@a.example', action: 'failed', status: '5.1.1', reply_code: '550', reason: 'user_unknown', category: 'hard',
        diagnostic: '550 5.1.1 <odd@a.example>: Recipient address rejected: User unknown in virtual mailbox table',
      },
    ]);
  });

  it('falls back to Original-Recipient and keeps the reply as evidence when Status is missing', async () => {
    const c = await classifyMessage(
      dsn('Reporting-MTA: dns; mx\r\n\r\nOriginal-Recipient: rfc822;<old@a.example>\r\nAction: failed\r\nDiagnostic-Code: smtp; 554 rejected'),
      ctx,
    );
    expect(c.bounce?.recipients[0]).toMatchObject({ address: 'old@a.example', status: '', reply_code: '554', diagnostic: '554 rejected' });
  });

  it('reads the text when the report part has no per-recipient fields', async () => {
    const raw = mail(
      { From: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', To: 'me@acme.example', Subject: 'Undelivered Mail Returned to Sender', 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="B"' },
      [
        '--B', 'Content-Type: text/plain', '', 'This is the mail system at host mx.acme.example.', '',
        '<lost@b.example>: host mx.b.example[192.0.2.9] said: 550 5.1.1 <lost@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
        '', '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.acme.example', '', '--B--', '',
      ].join('\r\n'),
    );
    const c = await classifyMessage(raw, ctx);
    expect(c.bounce).toMatchObject({ source: 'text', recipients: [{ address: 'lost@b.example', status: '5.1.1', reason: 'user_unknown', category: 'hard' }] });
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

  it('never takes a bounce that carries Auto-Submitted: auto-replied for an auto-reply', async () => {
    const raw = dsn('Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; x@a.example\r\nAction: failed\r\nStatus: 5.1.1').replace('MIME-Version', 'Auto-Submitted: auto-replied\r\nMIME-Version');
    expect((await classifyMessage(raw, ctx)).kind).toBe('bounce');
  });
});

describe('classifyMessage: reasons and categories', () => {
  const withDiagnostic = (status: string, diagnostic: string, remote = 'mx.b.example') =>
    dsn(`Reporting-MTA: dns; mx.acme.example\r\n\r\nFinal-Recipient: rfc822; r@b.example\r\nAction: failed\r\nStatus: ${status}\r\nRemote-MTA: dns; ${remote}\r\nDiagnostic-Code: smtp; ${diagnostic}`);
  const first = async (raw: string) => (await classifyMessage(raw, ctx)).bounce?.recipients[0];

  it.each([
    ['5.7.509', '550 5.7.509 Access denied, sending domain acme.example does not pass DMARC verification and has a DMARC policy of reject.', 'auth_failed', 'block'],
    ['5.7.515', "550 5.7.515 Access denied, sending domain [acme.example] doesn't meet the required authentication level.", 'auth_failed', 'block'],
    ['5.7.26', "550-5.7.26 Unauthenticated email from acme.example is not accepted due to domain's DMARC policy.", 'auth_failed', 'block'],
    ['4.7.32', '421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn\'t aligned with either the authenticated SPF or DKIM organizational domain.', 'auth_failed', 'block'],
    ['4.7.23', '421-4.7.23 The sending IP does not have a PTR record, or the PTR record does not match.', 'rdns_missing', 'block'],
    ['5.7.25', '550-5.7.25 The IP address sending this message does not have a PTR record setup.', 'rdns_missing', 'block'],
    ['5.7.1', '554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org', 'blocked_listed', 'block'],
    ['5.7.1', '550 5.7.1 Our system has detected that this message is likely unsolicited mail.', 'spam_content', 'block'],
    ['5.2.2', '552 5.2.2 The email account that you tried to reach is over quota.', 'mailbox_full', 'soft'],
    ['5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'user_unknown', 'hard'],
    ['5.2.1', '550 5.2.1 The email account that you tried to reach is disabled.', 'mailbox_disabled', 'hard'],
    ['5.1.6', '550 5.1.6 Recipient addresses in single label domains not accepted', 'user_unknown', 'hard'],
    ['5.4.1', '550 5.4.1 Relay access denied', 'relay_denied', 'soft'],
    ['4.7.0', '421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user complaints', 'blocked_ip_reputation', 'block'],
    ['5.7.0', '530 5.7.0 Must issue a STARTTLS command first', 'tls_required', 'block'],
    ['5.3.4', '552 5.3.4 Message size exceeds fixed maximum message size', 'message_too_big', 'soft'],
  ])('reads %s "%s" as %s (%s)', async (status, diagnostic, reason, category) => {
    expect(await first(withDiagnostic(status, diagnostic))).toMatchObject({ reason, category, status });
  });

  it('names the DNS blacklist a block cites', async () => {
    expect(await first(withDiagnostic('5.7.1', '554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org'))).toMatchObject({ list: 'zen.spamhaus.org' });
  });

  it('calls a host that DNS could not resolve for now soft, and a null MX hard', async () => {
    expect(await first(withDiagnostic('4.4.4', '450 4.4.4 Host or domain name not found. Name service error for name=b.example type=MX'))).toMatchObject({ reason: 'host_unknown', category: 'soft' });
    expect(await first(withDiagnostic('5.1.10', '556 5.1.10 Recipient address has null MX'))).toMatchObject({ reason: 'host_unknown', category: 'hard' });
  });
});

describe('classifyMessage: plain-text bounces', () => {
  const daemon = { From: 'Mail Delivery System <MAILER-DAEMON@relay.example>', To: 'me@acme.example', 'Content-Type': 'text/plain' };

  it('finds the failed address in the text, leaving out our own address and the daemon', async () => {
    const c = await classifyMessage(
      mail(
        { ...daemon, Subject: 'Undeliverable: hello' },
        'Delivery to the following recipients failed (sent by me@acme.example):\r\n\r\n  <bob@a.example>\r\n  Remote server said: 550 5.2.2 Mailbox full\r\n\r\nContact postmaster@relay.example for help.\r\n',
      ),
      ctx,
    );
    expect(c).toMatchObject({ kind: 'bounce', bounce: { category: 'soft', source: 'text' } });
    expect(c.bounce?.recipients).toEqual([
      {
        address: 'bob@a.example', status: '5.2.2', reply_code: '550', action: 'failed', reason: 'mailbox_full', category: 'soft',
        diagnostic: expect.stringContaining('Remote server said: 550 5.2.2 Mailbox full'),
      },
    ]);
  });

  it('never reports a Message-ID, a pipe command or a source route as a recipient', async () => {
    const c = await classifyMessage(
      mail(
        { ...daemon, Subject: 'Mail delivery failed: returning message to sender' },
        [
          'This message was created automatically by mail delivery software.',
          '',
          'A message that you sent could not be delivered to one or more of its',
          'recipients. This is a permanent error. The following address(es) failed:',
          '',
          '  pipe to |/usr/local/bin/procmail -f-',
          '    generated by routed@a.example',
          '  <@relay.example:real@b.example>',
          '    SMTP error from remote mail server after RCPT TO:<real@b.example>:',
          '    host mx.b.example [192.0.2.9]: 550 5.1.1 <real@b.example>... User unknown',
          '',
          '------ This is a copy of the message, including all the headers. ------',
          '',
          'Message-ID: <20260302100000.4a5b@acme.example>',
          'In-Reply-To: <20260301.abc@b.example>',
        ].join('\r\n'),
      ),
      ctx,
    );
    expect(c.bounce?.recipients.map((r) => r.address)).toEqual(['real@b.example']);
    expect(c.bounce?.original_message_id).toBe('<20260302100000.4a5b@acme.example>');
  });

  it('needs a recipient: a daemon notice that names none is not a bounce', async () => {
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

  it('reads an Amazon SES bounce notification (JSON, folded by SNS)', async () => {
    const json = JSON.stringify({
      notificationType: 'Bounce',
      bounce: { bounceType: 'Permanent', bounceSubType: 'General', reportingMTA: 'dsn; a1-2.smtp-out.amazonses.com',
        bouncedRecipients: [{ emailAddress: 'gone@b.example', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] },
      mail: { messageId: '0100018e-aaaa' },
    });
    const folded = `${json.slice(0, 120)}!\r\n ${json.slice(120)}`;
    const c = await classifyMessage(mail({ From: 'AWS Notifications <no-reply@sns.amazonaws.com>', To: 'me@acme.example', Subject: 'AWS Notification Message', 'Content-Type': 'text/plain' }, folded), ctx);
    expect(c.bounce).toMatchObject({ source: 'json', category: 'hard', reporting_mta: 'a1-2.smtp-out.amazonses.com', recipients: [{ address: 'gone@b.example', reason: 'user_unknown' }] });
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
    expect(c).toMatchObject({ kind: 'complaint', complaint: { feedback_type: 'fraud', format: 'arf', recipients: [] } });
    expect(c.complaint?.original_message_id).toBeUndefined();
    expect(c.complaint?.original_rcpt).toBeUndefined();
    expect(c.in_reply_to).toBeUndefined();
  });
});

describe('classifyMessage: complaints without Original-Rcpt-To', () => {
  const original = ['From: Me <me@acme.example>', 'To: Pat <pat@b.example>', `Message-ID: ${SENT}`, 'Subject: hello', '', 'Hi Pat'];

  it('takes the complained-about address from the included original\'s To', async () => {
    const c = await classifyMessage(
      mail(
        { From: 'fbl@isp.example', To: 'me@acme.example', Subject: 'Abuse report', 'Content-Type': 'multipart/report; report-type=feedback-report; boundary="F"' },
        ['--F', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'Version: 1', '', '--F', 'Content-Type: message/rfc822', '', ...original, '--F--', ''].join('\r\n'),
      ),
      ctx,
    );
    expect(c).toMatchObject({ kind: 'complaint', in_reply_to: SENT, complaint: { format: 'arf', original_rcpt: 'pat@b.example', recipients: ['pat@b.example'], original_message_id: SENT } });
  });

  it('reads a Microsoft JMRP report (no ARF part; X-HmXmrOriginalRecipient names the complainer)', async () => {
    const c = await classifyMessage(
      mail(
        { From: 'staff@hotmail.com', To: 'me@acme.example', Subject: 'complaint about message from 192.0.2.7', 'Content-Type': 'multipart/mixed; boundary="J"' },
        ['--J', 'Content-Type: message/rfc822', 'Content-Disposition: inline', '', 'X-HmXmrOriginalRecipient: pat@outlook.example', ...original, '--J--', ''].join('\r\n'),
      ),
      ctx,
    );
    expect(c).toMatchObject({ kind: 'complaint', in_reply_to: SENT, complaint: { format: 'jmrp', feedback_type: 'abuse', recipients: ['pat@outlook.example'] } });
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

describe('classifyMessage: hostile input', () => {
  it('reads a bounce with huge lines and long transcripts without stalling (the test timeout guards it)', async () => {
    const run = 'a'.repeat(200_000);
    const transcript = Array.from({ length: 3000 }, (_, i) => `>>> RCPT TO:<x${i}@b.example>`).join('\r\n');
    const c = await classifyMessage(
      mail(
        { From: 'Mail Delivery System <MAILER-DAEMON@relay.example>', To: 'me@acme.example', Subject: 'Undelivered Mail Returned to Sender', 'Content-Type': 'text/plain' },
        `This is the mail system at host relay.example.\r\n\r\n<gone@b.example>: 550 5.1.1 User unknown\r\n${run}@b.example ${run}\r\n${transcript}\r\n`,
      ),
      ctx,
    );
    expect(c.bounce?.recipients[0]).toMatchObject({ address: 'gone@b.example', reason: 'user_unknown' });
  });
});
