// The dnsmasq test server's configuration from a declarative zone: record lines, quoting,
// long TXT records on argv, and forwarding for timeout and SERVFAIL names.
import { describe, expect, it } from 'vitest';
import { dnsmasqConfig, splitTxt } from '../../fixtures/dns/dnsmasq';

const ports = { dns: 15353, blackhole: 40001, servfail: 40002 };

describe('dnsmasqConfig', () => {
  it('writes one line per record and serves each top-level label locally', () => {
    const { lines, argv } = dnsmasqConfig(
      {
        records: {
          'Example.test.': {
            A: ['192.0.2.1'],
            AAAA: ['2001:db8::1'],
            MX: [{ exchange: '.', priority: 0 }],
            TXT: [['v=spf1 ', '-all'], 'say "hi", \\'],
          },
          'alias.example.test': { CNAME: 'example.test' },
          '1.2.0.192.in-addr.arpa': { PTR: ['example.test'] },
        },
        timeout: ['slow.example.test'],
        servfail: ['broken.example.test'],
      },
      ports,
    );
    expect(argv).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'port=15353',
        'host-record=example.test,192.0.2.1',
        'host-record=example.test,2001:db8::1',
        'mx-host=example.test,.,0',
        'txt-record=example.test,"v=spf1 ","-all"',
        'txt-record=example.test,"say \\"hi\\", \\\\"',
        'cname=alias.example.test,example.test',
        'ptr-record=1.2.0.192.in-addr.arpa,example.test',
        'local=/test/',
        'local=/arpa/',
        'server=/slow.example.test/127.0.0.1#40001',
        'server=/broken.example.test/127.0.0.1#40002',
      ]),
    );
  });

  it('splits long text into 255-byte strings and passes very long records on argv', () => {
    const long = 'x'.repeat(2100);
    expect(splitTxt(long).map((s) => s.length)).toEqual([255, 255, 255, 255, 255, 255, 255, 255, 60]);
    expect(splitTxt('é'.repeat(200)).map((s) => Buffer.byteLength(s))).toEqual([254, 146]);
    const { lines, argv } = dnsmasqConfig({ records: { 'big.test': { TXT: [long] } } }, ports);
    expect(lines.some((l) => l.startsWith('txt-record='))).toBe(false);
    expect(argv).toEqual([`--txt-record=big.test,${splitTxt(long).join(',')}`]);
  });

  it('refuses what dnsmasq cannot serve rather than serving something else', () => {
    expect(() => dnsmasqConfig({ records: { 'a.test': { TXT: [['y'.repeat(256)]] } } }, ports)).toThrow(/over 255 bytes/);
    const withCommas = Array.from({ length: 50 }, () => 'a,b'.repeat(10)).join(' ');
    expect(() => dnsmasqConfig({ records: { 'a.test': { TXT: [withCommas] } } }, ports)).toThrow(/commas/);
  });
});
