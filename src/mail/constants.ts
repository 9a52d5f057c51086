import { MAX_FILE_BYTES } from '../bytes/limits';

/** The issuer's address: the only To recipient of a submission (mail.md). */
export const ISSUER = 'upki@secom.co.jp';

/** The issuer's name, spelt as the service's manual spells it (template, mail body, docs). */
export const ISSUER_NAME = 'セコムトラストシステムズ株式会社';

/** The subject's fixed start; a message whose subject starts with it is a submission. */
export const SUBMISSION_MARKER = '【コード署名証明書】失効申請';

/** Outlook's subject limit (characters). */
export const SUBJECT_MAX = 255;

/** Largest attachment Outlook accepts, as bytes (pdf.md "Limits": 25 MB). */
export const MAX_ATTACHMENT_BYTES = MAX_FILE_BYTES;

/**
 * Largest base64 string `addFileAttachmentFromBase64Async` takes (office.md): 34,865,152
 * characters, which decode to 26,148,864 bytes, a little under 25 MiB (26,214,400). This is the
 * limit that bites when attaching from the pane.
 */
export const MAX_ATTACHMENT_BASE64_CHARS = 34_865_152;

/** Largest file the pane can attach: the base64 limit in bytes (26,148,864). */
export const MAX_ATTACHABLE_BYTES = (MAX_ATTACHMENT_BASE64_CHARS / 4) * 3;
