// The big providers' SPF includes, and record fixes: adding a missing provider include and
// merging several SPF records into one. These work on the record text alone.
import { isSpfRecord } from './parse';
import type { SpfProvider } from './types';

export const SPF_PROVIDER_INCLUDES: Readonly<Record<SpfProvider, string>> = {
  google: '_spf.google.com',
  microsoft: 'spf.protection.outlook.com',
};

/** Which provider an include target belongs to, if it is one of the big ones. */
export function providerOfInclude(domain: string): SpfProvider | undefined {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return (Object.keys(SPF_PROVIDER_INCLUDES) as SpfProvider[]).find((p) => SPF_PROVIDER_INCLUDES[p] === d);
}

const terms = (record: string) => record.trim().split(/ +/).slice(1).filter(Boolean);
const bare = (term: string) => term.replace(/^[+\-~?]/, '').toLowerCase();
const isAll = (term: string) => bare(term) === 'all';
const isModifier = (term: string) => /^[a-z][a-z0-9_.-]*=/i.test(term);

/**
 * The record with the provider's include added, or null when it already has it (directly) or
 * when the provider has no universal include ('smtp': check the SMTP host's address with
 * evaluateSpf instead). No record ('' or not v=spf1) gets a new one.
 */
export function missingProviderInclude(record: string, provider: SpfProvider | 'smtp'): string | null {
  if (provider === 'smtp') return null;
  const include = `include:${SPF_PROVIDER_INCLUDES[provider]}`;
  if (!isSpfRecord(record.trim())) return `v=spf1 ${include} ~all`;
  const list = terms(record);
  if (list.some((t) => bare(t) === include)) return null;
  // Before "all" (mechanisms after it are never reached), else before the modifiers.
  let at = list.findIndex(isAll);
  if (at < 0) at = list.findIndex(isModifier);
  if (at < 0) at = list.length;
  list.splice(at, 0, include);
  return ['v=spf1', ...list].join(' ');
}

/**
 * One record with every mechanism of the given ones, in order, without repeats. The final "all"
 * is "-all" if any record had it, else "~all" ("+all" and "?all" are not carried over); with no
 * "all" anywhere the first redirect is kept and the other redirects become includes.
 */
export function mergeSpfRecords(records: string[]): string {
  const spf = records.map((r) => r.trim()).filter(isSpfRecord);
  const mechanisms: string[] = [];
  const modifiers = new Map<string, string>();
  const redirects: string[] = [];
  const alls: string[] = [];
  const addMechanism = (t: string) => {
    const key = t.replace(/^\+/, '').toLowerCase();
    if (!mechanisms.some((m) => m.replace(/^\+/, '').toLowerCase() === key)) mechanisms.push(t);
  };
  for (const record of spf) {
    for (const t of terms(record)) {
      if (isAll(t)) alls.push(t.slice(0, 1));
      else if (/^redirect=/i.test(t)) redirects.push(t.slice(t.indexOf('=') + 1));
      else if (isModifier(t)) {
        const name = t.slice(0, t.indexOf('=')).toLowerCase();
        if (!modifiers.has(name)) modifiers.set(name, t);
      } else addMechanism(t);
    }
  }
  const out = ['v=spf1', ...mechanisms];
  if (alls.length > 0) {
    out.push(alls.includes('-') ? '-all' : '~all');
  } else if (redirects.length > 0) {
    for (const r of redirects.slice(1)) if (!out.includes(`include:${r}`)) out.splice(out.length, 0, `include:${r}`);
    modifiers.set('redirect', `redirect=${redirects[0]}`);
  }
  return [...out, ...modifiers.values()].join(' ');
}
