// The OAuth area's surface: sign-in apps, browser sign-in jobs, access tokens for XOAUTH2,
// logins for the mail code and the basic-auth readiness audit.
export { signInAppsHandlers, reconcileAppSecrets, resolveApp, appInUseMessage } from './apps';
export { createConfigSource, issuerOf, type ConfigSource } from './server-config';
export { createTokenSource, type TokenSource } from './tokens';
export { createCredentials, type Credentials, type Login, type LoginSession } from './credentials';
export { signInHandler, type SignInDeps } from './sign-in';
export { readinessAudit } from './readiness';
export { SignInError, classifyOAuthError } from './errors';
export { PRESETS, type ProviderPreset } from './providers';
