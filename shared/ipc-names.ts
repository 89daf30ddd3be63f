// Plain name lists for the preload, which must not bundle zod. contract.ts checks at compile
// time that METHOD_NAMES lists exactly its methods.
export const METHOD_NAMES = [
  'app.info',
  'accounts.list',
  'accounts.get',
  'accounts.create',
  'accounts.update',
  'accounts.setStatus',
  'accounts.delete',
  'accounts.test',
  'accounts.sendTestEmail',
  'accounts.autoconfig',
  'jobs.get',
  'jobs.cancel',
  'settings.get',
  'settings.update',
  'domains.list',
  'domains.get',
  'domains.check',
  'domains.checkAll',
  'domains.setSelectors',
  'deliverability.report',
  'reputation.history',
  'export.csv',
  'clients.list',
  'clients.create',
  'clients.rename',
  'clients.delete',
  'alerts.list',
  'alerts.counts',
  'alerts.acknowledge',
  'alerts.webhookStatus',
  'alerts.setWebhook',
  'alerts.testWebhook',
  'scheduler.status',
  'scheduler.runNow',
  'accounts.signIn',
  'accounts.authReadiness',
  'signInApps.list',
  'signInApps.save',
  'signInApps.delete',
  'accounts.setClient',
  'accounts.tag',
  'accounts.setDailyLimit',
  'accounts.import.preview',
  'accounts.import.start',
] as const;

export const EVENT_NAMES = ['accounts.changed', 'domains.changed', 'job.progress', 'alerts.changed', 'alerts.digest', 'signIn.prompt'] as const;

/** The two Electron IPC channels: one request/response, one push. */
export const IPC_INVOKE_CHANNEL = 'inboxfleet:invoke';
export const IPC_EVENT_CHANNEL = 'inboxfleet:event';
