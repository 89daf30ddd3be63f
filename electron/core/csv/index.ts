// The csv area's surface: streaming, injection-safe CSV for exports.
export { csvRows, type CsvColumn, type CsvOptions, type CsvRow, type CsvRowSource } from './csv-rows';
export { writeCsvFile, type CsvWriteResult } from './write-csv-file';
