import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
  /** Inputs the action needs (a client, tags, a limit), shown under the body. */
  children?: ReactNode;
  /** Red confirm button (default) for what cannot be undone; plain primary otherwise. */
  danger?: boolean;
}

/** A modal confirmation built on <dialog>, so focus and Escape behave natively. */
export function ConfirmDialog({ title, body, confirmLabel, busy, error, onConfirm, onCancel, children, danger = true }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="confirm-title" onCancel={onCancel} data-testid="confirm-dialog">
      <h2 id="confirm-title">{title}</h2>
      <p data-testid="confirm-body">{body}</p>
      {children}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row end">
        <button type="button" onClick={onCancel} disabled={busy}>Cancel</button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy} data-testid="confirm-button">
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
