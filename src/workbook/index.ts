export {
  MAX_INFLATED_BYTES,
  MAX_WORKBOOK_BYTES,
  readWorkbook,
  screenWorkbook,
  WorkbookError,
  type WorkbookErrorCode,
} from './read';
