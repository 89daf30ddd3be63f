import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, IMPORT_FORMATS, type ImportField, type ImportPreview } from '../../../../shared/import';
import { FORMAT_LABELS, type FormatChoice } from './import-types';

interface Props {
  preview: ImportPreview;
  format: FormatChoice;
  busy: boolean;
  onFormat(format: FormatChoice): void;
  onMap(header: string, field: ImportField | null): void;
}

/** How each column was understood, with the format and every column's field open to change. */
export function ColumnMapping({ preview, format, busy, onFormat, onMap }: Props) {
  return (
    <section className="panel" aria-labelledby="mapping-title">
      <div className="row">
        <h2 id="mapping-title" className="grow">Columns</h2>
        <label htmlFor="import-format">Format</label>
        <select id="import-format" value={format} onChange={(e) => onFormat(e.target.value as FormatChoice)} disabled={busy} data-testid="import-format">
          <option value="auto">Detect ({FORMAT_LABELS[preview.detected_format]})</option>
          {IMPORT_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
        </select>
      </div>
      {preview.remembered_mapping && <p className="muted" data-testid="remembered">Using the mapping you chose last time for files with these columns.</p>}
      <table className="simple mapping" data-testid="column-mapping">
        <thead><tr><th>Column in the file</th><th>First value</th><th>Read as</th><th>Note</th></tr></thead>
        <tbody>
          {preview.columns.map((c, i) => (
            <tr key={`${i}-${c.header}`} data-testid="mapping-row" data-header={c.header}>
              <td>{c.header || <span className="muted">(no header)</span>}</td>
              <td className="sample" title={c.sample ?? ''}>{c.sample ?? <span className="muted">empty</span>}</td>
              <td>
                <select aria-label={`Read column ${c.header || i + 1} as`} value={c.field ?? ''} disabled={busy || c.header === ''} onChange={(e) => onMap(c.header, (e.target.value || null) as ImportField | null)}>
                  <option value="">Ignore</option>
                  {IMPORT_FIELDS.map((f) => <option key={f} value={f}>{IMPORT_FIELD_LABELS[f]}</option>)}
                </select>
              </td>
              <td className="muted">{c.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
