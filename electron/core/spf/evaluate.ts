// RFC 7208 check_host(): evaluates a domain's SPF policy for a client address over any
// DnsLookup. Permanent and temporary errors unwind the whole check (they propagate through
// include and redirect alike), so they are thrown as SpfAbort and caught once at the top.
import { DnsError, type DnsAnswer, type DnsLookup, type RecordOf, type RecordType } from '../dns/types';
import { inNetwork, parseIp, reverseName, sameIp, type IpAddr } from './ip';
import { expandMacros, parseMacroString, SpfSyntaxError, truncateDomain, type MacroContext, type MacroToken } from './macro';
import { isSpfRecord, LOOKUP_MECHANISMS, parseSpfRecord, type Directive, type Qualifier, type SpfRecord } from './parse';
import { recordProblems } from './problems';
import type { SpfInput, SpfResult, SpfResultCode } from './types';

export const MAX_LOOKUPS = 10;
export const MAX_VOID_LOOKUPS = 2;
/** Address lookups allowed per mx mechanism, and names considered per ptr (RFC 7208 §4.6.4). */
export const MAX_NAMES = 10;

const QUALIFIER_RESULT: Record<Qualifier, SpfResultCode> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

class SpfAbort extends Error {
  constructor(
    readonly result: 'permerror' | 'temperror',
    message: string,
    public path: string[] = [],
  ) {
    super(message);
  }
}

interface Outcome {
  result: SpfResultCode;
  path: string[];
  explanation?: string;
}

/** A name SPF may look up: ≤ 253 characters, labels of 1–63, at least two labels. */
export function isValidDomain(name: string): boolean {
  const d = name.replace(/\.$/, '');
  if (d.length === 0 || d.length > 253 || d.startsWith('[')) return false;
  const labels = d.split('.');
  return labels.length >= 2 && labels.every((l) => l.length >= 1 && l.length <= 63);
}

/** Split MAIL FROM per RFC 7208 §4.3: no local-part means postmaster. */
function splitSender(sender: string): { local: string; domain: string } {
  const at = sender.lastIndexOf('@');
  if (at < 0) return { local: 'postmaster', domain: sender };
  return { local: sender.slice(0, at) || 'postmaster', domain: sender.slice(at + 1) };
}

class Evaluation {
  lookups = 0;
  voidLookups = 0;
  readonly problems: string[] = [];
  /** The checked domain's own record, once read. */
  topRecord?: string;
  private validated?: Promise<string>;
  private ptrNames?: Promise<string[]>;

  constructor(
    private readonly lookup: DnsLookup,
    private readonly ip: IpAddr,
    private readonly ctx: Omit<MacroContext, 'domain' | 'validatedName'>,
  ) {}

  problem(text: string): void {
    if (!this.problems.includes(text)) this.problems.push(text);
  }

  /** A lookup whose failure makes the whole check a temperror. */
  private async ask<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
    try {
      return await this.lookup.query(name, type);
    } catch (err) {
      const why = `DNS ${type} lookup for ${name} failed (${err instanceof DnsError ? err.kind : 'error'})`;
      this.problem(why);
      throw new SpfAbort('temperror', why);
    }
  }

  /** A lookup whose failure only means "no records" (ptr and %{p} validation). */
  private async tryAsk<T extends RecordType>(name: string, type: T): Promise<RecordOf[T][]> {
    try {
      return (await this.lookup.query(name, type)).records;
    } catch {
      return [];
    }
  }

  private countLookup(domain: string, term: string): void {
    this.lookups += 1;
    if (this.lookups > MAX_LOOKUPS) {
      this.problem(`More than ${MAX_LOOKUPS} DNS lookups (reached at ${domain}: ${term}); receivers return permerror`);
      throw new SpfAbort('permerror', `more than ${MAX_LOOKUPS} DNS lookups at ${term}`);
    }
  }

  private countVoid(domain: string, term: string): void {
    this.voidLookups += 1;
    if (this.voidLookups > MAX_VOID_LOOKUPS) {
      this.problem(`More than ${MAX_VOID_LOOKUPS} lookups found nothing (last at ${domain}: ${term}); receivers return permerror`);
      throw new SpfAbort('permerror', `more than ${MAX_VOID_LOOKUPS} void lookups at ${term}`);
    }
  }

  private macroContext(domain: string): MacroContext {
    return { ...this.ctx, domain, validatedName: () => (this.validated ??= this.validatedName(domain)) };
  }

  private async target(spec: MacroToken[] | undefined, domain: string): Promise<string> {
    if (!spec) return domain;
    return truncateDomain(await expandMacros(spec, this.macroContext(domain)));
  }

  private async addresses(name: string): Promise<{ ips: IpAddr[]; void: boolean }> {
    const ans = await this.ask(name, this.ip.family === 4 ? 'A' : 'AAAA');
    const ips = ans.records.map((r) => parseIp(r)).filter((x): x is IpAddr => x !== null);
    return { ips, void: ans.records.length === 0 };
  }

  private matchesCidr(ips: IpAddr[], cidr4: number, cidr6: number): boolean {
    const prefix = this.ip.family === 4 ? cidr4 : cidr6;
    return ips.some((a) => a.family === this.ip.family && inNetwork(this.ip.bytes, a.bytes, prefix));
  }

  /** Names from the client's PTR records whose addresses include the client (first 10 only). */
  private validatedNames(): Promise<string[]> {
    return (this.ptrNames ??= this.findValidatedNames());
  }

  private async findValidatedNames(): Promise<string[]> {
    const names = (await this.tryAsk(reverseName(this.ip), 'PTR')).slice(0, MAX_NAMES);
    const out: string[] = [];
    for (const raw of names) {
      const name = raw.replace(/\.$/, '');
      const ips = await this.tryAsk(name, this.ip.family === 4 ? 'A' : 'AAAA');
      if (ips.some((a) => { const p = parseIp(a); return p !== null && sameIp(p, this.ip); })) out.push(name);
    }
    return out;
  }

  private async validatedName(domain: string): Promise<string> {
    const names = await this.validatedNames();
    const d = domain.toLowerCase();
    return (
      names.find((n) => n.toLowerCase() === d) ??
      names.find((n) => n.toLowerCase().endsWith(`.${d}`)) ??
      names[0] ??
      'unknown'
    );
  }

  private async matches(
    dir: Directive,
    domain: string,
    chain: string[],
    stack: string[],
  ): Promise<{ hit: boolean; path?: string[] }> {
    const m = dir.mechanism;
    if (LOOKUP_MECHANISMS.has(m.kind)) this.countLookup(domain, dir.text);
    switch (m.kind) {
      case 'all':
        return { hit: true };
      case 'ip4':
      case 'ip6':
        return { hit: (m.kind === 'ip4') === (this.ip.family === 4) && inNetwork(this.ip.bytes, m.network, m.cidr) };
      case 'a': {
        const { ips, void: isVoid } = await this.addresses(await this.target(m.domain, domain));
        if (isVoid) this.countVoid(domain, dir.text);
        return { hit: this.matchesCidr(ips, m.cidr4, m.cidr6) };
      }
      case 'mx': {
        const mxs = (await this.ask(await this.target(m.domain, domain), 'MX')).records;
        if (mxs.length === 0) this.countVoid(domain, dir.text);
        if (mxs.length > MAX_NAMES) {
          this.problem(`${domain}: ${dir.text} has ${mxs.length} MX hosts; more than ${MAX_NAMES} is a permerror`);
          throw new SpfAbort('permerror', `${dir.text}: more than ${MAX_NAMES} MX hosts`);
        }
        for (const mx of mxs) {
          const host = mx.exchange.replace(/\.$/, '');
          if (host === '') continue; // null MX (RFC 7505)
          if (this.matchesCidr((await this.addresses(host)).ips, m.cidr4, m.cidr6)) return { hit: true };
        }
        return { hit: false };
      }
      case 'ptr': {
        const target = (await this.target(m.domain, domain)).toLowerCase();
        const names = await this.validatedNames();
        return { hit: names.some((n) => n.toLowerCase() === target || n.toLowerCase().endsWith(`.${target}`)) };
      }
      case 'exists': {
        const ans = await this.ask(await this.target(m.domain, domain), 'A');
        if (ans.records.length === 0) this.countVoid(domain, dir.text);
        return { hit: ans.records.length > 0 };
      }
      case 'include': {
        const target = await this.target(m.domain, domain);
        const sub = await this.checkHost(target, [...chain, `${domain}: ${dir.text}`], false, stack);
        if (sub.result === 'none') {
          this.problem(`${domain}: ${dir.text} — ${target} has no SPF record`);
          throw new SpfAbort('permerror', `${dir.text}: ${target} has no SPF record`, sub.path);
        }
        return sub.result === 'pass' ? { hit: true, path: sub.path } : { hit: false };
      }
    }
  }

  private async explain(exp: MacroToken[], domain: string): Promise<string | undefined> {
    // Any trouble with the explanation means "no explanation", never a different result.
    try {
      const name = await this.target(exp, domain);
      const txt = await this.tryAsk(name, 'TXT');
      if (txt.length !== 1) return undefined;
      return await expandMacros(parseMacroString(txt[0] ?? '', { explanation: true }), this.macroContext(domain));
    } catch {
      return undefined;
    }
  }

  async checkHost(domain: string, chain: string[], wantExp: boolean, stack: string[] = []): Promise<Outcome> {
    const here = (text: string) => [...chain, `${domain}: ${text}`];
    const key = domain.toLowerCase();
    if (stack.includes(key)) {
      this.problem(`Include/redirect loop: ${[...stack, key].join(' → ')}`);
      throw new SpfAbort('permerror', `loop back to ${domain}`, here('loop'));
    }
    if (!isValidDomain(domain)) return { result: 'none', path: here('not a valid domain name') };
    let spf: string[];
    try {
      spf = (await this.ask(domain, 'TXT')).records.filter(isSpfRecord);
    } catch (err) {
      if (err instanceof SpfAbort) err.path = here(err.message);
      throw err;
    }
    if (spf.length === 0) return { result: 'none', path: here('no SPF record') };
    if (spf.length > 1) {
      this.problem(`${domain} has ${spf.length} SPF records; it must have exactly one`);
      throw new SpfAbort('permerror', `${spf.length} SPF records`, here(`${spf.length} SPF records`));
    }
    const text = spf[0] ?? '';
    if (chain.length === 0) this.topRecord = text;
    let record: SpfRecord;
    try {
      record = parseSpfRecord(text);
    } catch (err) {
      const why = err instanceof SpfSyntaxError ? err.message : String(err);
      this.problem(`${domain}: syntax error in SPF record: ${why}`);
      throw new SpfAbort('permerror', `syntax error: ${why}`, here(`syntax error: ${why}`));
    }
    for (const p of recordProblems(domain, record)) this.problem(p);
    const inner = [...stack, key];
    try {
      for (const dir of record.directives) {
        const { hit, path } = await this.matches(dir, domain, chain, inner);
        if (!hit) continue;
        const result = QUALIFIER_RESULT[dir.qualifier];
        const out: Outcome = { result, path: path ?? here(`${dir.text} matched`) };
        if (result === 'fail' && wantExp && record.exp) {
          const explanation = await this.explain(record.exp.domain, domain);
          if (explanation !== undefined) out.explanation = explanation;
        }
        return out;
      }
      if (record.redirect) {
        this.countLookup(domain, record.redirect.text);
        const target = await this.target(record.redirect.domain, domain);
        const sub = await this.checkHost(target, [...chain, `${domain}: ${record.redirect.text}`], wantExp, inner);
        if (sub.result === 'none') {
          this.problem(`${domain}: ${record.redirect.text} — ${target} has no SPF record`);
          throw new SpfAbort('permerror', `${record.redirect.text}: ${target} has no SPF record`, sub.path);
        }
        return sub;
      }
    } catch (err) {
      if (err instanceof SpfAbort && err.path.length === 0) err.path = here(err.message);
      throw err;
    }
    return { result: 'neutral', path: here('no mechanism matched (neutral)') };
  }
}

/** RFC 7208 check_host() for one client address and domain. Never throws for DNS trouble. */
export async function evaluateSpf(input: SpfInput): Promise<SpfResult> {
  const helo = (input.helo ?? '').replace(/\.$/, '');
  const sender = input.sender ? input.sender : `postmaster@${helo}`;
  const { local, domain: senderDomain } = splitSender(sender);
  const domain = (input.domain ?? (senderDomain || helo)).replace(/\.$/, '');
  const base = { lookups: 0, voidLookups: 0 };
  const ip = parseIp(input.ip);
  if (!ip) {
    const why = `"${input.ip}" is not an IP address`;
    return { result: 'permerror', path: [why], problems: [why], ...base };
  }
  const ev = new Evaluation(input.lookup, ip, {
    sender: `${local}@${senderDomain}`,
    local,
    senderDomain,
    ip,
    helo,
    receiver: input.receiver ?? 'unknown',
    now: input.now?.() ?? new Date(),
  });
  const done = (o: Outcome): SpfResult => ({
    result: o.result,
    ...(o.explanation !== undefined ? { explanation: o.explanation } : {}),
    ...(ev.topRecord !== undefined ? { record: ev.topRecord } : {}),
    path: o.path,
    lookups: ev.lookups,
    voidLookups: ev.voidLookups,
    problems: ev.problems,
  });
  try {
    return done(await ev.checkHost(domain, [], true));
  } catch (err) {
    if (!(err instanceof SpfAbort)) throw err;
    return done({ result: err.result, path: err.path.length ? err.path : [err.message] });
  }
}
