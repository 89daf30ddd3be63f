import { useState, type DragEvent } from 'react';
import { IMPORT_MAX_BYTES } from '../../../../shared/import';
import type { ImportSourceInput } from './import-types';

/** A dropped or chosen file's bytes as base64 (the browser's own encoder, fast for 50 MB). */
const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });

interface Props {
  busy: boolean;
  onSource(source: ImportSourceInput): void;
}

/** Drop a file, choose one (the app's open dialog), or paste rows copied from a spreadsheet. */
export function SourcePicker({ busy, onSource }: Props) {
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setProblem(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to 50 MB can be imported. Split it into smaller files.`);
      return;
    }
    setProblem(null);
    try {
      onSource({ bytes: await readBase64(file), name: file.name });
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="import-source">
      <div
        className={`dropzone ${over ? 'over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
        data-testid="dropzone"
      >
        <p><strong>Drop a CSV file here</strong></p>
        <p className="muted">Smartlead, Instantly, EmailBison, Inboxfleet exports, or any sheet with an email column — up to 50 MB / 100,000 rows.</p>
        <button type="button" className="primary" onClick={() => onSource({ path: '' })} disabled={busy} data-testid="choose-file">Choose file…</button>
      </div>
      {problem && <p className="error" role="alert" data-testid="source-problem">{problem}</p>}
      <details className="paste">
        <summary>Or paste rows (with their header row)</summary>
        <label htmlFor="import-paste" className="sr-only">Rows to import</label>
        <textarea id="import-paste" rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder="Email,SMTP Host,SMTP Port,SMTP Password…" data-testid="paste-text" />
        <button type="button" onClick={() => onSource({ text })} disabled={busy || text.trim() === ''} data-testid="paste-preview">Read pasted rows</button>
      </details>
    </div>
  );
}
