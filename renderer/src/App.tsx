import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribe } from './api';
import { coalesce } from './coalesce';
import { useRoute } from './router';
import { AccountDetail } from './screens/account/AccountDetail';
import { AccountForm } from './screens/accounts/AccountForm';
import { AccountsScreen } from './screens/accounts/AccountsScreen';
import { ClientsScreen } from './screens/clients/ClientsScreen';
import { ClientPage } from './screens/clients/ClientPage';
import { OverviewScreen } from './screens/overview/OverviewScreen';
import { DomainDetail } from './screens/domains/DomainDetail';
import { DomainsScreen } from './screens/domains/DomainsScreen';
import { ImportScreen } from './screens/import/ImportScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { AlertsScreen } from './screens/alerts/AlertsScreen';
import { NavAlertCount } from './screens/alerts/NavAlertCount';
import { SchedulerProgress } from './components/SchedulerProgress';
import { BulkSignIn } from './screens/sign-in/BulkSignIn';

export function App() {
  const route = useRoute();
  const queryClient = useQueryClient();

  // Core says when accounts change (from any screen or a background job): refetch what shows them.
  // A check emits one event per inbox, so the refetches of a burst are coalesced (trailing, 500 ms).
  useEffect(() => {
    const refetch = coalesce<string>((keys) => keys.forEach((k) => void queryClient.invalidateQueries({ queryKey: [k] })), 500);
    const offs = [
      subscribe('accounts.changed', () => refetch.add(['accounts', 'clients', 'domains', 'overview'])),
      subscribe('domains.changed', () => refetch.add(['domains', 'overview'])),
      subscribe('alerts.changed', () => refetch.add(['alerts'])),
    ];
    return () => {
      offs.forEach((off) => off());
      refetch.cancel();
    };
  }, [queryClient]);

  const tab = route.name.startsWith('account') ? 'accounts' : route.name === 'domain' ? 'domains' : route.name === 'client' ? 'clients' : route.name;
  return (
    <div className="app">
      <nav className="nav" aria-label="Main">
        <span className="brand">Inboxfleet</span>
        {(['overview', 'accounts', 'import', 'domains', 'clients', 'alerts', 'settings'] as const).map((t) => (
          <a key={t} href={`#/${t}`} className={tab === t ? 'active' : ''} aria-current={tab === t ? 'page' : undefined} data-testid={`nav-${t}`}>
            {t[0]!.toUpperCase() + t.slice(1)}
            {t === 'alerts' && <NavAlertCount />}
          </a>
        ))}
      </nav>
      <SchedulerProgress />
      <main className="main">
        {route.name === 'overview' && <OverviewScreen />}
        {route.name === 'accounts' && <AccountsScreen key={route.query} query={route.query} />}
        {route.name === 'account-new' && <AccountForm />}
        {route.name === 'accounts-sign-in' && <BulkSignIn />}
        {route.name === 'account-edit' && <AccountForm id={route.id} key={route.id} />}
        {route.name === 'account' && <AccountDetail id={route.id} key={route.id} />}
        {route.name === 'domains' && <DomainsScreen key={route.query} query={route.query} />}
        {route.name === 'domain' && <DomainDetail domain={route.domain} key={route.domain} />}
        {route.name === 'clients' && <ClientsScreen />}
        {route.name === 'client' && <ClientPage id={route.id} key={route.id} />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'alerts' && <AlertsScreen />}
        {route.name === 'import' && <ImportScreen />}
      </main>
    </div>
  );
}
