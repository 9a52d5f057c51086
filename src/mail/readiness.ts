import { pdfVerdictAcceptable } from '../pdf/verdict';
import { PDF_FORM_LABEL, type PdfFormCheck, pdfFormState } from '../pdf-form/readiness';
import { ISSUER } from './constants';
import { buildSubject } from './subject';
import type {
  AttachmentRef,
  Bilingual,
  CheckReport,
  FormCheck,
  PdfCheck,
  PdfReportLike,
  PdfVerdict,
  Profile,
} from './types';

export type ItemState = 'ok' | 'warning' | 'error' | 'pending';
export type ItemId = 'to' | 'subject' | 'form' | 'pdf' | 'pdfForm' | 'identity' | 'attachments';

/** One line of the checklist (mail.md "Ready to send"). */
export interface ChecklistItem {
  id: ItemId;
  state: ItemState;
  /** What the item is about. */
  label: Bilingual;
  /** Its state in words, and what to do when it is not ok. */
  detail: Bilingual;
}

export interface Readiness {
  /** Every item ok or warning. */
  ready: boolean;
  items: ChecklistItem[];
  /** The items that stop the send (error or pending). */
  missing: ChecklistItem[];
}

export type Recipient = string | { emailAddress: string; displayName?: string };

/**
 * The message as it is (To, subject, attachments with the sizes the mail program reports) and
 * what was checked of its files (`formCheck`, `pdfCheck`, the two confirmations). The one way in:
 * the compose pane, the send handler and the `mail` command all build this (src/mail/submission.ts).
 */
export interface ReadinessInput {
  to: readonly Recipient[];
  subject: string;
  attachments: readonly AttachmentRef[];
  /** The check of the form that is (to be) attached. */
  form?: FormCheck | null;
  pdf?: PdfCheck | null;
  /** The officer ticked "the usage administrator's identity was checked". */
  identityConfirmed: boolean;
  /** The officer ticked "the seal is visible / I accept this signer" (unsigned or untrusted PDF). */
  pdfConfirmed: boolean;
  /** The PDF's text compared with the form (pdf.md "The PDF shows the same form"), when made. */
  pdfForm?: PdfFormCheck | null;
}

const b = (ja: string, en: string): Bilingual => ({ ja, en });

export const ITEM_LABELS: Readonly<Record<ItemId, Bilingual>> = {
  to: b(`宛先（To）が ${ISSUER} だけ`, `To is ${ISSUER} alone`),
  subject: b('件名が申請書どおり', 'Subject matches the form'),
  form: b('申請書（.xlsx）を添付し、エラーなし', 'Form (.xlsx) attached, no errors'),
  pdf: b('押印または電子署名済みPDFを添付', 'Sealed or signed PDF attached'),
  pdfForm: PDF_FORM_LABEL,
  identity: b('利用管理者の本人確認', "Usage administrator's identity checked"),
  attachments: b('添付は申請書とPDFの2つだけ', 'Only the form and the PDF attached'),
};

export function addressOf(r: Recipient): string {
  return (typeof r === 'string' ? r : r.emailAddress).trim().toLowerCase();
}

export function isIssuer(r: Recipient): boolean {
  return addressOf(r) === ISSUER;
}

const ext = (name: string): string => {
  const m = /\.([^.]+)$/.exec(name.trim());
  return m ? (m[1] ?? '').toLowerCase() : '';
};
export const isXlsx = (name: string): boolean => ext(name) === 'xlsx';
export const isPdf = (name: string): boolean => ext(name) === 'pdf';

/** Summary of a form check to keep with the message. */
export function formCheck(report: CheckReport, file: AttachmentRef): FormCheck {
  return {
    name: file.name,
    ...(file.size !== undefined ? { size: file.size } : {}),
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    subject: buildSubject(report),
  };
}

/**
 * Signer e-mails that are neither the officer's (from the form) nor one the profile lists:
 * each is a `pdf.signer-unknown` warning (pdf.md "Signer identity").
 */
export function unknownSigners(
  pdf: Pick<PdfReportLike, 'signatures'>,
  opts: { officerEmail?: string; profile?: Profile; known?: readonly string[] } = {},
): string[] {
  const known = new Set(
    [opts.officerEmail, opts.profile?.officer?.email, ...(opts.known ?? [])]
      .filter((e): e is string => !!e)
      .map((e) => e.trim().toLowerCase()),
  );
  const out: string[] = [];
  for (const s of pdf.signatures) {
    if (s.kind === 'timestamp') continue; // a document timestamp's signer is the TSA
    const e = s.signer?.email?.trim();
    if (e && !known.has(e.toLowerCase()) && !out.includes(e)) out.push(e);
  }
  return out;
}

export interface SignerFinding {
  rule: 'pdf.signer-unknown';
  severity: 'warning';
  field: 'pdf.signer';
  message: Bilingual;
}

export function signerFindings(emails: readonly string[]): SignerFinding[] {
  return emails.map((e) => ({
    rule: 'pdf.signer-unknown',
    severity: 'warning',
    field: 'pdf.signer',
    message: b(
      `PDFの署名者 ${e} は登録担当者でもプロファイルに登録された人でもありません。署名者を確かめてください。`,
      `The PDF signer ${e} is neither the registration officer nor listed in the profile. Check who signed it.`,
    ),
  }));
}

/** Summary of a PDF check to keep with the message. */
export function pdfCheck(
  report: PdfReportLike,
  file: AttachmentRef,
  opts: { officerEmail?: string; profile?: Profile } = {},
): PdfCheck {
  const unknown = unknownSigners(report, opts);
  return {
    name: file.name,
    ...(file.size !== undefined ? { size: file.size } : {}),
    verdict: report.verdict,
    ...(unknown.length ? { unknownSigners: unknown } : {}),
  };
}

const VERDICT_TEXT: Record<PdfVerdict, Bilingual> = {
  valid: b('電子署名は有効です。', 'The signature is valid.'),
  untrusted: b(
    '署名は改ざんされていませんが、署名者の証明書が信頼できないか期限外です。署名者を確かめてチェックを入れてください。',
    'The signature is intact but its signer is not trusted or was out of validity. Check the signer and tick the confirmation.',
  ),
  unsigned: b(
    '電子署名のないPDFです（押印のスキャン）。押印が見えることを確かめてチェックを入れてください。',
    'The PDF has no signature (a scanned seal). Check that the seal is visible and tick the confirmation.',
  ),
  modified: b(
    '署名の後に内容が変更されています。署名し直したPDFを添付してください。',
    'Content was changed after signing. Attach a newly signed PDF.',
  ),
  broken: b(
    '電子署名が壊れています。署名し直したPDFを添付してください。',
    'The signature is broken. Attach a newly signed PDF.',
  ),
  error: b(
    'PDFとして読めません（壊れている、暗号化、または25MB超）。正しいPDFを添付してください。',
    'The file cannot be read as a PDF (damaged, encrypted or over 25 MB). Attach a proper PDF.',
  ),
};

export function verdictText(v: PdfVerdict): Bilingual {
  return VERDICT_TEXT[v];
}

/** The verdict's short name, for a heading such as 「判定: 電子署名なし」 (not the code). */
const VERDICT_LABEL: Record<PdfVerdict, Bilingual> = {
  valid: b('有効', 'valid'),
  untrusted: b('信頼できない署名者', 'untrusted signer'),
  unsigned: b('電子署名なし', 'unsigned'),
  modified: b('署名後に変更あり', 'modified after signing'),
  broken: b('署名が壊れている', 'broken signature'),
  error: b('検査できない', 'cannot be checked'),
};

export function verdictLabel(v: PdfVerdict): Bilingual {
  return VERDICT_LABEL[v];
}

function item(id: ItemId, state: ItemState, detail: Bilingual): ChecklistItem {
  return { id, state, label: ITEM_LABELS[id], detail };
}

const list = (names: readonly string[]): string => names.join(', ');

function toItem(to: readonly Recipient[]): ChecklistItem {
  const others = to.filter((r) => !isIssuer(r)).map(addressOf);
  const issuers = to.filter(isIssuer).length;
  if (to.length === 0)
    return item(
      'to',
      'error',
      b(`宛先（To）が空です。${ISSUER} を設定してください。`, `To is empty. Set ${ISSUER}.`),
    );
  if (others.length)
    return item(
      'to',
      'error',
      b(
        `To に ${ISSUER} 以外の宛先があります（${list(others)}）。削除するか Cc に移してください。`,
        `To has recipients other than ${ISSUER} (${list(others)}). Remove them or move them to Cc.`,
      ),
    );
  if (issuers > 1)
    return item(
      'to',
      'error',
      b(`${ISSUER} が重複しています。1つにしてください。`, `${ISSUER} appears twice. Keep one.`),
    );
  return item('to', 'ok', b(`宛先は ${ISSUER} です。`, `To is ${ISSUER}.`));
}

function subjectItem(subject: string, form: FormCheck | null | undefined): ChecklistItem {
  if (!form)
    return item(
      'subject',
      'pending',
      b('申請書を確認すると件名が決まります。', 'The subject follows from the checked form.'),
    );
  if (subject === form.subject)
    return item('subject', 'ok', b('件名は申請書どおりです。', 'The subject matches the form.'));
  return item(
    'subject',
    'error',
    b(
      `件名が違います。「送信準備」で次の件名にしてください: ${form.subject}`,
      `The subject differs. Use 「送信準備」 (Prepare) to set: ${form.subject}`,
    ),
  );
}

function sameName(a: AttachmentRef, checked: { name: string }): boolean {
  return a.name.normalize('NFC') === checked.name.normalize('NFC');
}

/**
 * The attached file has the checked file's name but another size: it was replaced or changed
 * after the check (mail.md "Blocking a send (revised)"). Sizes are compared only when both are
 * known; the pane records the size the mail program reports for the attachment.
 */
function changedSince(a: AttachmentRef, checked: { size?: number }): boolean {
  return a.size !== undefined && checked.size !== undefined && a.size !== checked.size;
}

function changedItem(id: 'form' | 'pdf', name: string): ChecklistItem {
  return item(
    id,
    'error',
    b(
      `添付の ${name} は確認した後で変わっています（差し替えまたは変更）。アドインで確認し直してください。`,
      `The attached ${name} changed after it was checked (replaced or edited). Check it again in the add-in.`,
    ),
  );
}

function formQuality(form: FormCheck): ChecklistItem | null {
  if (form.errors > 0)
    return item(
      'form',
      'error',
      b(
        `申請書にエラーが${form.errors}件あります。直してから確認し直してください。`,
        `The form has ${form.errors} error(s). Fix them and check again.`,
      ),
    );
  return null;
}

function formItem(attachments: readonly AttachmentRef[], form: FormCheck | null | undefined): ChecklistItem {
  const xlsx = attachments.filter((a) => isXlsx(a.name));
  if (xlsx.length > 1)
    return item(
      'form',
      'error',
      b(
        `申請書（.xlsx）が${xlsx.length}つ添付されています。1つにしてください。`,
        `${xlsx.length} .xlsx files are attached. Keep one.`,
      ),
    );
  const att = xlsx[0];
  if (form && att && sameName(att, form) && changedSince(att, form)) return changedItem('form', att.name);
  if (form && (!att || sameName(att, form))) {
    const bad = formQuality(form);
    if (bad) return bad;
    if (!att)
      return item(
        'form',
        'pending',
        b(
          `申請書 ${form.name} はまだ添付されていません（「送信準備」で添付します）。`,
          `The form ${form.name} is not attached yet (「送信準備」 attaches it).`,
        ),
      );
    if (form.warnings > 0)
      return item(
        'form',
        'warning',
        b(`エラーはありません（警告${form.warnings}件）。`, `No errors (${form.warnings} warning(s)).`),
      );
    return item('form', 'ok', b('申請書にエラーはありません。', 'The form has no errors.'));
  }
  if (!att)
    return item('form', 'error', b('申請書（.xlsx）が添付されていません。', 'No form (.xlsx) is attached.'));
  return item(
    'form',
    'pending',
    b(
      `添付の申請書 ${att.name} はまだ確認されていません。アドインで確認してください。`,
      `The attached form ${att.name} has not been checked yet. Check it in the add-in.`,
    ),
  );
}

/** The PDF's own state (verdict, confirmation, signer), whether or not it is attached yet. */
function pdfQuality(pdf: PdfCheck, confirmed: boolean): ChecklistItem {
  const text = VERDICT_TEXT[pdf.verdict];
  // Whether the verdict may go at all is src/pdf's decision (pdfVerdictAcceptable); this adds the words.
  if (!pdfVerdictAcceptable(pdf, confirmed)) return item('pdf', 'error', text);
  switch (pdf.verdict) {
    case 'valid': {
      const unknown = pdf.unknownSigners ?? [];
      if (unknown.length)
        return item(
          'pdf',
          'warning',
          b(
            `署名は有効です。ただし署名者 ${list(unknown)} は登録担当者ではありません。`,
            `The signature is valid, but the signer ${list(unknown)} is not the registration officer.`,
          ),
        );
      return item('pdf', 'ok', text);
    }
    default:
      // Accepted only because the officer confirmed (unsigned: the seal; untrusted: the signer).
      return item(
        'pdf',
        'warning',
        pdf.verdict === 'unsigned'
          ? b('電子署名のないPDF（押印を確認済み）。', 'Unsigned PDF (seal confirmed).')
          : b('信頼できない署名者（確認済み）。', 'Untrusted signer (confirmed).'),
      );
  }
}

function pdfItem(
  attachments: readonly AttachmentRef[],
  pdf: PdfCheck | null | undefined,
  confirmed: boolean,
): ChecklistItem {
  const pdfs = attachments.filter((a) => isPdf(a.name));
  if (pdfs.length > 1)
    return item(
      'pdf',
      'error',
      b(
        `PDFが${pdfs.length}つ添付されています。1つにしてください。`,
        `${pdfs.length} PDF files are attached. Keep one.`,
      ),
    );
  const att = pdfs[0];
  if (pdf && att && sameName(att, pdf) && changedSince(att, pdf)) return changedItem('pdf', att.name);
  if (pdf && (!att || sameName(att, pdf))) {
    const q = pdfQuality(pdf, confirmed);
    if (q.state === 'error' || att) return q;
    return item(
      'pdf',
      'pending',
      b(
        `PDF ${pdf.name} はまだ添付されていません（「送信準備」で添付します）。`,
        `The PDF ${pdf.name} is not attached yet (「送信準備」 attaches it).`,
      ),
    );
  }
  if (!att)
    return item(
      'pdf',
      'error',
      b('押印または電子署名済みのPDFが添付されていません。', 'No sealed or signed PDF is attached.'),
    );
  return item(
    'pdf',
    'pending',
    b(
      `添付のPDF ${att.name} はまだ確認されていません。アドインで確認してください。`,
      `The attached PDF ${att.name} has not been checked yet. Check it in the add-in.`,
    ),
  );
}

function identityItem(confirmed: boolean): ChecklistItem {
  return confirmed
    ? item(
        'identity',
        'ok',
        b(
          '利用管理者の本人確認を行ったことを確認済みです。',
          "The usage administrator's identity was checked.",
        ),
      )
    : item(
        'identity',
        'error',
        b(
          '利用管理者の本人確認を行ったら、チェックを入れてください。',
          "Tick the box once you have checked the usage administrator's identity.",
        ),
      );
}

/** The readiness checklist of mail.md: five items, plus one when other files are attached. */
export function readiness(input: ReadinessInput): Readiness {
  const form = input.form ?? null;
  const pdf = input.pdf ?? null;
  const items = [
    toItem(input.to),
    subjectItem(input.subject, form),
    formItem(input.attachments, form),
    pdfItem(input.attachments, pdf, input.pdfConfirmed),
    identityItem(input.identityConfirmed),
  ];
  if (input.pdfForm) {
    const { state, detail } = pdfFormState(input.pdfForm);
    items.splice(4, 0, item('pdfForm', state, detail));
  }
  const others = input.attachments.filter((a) => !isXlsx(a.name) && !isPdf(a.name));
  if (others.length)
    items.push(
      item(
        'attachments',
        'error',
        b(
          `申請書とPDF以外のファイルが添付されています（${list(others.map((a) => a.name))}）。削除してください。`,
          `Other files are attached (${list(others.map((a) => a.name))}). Remove them.`,
        ),
      ),
    );
  const missing = items.filter((i) => i.state === 'error' || i.state === 'pending');
  return { ready: missing.length === 0, items, missing };
}

/** Smart Alerts shows at most 500 characters, as plain text and as Markdown alike (Mailbox 1.12, 1.15). */
export const BLOCK_MESSAGE_MAX = 500;

/** The message that stops a send, as plain text and as Markdown (line breaks survive on the web). */
export interface BlockMessage {
  /** `errorMessage`: plain text (Outlook on the web drops its line breaks, office-js#2949). */
  text: string;
  /** `errorMessageMarkdown` (Mailbox 1.15): the same words as a list. */
  markdown: string;
}

// Characters that would format (file names may hold them); list markers only start our own lines.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;
const md = (s: string): string => s.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);

const clip = (s: string): string =>
  s.length <= BLOCK_MESSAGE_MAX ? s : `${s.slice(0, BLOCK_MESSAGE_MAX - 1)}…`;

/**
 * The message that stops a send: names what is missing (with the detail, e.g. which file changed,
 * when it fits), Japanese first, English beside, within Outlook's limit of 500 characters.
 */
export function blockMessage(r: Pick<Readiness, 'missing'>): BlockMessage {
  const head = '失効申請の準備ができていません。足りないもの:';
  const tail = 'アドインの「送信準備」で直してください。';
  const en = `Not ready to send: ${r.missing.map((i) => i.label.en).join('; ')}. Open the add-in and use 「送信準備」 (Prepare).`;
  const enShort = `Not ready: ${r.missing.map((i) => i.label.en).join('; ')}.`;
  const lines = (detail: boolean) =>
    r.missing.map((i) => (detail ? `${i.label.ja}: ${i.detail.ja}` : i.label.ja));
  // From the most to the least helpful: with details, without, without the English hint.
  for (const [detail, english] of [
    [true, en],
    [false, en],
    [false, enShort],
  ] as const) {
    const text = `${head}\n${lines(detail)
      .map((l) => `・${l}`)
      .join('\n')}\n${tail}\n${english}`;
    const markdown = `**${md(head)}**\n\n${lines(detail)
      .map((l) => `- ${md(l)}`)
      .join('\n')}\n\n${md(tail)}\n\n${md(english)}`;
    if (text.length <= BLOCK_MESSAGE_MAX && markdown.length <= BLOCK_MESSAGE_MAX) return { text, markdown };
  }
  const text = clip(`${head}\n${lines(false).join('\n')}\n${enShort}`);
  return {
    text,
    markdown: clip(
      `${md(head)}\n\n${lines(false)
        .map((l) => `- ${md(l)}`)
        .join('\n')}`,
    ),
  };
}
