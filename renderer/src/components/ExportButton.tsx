import { useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import { ApiError, call, errorMessage } from '../api';

/** Exports to CSV: the desktop app asks where to save; the result says where it went. */
export function ExportButton({ label, input }: { label: string; input: InputOf<'export.csv'> }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call('export.csv', input);
      setMessage(`Saved ${r.rows.toLocaleString()} rows to ${r.path}`);
    } catch (err) {
      setMessage(err instanceof ApiError && err.code === 'cancelled' ? null : `Export failed: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button type="button" onClick={() => void run()} disabled={busy} data-testid={`export-${input.kind}`}>{busy ? 'Exporting…' : label}</button>
      {message && <small role="status" data-testid="export-message">{message}</small>}
    </span>
  );
}
