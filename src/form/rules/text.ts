/** text.required, text.too-long, text.whitespace, text.line-break */
import { type FieldRule, msg, nameOf } from './rule';

const EMAIL_FIELDS = /(^|\.)email$/;
/** Fields whose value may span several lines. */
const MULTI_LINE = new Set(['reasonDetail']);

export const required: FieldRule = {
  scope: 'field',
  id: 'text.required',
  severity: 'error',
  description: msg('必須の項目が空です', 'A required value is empty'),
  checksEmpty: true,
  appliesTo: (t) => t.def.required === true,
  check(t, ctx) {
    if (t.value.text.trim() !== '') return [];
    const n = nameOf(t);
    const labelFound = t.entry
      ? ctx.form.table?.columns[t.key as keyof NonNullable<typeof ctx.form.table>['columns']] !== undefined
      : ctx.form.labels[t.key] !== undefined;
    if (!labelFound) {
      const labels = t.def.labels.join('」「');
      if (t.entry) {
        return [
          {
            message: msg(
              `${n.ja}: 証明書の表に「${labels}」の列がありません。見出し行に列を追加して入力してください。`,
              `${n.en}: the certificate table has no 「${t.def.labels[0]}」 column; add it to the header row and fill it in.`,
            ),
          },
        ];
      }
      return [
        {
          message: msg(
            `${n.ja}の欄が見つかりません。ラベル「${labels}」のセルを置き、その右のセルに入力してください。`,
            `No ${n.en} on the form: add a cell labelled 「${t.def.labels[0]}」 and enter the value in the cell to its right.`,
          ),
        },
      ];
    }
    return [
      {
        message: msg(`${n.ja}が入力されていません。入力してください。`, `The ${n.en} is empty: fill it in.`),
      },
    ];
  },
};

export const tooLong: FieldRule = {
  scope: 'field',
  id: 'text.too-long',
  severity: 'error',
  description: msg('文字数が上限を超えています', 'Longer than the limit'),
  appliesTo: (t) => t.def.maxLength !== undefined && !EMAIL_FIELDS.test(t.key),
  check(t) {
    const max = t.def.maxLength as number;
    if (t.value.text.length <= max) return []; // UTF-16 length ≥ characters
    const length = [...t.value.text].length;
    if (length <= max) return [];
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja}が${length}文字あります。${max}文字以内に短くしてください。`,
          `The ${n.en} has ${length} characters: shorten it to at most ${max}.`,
        ),
      },
    ];
  },
};

const SPACE = '[ \\u3000\\t]';
const LEADING = new RegExp(`^${SPACE}+`);
const TRAILING = new RegExp(`${SPACE}+$`);
const DOUBLED = new RegExp(`${SPACE}{2,}`, 'g');
const DOUBLED_ONCE = new RegExp(`${SPACE}{2,}`);
/** Any leading, trailing or doubled space on any line. */
const UNTIDY = new RegExp(`(?:^|[\\r\\n])${SPACE}|${SPACE}(?:$|[\\r\\n])|${SPACE}{2}`);

/** Trimmed, with each run of spaces kept as its first space (a tab becomes a space). */
export function tidySpaces(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(LEADING, '')
        .replace(TRAILING, '')
        .replace(DOUBLED, (run) => (run[0] === '\t' ? ' ' : (run[0] as string))),
    )
    .join('\n');
}

export const whitespace: FieldRule = {
  scope: 'field',
  id: 'text.whitespace',
  severity: 'warning',
  description: msg('前後の空白または連続した空白があります', 'Leading, trailing or doubled spaces'),
  appliesTo: (t) => t.def.kind !== 'date',
  check(t) {
    const text = t.value.text;
    if (!UNTIDY.test(text)) return [];
    const fixed = tidySpaces(text);
    if (fixed === text) return [];
    const n = nameOf(t);
    const what: string[] = [];
    const whatEn: string[] = [];
    if (text.split(/\r\n|\r|\n/).some((l) => LEADING.test(l))) {
      what.push('先頭');
      whatEn.push('leading');
    }
    if (text.split(/\r\n|\r|\n/).some((l) => TRAILING.test(l))) {
      what.push('末尾');
      whatEn.push('trailing');
    }
    if (DOUBLED_ONCE.test(text.trim())) {
      what.push('連続した');
      whatEn.push('doubled');
    }
    return [
      {
        message: msg(
          `${n.ja}に${what.join('・')}空白があります。余分な空白を削除してください。`,
          `The ${n.en} has ${whatEn.join(' and ')} spaces: remove the extra spaces.`,
        ),
        fix: { value: fixed, ja: '余分な空白を削除', en: 'Remove the extra spaces' },
      },
    ];
  },
};

export const lineBreak: FieldRule = {
  scope: 'field',
  id: 'text.line-break',
  severity: 'error',
  description: msg('1行で入力する欄に改行があります', 'A line break in a one-line field'),
  appliesTo: (t) => !MULTI_LINE.has(t.key) && t.def.kind !== 'date',
  check(t) {
    const text = t.value.text;
    if (!/[\r\n\u2028\u2029]/.test(text)) return [];
    const joined = text
      .split(/\r\n|[\r\n\u2028\u2029]/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' ');
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja}に改行が含まれています。1行で入力してください。`,
          `The ${n.en} contains a line break: write it on one line.`,
        ),
        fix: { value: joined, ja: '改行を空白に置き換えて1行に', en: 'Join the lines with a space' },
      },
    ];
  },
};

export const textRules = [required, tooLong, whitespace, lineBreak];
