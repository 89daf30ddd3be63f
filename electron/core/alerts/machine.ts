// The alert state machine: pure. Given what a subject was last seen as and what each group of
// rules says now, decide which alerts open, which continue and which resolve. A group seen for
// the first time only records its state (the very first check never alerts); an unknown group
// keeps its state (a DNS failure neither opens nor resolves anything).
import type { Finding, GroupEval, StepResult, SubjectState } from './types';

export const emptyState = (): SubjectState => ({ groups: {}, baselines: {} });

export function step(prev: SubjectState | null, evals: Record<string, GroupEval>, baselines: Record<string, unknown>): StepResult {
  const before = prev ?? emptyState();
  const groups: Record<string, string[]> = { ...before.groups };
  const opened: Finding[] = [];
  const continuing: Finding[] = [];
  const cleared: string[] = [];

  for (const [group, ev] of Object.entries(evals)) {
    if (!ev.known) continue;
    const was = before.groups[group];
    const activeKeys = new Set(ev.active.map((f) => f.key));
    // Keys that could not be judged keep what they were.
    for (const k of ev.keep ?? []) if (was?.includes(k)) activeKeys.add(k);
    groups[group] = [...activeKeys].sort();
    if (was === undefined) continue; // first sight of this group: silence
    const wasSet = new Set(was);
    for (const f of ev.active) {
      if (wasSet.has(f.key)) continuing.push(f);
      else if (!f.quiet) opened.push(f);
    }
    for (const k of was) if (!activeKeys.has(k)) cleared.push(k);
  }
  return { state: { groups, baselines: { ...before.baselines, ...baselines } }, opened, continuing, cleared };
}

/** The state after the user accepted a change: the key is no longer active and its baseline is the new value. */
export function accept(state: SubjectState, key: string, baseline: { name: string; value: unknown }): SubjectState {
  const groups = Object.fromEntries(Object.entries(state.groups).map(([g, keys]) => [g, keys.filter((k) => k !== key)]));
  return { groups, baselines: { ...state.baselines, [baseline.name]: baseline.value } };
}
