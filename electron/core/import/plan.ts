// One streaming pass over a file's rows, shared by the preview and the import job: each row read,
// its provider settled (MX for rows without hosts), validated by the form's schema, and checked
// against earlier rows and existing inboxes. Works in batches so lookups are one query per batch.
import type { Kysely } from 'kysely';
import type { Provider } from '../../../shared/domain';
import type { OpenedCsv } from '../csv/index';
import { accountsRepo, type Database } from '../store/index';
import type { MappedColumn } from './formats';
import { finishRow, readRow, type ReadyRow, type RowDraft } from './row';

export interface PlannedRow extends ReadyRow {
  /** The inbox that already has this address. */
  existingId: string | null;
  /** An earlier line of the file has the same address (that row is the one imported). */
  duplicateOf: number | null;
}

export interface PlanDeps {
  db: Kysely<Database>;
  /** The provider the address's domain MX points to (autoconfig), or undefined when it is neither Google nor Microsoft. */
  mxProvider(email: string): Promise<Provider | undefined>;
}

const BATCH = 500;

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export async function* planRows(csv: OpenedCsv, columns: MappedColumn[], deps: PlanDeps): AsyncGenerator<PlannedRow> {
  /** First valid line of each address (lower-cased): later rows with it are duplicates. */
  const firstLine = new Map<string, number>();
  const mxByDomain = new Map<string, Provider | undefined>();

  for await (const records of batches(csv.records(), BATCH)) {
    const drafts: RowDraft[] = records.map((r) => readRow(r.line, r.cells, columns));

    // The batch's new domains at once: the resolver bounds the questions in flight.
    const domains = new Set(drafts.filter((d) => d.needsMx).map((d) => d.email!.split('@').pop()!.toLowerCase()));
    const asked = [...domains].filter((domain) => !mxByDomain.has(domain));
    const answers = await Promise.all(asked.map((domain) => deps.mxProvider(`postmaster@${domain}`)));
    asked.forEach((domain, i) => mxByDomain.set(domain, answers[i]));

    const emails = [...new Set(drafts.map((d) => d.email).filter((e): e is string => !!e))];
    const existing = new Map((await accountsRepo.accountsByEmail(deps.db, emails)).map((a) => [a.email.toLowerCase(), a.id]));

    for (const draft of drafts) {
      const key = draft.email?.toLowerCase() ?? '';
      const existingId = existing.get(key) ?? null;
      const mx = draft.needsMx ? mxByDomain.get(key.split('@').pop()!) : undefined;
      const row = finishRow(draft, { mx, exists: existingId !== null });
      const duplicateOf = row.input ? (firstLine.get(key) ?? null) : null;
      if (duplicateOf !== null) {
        row.problems.push({ field: 'email', reason: `the same address is on line ${duplicateOf}, which is the row imported` });
        row.input = null;
      } else if (row.input) firstLine.set(key, row.line);
      yield { ...row, existingId, duplicateOf };
    }
  }
}
