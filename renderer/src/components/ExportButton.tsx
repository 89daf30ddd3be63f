import { useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import { ApiError, call, errorMessage } from '../api';

type Props =
  | { label: string; input: InputOf<'export.csv'>; report?: never }
  | { label: string; report: InputOf<'export.clientReport'>; input?: never };

/** Exports to a file: the desktop app asks where to save; the result says where it went. */
export function ExportButton({ label, input, report }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = report ? await call('export.clientReport', report) : await call('export.csv', input!);
      setMessage(`Saved ${r.rows.toLocaleString()} ${report ? 'inboxes' : 'rows'} to ${r.path}`);
    } catch (err) {
      setMessage(err instanceof ApiError && err.code === 'cancelled' ? null : `Export failed: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const testId = report ? `export-client-${report.format}` : `export-${input!.kind}`;
  return (
    <span className="export">
      <button type="button" onClick={() => void run()} disabled={busy} data-testid={testId}>{busy ? 'Exporting…' : label}</button>
      {message && <small role="status" data-testid="export-message">{message}</small>}
    </span>
  );
}
