import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../shared/overview';

const pct = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 100);

/** Sends as bars; bounce and complaint rates (%) on their own plot, with gaps on days without sends. */
export function TrendCharts({ points }: { points: TrendPoint[] }) {
  const data = points.map((p) => ({ date: p.date.slice(5), sent: p.sent, bounce: pct(p.bounce_rate), complaint: pct(p.complaint_rate) }));
  const sent = points.reduce((n, p) => n + p.sent, 0);
  return (
    <div className="trend" data-testid="trend" data-sent={sent} data-days={points.length}>
      <div className="chart-small" aria-label={`Sent per day: ${sent} in ${points.length} days`} role="img">
        <ResponsiveContainer width="100%" height={170}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" fontSize={11} />
            <YAxis fontSize={11} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="sent" name="Sent" fill="#4a6cf0" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="chart-small" aria-label="Bounce and complaint rates per day, in percent; gaps are days without sends" role="img">
        <ResponsiveContainer width="100%" height={170}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" fontSize={11} />
            <YAxis fontSize={11} unit="%" />
            <Tooltip />
            <Legend />
            <Line type="linear" dataKey="bounce" name="Bounce %" stroke="#c8333a" connectNulls={false} isAnimationActive={false} />
            <Line type="linear" dataKey="complaint" name="Complaint %" stroke="#9a6412" connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
