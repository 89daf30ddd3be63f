// Types the Import screen's parts share (so none of them imports another).
import type { InputOf } from '../../../../shared/contract';
import type { ImportField, ImportFormat } from '../../../../shared/import';

export type ImportSourceInput = InputOf<'accounts.import.preview'>['source'];
export type FormatChoice = 'auto' | ImportFormat;
export type Overrides = Record<string, ImportField | null>;

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  smartlead: 'Smartlead', instantly: 'Instantly (and most inbox vendors)', emailbison: 'EmailBison',
  inboxfleet: 'Inboxfleet export', generic: 'Other (map the columns)',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
