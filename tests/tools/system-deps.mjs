// Makes sure the Debian packages the tests need are present. As root with apt it installs
// what is missing (idempotent, instant when all are there); elsewhere it names what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** package → why the tests need it */
export const DEBIAN_PACKAGES = {
  'libsecret-1-dev': 'headers to build keytar, the OS keychain binding',
  'gnome-keyring': 'a real Secret Service keychain for integration and e2e tests',
  dbus: 'dbus-run-session, a private session bus for the keychain',
  chromium: 'the browser Playwright drives in e2e tests (/usr/bin/chromium)',
  'dovecot-imapd': 'a real IMAP server (Dovecot) on loopback for connection and mailbox tests',
  'dovecot-lmtpd': 'LMTP delivery into Dovecot, so a test email can be read back over IMAP',
  postfix: 'a real MTA on loopback that relays test emails to Dovecot',
  'dnsmasq-base': 'a DNS server on loopback serving the test zones',
  openssl: 'self-signed certificates for the TLS test servers',
};

const installed = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

export function ensureSystemDeps({ log = console.log } = {}) {
  if (!existsSync('/usr/bin/dpkg-query')) {
    log(`Not a Debian-like system: make sure these are installed: ${Object.keys(DEBIAN_PACKAGES).join(', ')}`);
    return;
  }
  const missing = Object.keys(DEBIAN_PACKAGES).filter((p) => !installed(p));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    const lines = missing.map((p) => `  ${p}: ${DEBIAN_PACKAGES[p]}`).join('\n');
    throw new Error(`Missing Debian packages:\n${lines}\nInstall them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  }
  log(`Installing Debian packages the tests need: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Postfix asks how to configure itself; the tests run it with their own config dir.
  if (missing.includes('postfix')) {
    execFileSync('debconf-set-selections', { input: 'postfix postfix/main_mailer_type select No configuration\n' });
  }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureSystemDeps();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
