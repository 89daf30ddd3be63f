// The csv area's surface: streaming, injection-safe CSV for exports.
export { csvCell, csvRecord, csvRows, type CsvColumn, type CsvOptions, type CsvRow, type CsvRowSource } from './csv-rows';
export { writeCsvFile, type CsvWriteResult, type WriteCsvOptions } from './write-csv-file';
