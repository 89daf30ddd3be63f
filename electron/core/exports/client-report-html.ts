// The client report as one HTML file: inline CSS, inline SVG charts, no scripts and a CSP that
// forbids every request, so it opens the same offline, in a mail attachment or printed to PDF.
import type { Account } from '../../../shared/domain';
import { HEALTH_LABEL, HEALTHS, type Health } from '../../../shared/health';
import type { Overview, TrendPoint } from '../../../shared/overview';
import { scoreText } from '../../../shared/report';

export interface ReportInbox {
  account: Account;
  domain: string;
  sent: number | null;
  bounce_rate: number | null;
  complaint_rate: number | null;
  /** Refused by the receiving server (spam or policy blocks) ÷ sent; counted apart from bounces. */
  block_rate: number | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const pct = (r: number | null) => (r === null ? '—' : `${Number((r * 100).toFixed(2))} %`);
const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));
const chip = (h: Health, text = HEALTH_LABEL[h]) => `<span class="chip ${h}">${esc(text)}</span>`;
const CHECK_LABEL: Record<string, string> = { ok: 'OK', warning: 'Warning', error: 'Problem', unknown: 'Unknown' };
const check = (s: string | null) => `<span class="chip ${s === 'ok' ? 'healthy' : s === 'error' ? 'failing' : s === 'warning' ? 'watch' : 'unknown'}">${esc(s ? CHECK_LABEL[s] : 'Not checked')}</span>`;

const CSS = `
*{box-sizing:border-box}body{margin:0;font:13px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330;background:#fff}
main{max-width:960px;margin:0 auto;padding:28px 32px}h1{font-size:22px;margin:0 0 2px}h2{font-size:16px;margin:26px 0 8px;border-bottom:1px solid #e2e5eb;padding-bottom:4px}
.muted{color:#5b6475}.tiles{display:flex;gap:10px;flex-wrap:wrap}.tile{border:1px solid #e2e5eb;border-radius:8px;padding:8px 14px;min-width:110px}
.tile b{display:block;font-size:22px}table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e2e5eb;vertical-align:top}
th{background:#f3f4f7;font-weight:600}td.n,th.n{text-align:right;white-space:nowrap}.chip{display:inline-block;padding:0 7px;border-radius:6px;font-size:11px;font-weight:600;white-space:nowrap}
.failing{background:#fde8e8;color:#a4161a}.sign_in_expired{background:#ede9fe;color:#5b21b6}.at_risk{background:#ffedd5;color:#9a3412}.watch{background:#fef3c7;color:#854d0e}.healthy{background:#dcfce7;color:#166534}.unknown{background:#eef0f4;color:#475467}
ul.problems{padding-left:0;list-style:none}ul.problems li{margin:4px 0}.chart{margin:6px 0 2px;width:100%;max-width:720px;height:auto}.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
footer{margin-top:30px;font-size:11px}
@page{size:A4;margin:14mm}
@media print{main{max-width:none;padding:0}body{font-size:11px}h2{break-after:avoid}tr,.tile,.chart,li{break-inside:avoid}thead{display:table-header-group}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

const W = 720;
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };

/** Round up to 1, 2 or 5 × a power of ten, so the axis reads well. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

function axes(points: TrendPoint[], h: number, top: string, x: (i: number) => number): string {
  const bottom = h - PAD.bottom;
  const ticks = [0, Math.floor((points.length - 1) / 2), points.length - 1];
  return `<line x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}" stroke="#c4c9d4"/>`
    + `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" font-size="10" fill="#5b6475">${esc(top)}</text>`
    + `<text x="${PAD.left - 6}" y="${bottom}" text-anchor="end" font-size="10" fill="#5b6475">0</text>`
    + ticks.map((i) => `<text x="${x(i)}" y="${h - 6}" text-anchor="middle" font-size="10" fill="#5b6475">${esc(points[i]?.date.slice(5) ?? '')}</text>`).join('');
}

/** Sends per day as bars. */
export function sentChart(points: TrendPoint[]): string {
  const h = 130;
  const max = niceMax(Math.max(0, ...points.map((p) => p.sent)));
  const plotW = W - PAD.left - PAD.right;
  const step = plotW / Math.max(1, points.length);
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => h - PAD.bottom - ((h - PAD.bottom - PAD.top) * v) / max;
  const bars = points
    .map((p, i) => (p.sent > 0 ? `<rect x="${(x(i) - step * 0.35).toFixed(1)}" y="${y(p.sent).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(h - PAD.bottom - y(p.sent)).toFixed(1)}" fill="#4a6cf0"/>` : ''))
    .join('');
  const total = points.reduce((n, p) => n + p.sent, 0);
  return `<svg class="chart" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img" aria-label="Messages sent per day: ${total} in ${points.length} days"><title>Messages sent per day</title>${axes(points, h, String(max), x)}${bars}</svg>`;
}

/** Bounce and complaint rates as lines, broken on days without sends (a gap, not a zero). */
export function ratesChart(points: TrendPoint[]): string {
  const h = 150;
  const values = points.flatMap((p) => [p.bounce_rate ?? 0, p.complaint_rate ?? 0]);
  const max = niceMax(Math.max(0.01, ...values) * 100) / 100;
  const plotW = W - PAD.left - PAD.right;
  const step = plotW / Math.max(1, points.length);
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => h - PAD.bottom - ((h - PAD.bottom - PAD.top) * v) / max;
  const line = (pick: (p: TrendPoint) => number | null, color: string) => {
    let d = '';
    let pen = false;
    const dots: string[] = [];
    points.forEach((p, i) => {
      const v = pick(p);
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
      pen = true;
      dots.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2" fill="${color}"/>`);
    });
    return `${d ? `<path d="${d.trim()}" fill="none" stroke="${color}" stroke-width="1.6"/>` : ''}${dots.join('')}`;
  };
  return `<svg class="chart" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img" aria-label="Bounce and complaint rates per day, gaps on days without sends"><title>Bounce and complaint rates per day</title>`
    + `${axes(points, h, pct(max), x)}${line((p) => p.bounce_rate, '#c8333a')}${line((p) => p.complaint_rate, '#b7791f')}</svg>`
    + '<div class="legend muted"><span><i style="background:#c8333a"></i>Bounce %</span><span><i style="background:#b7791f"></i>Complaint %</span><span>Gaps: days without sends</span></div>';
}

export function renderClientReport({ overview: o, inboxes, generatedAt }: { overview: Overview; inboxes: ReportInbox[]; generatedAt: Date }): string {
  const name = o.client?.name ?? 'All clients';
  const day = generatedAt.toISOString().slice(0, 10);
  const from = o.trend[0]?.date ?? day;
  const sent = o.trend.reduce((n, p) => n + p.sent, 0);
  const tiles = HEALTHS.map((h) => `<div class="tile"><b>${o.health[h]}</b>${chip(h)}</div>`).join('');
  const problems = o.problems.length
    ? `<ul class="problems">${o.problems.map((p) => `<li>${chip(p.level)} ${esc(p.label)}</li>`).join('')}</ul>`
    : '<p>No problems found at the last checks.</p>';
  const unmeasured = o.unmeasured.length ? `<p class="muted">Not measured yet: ${o.unmeasured.map((p) => esc(p.label)).join('; ')}.</p>` : '';
  const domains = o.domains.length
    ? `<table><thead><tr><th>Domain</th><th class="n">Inboxes</th><th>SPF</th><th>DKIM</th><th>DMARC</th><th>Blacklists</th><th>Checked</th></tr></thead><tbody>${o.domains
        .map((d) => `<tr><td>${esc(d.domain)}</td><td class="n">${d.inboxes}</td><td>${check(d.spf)}</td><td>${check(d.dkim)}</td><td>${check(d.dmarc)}</td><td>${check(d.blacklist)}</td><td>${esc(d.checked_at?.slice(0, 10) ?? 'never')}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>No domains.</p>';
  const rows = inboxes
    .map(({ account: a, sent: s, bounce_rate, complaint_rate, block_rate }) => {
      const why = a.health_reasons.filter((r) => r.level !== 'unknown').slice(0, 2).map((r) => esc(r.message)).join('<br>');
      return `<tr><td>${esc(a.email)}${a.status === 'paused' ? ' <span class="muted">(paused)</span>' : ''}</td><td>${chip(a.health)}</td><td>${esc(scoreText(a.score, a.score_measured))}</td>`
        + `<td class="n">${num(s)}</td><td class="n">${pct(bounce_rate)}</td><td class="n">${pct(complaint_rate)}</td><td class="n">${pct(block_rate)}</td><td>${why}</td></tr>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deliverability report — ${esc(name)} — ${day}</title>
<style>${CSS}</style></head>
<body><main>
<header><h1>Deliverability report: ${esc(name)}</h1>
<p class="muted">${from} to ${day} · ${o.total} inbox${o.total === 1 ? '' : 'es'}${o.paused ? ` (${o.paused} paused)` : ''} · ${o.domains.length} domain${o.domains.length === 1 ? '' : 's'}</p></header>
<h2>Health</h2><div class="tiles">${tiles}</div>
<h2>Problems</h2>${problems}${unmeasured}
<h2>Last 30 days</h2><p>${sent.toLocaleString('en-US')} messages sent.</p>${sentChart(o.trend)}${ratesChart(o.trend)}
<h2>Domains</h2>${domains}
<h2>Inboxes</h2>
<table><thead><tr><th>Inbox</th><th>Health</th><th>Score</th><th class="n">Sent 30 d</th><th class="n">Bounces</th><th class="n">Complaints</th><th class="n">Blocks</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>
<footer class="muted">Generated ${esc(generatedAt.toISOString().replace('T', ' ').slice(0, 16))} UTC by Inboxfleet. Connections last tested ${esc(o.last_checked.connections?.slice(0, 10) ?? 'never')}; domains last checked ${esc(o.last_checked.domains?.slice(0, 10) ?? 'never')}; mailboxes last read ${esc(o.last_checked.mailboxes?.slice(0, 10) ?? 'never')}.</footer>
</main></body></html>
`;
}
