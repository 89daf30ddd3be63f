// The Overview's rate problems are worded from the health rules' lines, so moving a line in
// health/rules.ts moves the words with it (here the lines are moved by a mock).
import { describe, expect, it, vi } from 'vitest';
import { describeProblems } from '../../../electron/core/overview/problems';

vi.mock('../../../electron/core/health/rules', async (original) => ({
  ...(await original<typeof import('../../../electron/core/health/rules')>()),
  BOUNCE_LINES: { elevated: 0.04, high: 0.08, rise: 0.01 },
  COMPLAINT_LINES: { elevated: 0.002, high: 0.005, rise: 0.001 },
  BLOCK_LINES: { elevated: 0.015, high: 0.025, rise: 0.01 },
}));

describe('overview problem labels', () => {
  it('name the rate lines the health rules use', () => {
    const codes = ['bounces_high', 'bounces_elevated', 'complaints_high', 'complaints_elevated', 'blocks_high', 'blocks_elevated'];
    const counts = codes.map((code) => ({ code, detail: '', level: 'at_risk' as const, inboxes: 2, domains: 1 }));
    const { problems } = describeProblems(counts, null);
    const labels = Object.fromEntries(problems.map((p) => [p.code, p.label]));
    expect(labels).toEqual({
      bounces_high: '2 inboxes over 8 % bounces',
      bounces_elevated: '2 inboxes at 4–8 % bounces',
      complaints_high: '2 inboxes over 0.5 % complaints',
      complaints_elevated: '2 inboxes at 0.2–0.5 % complaints',
      blocks_high: '2 inboxes over 2.5 % blocks',
      blocks_elevated: '2 inboxes at 1.5–2.5 % blocks',
    });
  });
});
