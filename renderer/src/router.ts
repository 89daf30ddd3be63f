// Hash routes: #/overview (home), #/accounts?<filters>, #/accounts/new, #/accounts/sign-in, #/accounts/<id>/edit,
// #/import, #/domains?<filters>, #/domains/<domain>, #/clients, #/clients/<id>, #/alerts, #/settings.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'overview' }
  | { name: 'accounts'; query: string }
  | { name: 'account-new' }
  | { name: 'accounts-sign-in' }
  | { name: 'account-edit'; id: string }
  | { name: 'account'; id: string }
  | { name: 'clients' }
  | { name: 'client'; id: string }
  | { name: 'domains'; query: string }
  | { name: 'domain'; domain: string }
  | { name: 'settings' }
  | { name: 'alerts' }
  | { name: 'import' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'accounts' && !parts[1]) return { name: 'accounts', query };
  if (parts[0] === 'accounts' && parts[1] === 'new') return { name: 'account-new' };
  if (parts[0] === 'accounts' && parts[1] === 'sign-in') return { name: 'accounts-sign-in' };
  if (parts[0] === 'accounts' && parts[1] && parts[2] === 'edit') return { name: 'account-edit', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'accounts' && parts[1] && !parts[2]) return { name: 'account', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'clients' && parts[1]) return { name: 'client', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'clients') return { name: 'clients' };
  if (parts[0] === 'domains' && parts[1]) return { name: 'domain', domain: decodeURIComponent(parts[1]) };
  if (parts[0] === 'domains') return { name: 'domains', query };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'alerts') return { name: 'alerts' };
  if (parts[0] === 'import') return { name: 'import' };
  return { name: 'overview' };
}

export const navigate = (hash: string): void => {
  window.location.hash = hash;
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Keeps a screen's filters in the address without a new history entry or a re-render. */
export const replaceHash = (hash: string): void => {
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
};
