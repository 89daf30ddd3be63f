// The csv area's surface: streaming, injection-safe CSV for exports.
export { csvCell, csvRecord, csvRows, type CsvColumn, type CsvOptions, type CsvRecordSource, type CsvRow, type CsvRowSource } from './csv-rows';
export { writeCsvFile, writeCsvRecords, type CsvWriteResult, type WriteCsvOptions } from './write-csv-file';
