import type { Page } from '../../../shared/domain';

interface Props {
  page: Page<unknown>;
  onPage(page: number): void;
  onPerPage(perPage: number): void;
}

export function Pagination({ page, onPage, onPerPage }: Props) {
  const first = page.total === 0 ? 0 : (page.page - 1) * page.per_page + 1;
  const last = Math.min(page.page * page.per_page, page.total);
  return (
    <div className="pagination" data-testid="pagination">
      <span data-testid="page-summary">
        Showing {first}–{last} of {page.total}
      </span>
      <label>
        Per page{' '}
        <select value={page.per_page} onChange={(e) => onPerPage(Number(e.target.value))} aria-label="Per page">
          {[25, 50, 100].map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onPage(page.page - 1)} disabled={!page.has_prev}>‹ Prev</button>
      <span>Page {page.page}</span>
      <button type="button" onClick={() => onPage(page.page + 1)} disabled={!page.has_next}>Next ›</button>
    </div>
  );
}
