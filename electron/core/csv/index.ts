// The csv area's surface: streaming, injection-safe CSV for exports, and streaming reading of
// the files users import (encoding, delimiter and line numbers found for them).
export { csvCell, csvRecord, csvRows, type CsvColumn, type CsvOptions, type CsvRecordSource, type CsvRow, type CsvRowSource } from './csv-rows';
export { writeCsvFile, writeCsvChunks, type CsvWriteResult, type WriteCsvOptions } from './write-csv-file';
export { CsvByteWriter, cellBytes } from './csv-byte-writer';
export { openCsv, bufferBytes, fileBytes, type CsvBytes, type CsvLimits, type CsvRecord, type OpenedCsv } from './read-csv';
