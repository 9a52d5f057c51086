/**
 * The form and the PDF of the submission: picked from disk (button or drop) or found among the
 * message's attachments when the pane opens, and checked. Each file is read and checked on its
 * own: a file Outlook will not hand over (5001 for files attached through "Send to > Mail
 * recipient", office-js#6581) is reported for that file while the other is still checked.
 */
import { useCallback, useState } from 'react';
import type { Bilingual } from '../../../form/fields';
import type { LocalDate, Profile } from '../../../form/types';
import { isPdf, isXlsx, MAX_ATTACHABLE_BYTES } from '../../../mail';
import { type MailAttachment, type MailboxAdapter, MailboxError } from '../../../office/mailbox-types';
import { type CheckForm, loadFormChecker, loadPdfChecker, unreadableText, type VerifyPdf } from '../checkers';
import type { FormState, PdfState } from '../FileResults';

export type FileKind = 'form' | 'pdf';

export interface AttachedFilesOptions {
  checkForm?: CheckForm;
  verifyPdf?: VerifyPdf;
  today?: LocalDate;
  profile?: Profile;
}

/** Why a picked file was refused before reading it. */
export type PickRefusal =
  | { why: 'wrong-type'; name: string; kind: string }
  | { why: 'too-large'; name: string; size: number };

const errorText = (e: unknown): Bilingual =>
  e instanceof MailboxError ? e.text : (unreadableText(e) ?? { ja: String(e), en: String(e) });

/** Whether a file can be one of the two (type and the 25 MB a single attachment may have). */
export function refusePick(file: { name: string; size: number }, kind: FileKind): PickRefusal | null {
  if (!(kind === 'form' ? isXlsx(file.name) : isPdf(file.name)))
    return { why: 'wrong-type', name: file.name, kind: kind === 'form' ? '.xlsx' : '.pdf' };
  if (file.size > MAX_ATTACHABLE_BYTES) return { why: 'too-large', name: file.name, size: file.size };
  return null;
}

export function useAttachedFiles(opts: AttachedFilesOptions) {
  const { checkForm, verifyPdf, today, profile } = opts;
  const [form, setForm] = useState<FormState | null>(null);
  const [pdf, setPdf] = useState<PdfState | null>(null);
  const [busyForm, setBusyForm] = useState(false);
  const [busyPdf, setBusyPdf] = useState(false);

  const checkFormBytes = useCallback(
    async (name: string, bytes: Uint8Array, fromAttachment = false) => {
      setBusyForm(true);
      try {
        const check = checkForm ?? (await loadFormChecker());
        const report = await check(bytes, name, {
          ...(today ? { today } : {}),
          ...(profile ? { profile } : {}),
        });
        setForm({ name, bytes, fromAttachment, report });
      } catch (e) {
        setForm({ name, bytes, fromAttachment, error: errorText(e) });
      } finally {
        setBusyForm(false);
      }
    },
    [checkForm, today, profile],
  );

  const checkPdfBytes = useCallback(
    async (name: string, bytes: Uint8Array, fromAttachment = false) => {
      setBusyPdf(true);
      try {
        const verify = verifyPdf ?? (await loadPdfChecker());
        setPdf({ name, bytes, fromAttachment, report: await verify(bytes, name) });
      } catch (e) {
        setPdf({ name, bytes, fromAttachment, error: errorText(e) });
      } finally {
        setBusyPdf(false);
      }
    },
    [verifyPdf],
  );

  /** Checks a file picked from disk (type and size were accepted by `refusePick`). */
  const checkPicked = useCallback(
    async (kind: FileKind, name: string, bytes: Uint8Array) =>
      kind === 'form' ? checkFormBytes(name, bytes) : checkPdfBytes(name, bytes),
    [checkFormBytes, checkPdfBytes],
  );

  /**
   * Reads and checks the one .xlsx and the one .pdf among the attachments, each on its own: a read
   * failure becomes that file's error and the other file is still checked.
   */
  const checkAttached = useCallback(
    async (mailbox: MailboxAdapter, attachments: readonly MailAttachment[], cancelled: () => boolean) => {
      const files = attachments.filter((a) => a.kind === 'file' && !a.isInline);
      const one = (pred: (n: string) => boolean) => {
        const hits = files.filter((a) => pred(a.name));
        return hits.length === 1 ? hits[0] : undefined;
      };
      const jobs: Array<[MailAttachment | undefined, FileKind]> = [
        [one(isXlsx), 'form'],
        [one(isPdf), 'pdf'],
      ];
      for (const [att, kind] of jobs) {
        if (!att || cancelled()) continue;
        let bytes: Uint8Array;
        try {
          bytes = await mailbox.readAttachment(att.id);
        } catch (e) {
          const failed = {
            name: att.name,
            bytes: new Uint8Array(0),
            fromAttachment: true,
            error: errorText(e),
          };
          if (kind === 'form') setForm(failed);
          else setPdf(failed);
          continue;
        }
        if (cancelled()) return;
        if (kind === 'form') await checkFormBytes(att.name, bytes, true);
        else await checkPdfBytes(att.name, bytes, true);
      }
    },
    [checkFormBytes, checkPdfBytes],
  );

  return { form, pdf, busyForm, busyPdf, checkPicked, checkAttached };
}
