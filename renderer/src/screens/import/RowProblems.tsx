import { useState } from 'react';
import type { ImportRowError } from '../../../../shared/import';
import { plural } from './import-types';

const SHOWN = 200;

/** Every row's problems: line in the file, address, field and reason (never a password). */
export function RowProblems({ errors, total, title, testId }: { errors: ImportRowError[]; total: number; title: string; testId: string }) {
  const [all, setAll] = useState(false);
  if (total === 0) return null;
  const shown = all ? errors : errors.slice(0, SHOWN);
  return (
    <section className="panel" aria-label={title} data-testid={testId}>
      <h2>{title} <span className="muted">({plural(total, 'problem')})</span></h2>
      <table className="simple">
        <thead><tr><th className="num">Line</th><th>Address</th><th>Field</th><th>Reason</th></tr></thead>
        <tbody>
          {shown.map((e, i) => (
            <tr key={`${e.line}-${e.field}-${i}`} data-testid="problem-row" data-line={e.line}>
              <td className="num">{e.line}</td>
              <td>{e.email ?? <span className="muted">—</span>}</td>
              <td>{e.field}</td>
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > shown.length && <button type="button" onClick={() => setAll(true)}>Show all {errors.length.toLocaleString('en-US')}</button>}
      {total > errors.length && <p className="muted">The first {errors.length.toLocaleString('en-US')} are listed; fix them and preview again to see the rest.</p>}
    </section>
  );
}
