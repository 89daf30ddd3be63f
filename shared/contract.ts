// The IPC contract: method name → input schema (validated in core before any handler runs)
// and output type. Main, preload, the renderer's api.ts and the e2e bridge all derive from it.
import type { z } from 'zod';
import type { AlertCounts, AlertDigest, AlertList, SchedulerStatus, WebhookStatus, WebhookTestResult } from './alerts';
import type { DomainReport, DomainSummary, ListingSenders, SenderCount } from './audit';
import type { AccountTestResult, AutoconfigResult, JobInfo, SendTestEmailResult, SettingsView } from './connection';
import type { Account, AppInfo, Client, Page } from './domain';
import type { DeliverabilityReport, ExportResult, HistoryPoint } from './report';
import type { BasicAuthAudit } from './basic-auth';
import type { SignInApp, SignInPrompt } from './oauth';
import type { Overview } from './overview';
import type { BulkOutcome, ImportPreview } from './import';
import { EVENT_NAMES, METHOD_NAMES } from './ipc-names';
import {
  accountCreateSchema,
  accountDeleteSchema,
  accountIdSchema,
  accountListSchema,
  accountSetClientSchema,
  accountSetDailyLimitSchema,
  accountSetStatusSchema,
  accountTagSchema,
  accountTestSchema,
  accountUpdateSchema,
  alertAcknowledgeSchema,
  alertListSchema,
  autoconfigSchema,
  clientCreateSchema,
  clientIdSchema,
  clientReportSchema,
  clientRenameSchema,
  domainCheckAllSchema,
  domainCheckSchema,
  domainGetSchema,
  domainListSchema,
  domainSelectorsSchema,
  emptySchema,
  exportSchema,
  historySchema,
  importPreviewSchema,
  importStartSchema,
  jobGetSchema,
  jobIdSchema,
  readinessSchema,
  overviewSchema,
  reportSchema,
  sendTestEmailSchema,
  settingsUpdateSchema,
  webhookSetSchema,
  signInAppIdSchema,
  signInAppSaveSchema,
  signInSchema,
} from './validation';

interface Method<S extends z.ZodType, O> {
  input: S;
  /** Phantom: carries the output type; never read at run time. */
  output?: O;
}

const method = <O>() => <S extends z.ZodType>(input: S): Method<S, O> => ({ input });

export const contract = {
  'app.info': method<AppInfo>()(emptySchema),
  'accounts.list': method<Page<Account>>()(accountListSchema),
  'accounts.get': method<Account>()(accountIdSchema),
  'accounts.create': method<Account>()(accountCreateSchema),
  'accounts.update': method<Account>()(accountUpdateSchema),
  'accounts.setStatus': method<BulkOutcome>()(accountSetStatusSchema),
  'accounts.delete': method<BulkOutcome>()(accountDeleteSchema),
  'accounts.test': method<{ job_id: string | null; results: AccountTestResult[] }>()(accountTestSchema),
  'accounts.sendTestEmail': method<SendTestEmailResult>()(sendTestEmailSchema),
  'accounts.autoconfig': method<AutoconfigResult>()(autoconfigSchema),
  'jobs.get': method<JobInfo>()(jobGetSchema),
  'jobs.cancel': method<JobInfo>()(jobIdSchema),
  'settings.get': method<SettingsView>()(emptySchema),
  'settings.update': method<SettingsView>()(settingsUpdateSchema),
  'domains.list': method<DomainSummary[]>()(domainListSchema),
  'domains.get': method<{
    summary: DomainSummary; report: DomainReport | null; dkim_selectors: string[];
    /** Who sends from the domain, and from each listed IP or domain. */
    clients: SenderCount[]; listings: ListingSenders[];
  }>()(domainGetSchema),
  'domains.check': method<DomainReport>()(domainCheckSchema),
  'domains.checkAll': method<{ job_id: string; total: number }>()(domainCheckAllSchema),
  'domains.setSelectors': method<{ dkim_selectors: string[] }>()(domainSelectorsSchema),
  'deliverability.report': method<DeliverabilityReport>()(reportSchema),
  'reputation.history': method<HistoryPoint[]>()(historySchema),
  'export.csv': method<ExportResult>()(exportSchema),
  'clients.list': method<Client[]>()(emptySchema),
  'clients.create': method<Client>()(clientCreateSchema),
  'clients.rename': method<Client>()(clientRenameSchema),
  'clients.delete': method<{ deleted: true; accounts_unassigned: number }>()(clientIdSchema),
  'alerts.list': method<AlertList>()(alertListSchema),
  'alerts.counts': method<AlertCounts>()(emptySchema),
  'alerts.acknowledge': method<{ acknowledged: number; accepted: number }>()(alertAcknowledgeSchema),
  'alerts.webhookStatus': method<WebhookStatus>()(emptySchema),
  'alerts.setWebhook': method<WebhookStatus>()(webhookSetSchema),
  'alerts.testWebhook': method<WebhookTestResult>()(emptySchema),
  'scheduler.status': method<SchedulerStatus>()(emptySchema),
  'scheduler.runNow': method<{ job_id: string; started: boolean }>()(emptySchema),
  'accounts.signIn': method<{ job_id: string; total: number }>()(signInSchema),
  'accounts.authReadiness': method<BasicAuthAudit>()(readinessSchema),
  'signInApps.list': method<SignInApp[]>()(emptySchema),
  'signInApps.save': method<SignInApp>()(signInAppSaveSchema),
  'signInApps.delete': method<{ deleted: true }>()(signInAppIdSchema),
  'overview.get': method<Overview>()(overviewSchema),
  'export.clientReport': method<ExportResult>()(clientReportSchema),
  'accounts.setClient': method<BulkOutcome>()(accountSetClientSchema),
  'accounts.tag': method<BulkOutcome>()(accountTagSchema),
  'accounts.setDailyLimit': method<BulkOutcome>()(accountSetDailyLimitSchema),
  'accounts.import.preview': method<ImportPreview>()(importPreviewSchema),
  'accounts.import.start': method<{ job_id: string }>()(importStartSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export { METHOD_NAMES, EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from './ipc-names';

// Compile-time proof that ipc-names.ts lists exactly the contract's methods and events.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodNamesMatch: Same<(typeof METHOD_NAMES)[number], MethodName> = true;
const eventNamesMatch: Same<(typeof EVENT_NAMES)[number], EventName> = true;
void methodNamesMatch;
void eventNamesMatch;

/** What a caller sends (before defaults). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** Core implements this; `satisfies Handlers` makes a missing handler a compile error. */
export type Handlers = { [M in MethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

/** Events pushed from core to the renderer. */
export interface EventMap {
  'accounts.changed': { ids: string[] };
  'domains.changed': { domains: string[] };
  'job.progress': Pick<JobInfo, 'id' | 'kind' | 'status' | 'total' | 'done' | 'failed'>;
  /** Open and unacknowledged counts changed: main's badge, the nav count. */
  'alerts.changed': AlertCounts;
  /** Alert changes told together: main's desktop notification. */
  'alerts.digest': AlertDigest;
  'signIn.prompt': SignInPrompt;
}
export type EventName = keyof EventMap;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
