/**
 * Why a workbook cannot be read (src/workbook: the zip guard, the probe, the rebuilt package):
 * the message of each `input.*` code, and the detail that says what exactly is wrong.
 */
import { defineMessages } from '../messages/define';

export const workbookMessages = defineMessages('workbook', {
  'workbook.not-xlsx': {
    ja: 'Excelブック（.xlsx）として読めません。申請書の .xlsx ファイルを指定してください。',
    en: 'This is not an Excel workbook (.xlsx): choose the form’s .xlsx file.',
  },
  'workbook.encrypted': {
    ja: 'パスワードで保護されたブックは読めません。Excelでパスワードを解除して保存し直してから指定してください。',
    en: 'The workbook is password-protected: remove the password in Excel, save it, and try again.',
  },
  'workbook.legacy-xls': {
    ja: '古い形式（.xls）のブックです。Excelで「名前を付けて保存」から「Excel ブック (*.xlsx)」で保存し直してください。',
    en: 'This is an old .xls workbook: in Excel, Save As “Excel Workbook (*.xlsx)” and try again.',
  },
  'workbook.too-large': {
    ja: 'ファイルが大きすぎます（上限 25 MB、展開後 100 MB）。申請書以外のシートや画像を削除してください。',
    en: 'The file is too large (25 MB at most, 100 MB unpacked): remove sheets or pictures that are not part of the form.',
  },
  'workbook.too-complex': {
    ja: 'ブックが複雑すぎるため、申請書として読みません（申請書は小さな1枚のシートです）。申請書のシートだけを新しいブックにコピーして保存し、それを指定してください。',
    en: 'The workbook is too complex to be read as a form (a form is one small sheet): copy the form’s sheet into a new workbook, save it, and use that file.',
  },
  'workbook.corrupt': {
    ja: 'ブックが壊れているため読めません。Excelで開いて保存し直してから指定してください。',
    en: 'The workbook is damaged and cannot be read: open it in Excel, save it again, and retry.',
  },
  'workbook.with-detail': { ja: '{message}（{detail}）', en: '{message} ({detail})' },
  // What exactly is wrong (the detail in brackets).
  'workbook.no-workbook-part': { ja: 'xl/workbook.xml がありません', en: 'there is no xl/workbook.xml' },
  'workbook.xml-damaged': { ja: '{part} のXMLが壊れています', en: 'the XML of {part} is damaged' },
  'workbook.unreadable-content': {
    ja: '申請書のシートに Excel の形式として読めない内容があります',
    en: 'the form’s sheet holds something that is not valid Excel content',
  },
  'workbook.sheet-too-large': {
    ja: '申請書のシートが {size} を超えています',
    en: "the form's sheet is larger than {size}",
  },
  'workbook.no-labels': {
    ja: 'どのシートの先頭 {size} にも申請書の項目名がなく、それより先は読みません',
    en: "no sheet holds the form's labels within its first {size}, and the rest is not read",
  },
  'workbook.too-many': {
    ja: '申請書のシートの{what}が多すぎます',
    en: "the form's sheet has too many {what}",
  },
  'workbook.too-many.merged-areas': { ja: '結合範囲', en: 'merged areas' },
  'workbook.too-many.merged-cells': { ja: '結合されたセル', en: 'merged cells' },
  'workbook.too-many.cells': { ja: 'セル', en: 'cells' },
  'workbook.styles-too-large': {
    ja: '書式（xl/styles.xml）が {size} を超えています',
    en: 'the styles (xl/styles.xml) are larger than {size}',
  },
  'workbook.part-too-large': { ja: '{part} が {size} を超えています', en: '{part} is larger than {size}' },
  'workbook.too-many-sheets': {
    ja: 'シートが多すぎます（{max}枚超）',
    en: 'it has too many sheets (over {max})',
  },
  // The zip guard.
  'zip.no-end': {
    ja: 'zip の終わり（中央ディレクトリ）がありません。ファイルが途中で切れています',
    en: 'the zip archive has no end (central directory): the file is cut short',
  },
  'zip.too-many-parts': { ja: '部品が多すぎます（{count}個）', en: 'it has too many parts ({count})' },
  'zip.directory-damaged': {
    ja: 'zip の目録（中央ディレクトリ）が壊れています',
    en: 'the zip directory is damaged',
  },
  'zip.cannot-unpack': {
    ja: '部品を展開できません（圧縮データが壊れています）',
    en: 'a part cannot be unpacked: its compressed data is damaged',
  },
  'zip.cannot-unpack-part': {
    ja: '部品 {name} を展開できません（圧縮データが壊れています）',
    en: 'a part ({name}) cannot be unpacked: its compressed data is damaged',
  },
  'zip.declares-size': { ja: '展開すると {size} になります', en: 'it declares {size} unpacked' },
  'zip.unpacks-over': { ja: '展開すると {size} を超えます', en: 'it unpacks to more than {size}' },
  'zip.unsupported-method': {
    ja: '部品 {name} は対応していない圧縮方式（{method}）です',
    en: 'the part {name} uses an unsupported compression method ({method})',
  },
  'zip.part-missing': { ja: '部品 {name} がありません', en: 'the part {name} is missing' },
  'zip.part-cut': { ja: '部品 {name} が途中で切れています', en: 'the part {name} is cut short' },
});

export const wt = workbookMessages.t;
