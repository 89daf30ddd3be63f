import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryPoint } from '../../../../shared/report';
import { chartDays } from './reputation-days';

const axis = { fontSize: 11, stroke: '#4a5263' };

/**
 * Two plots over every day of the range: counts (sends as bars, with the score on its own 0–100
 * axis) and rates in %; days without sends are gaps, not dropped dates. A table gives the numbers.
 */
export function ReputationChart({ points, days, today = new Date().toISOString().slice(0, 10) }: { points: HistoryPoint[]; days: number; today?: string }) {
  const data = chartDays(points, days, today);
  return (
    <div className="chart" data-testid="reputation-chart" data-points={points.length} data-days={data.length}>
      <figure>
        <figcaption>Sends per day and score</figcaption>
        <ResponsiveContainer width="100%" height={200}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" {...axis} />
            <YAxis yAxisId="sent" allowDecimals={false} {...axis} label={{ value: 'sends', angle: -90, position: 'insideLeft', fontSize: 11 }} />
            <YAxis yAxisId="score" orientation="right" domain={[0, 100]} {...axis} label={{ value: 'score', angle: 90, position: 'insideRight', fontSize: 11 }} />
            <Tooltip />
            <Legend />
            <Bar yAxisId="sent" dataKey="sent" name="Sent" fill="#8795b0" isAnimationActive={false} />
            <Line yAxisId="score" type="linear" dataKey="score" name="Score" stroke="#2447c8" connectNulls={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>Rates (% of sends)</figcaption>
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" {...axis} />
            <YAxis unit="%" {...axis} />
            <Tooltip />
            <Legend />
            <Line type="linear" dataKey="bounce" name="Bounce %" stroke="#b42323" connectNulls={false} isAnimationActive={false} />
            <Line type="linear" dataKey="block" name="Block %" stroke="#6a2bb0" connectNulls={false} isAnimationActive={false} />
            <Line type="linear" dataKey="complaint" name="Complaint %" stroke="#8a5a00" connectNulls={false} isAnimationActive={false} />
            <Line type="linear" dataKey="reply" name="Reply %" stroke="#17703f" connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <details>
        <summary>Show the numbers</summary>
        <table className="simple" data-testid="reputation-table">
          <thead>
            <tr><th scope="col">Day</th><th scope="col" className="num">Sent</th><th scope="col" className="num">Bounce %</th><th scope="col" className="num">Block %</th><th scope="col" className="num">Complaint %</th><th scope="col" className="num">Reply %</th><th scope="col" className="num">Score</th></tr>
          </thead>
          <tbody>
            {data.filter((d) => d.sent > 0).map((d) => (
              <tr key={d.date}><td>{d.date}</td><td className="num">{d.sent}</td><td className="num">{d.bounce}</td><td className="num">{d.block}</td><td className="num">{d.complaint}</td><td className="num">{d.reply}</td><td className="num">{d.score ?? '—'}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
