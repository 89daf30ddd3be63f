// The import area's surface: accounts.import.preview and accounts.import.start.
import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Jobs } from '../jobs/index';
import { rememberMapping } from './mapping-memory';
import { buildPreview } from './preview';
import { runImport, type ImportJobDeps } from './run-import';
import { prepareImport } from './source';

export { inferProvider, providerFromWord, PROVIDER_HOSTS } from './provider';
export { importDnsSession } from './mx-session';

export function importHandlers(deps: ImportJobDeps & { jobs: Jobs }): Pick<Handlers, 'accounts.import.preview' | 'accounts.import.start'> {
  const { db, jobs, writer } = deps;
  return {
    'accounts.import.preview': async (input) => buildPreview(await prepareImport(db, input), deps),

    'accounts.import.start': async (input) => {
      await writer.mustHaveClient(input.client_id);
      // Refuse at once what cannot be imported (empty, binary, unmappable…) rather than as a failed job.
      const prepared = await prepareImport(db, input);
      if (prepared.blocking) throw new AppError('invalid_input', prepared.blocking, { field: 'mapping' });
      if (input.mapping && prepared.chosen) await rememberMapping(db, prepared.csv.header.cells, prepared.chosen);
      const job = jobs.run('accounts.import', 0, (ctx) => runImport(prepared, input, deps, ctx));
      return { job_id: job.id };
    },
  };
}
