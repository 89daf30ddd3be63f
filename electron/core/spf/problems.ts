// Things in a record that are legal but worth fixing, in words for a user.
import type { SpfRecord } from './parse';

export function recordProblems(domain: string, record: SpfRecord): string[] {
  const out: string[] = [];
  for (const d of record.directives) {
    if (d.mechanism.kind === 'all' && d.qualifier === '+') {
      out.push(`${domain}: "${d.text}" lets every server on the internet pass SPF; use "~all" or "-all"`);
    }
    if (d.mechanism.kind === 'all' && d.qualifier === '?') {
      out.push(`${domain}: "${d.text}" gives no protection; use "~all" or "-all"`);
    }
    if (d.mechanism.kind === 'ptr') {
      out.push(`${domain}: "${d.text}" is deprecated (RFC 7208 §5.5): slow, unreliable, and some receivers ignore it`);
    }
  }
  return out;
}
