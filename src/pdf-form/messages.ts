/**
 * The PDF-vs-form comparison's messages (pdf.md "The PDF shows the same form"): its findings and
 * its readiness item. Japanese and English side by side; src/messages/catalog.ts registers the table.
 */
import { defineMessages } from '../messages/define';

export const pdfFormMessages = defineMessages('pdfForm', {
  // Findings (compare.ts), by rule.
  'pdfForm.noText': {
    ja: 'PDFに文字がありません（スキャンした画像のPDFです）。PDFを開いて、申請書と同じ内容か目で確かめてください（作成画面ではプレビューで確かめられます）。',
    en: 'The PDF has no text (a scanned image). Open it and compare it with the form by eye (the compose pane shows a preview).',
  },
  'pdfForm.mismatch': {
    ja: 'PDFに申請書の内容が見つかりません: {what}。PDFは申請書の別の版か、別の申請書です。この申請書から作り直したPDFに押印・署名して添付してください。',
    en: 'The PDF does not show what the form says: {what} missing. It is another version of the form or another form. Make the PDF again from this form, seal or sign it, and attach it.',
  },
  'pdfForm.extra': {
    ja: 'PDFに申請書にないシリアル番号らしき値があります（{serials}）。別の申請書のPDFでないか確かめてください。',
    en: 'The PDF shows serial-like values that are not on the form ({serials}). Check that it is the PDF of this form.',
  },
  // The PDF's text could not be read (src/pdf-form/extract.ts error codes).
  'pdfForm.text.unreadable': {
    ja: 'PDFの文字を読み取れませんでした。PDFを開いて、申請書と同じ内容か目で確かめてください。',
    en: 'The text of the PDF could not be read. Compare it with the form by eye.',
  },
  'pdfForm.text.encrypted': {
    ja: 'PDFが暗号化されているため文字を読み取れません。暗号化しないPDFを添付してください。',
    en: 'The PDF is encrypted, so its text cannot be read. Attach an unencrypted PDF.',
  },
  'pdfForm.text.timeout': {
    ja: 'PDFの文字の読み取りが時間内に終わりませんでした。申請書と同じ内容か目で確かめてください。',
    en: 'Reading the text of the PDF took too long. Compare it with the form by eye.',
  },
  // What is missing from the PDF.
  'pdfForm.what.serial': { ja: 'シリアル番号 {serial}', en: 'serial {serial}' },
  'pdfForm.what.institutionName': { ja: '利用機関名', en: 'the institution name' },
  'pdfForm.what.institutionNamed': { ja: '利用機関名「{name}」', en: 'institution name 「{name}」' },
  // The readiness item (readiness.ts).
  'pdfForm.item': { ja: 'PDFが申請書と同じ内容', en: 'The PDF shows the same form' },
  'pdfForm.item.mismatch': {
    ja: 'PDFに申請書の{what}がありません。この申請書から作り直したPDFを添付してください。',
    en: "The PDF does not show the form's {what}. Attach a PDF made from this form.",
  },
  'pdfForm.item.noText': {
    ja: 'PDFに文字がありません（スキャン）。プレビューで申請書と同じか目で確かめてください。',
    en: 'The PDF has no text (a scan): compare it with the form by eye in the preview.',
  },
  'pdfForm.item.extra': {
    ja: '申請書と一致しますが、申請書にないシリアル番号らしき値もあります（{serials}）。',
    en: 'It matches the form, but also shows serial-like values not on the form ({serials}).',
  },
  'pdfForm.item.ok': {
    ja: 'PDFに申請書のシリアル番号と利用機関名があります。',
    en: "The PDF shows the form's serials and institution name.",
  },
});
