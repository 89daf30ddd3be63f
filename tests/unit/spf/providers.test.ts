// The big providers' includes: detection (also nested), adding a missing one, and merging
// two SPF records into one.
import { describe, expect, it } from 'vitest';
import {
  analyzeSpfRecord,
  evaluateSpf,
  mergeSpfRecords,
  missingProviderInclude,
  providerOfInclude,
  SPF_PROVIDER_INCLUDES,
} from '../../../electron/core/spf/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

describe('provider includes', () => {
  it('knows Google and Microsoft', () => {
    expect(SPF_PROVIDER_INCLUDES).toEqual({ google: '_spf.google.com', microsoft: 'spf.protection.outlook.com' });
    expect(providerOfInclude('_SPF.Google.com.')).toBe('google');
    expect(providerOfInclude('spf.protection.outlook.com')).toBe('microsoft');
    expect(providerOfInclude('_spf.example.com')).toBeUndefined();
  });

  it('analysis finds them directly and through other includes', async () => {
    const zone = createMemoryZone({
      'example.com': { TXT: ['v=spf1 include:_spf.example.com include:spf.protection.outlook.com -all'] },
      '_spf.example.com': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
      '_spf.google.com': { TXT: ['v=spf1 include:_netblocks.google.com ~all'] },
      '_netblocks.google.com': { TXT: ['v=spf1 ip4:35.190.247.0/24 ~all'] },
      'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 -all'] },
    });
    const a = await analyzeSpfRecord('example.com', zone);
    expect(a.providers.sort()).toEqual(['google', 'microsoft']);
    expect(a.includes).toEqual([
      { term: 'include:_spf.example.com', domain: '_spf.example.com', lookups: 3 },
      { term: 'include:spf.protection.outlook.com', domain: 'spf.protection.outlook.com', lookups: 1, provider: 'microsoft' },
    ]);
    const r = await evaluateSpf({ ip: '35.190.247.10', sender: 'a@example.com', lookup: zone });
    expect(r.result).toBe('pass');
    expect(r.path).toEqual([
      'example.com: include:_spf.example.com',
      '_spf.example.com: include:_spf.google.com',
      '_spf.google.com: include:_netblocks.google.com',
      '_netblocks.google.com: ip4:35.190.247.0/24 matched',
    ]);
  });
});

describe('missingProviderInclude', () => {
  it('adds the include before all', () => {
    expect(missingProviderInclude('v=spf1 ip4:192.0.2.1 ~all', 'google')).toBe('v=spf1 ip4:192.0.2.1 include:_spf.google.com ~all');
    expect(missingProviderInclude('v=spf1 include:_spf.google.com -all', 'microsoft')).toBe(
      'v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all',
    );
  });

  it('adds it before the modifiers when there is no all, else at the end', () => {
    expect(missingProviderInclude('v=spf1 mx redirect=_spf.example.com', 'google')).toBe(
      'v=spf1 mx include:_spf.google.com redirect=_spf.example.com',
    );
    expect(missingProviderInclude('v=spf1 mx', 'google')).toBe('v=spf1 mx include:_spf.google.com');
  });

  it('returns null when the include is there already', () => {
    expect(missingProviderInclude('v=spf1 include:_spf.google.com ~all', 'google')).toBeNull();
    expect(missingProviderInclude('V=SPF1 +Include:SPF.protection.outlook.com -all', 'microsoft')).toBeNull();
  });

  it('writes a new record when there is none', () => {
    expect(missingProviderInclude('', 'microsoft')).toBe('v=spf1 include:spf.protection.outlook.com ~all');
  });

  it('has no include to suggest for a custom SMTP server', () => {
    expect(missingProviderInclude('v=spf1 -all', 'smtp')).toBeNull();
  });
});

describe('mergeSpfRecords', () => {
  it('merges two records into one with every mechanism once and the strictest all', () => {
    expect(
      mergeSpfRecords(['v=spf1 include:_spf.google.com ~all', 'v=spf1 ip4:192.0.2.1 include:_spf.google.com -all']),
    ).toBe('v=spf1 include:_spf.google.com ip4:192.0.2.1 -all');
  });

  it('does not carry +all over and ignores non-SPF text', () => {
    expect(mergeSpfRecords(['v=spf1 mx +all', 'hello', 'v=spf1 a ~all'])).toBe('v=spf1 mx a ~all');
  });

  it('keeps one redirect when no record has all, the others becoming includes', () => {
    expect(mergeSpfRecords(['v=spf1 mx redirect=_a.example.com', 'v=spf1 redirect=_b.example.com exp=why.example.com'])).toBe(
      'v=spf1 mx include:_b.example.com exp=why.example.com redirect=_a.example.com',
    );
  });

  it('the merged record evaluates where the pair was a permerror', async () => {
    const pair = ['v=spf1 ip4:192.0.2.1 ~all', 'v=spf1 ip4:198.51.100.1 -all'];
    const before = createMemoryZone({ 'example.com': { TXT: pair } });
    const after = createMemoryZone({ 'example.com': { TXT: [mergeSpfRecords(pair)] } });
    const check = (lookup: typeof before, ip: string) => evaluateSpf({ ip, domain: 'example.com', lookup });
    expect((await check(before, '198.51.100.1')).result).toBe('permerror');
    expect((await check(after, '198.51.100.1')).result).toBe('pass');
    expect((await check(after, '203.0.113.1')).result).toBe('fail');
  });
});
