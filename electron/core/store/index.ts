export { openStore, DATABASE_FILE, type RawQuery, type Store } from './open-store';
export type { Database, AccountRow, NewAccountRow, AccountRowUpdate, OAuthAppRow, AccountRatesRow } from './schema';
export * as accountsRepo from './accounts-repo';
export * as clientsRepo from './clients-repo';
export * as oauthAppsRepo from './oauth-apps-repo';
export { domainOfEmailSql } from './domain-sql';
export { readinessIs } from './readiness-sql';
export { signInState } from './account-mapping';
export { MIGRATIONS } from './migrations/index';
