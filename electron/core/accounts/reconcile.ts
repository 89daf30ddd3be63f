// Start-up pass that makes SQLite and the keychain agree after a crash between the two:
// keychain entries without an account row are deleted; flags on rows follow what the keychain holds.
// Secrets an inbox no longer logs in with (passwords after a switch to sign-in, a refresh token
// after a switch back to a password) are deleted too.
//
// It runs in the background while the app is already in use (listing 10,000 inboxes' entries takes
// seconds), so the listing only names candidates: before acting on one, the pass looks again at
// that inbox's row and entries, inside its update queue, and leaves alone an inbox being created.
import type { Kysely } from 'kysely';
import type { Logger } from '../log';
import { accountsRepo, type Database } from '../store/index';
import { parseSecretKey, secretKey, type SecretKind, type Vault } from '../vault/index';

export interface ReconcileReport {
  orphan_secrets_removed: number;
  rows_repaired: number;
}

/** What keeps the pass out of the way of creates and updates running at the same time. */
export interface ReconcileGuard {
  isCreating(id: string): boolean;
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T>;
}

export interface ReconcileOptions {
  /** The keychain's keys when the caller listed them already (one listing for every pass). */
  keys?: readonly string[];
  guard?: ReconcileGuard;
  /** Stops between inboxes (core closing). */
  signal?: AbortSignal;
  /** Inboxes whose flags were repaired (their health and the list change). */
  onRepaired?: (ids: string[]) => Promise<void>;
}

const ALONE: ReconcileGuard = { isCreating: () => false, exclusive: (_id, task) => task() };
const KINDS: readonly SecretKind[] = ['smtp', 'imap', 'oauth'];
type Flags = NonNullable<Awaited<ReturnType<typeof accountsRepo.passwordFlagsOf>>>;

/** Entries the row no longer uses, and the flags the row should carry, given which entries exist. */
function planRow(row: Flags, has: (kind: SecretKind) => boolean) {
  const unused = new Set<SecretKind>(row.auth_method === 'oauth' ? ['smtp', 'imap'] : ['oauth']);
  // Left by an update that switched IMAP back to the SMTP password.
  if (row.imap_uses_smtp_password === 1) unused.add('imap');
  const remove = KINDS.filter((k) => unused.has(k) && has(k));
  const held = (k: SecretKind) => (has(k) && !unused.has(k) ? 1 : 0);
  const flags = { smtp_password_stored: held('smtp'), imap_password_stored: held('imap'), oauth_token_stored: held('oauth') };
  const repair = flags.smtp_password_stored !== row.smtp_password_stored || flags.imap_password_stored !== row.imap_password_stored
    || flags.oauth_token_stored !== row.oauth_token_stored;
  return { remove, flags, repair };
}

export async function reconcileSecrets(db: Kysely<Database>, vault: Vault, log: Logger, opts: ReconcileOptions = {}): Promise<ReconcileReport> {
  const guard = opts.guard ?? ALONE;
  const keys = new Set(opts.keys ?? (await vault.keys()));
  const rows = await accountsRepo.allPasswordFlags(db);
  const ids = new Set(rows.map((r) => r.id));

  let orphans = 0;
  for (const key of keys) {
    const id = parseSecretKey(key)?.accountId;
    if (id === undefined || ids.has(id) || guard.isCreating(id) || opts.signal?.aborted) continue;
    // A row may have been written since the rows were read: look again before deleting.
    const removed = await guard.exclusive(id, async () => {
      if (guard.isCreating(id) || (await accountsRepo.passwordFlagsOf(db, id))) return false;
      await vault.delete(key);
      return true;
    });
    if (removed) orphans++;
  }

  const repaired: string[] = [];
  for (const row of rows) {
    const seen = planRow(row, (k) => keys.has(secretKey(row.id, k)));
    if ((seen.remove.length === 0 && !seen.repair) || opts.signal?.aborted) continue;
    // A candidate from the listing: act on what its row and entries say now.
    const done = await guard.exclusive(row.id, async () => {
      const now = await accountsRepo.passwordFlagsOf(db, row.id);
      if (!now) return null;
      const present = new Set<SecretKind>();
      for (const k of KINDS) if ((await vault.get(secretKey(row.id, k))) !== null) present.add(k);
      const plan = planRow(now, (k) => present.has(k));
      for (const k of plan.remove) await vault.delete(secretKey(row.id, k));
      if (plan.repair) await accountsRepo.updateAccountRow(db, row.id, plan.flags);
      return plan;
    });
    orphans += done?.remove.length ?? 0;
    if (done?.repair) repaired.push(row.id);
  }
  if (orphans || repaired.length) log.warn('keychain reconciled', { orphan_secrets_removed: orphans, rows_repaired: repaired.length });
  if (repaired.length) await opts.onRepaired?.(repaired);
  return { orphan_secrets_removed: orphans, rows_repaired: repaired.length };
}
