// jobs.get and jobs.cancel: how a long task is doing, and stopping it.
import type { Handlers } from '../../../shared/contract';
import type { Jobs } from './index';

export const jobsHandlers = (jobs: Jobs): Pick<Handlers, 'jobs.get' | 'jobs.cancel'> => ({
  'jobs.get': async ({ id, include_results }) => jobs.get(id, { includeResults: include_results }),
  'jobs.cancel': async ({ id }) => jobs.cancel(id),
});
