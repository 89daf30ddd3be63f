// Every export's file handling: the path must be chosen and absolute; file-system refusals become
// a message naming the path, so the user can choose another place.
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportResult } from '../../../shared/report';

/** Checks the chosen path, writes, and turns file-system refusals into a message naming the path. */
export async function writeExport(file: string | undefined, write: (file: string) => Promise<{ rows: number; bytes: number }>): Promise<ExportResult> {
  if (!file) throw new AppError('invalid_input', 'Choose where to save the file', { field: 'path' });
  if (!path.isAbsolute(file)) throw new AppError('invalid_input', 'The file path must be absolute', { field: 'path' });
  try {
    return { path: file, ...(await write(file)) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'EACCES' || code === 'ENOENT' || code === 'EROFS' || code === 'EISDIR') {
      throw new AppError('invalid_input', `Cannot write ${file} (${code}): choose another place`, { field: 'path' });
    }
    throw err;
  }
}
