import { describe, expect, it } from 'vitest';
import { DNSBL_CATALOGUE, selectDnsbls } from '../../../electron/core/blacklist/index';

const byId = (id: string) => {
  const list = selectDnsbls([id])[0];
  if (!list) throw new Error(`no list ${id}`);
  return list;
};

describe('DNSBL catalogue', () => {
  it('has at least 12 distinct live lists, without SORBS', () => {
    expect(DNSBL_CATALOGUE.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DNSBL_CATALOGUE.map((l) => l.id)).size).toBe(DNSBL_CATALOGUE.length);
    expect(new Set(DNSBL_CATALOGUE.map((l) => l.zone)).size).toBe(DNSBL_CATALOGUE.length);
    expect(DNSBL_CATALOGUE.some((l) => /sorbs/i.test(l.zone))).toBe(false);
    for (const l of DNSBL_CATALOGUE) expect(l.removal_url).toMatch(/^https:\/\//);
    expect(DNSBL_CATALOGUE.filter((l) => l.kind === 'domain').map((l) => l.id)).toEqual(['spamhaus-dbl', 'uribl', 'surbl']);
  });

  it('decodes Spamhaus refusals as unknown, never listed', () => {
    for (const id of ['spamhaus-zen', 'spamhaus-dbl']) {
      for (const code of ['127.255.255.252', '127.255.255.254', '127.255.255.255']) {
        expect(byId(id).decode(code).kind).toBe('unknown');
      }
    }
    expect(byId('spamhaus-dbl').decode('127.0.1.255').kind).toBe('unknown');
  });

  it('decodes list-specific codes', () => {
    expect(byId('spamhaus-zen').decode('127.0.0.2')).toEqual({ kind: 'listed', meaning: expect.stringMatching(/^SBL:/) });
    expect(byId('spamhaus-zen').decode('127.0.0.9')).toEqual({ kind: 'listed', meaning: expect.stringContaining('DROP') });
    expect(byId('spamhaus-dbl').decode('127.0.1.104')).toEqual({ kind: 'listed', meaning: expect.stringContaining('phishing') });
    expect(byId('spamrats').decode('127.0.0.37')).toEqual({ kind: 'listed', meaning: expect.stringContaining('NoPtr') });
    expect(byId('mailspike').decode('127.0.0.10')).toEqual({ kind: 'listed', meaning: expect.stringContaining('L5') });
    expect(byId('uribl').decode('127.0.0.14')).toEqual({ kind: 'listed', meaning: expect.stringMatching(/black.*grey.*red/) });
    expect(byId('uribl').decode('127.0.0.1').kind).toBe('unknown');
    expect(byId('surbl').decode('127.0.0.1').kind).toBe('unknown');
    expect(byId('dronebl').decode('127.0.0.8')).toEqual({ kind: 'listed', meaning: 'open SOCKS proxy' });
  });
});
