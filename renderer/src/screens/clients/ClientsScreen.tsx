import { useState, type FormEvent } from 'react';
import type { Client } from '../../../../shared/domain';
import { ApiError, errorMessage } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCall, useClients } from '../../queries';

function ClientRow({ client, onDelete }: { client: Client; onDelete(): void }) {
  const rename = useCall('clients.rename');
  const [name, setName] = useState<string | null>(null);
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (name !== null) rename.mutate({ id: client.id, name }, { onSuccess: () => setName(null) });
  };
  return (
    <li className="client" data-testid="client-row" data-name={client.name}>
      {name === null ? (
        <>
          <a className="grow" href={`#/clients/${encodeURIComponent(client.id)}`} data-testid="open-client">{client.name}</a>
          <span className="muted">{client.account_count} inbox{client.account_count === 1 ? '' : 'es'}</span>
          <button type="button" onClick={() => setName(client.name)}>Rename</button>
          <button type="button" className="danger-link" onClick={onDelete}>Delete</button>
        </>
      ) : (
        <form onSubmit={save} className="row grow">
          <input aria-label="Client name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit" className="primary">Save</button>
          <button type="button" onClick={() => { setName(null); rename.reset(); }}>Cancel</button>
          {rename.error && <small className="field-error" role="alert">{errorMessage(rename.error)}</small>}
        </form>
      )}
    </li>
  );
}

export function ClientsScreen() {
  const clients = useClients();
  const create = useCall('clients.create');
  const remove = useCall('clients.delete');
  const [name, setName] = useState('');
  const [pending, setPending] = useState<Client | null>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name }, { onSuccess: () => setName('') });
  };
  const fieldError = create.error instanceof ApiError ? create.error.fields.name ?? create.error.message : create.error ? errorMessage(create.error) : null;

  return (
    <section className="screen">
      <header className="screen-head"><h1>Clients</h1></header>
      <p className="muted">Group inboxes by the client they send for. Deleting a client keeps its inboxes, without a client.</p>
      <form className="row" onSubmit={add} noValidate>
        <label htmlFor="new-client" className="sr-only">New client name</label>
        <input id="new-client" placeholder="New client name" value={name} onChange={(e) => setName(e.target.value)} data-testid="client-name" aria-invalid={!!fieldError} />
        <button type="submit" className="primary" disabled={create.isPending} data-testid="add-client">Add client</button>
        {fieldError && <small className="field-error" role="alert" data-testid="error-name">{fieldError}</small>}
      </form>
      {clients.error && <p className="error" role="alert">{errorMessage(clients.error)}</p>}
      {clients.data?.length === 0 && <p className="empty">No clients yet.</p>}
      <ul className="clients">
        {clients.data?.map((c) => <ClientRow key={c.id} client={c} onDelete={() => setPending(c)} />)}
      </ul>
      {pending && (
        <ConfirmDialog
          title="Delete client?"
          body={`Delete ${pending.name}? Its ${pending.account_count} inbox${pending.account_count === 1 ? '' : 'es'} stay, without a client.`}
          confirmLabel="Delete client"
          busy={remove.isPending}
          error={remove.error ? errorMessage(remove.error) : null}
          onConfirm={() => remove.mutate({ id: pending.id }, { onSuccess: () => setPending(null) })}
          onCancel={() => { setPending(null); remove.reset(); }}
        />
      )}
    </section>
  );
}
