/**
 * The form checker (exceljs + every rule) and the PDF checker (pkijs), loaded with import() on
 * first use so the pane's first load stays small. Each index.tsx starts loading them after the
 * first paint. Each brings the view of what it reports (the form's findings, the PDF's preview),
 * which only a checked file shows.
 */
import type { CheckReport, LocalDate, Profile } from '../../form/types';
import type { PdfReportLike } from '../../mail';
import { ViewChunk } from '../shared/lazy-view';
import type { PdfPreviewProps } from './PdfPreview';

/** The form's findings: their list and the field table they are grouped by (FileResults.tsx). */
export const findingsView = new ViewChunk<{ report: CheckReport }>(() =>
  import(/* webpackChunkName: "findings" */ '../shared/FindingList').then((m) => m.ReportFindings),
);
/** The PDF's preview and its comparison with the form (ComposePane.tsx). */
export const pdfView = new ViewChunk<PdfPreviewProps>(() =>
  import(/* webpackChunkName: "pdf-view" */ './PdfPreview').then((m) => m.PdfPreview),
);

export type CheckForm = (
  bytes: Uint8Array,
  file: string,
  opts?: { today?: LocalDate; profile?: Profile },
) => Promise<CheckReport>;
export type VerifyPdf = (bytes: Uint8Array, file: string) => Promise<PdfReportLike>;

let formChecker: Promise<CheckForm> | undefined;
let pdfChecker: Promise<VerifyPdf> | undefined;

export function loadFormChecker(): Promise<CheckForm> {
  formChecker ??= Promise.all([
    import(/* webpackChunkName: "checker" */ '../../form/check'),
    import(/* webpackChunkName: "workbook" */ '../../workbook/read'),
    findingsView.load(),
  ]).then(
    ([check, wb]) =>
      async (bytes, file, opts = {}) =>
        check.checkGrid(await wb.readWorkbook(bytes), { ...opts, file }),
  );
  return formChecker;
}

export function loadPdfChecker(): Promise<VerifyPdf> {
  pdfChecker ??= Promise.all([import(/* webpackChunkName: "pdf" */ '../../pdf/index'), pdfView.load()]).then(
    ([m]) =>
      (bytes: Uint8Array, file: string) =>
        m.verifyPdf(bytes, { file }),
  );
  return pdfChecker;
}

/** The bilingual text of a workbook error (WorkbookError has `code` and `text`). */
export function unreadableText(e: unknown): { ja: string; en: string } | null {
  const x = e as { code?: unknown; text?: { ja: string; en: string } };
  return typeof x?.code === 'string' && x.text?.ja ? x.text : null;
}
