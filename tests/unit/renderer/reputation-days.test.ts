// The reputation chart's days: every day of the range is there; days without sends have no
// rates (a gap in the lines) instead of disappearing.
import { describe, expect, it } from 'vitest';
import { chartDays } from '../../../renderer/src/screens/account/reputation-days';
import type { HistoryPoint } from '../../../shared/report';

const point = (date: string, sent: number): HistoryPoint => ({
  date, sent, hard_bounces: 1, soft_bounces: 0, blocks: 1, delays: 0, complaints: 0, replies: 2, bounce_rate: 1 / sent, block_rate: 1 / sent, complaint_rate: 0, reply_rate: 2 / sent, score: 81,
});

describe('chart days', () => {
  it('fills every day of the range, oldest first, with gaps where nothing was sent', () => {
    const days = chartDays([point('2026-06-01', 4), point('2026-06-04', 50)], 7, '2026-06-05');
    expect(days.map((d) => d.date)).toEqual(['2026-05-30', '2026-05-31', '2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05']);
    expect(days[2]).toEqual({ date: '2026-06-01', sent: 4, bounce: 25, block: 25, complaint: 0, reply: 50, score: 81 });
    expect(days[3]).toEqual({ date: '2026-06-02', sent: 0, bounce: null, block: null, complaint: null, reply: null, score: null });
    expect(days[5]!.bounce).toBe(2);
  });

  it('crosses month and year ends in UTC', () => {
    expect(chartDays([], 3, '2027-01-01').map((d) => d.date)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
  });
});
