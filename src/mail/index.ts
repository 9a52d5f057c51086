/** The submission mail (spec/mail.md): pure, no Office, no Node-only code. */

export {
  base64Length,
  CHUNK_BYTES,
  fromBase64,
  toBase64,
  toBase64Chunked,
  yieldToPage,
} from '../bytes/base64';
export { pdfAcceptable } from './accept';
export { type BodyOptions, buildBody, reasonLabel } from './body';
export {
  ISSUER,
  MAX_ATTACHABLE_BYTES,
  MAX_ATTACHMENT_BASE64_CHARS,
  MAX_ATTACHMENT_BYTES,
  SUBJECT_MAX,
  SUBMISSION_MARKER,
} from './constants';
export {
  addressOf,
  BLOCK_MESSAGE_MAX,
  blockMessage,
  type ChecklistItem,
  formCheck,
  ITEM_LABELS,
  type ItemId,
  type ItemState,
  isIssuer,
  isPdf,
  isXlsx,
  pdfCheck,
  type Readiness,
  type ReadinessInput,
  type Recipient,
  readiness,
  type SignerFinding,
  signerFindings,
  unknownSigners,
  verdictText,
} from './readiness';
export { buildSubject, isSubmissionSubject } from './subject';
export type * from './types';
