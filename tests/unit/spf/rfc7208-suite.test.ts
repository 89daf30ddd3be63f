// The openspf.org RFC 7208 conformance suite (from pyspf), read from ../shared/fixtures at run
// time: every test is one `it`, run against an in-memory zone built from its document.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { evaluateSpf } from '../../../electron/core/spf/index';
import { zoneFromSuite, type SuiteZoneData } from '../../fixtures/dns/rfc7208-zone';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = path.resolve(repoRoot, '../shared/fixtures/rfc7208-tests.yml');
const present = existsSync(fixture);
if (!present) console.warn(`RFC 7208 suite skipped: ${fixture} is missing`);

interface SuiteTest {
  helo: string;
  host: string;
  mailfrom: string;
  result: string | string[];
  explanation?: string;
}

interface SuiteDoc {
  description: string;
  tests: Record<string, SuiteTest>;
  zonedata: SuiteZoneData;
}

const docs: SuiteDoc[] = present
  ? parseAllDocuments(readFileSync(fixture, 'utf8')).map((d) => d.toJS() as SuiteDoc)
  : [];

describe.skipIf(!present)('RFC 7208 test suite', () => {
  it('has documents and tests', () => {
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.reduce((n, d) => n + Object.keys(d.tests).length, 0)).toBeGreaterThan(150);
  });

  for (const doc of docs) {
    const lookup = zoneFromSuite(doc.zonedata);
    for (const [name, t] of Object.entries(doc.tests)) {
      it(`${doc.description}: ${name}`, async () => {
        const r = await evaluateSpf({ ip: t.host, sender: t.mailfrom, helo: t.helo, lookup });
        const accepted = Array.isArray(t.result) ? t.result : [t.result];
        expect(accepted, `path: ${r.path.join(' | ')}`).toContain(r.result);
        // DEFAULT means no explanation of the domain's own. The suite writes IPv6 nibbles in
        // upper case where RFC 7208's own examples use lower case, so compare without case.
        if (t.explanation === 'DEFAULT') expect(r.explanation).toBeUndefined();
        else if (t.explanation !== undefined) expect(r.explanation?.toLowerCase()).toBe(t.explanation.toLowerCase());
      });
    }
  }
});
