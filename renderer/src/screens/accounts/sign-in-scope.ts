// Resolves a bulk selection into sign-in groups: a selection by its ids, "all matching" by reading
// accounts.list pages of the filter per provider (up to SIGN_IN_MAX inboxes each).
import type { Account } from '../../../../shared/domain';
import type { AccountFilterInput } from '../../../../shared/validation';
import { call } from '../../api';
import { groupForSignIn, SIGN_IN_MAX, SIGN_IN_PROVIDERS, type SignInGroups } from '../sign-in/sign-in-groups';
import type { Selection } from './bulk-scope';

const PER_PAGE = 100;
const PARALLEL = 20;

async function byIds(ids: string[]): Promise<Account[]> {
  const out: Account[] = [];
  for (let i = 0; i < ids.length; i += PARALLEL) {
    // An inbox deleted meanwhile is left out rather than failing the whole selection.
    const got = await Promise.all(ids.slice(i, i + PARALLEL).map((id) => call('accounts.get', { id }).catch(() => null)));
    out.push(...got.filter((a): a is Account => a !== null));
  }
  return out;
}

export async function resolveSignIn(selection: Selection, filter: AccountFilterInput): Promise<SignInGroups> {
  if (selection.kind === 'ids') return groupForSignIn(await byIds([...selection.ids]));
  if (selection.kind !== 'filter') return groupForSignIn([]);
  const rows: Account[] = [];
  const totals: Partial<Record<(typeof SIGN_IN_PROVIDERS)[number], number>> = {};
  for (const provider of SIGN_IN_PROVIDERS) {
    if (filter.provider && filter.provider !== provider) continue;
    for (let page = 1; ; page++) {
      const r = await call('accounts.list', { ...filter, provider, page, per_page: PER_PAGE });
      totals[provider] = r.total;
      rows.push(...r.items);
      if (page * PER_PAGE >= Math.min(r.total, SIGN_IN_MAX)) break;
    }
  }
  const matched = (totals.google ?? 0) + (totals.microsoft ?? 0);
  return groupForSignIn(rows, totals, Math.max(0, selection.total - matched));
}
