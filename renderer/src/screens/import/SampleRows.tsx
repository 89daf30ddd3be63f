import type { ImportRowPreview } from '../../../../shared/import';

/** The first rows as they will be saved: what each column became, and only whether a password is there. */
export function SampleRows({ rows }: { rows: ImportRowPreview[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="sample-title">
      <h2 id="sample-title">First rows as they will be saved</h2>
      <table className="simple" data-testid="sample-rows">
        <thead>
          <tr><th className="num">Line</th><th>Address</th><th>Name</th><th>Provider</th><th>SMTP</th><th>IMAP</th><th className="num">Per day</th><th>Password</th><th><span className="sr-only">Already an inbox</span></th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} data-testid="sample-row" data-email={r.email}>
              <td className="num">{r.line}</td>
              <td>{r.email}</td>
              <td>{r.display_name}</td>
              <td>{r.provider}</td>
              <td>{r.smtp}</td>
              <td>{r.imap}</td>
              <td className="num">{r.daily_limit}</td>
              <td>
                {r.password_present ? `present${r.imap_password === 'own' ? ' (own IMAP password)' : ''}` : r.exists ? 'kept from the stored inbox' : 'none: needs sign-in'}
              </td>
              <td>{r.exists ? <span className="chip chip-warning">exists</span> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
