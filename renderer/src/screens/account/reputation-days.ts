// The chart's days: every day of the range, so a day without sends is a gap in the rate lines
// (and a zero bar), never a dropped date that joins its neighbours.
import type { HistoryPoint } from '../../../../shared/report';

export interface ChartDay {
  date: string;
  sent: number;
  /** null where nothing was sent (no rate to speak of), so lines break there. */
  bounce: number | null;
  block: number | null;
  complaint: number | null;
  reply: number | null;
  score: number | null;
}

const pct = (v: number) => Math.round(v * 10000) / 100;

/** `days` days ending at `today` (YYYY-MM-DD, UTC), oldest first. */
export function chartDays(points: HistoryPoint[], days: number, today: string): ChartDay[] {
  const byDate = new Map(points.map((p) => [p.date, p]));
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const p = byDate.get(date);
    if (!p || p.sent === 0) return { date, sent: p?.sent ?? 0, bounce: null, block: null, complaint: null, reply: null, score: p?.score ?? null };
    return { date, sent: p.sent, bounce: pct(p.bounce_rate), block: pct(p.block_rate), complaint: pct(p.complaint_rate), reply: pct(p.reply_rate), score: p.score };
  });
}
