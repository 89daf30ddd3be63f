import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ImportField, ImportPreview, ImportResult } from '../../../../shared/import';
import { ApiError, call, errorMessage } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { useClients } from '../../queries';
import { ColumnMapping } from './ColumnMapping';
import { FORMAT_LABELS, plural, type FormatChoice, type ImportSourceInput, type Overrides } from './import-types';
import { ImportSummary } from './ImportSummary';
import { RowProblems } from './RowProblems';
import { SampleRows } from './SampleRows';
import { SourcePicker } from './SourcePicker';

/** Drop / choose / paste → preview (columns, problems, duplicates) → import as a job → summary. */
export function ImportScreen() {
  const qc = useQueryClient();
  const clients = useClients();
  const [source, setSource] = useState<ImportSourceInput | null>(null);
  const [format, setFormat] = useState<FormatChoice>('auto');
  const [overrides, setOverrides] = useState<Overrides>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [clientId, setClientId] = useState('');
  const [onDuplicate, setOnDuplicate] = useState<'skip' | 'update'>('skip');
  const [testAfter, setTestAfter] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const read = async (next: ImportSourceInput, nextFormat: FormatChoice, nextOverrides: Overrides) => {
    setBusy(true);
    setError(null);
    try {
      const mapping = Object.keys(nextOverrides).length ? nextOverrides : undefined;
      const p = await call('accounts.import.preview', { source: next, format: nextFormat, mapping });
      // A file chosen in the open dialog is read again by its path, not re-sent.
      setSource(p.file.path ? { path: p.file.path } : next);
      setFormat(nextFormat);
      setOverrides(nextOverrides);
      setPreview(p);
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'cancelled')) setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    if (!source || starting) return;
    // The button stays disabled until core answers: a second click must not start a second import.
    setStarting(true);
    setError(null);
    try {
      const mapping = Object.keys(overrides).length ? overrides : undefined;
      const r = await call('accounts.import.start', { source, format, mapping, client_id: clientId || null, on_duplicate: onDuplicate, test_after: testAfter });
      setJobId(r.job_id);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setStarting(false);
    }
  };

  const onJobDone = useCallback(async () => {
    if (!jobId) return;
    const job = await call('jobs.get', { id: jobId }).catch((err: unknown) => {
      setError(errorMessage(err));
      return null;
    });
    if (!job) return;
    setResult(job.result as ImportResult | null);
    if (!job.result && job.message) setError(job.message);
    void qc.invalidateQueries({ queryKey: ['accounts'] });
    void qc.invalidateQueries({ queryKey: ['clients'] });
  }, [jobId, qc]);

  const reset = () => {
    setSource(null);
    setPreview(null);
    setOverrides({});
    setFormat('auto');
    setJobId(null);
    setResult(null);
    setError(null);
  };

  const importable = preview ? preview.valid - (onDuplicate === 'skip' ? preview.duplicates.existing : 0) : 0;
  const clientColumn = preview?.columns.some((c) => c.field === 'client');

  return (
    <section className="screen import">
      <header className="screen-head"><h1>Import inboxes</h1></header>
      {error && <p className="error" role="alert" data-testid="import-error">{error}</p>}

      {!preview && <SourcePicker busy={busy} onSource={(s) => void read(s, 'auto', {})} />}
      {busy && <p role="status" className="muted">Reading the file…</p>}

      {preview && !jobId && (
        <>
          <div className="panel file-info" data-testid="file-info">
            <strong>{preview.file.name ?? 'Pasted rows'}</strong>
            <span className="muted">
              {FORMAT_LABELS[preview.format]} · {preview.file.encoding.toUpperCase()} · {preview.file.delimiter === '\t' ? 'tab' : `"${preview.file.delimiter}"`}-separated · {plural(preview.rows, 'row')}
            </span>
            <button type="button" onClick={reset}>Choose another file</button>
          </div>
          {preview.blocking && <p className="error" role="alert" data-testid="blocking">{preview.blocking}</p>}
          <p data-testid="preview-counts">
            <strong>{plural(preview.valid, 'row')}</strong> ready to import
            {preview.errors_total > 0 && <>, <strong className="error">{plural(preview.rows - preview.valid, 'row')}</strong> with problems (not imported)</>}
            {preview.duplicates.in_file > 0 && <> · {plural(preview.duplicates.in_file, 'address', 'addresses')} appear twice in the file</>}
            .
          </p>
          <RowProblems errors={preview.errors} total={preview.errors_total} title="Problems found" testId="preview-problems" />

          <section className="panel options" aria-label="Import options">
            <div className="field">
              <label htmlFor="import-client">Client</label>
              <select id="import-client" value={clientId} onChange={(e) => setClientId(e.target.value)} data-testid="import-client">
                <option value="">{clientColumn ? "From the file's client column" : 'No client'}</option>
                {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
              {!clientId && preview.new_clients.length > 0 && <small className="hint">New clients will be created: {preview.new_clients.join(', ')}</small>}
            </div>
            {preview.duplicates.existing > 0 && (
              <fieldset className="radios" data-testid="duplicates">
                <legend>{plural(preview.duplicates.existing, 'inbox', 'inboxes')} in the file already exist ({preview.duplicates.existing_emails.slice(0, 3).join(', ')}{preview.duplicates.existing > 3 ? ', …' : ''})</legend>
                <label><input type="radio" name="dup" checked={onDuplicate === 'skip'} onChange={() => setOnDuplicate('skip')} /> Skip them</label>
                <label><input type="radio" name="dup" checked={onDuplicate === 'update'} onChange={() => setOnDuplicate('update')} data-testid="dup-update" /> Update them with the file's values (an empty password cell keeps the stored password)</label>
              </fieldset>
            )}
            <label className="checkbox-inline"><input type="checkbox" checked={testAfter} onChange={(e) => setTestAfter(e.target.checked)} data-testid="test-after" /> Test the connections after the import</label>
          </section>

          <div className="row">
            <button type="button" className="primary" disabled={busy || starting || !!preview.blocking || importable <= 0} onClick={() => void start()} data-testid="start-import">
              Import {plural(Math.max(0, importable), 'inbox', 'inboxes')}
            </button>
            <span className="muted">Passwords go to your system keychain only.</span>
          </div>
          <ColumnMapping
            preview={preview}
            format={format}
            busy={busy}
            onFormat={(f) => source && void read(source, f, overrides)}
            onMap={(header: string, field: ImportField | null) => source && void read(source, format, { ...overrides, [header]: field })}
          />
          <SampleRows rows={preview.sample} />
        </>
      )}

      {jobId && !result && <JobProgress key={jobId} jobId={jobId} label="Importing" onDone={onJobDone} />}
      {result && <ImportSummary result={result} onAgain={reset} />}
    </section>
  );
}
