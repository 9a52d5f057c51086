/** The form checker core: pure TypeScript, no Office, no Node-only APIs. */

export {
  checkForm,
  checkGrid,
  RULES,
  reportOf,
  ruleCatalog,
  summarise,
  targetsOf,
} from './check';
export { readDate, slashDate } from './dates';
export * from './fields';
export * from './grid';
export { isFormLabel, locateForm, locateOnSheet, sheetHasFormLabels } from './locate';
export { normaliseSerial, reasonCode } from './rules/certificate';
export { cellText, comparisonKey, isoDate, localToday, normaliseLabel, parseIsoDate } from './text';
export * from './types';
