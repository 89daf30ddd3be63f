// The alert state machine, pure: first sight is silent, a new condition opens once, a repeat
// continues without re-alerting, a cleared one resolves, unknown answers change nothing.
import { describe, expect, it } from 'vitest';
import { accept, step, type Finding, type GroupEval, type SubjectState } from '../../../electron/core/alerts/index';

const finding = (key: string, over: Partial<Finding> = {}): Finding => ({
  key, kind: 'listing', severity: 'critical', title: `listed ${key}`, detail: '', observed: {}, ...over,
});
const known = (...active: Finding[]): GroupEval => ({ known: true, active });
const unknown: GroupEval = { known: false };

function run(evals: Record<string, GroupEval>[]) {
  let state: SubjectState | null = null;
  return evals.map((e) => {
    const r = step(state, e, {});
    state = r.state;
    return { opened: r.opened.map((f) => f.key), continuing: r.continuing.map((f) => f.key), cleared: r.cleared };
  });
}

describe('alert state machine', () => {
  it('the state found at the very first check never alerts, even when it is bad', () => {
    const [first, second] = run([{ listing: known(finding('zen')) }, { listing: known(finding('zen')) }]);
    expect(first).toEqual({ opened: [], continuing: [], cleared: [] });
    expect(second).toEqual({ opened: [], continuing: ['zen'], cleared: [] });
  });

  it('opens on change, repeats without re-alerting, resolves when the condition clears, and can open again', () => {
    const steps = run([
      { listing: known() },
      { listing: known(finding('zen')) },
      { listing: known(finding('zen')) },
      { listing: known() },
      { listing: known(finding('zen')) },
    ]);
    expect(steps).toEqual([
      { opened: [], continuing: [], cleared: [] },
      { opened: ['zen'], continuing: [], cleared: [] },
      { opened: [], continuing: ['zen'], cleared: [] },
      { opened: [], continuing: [], cleared: ['zen'] },
      { opened: ['zen'], continuing: [], cleared: [] },
    ]);
  });

  it('a condition present at the first check and gone later resolves nothing; back again, it alerts', () => {
    expect(run([{ listing: known(finding('zen')) }, { listing: known() }, { listing: known(finding('zen')) }])).toEqual([
      { opened: [], continuing: [], cleared: [] },
      { opened: [], continuing: [], cleared: ['zen'] },
      { opened: ['zen'], continuing: [], cleared: [] },
    ]);
  });

  it('an unknown group keeps its state: a DNS failure neither opens nor resolves', () => {
    expect(run([{ listing: known() }, { listing: known(finding('zen')) }, { listing: unknown }, { listing: known(finding('zen')) }])).toEqual([
      { opened: [], continuing: [], cleared: [] },
      { opened: ['zen'], continuing: [], cleared: [] },
      { opened: [], continuing: [], cleared: [] },
      { opened: [], continuing: ['zen'], cleared: [] },
    ]);
  });

  it('a group first known after unknown checks is still a first sight', () => {
    expect(run([{ listing: unknown }, { listing: known(finding('zen')) }])[1]).toEqual({ opened: [], continuing: [], cleared: [] });
  });

  it('keys that could not be judged (a list that did not answer) keep what they were', () => {
    const a: GroupEval = { known: true, active: [], keep: ['zen'] };
    expect(run([{ listing: known() }, { listing: known(finding('zen')) }, { listing: a }, { listing: known() }])).toEqual([
      { opened: [], continuing: [], cleared: [] },
      { opened: ['zen'], continuing: [], cleared: [] },
      { opened: [], continuing: [], cleared: [] },
      { opened: [], continuing: [], cleared: ['zen'] },
    ]);
  });

  it('a quiet finding is tracked without alerting, and groups are independent', () => {
    const steps = run([
      { score: known(), connection: known() },
      { score: known(finding('score_drop', { quiet: true })), connection: known(finding('connection')) },
    ]);
    expect(steps[1]).toEqual({ opened: ['connection'], continuing: [], cleared: [] });
  });

  it('baselines carry over and accept() makes the new value the baseline', () => {
    const a = step(null, { spf: known() }, { spf: 'v=spf1 -all' });
    const b = step(a.state, { spf: known(finding('spf')) }, {});
    expect(b.state.baselines).toEqual({ spf: 'v=spf1 -all' });
    const c = accept(b.state, 'spf', { name: 'spf', value: 'v=spf1 ~all' });
    expect(c).toEqual({ groups: { spf: [] }, baselines: { spf: 'v=spf1 ~all' } });
  });
});
