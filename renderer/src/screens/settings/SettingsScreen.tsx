import { errorMessage } from '../../api';
import { useAppInfo } from '../../queries';
import { ConnectionSettings } from './ConnectionSettings';
import { AlertSettings } from './AlertSettings';
import { WebhookSettings } from './WebhookSettings';
import { SignInApps } from './SignInApps';

export function SettingsScreen() {
  const info = useAppInfo();
  if (info.error) return <p className="error" role="alert">{errorMessage(info.error)}</p>;
  if (!info.data) return <p>Loading…</p>;
  const { version, data_dir, database_path, keychain } = info.data;
  return (
    <section className="screen">
      <header className="screen-head"><h1>Settings</h1></header>
      <dl className="info" data-testid="app-info">
        <dt>Version</dt><dd>{version}</dd>
        <dt>Data folder</dt><dd><code>{data_dir}</code></dd>
        <dt>Database</dt><dd><code>{database_path}</code></dd>
        <dt>Keychain</dt>
        <dd data-testid="keychain-status">
          {keychain.available ? 'Available — passwords are stored in your system keychain.' : <span className="error">{keychain.message}</span>}
        </dd>
      </dl>
      <SignInApps />
      <ConnectionSettings />
      <AlertSettings />
      <WebhookSettings />
    </section>
  );
}
