// Start-up pass that makes SQLite and the keychain agree after a crash between the two:
// keychain entries without an account row are deleted; flags on rows follow what the keychain holds.
// Secrets an inbox no longer logs in with (passwords after a switch to sign-in, a refresh token
// after a switch back to a password) are deleted too.
import type { Kysely } from 'kysely';
import type { Logger } from '../log';
import { accountsRepo, type Database } from '../store/index';
import { parseSecretKey, secretKey, type Vault } from '../vault/index';

export interface ReconcileReport {
  orphan_secrets_removed: number;
  rows_repaired: number;
}

export async function reconcileSecrets(db: Kysely<Database>, vault: Vault, log: Logger): Promise<ReconcileReport> {
  const keys = new Set(await vault.keys());
  const rows = await accountsRepo.allPasswordFlags(db);
  const ids = new Set(rows.map((r) => r.id));

  let orphans = 0;
  for (const key of keys) {
    const parsed = parseSecretKey(key);
    if (parsed && !ids.has(parsed.accountId)) {
      await vault.delete(key);
      orphans++;
    }
  }

  let repaired = 0;
  for (const row of rows) {
    const unused = row.auth_method === 'oauth' ? (['smtp', 'imap'] as const) : (['oauth'] as const);
    for (const kind of unused) {
      if (keys.delete(secretKey(row.id, kind))) {
        await vault.delete(secretKey(row.id, kind));
        orphans++;
      }
    }
    const smtp = keys.has(secretKey(row.id, 'smtp')) ? 1 : 0;
    const oauth = keys.has(secretKey(row.id, 'oauth')) ? 1 : 0;
    let imap = keys.has(secretKey(row.id, 'imap')) ? 1 : 0;
    if (imap && row.imap_uses_smtp_password === 1) {
      // Left by an update that switched IMAP back to the SMTP password.
      await vault.delete(secretKey(row.id, 'imap'));
      orphans++;
      imap = 0;
    }
    if (smtp !== row.smtp_password_stored || imap !== row.imap_password_stored || oauth !== row.oauth_token_stored) {
      await accountsRepo.updateAccountRow(db, row.id, { smtp_password_stored: smtp, imap_password_stored: imap, oauth_token_stored: oauth });
      repaired++;
    }
  }
  if (orphans || repaired) log.warn('keychain reconciled', { orphan_secrets_removed: orphans, rows_repaired: repaired });
  return { orphan_secrets_removed: orphans, rows_repaired: repaired };
}
