/** The submission mail (spec/mail.md): pure, no Office, no Node-only code. */

export {
  base64Length,
  CHUNK_BYTES,
  fromBase64,
  toBase64,
  toBase64Chunked,
  yieldToPage,
} from '../bytes/base64';
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
  type BlockMessage,
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
  verdictLabel,
} from './readiness';
export { buildSubject, isSubmissionSubject } from './subject';
export {
  addressedToIssuer,
  hasSubmissionFile,
  isSubmission,
  type MessageNow,
  messageSizeProblem,
  NOT_CHECKED_MESSAGE,
  type PrepareProgress,
  planSubmission,
  prepareSubmission,
  SubmissionError,
  type SubmissionFile,
  type SubmissionInput,
  type SubmissionMailbox,
  type SubmissionPlan,
  submissionReadiness,
} from './submission';
export type * from './types';
