// Problems of the moment in words, from the health reasons counted by cause: what each hits
// ("13 inboxes cannot log in", "2 domains listed on Spamhaus DBL") and where its link goes.
import { HEALTH_RANK, PROBE_ERROR_LABEL, type HealthLevel, type HealthReasonCode } from '../../../shared/health';
import type { OverviewProblem, ProblemLink } from '../../../shared/overview';
import { BLOCK_LINES, BOUNCE_LINES, COMPLAINT_LINES } from '../health/index';

export interface ReasonCount {
  code: string;
  detail: string;
  /** Worst level any inbox has it at. */
  level: HealthLevel;
  inboxes: number;
  domains: number;
}

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
const inboxes = (c: number) => n(c, 'inbox', 'inboxes');
const domains = (c: number) => n(c, 'domain');
const have = (c: number) => (c === 1 ? 'has' : 'have');
/** A rate line as a percentage, as the health rules draw it (0.003 → "0.3"). */
const pct = (rate: number) => String(Number((rate * 100).toPrecision(3)));
const over = (lines: { high: number }, what: string) => `over ${pct(lines.high)} % ${what}`;
const between = (lines: { elevated: number; high: number }, what: string) => `at ${pct(lines.elevated)}–${pct(lines.high)} % ${what}`;

/** Label and link of each cause; domain causes count domains and link to the Domains screen. */
const WORDS: Record<HealthReasonCode, (r: ReasonCount) => { label: string; link: ProblemLink }> = {
  login_failed: (r) => ({ label: `${inboxes(r.inboxes)} cannot log in (${PROBE_ERROR_LABEL[r.detail] ?? r.detail})`, link: { screen: 'accounts', filter: { connection: r.detail } } }),
  listed: (r) => ({ label: `${domains(r.domains)} listed on ${r.detail} (${inboxes(r.inboxes)})`, link: { screen: 'domains', filter: { listed_on: r.detail } } }),
  spf_missing: (r) => ({ label: `${domains(r.domains)} ${have(r.domains)} no SPF record`, link: { screen: 'domains', filter: { issue: r.code } } }),
  spf_fail: (r) => ({ label: `${domains(r.domains)} fail SPF for their sending server (${inboxes(r.inboxes)})`, link: { screen: 'domains', filter: { issue: r.code } } }),
  dkim_missing: (r) => ({ label: `${domains(r.domains)} ${have(r.domains)} no DKIM key`, link: { screen: 'domains', filter: { issue: r.code } } }),
  dmarc_missing: (r) => ({ label: `${domains(r.domains)} ${have(r.domains)} no DMARC record`, link: { screen: 'domains', filter: { issue: r.code } } }),
  spf_weak: (r) => ({ label: `${domains(r.domains)} with SPF that does not vouch for the sending server`, link: { screen: 'domains', filter: { issue: r.code } } }),
  dkim_weak: (r) => ({ label: `${domains(r.domains)} with a DKIM key under 2048 bits`, link: { screen: 'domains', filter: { issue: r.code } } }),
  bounces_high: (r) => ({ label: `${inboxes(r.inboxes)} ${over(BOUNCE_LINES, 'bounces')}`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  complaints_high: (r) => ({ label: `${inboxes(r.inboxes)} ${over(COMPLAINT_LINES, 'complaints')}`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  bounces_elevated: (r) => ({ label: `${inboxes(r.inboxes)} ${between(BOUNCE_LINES, 'bounces')}`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  complaints_elevated: (r) => ({ label: `${inboxes(r.inboxes)} ${between(COMPLAINT_LINES, 'complaints')}`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  sign_in_expired: (r) => ({ label: `${inboxes(r.inboxes)} need${r.inboxes === 1 ? 's' : ''} signing in again`, link: { screen: 'accounts', filter: { health: 'sign_in_expired' } } }),
  needs_sign_in: (r) => ({ label: `${inboxes(r.inboxes)} not connected yet (sign in)`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  blocks_high: (r) => ({ label: `${inboxes(r.inboxes)} ${over(BLOCK_LINES, 'blocks')}`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  blocks_elevated: (r) => ({ label: `${inboxes(r.inboxes)} ${between(BLOCK_LINES, 'blocks')}`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  blocks_rising: (r) => ({ label: `${inboxes(r.inboxes)} with a rising block rate`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  bounces_rising: (r) => ({ label: `${inboxes(r.inboxes)} with a rising bounce rate`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  complaints_rising: (r) => ({ label: `${inboxes(r.inboxes)} with a rising complaint rate`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  not_tested: (r) => ({ label: `${inboxes(r.inboxes)} not tested yet`, link: { screen: 'accounts', filter: { reason: r.code } } }),
  domain_not_checked: (r) => ({ label: `${domains(r.domains)} not checked yet (${inboxes(r.inboxes)})`, link: { screen: 'domains', filter: { issue: r.code } } }),
  stale: (r) => ({ label: `${inboxes(r.inboxes)} not checked for over a week`, link: { screen: 'accounts', filter: { reason: r.code } } }),
};

/** Problems worst first (then by inboxes hit) and, apart, what is not measured yet. */
export function describeProblems(counts: ReasonCount[], clientId: string | null): { problems: OverviewProblem[]; unmeasured: OverviewProblem[] } {
  const all = counts
    .filter((c): c is ReasonCount & { code: HealthReasonCode } => c.code in WORDS)
    .map((c): OverviewProblem => {
      const { label, link } = WORDS[c.code](c);
      const filter = clientId ? { ...link.filter, client_id: clientId } : link.filter;
      return { code: c.code, detail: c.detail, level: c.level, label, inboxes: c.inboxes, domains: c.domains, link: { ...link, filter } };
    })
    .sort((a, b) => HEALTH_RANK[a.level] - HEALTH_RANK[b.level] || b.inboxes - a.inboxes || a.label.localeCompare(b.label));
  return { problems: all.filter((p) => p.level !== 'unknown'), unmeasured: all.filter((p) => p.level === 'unknown') };
}
