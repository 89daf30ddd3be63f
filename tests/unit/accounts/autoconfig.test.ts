import { describe, expect, it } from 'vitest';
import { autoconfig } from '../../../electron/core/accounts/autoconfig';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

const zone = createMemoryZone(
  {
    'workspace.test': { MX: [{ exchange: 'alt1.aspmx.l.google.com', priority: 5 }, { exchange: 'aspmx.l.google.com', priority: 1 }] },
    'legacy-gmail.test': { MX: [{ exchange: 'aspmx2.googlemail.com', priority: 10 }] },
    'm365.test': { MX: [{ exchange: 'm365-test.mail.protection.outlook.com', priority: 0 }] },
    'own-server.test': { MX: [{ exchange: 'mx.own-server.test', priority: 10 }] },
    'no-mx.test': { A: ['192.0.2.1'] },
  },
  { timeout: ['slow.test'] },
);

describe('autoconfig from the address', () => {
  it('Google MX → google with smtp.gmail.com:587 STARTTLS and imap.gmail.com:993 TLS', async () => {
    const c = await autoconfig('ann@Workspace.test', zone);
    expect(c).toMatchObject({
      domain: 'workspace.test', provider: 'google', source: 'mx',
      smtp_host: 'smtp.gmail.com', smtp_port: 587, smtp_security: 'starttls',
      imap_host: 'imap.gmail.com', imap_port: 993, imap_security: 'tls',
    });
    expect(c.mx[0]).toBe('aspmx.l.google.com');
  });

  it('googlemail.com MX is Google too', async () => {
    expect((await autoconfig('a@legacy-gmail.test', zone)).provider).toBe('google');
  });

  it('Microsoft 365 MX → microsoft with smtp.office365.com:587 and outlook.office365.com:993', async () => {
    expect(await autoconfig('bob@m365.test', zone)).toMatchObject({
      provider: 'microsoft', smtp_host: 'smtp.office365.com', smtp_port: 587, imap_host: 'outlook.office365.com', imap_port: 993,
    });
  });

  it('another MX → smtp with smtp./imap. hosts on the domain', async () => {
    expect(await autoconfig('c@own-server.test', zone)).toMatchObject({
      provider: 'smtp', source: 'guess', smtp_host: 'smtp.own-server.test', imap_host: 'imap.own-server.test', mx: ['mx.own-server.test'],
    });
  });

  it('no MX, a missing domain or a DNS timeout still suggests hosts and says why', async () => {
    expect((await autoconfig('d@no-mx.test', zone)).provider).toBe('smtp');
    expect((await autoconfig('e@missing.test', zone)).note).toMatch(/does not exist/);
    const slow = await autoconfig('f@slow.test', zone);
    expect(slow).toMatchObject({ provider: 'smtp', smtp_host: 'smtp.slow.test' });
    expect(slow.note).toMatch(/failed \(timeout\)/);
  });
});
