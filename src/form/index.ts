/** The form checker core: pure TypeScript, no Office, no Node-only APIs. */
export * from './fields';
export * from './grid';
export * from './types';
export { locateForm, locateOnSheet, isFormLabel } from './locate';
export { checkForm, checkGrid, reportOf, ruleCatalog, RULES, sectionOfField, summarise, targetsOf } from './check';
export { readDate, slashDate } from './dates';
export { normaliseLabel, comparisonKey, parseIsoDate, localToday, isoDate, cellText } from './text';
export { normaliseSerial, reasonCode } from './rules/certificate';
