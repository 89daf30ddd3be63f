import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryPoint } from '../../../shared/report';

const pct = (v: number) => Math.round(v * 10000) / 100;

/** Score and volume on the left axis, rates (%) on the right, one point per day with sends. */
export function ReputationChart({ points }: { points: HistoryPoint[] }) {
  const data = points.map((p) => ({
    date: p.date, score: p.score, sent: p.sent, bounce: pct(p.bounce_rate), block: pct(p.block_rate ?? 0), complaint: pct(p.complaint_rate), reply: pct(p.reply_rate),
  }));
  return (
    <div className="chart" data-testid="reputation-chart" data-points={points.length}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis yAxisId="left" fontSize={11} />
          <YAxis yAxisId="right" orientation="right" unit="%" fontSize={11} />
          <Tooltip />
          <Legend />
          <Line yAxisId="left" type="monotone" dataKey="score" name="Score" stroke="#2456e6" isAnimationActive={false} />
          <Line yAxisId="left" type="monotone" dataKey="sent" name="Sent" stroke="#6b7487" isAnimationActive={false} />
          <Line yAxisId="right" type="monotone" dataKey="bounce" name="Bounce %" stroke="#d13b3b" isAnimationActive={false} />
          <Line yAxisId="right" type="monotone" dataKey="block" name="Block %" stroke="#7a2bd1" isAnimationActive={false} />
          <Line yAxisId="right" type="monotone" dataKey="complaint" name="Complaint %" stroke="#b7791f" isAnimationActive={false} />
          <Line yAxisId="right" type="monotone" dataKey="reply" name="Reply %" stroke="#1f8a4c" isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
