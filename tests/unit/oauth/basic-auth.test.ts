import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASIC_AUTH_TIMELINE, basicAuthReadiness, mailHostKind, type InboxLogin } from '../../../shared/basic-auth';

const inbox = (over: Partial<InboxLogin>): InboxLogin => ({
  email: 'ann@agency.example', provider: 'smtp', smtp_host: 'mail.agency.example', imap_host: 'mail.agency.example', auth_method: 'password', ...over,
});

describe('basic-auth readiness', () => {
  it('tells the mail service from the address and servers', () => {
    expect(mailHostKind(inbox({ email: 'x@hotmail.com' }))).toBe('outlook_consumer');
    expect(mailHostKind(inbox({ smtp_host: 'smtp-mail.outlook.com' }))).toBe('outlook_consumer');
    expect(mailHostKind(inbox({ email: 'x@gmail.com', provider: 'google' }))).toBe('gmail');
    expect(mailHostKind(inbox({ smtp_host: 'smtp.office365.com' }))).toBe('microsoft_365');
    expect(mailHostKind(inbox({ provider: 'microsoft' }))).toBe('microsoft_365');
    expect(mailHostKind(inbox({ imap_host: 'imap.gmail.com' }))).toBe('google_workspace');
    expect(mailHostKind(inbox({}))).toBe('other');
  });

  it('warns a Microsoft 365 password inbox with the date SMTP AUTH stops by default, and blocks it from that day', () => {
    const before = basicAuthReadiness(inbox({ provider: 'microsoft' }), '2026-11-23');
    expect(before).toMatchObject({ level: 'warning', deadline: '2026-12-31', label: 'Password logins stop 2026-12-31', milestones: ['m365-imap-basic', 'm365-smtp-auth-basic'] });
    expect(before.message).toContain('MC786329');
    expect(before.action).toMatch(/Switch to sign-in/);
    expect(basicAuthReadiness(inbox({ provider: 'microsoft' }), '2026-12-31')).toMatchObject({ level: 'blocked', label: 'Password logins off since 2026-12-31' });
  });

  it('flags Outlook.com / Hotmail password inboxes as unable to connect', () => {
    expect(basicAuthReadiness(inbox({ email: 'x@outlook.com', provider: 'microsoft' }), '2026-01-01')).toMatchObject({
      level: 'blocked', label: 'Cannot connect with a password', deadline: '2024-09-16',
    });
  });

  it('says Google takes passwords only as app passwords, and nothing for signed-in or other inboxes', () => {
    expect(basicAuthReadiness(inbox({ provider: 'google' }), '2026-01-01')).toMatchObject({ level: 'warning', label: 'App password only', deadline: '2024-09-30' });
    expect(basicAuthReadiness(inbox({ email: 'x@gmail.com' }), '2026-01-01')).toMatchObject({ level: 'warning', deadline: '2022-05-30' });
    expect(basicAuthReadiness(inbox({ provider: 'microsoft', auth_method: 'oauth' }), '2030-01-01')).toMatchObject({ level: 'ok', label: '', deadline: null });
    expect(basicAuthReadiness(inbox({}), '2030-01-01')).toMatchObject({ level: 'ok', kind: 'other' });
  });

  it('keeps one dated table, in date order, that the README repeats row for row', () => {
    const dates = BASIC_AUTH_TIMELINE.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const readme = readFileSync('README.md', 'utf8');
    for (const m of BASIC_AUTH_TIMELINE) expect(readme).toContain(`| ${m.date} | ${m.announced} |`);
  });
});
