/** text.required, text.too-long, text.whitespace, text.line-break */
import { ft } from '../messages';
import { type FieldRule, nameOf } from './rule';

const EMAIL_FIELDS = /(^|\.)email$/;
/** Fields whose value may span several lines. */
const MULTI_LINE = new Set(['reasonDetail']);

export const required: FieldRule = {
  scope: 'field',
  id: 'text.required',
  severity: 'error',
  description: ft('rule.text.required'),
  messages: ['text.required', 'text.required.no-column', 'text.required.no-label'],
  checksEmpty: true,
  appliesTo: (t) => t.def.required === true,
  check(t, ctx) {
    if (t.value.text.trim() !== '') return [];
    const n = nameOf(t);
    const labelFound = t.entry
      ? ctx.form.table?.columns[t.key as keyof NonNullable<typeof ctx.form.table>['columns']] !== undefined
      : ctx.form.labels[t.key] !== undefined;
    if (!labelFound) {
      const labels = { ja: t.def.labels.join('」「'), en: t.def.labels[0] ?? '' };
      const params = { field: n, labels };
      return [{ message: ft(t.entry ? 'text.required.no-column' : 'text.required.no-label', params) }];
    }
    return [{ message: ft('text.required', { field: n }) }];
  },
};

export const tooLong: FieldRule = {
  scope: 'field',
  id: 'text.too-long',
  severity: 'error',
  description: ft('rule.text.too-long'),
  messages: ['text.too-long'],
  appliesTo: (t) => t.def.maxLength !== undefined && !EMAIL_FIELDS.test(t.key),
  check(t) {
    const max = t.def.maxLength as number;
    if (t.value.text.length <= max) return []; // UTF-16 length ≥ characters
    const length = [...t.value.text].length;
    if (length <= max) return [];
    return [{ message: ft('text.too-long', { field: nameOf(t), length, max }) }];
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
  description: ft('rule.text.whitespace'),
  messages: [
    'text.whitespace',
    'text.whitespace.leading',
    'text.whitespace.trailing',
    'text.whitespace.doubled',
    'text.whitespace.fix',
  ],
  appliesTo: (t) => t.def.kind !== 'date',
  check(t) {
    const text = t.value.text;
    if (!UNTIDY.test(text)) return [];
    const fixed = tidySpaces(text);
    if (fixed === text) return [];
    const lines = text.split(/\r\n|\r|\n/);
    const what = [
      ...(lines.some((l) => LEADING.test(l)) ? [ft('text.whitespace.leading')] : []),
      ...(lines.some((l) => TRAILING.test(l)) ? [ft('text.whitespace.trailing')] : []),
      ...(DOUBLED_ONCE.test(text.trim()) ? [ft('text.whitespace.doubled')] : []),
    ];
    const where = { ja: what.map((w) => w.ja).join('・'), en: what.map((w) => w.en).join(' and ') };
    return [
      {
        message: ft('text.whitespace', { field: nameOf(t), where }),
        fix: { value: fixed, ...ft('text.whitespace.fix') },
      },
    ];
  },
};

export const lineBreak: FieldRule = {
  scope: 'field',
  id: 'text.line-break',
  severity: 'error',
  description: ft('rule.text.line-break'),
  messages: ['text.line-break', 'text.line-break.fix'],
  appliesTo: (t) => !MULTI_LINE.has(t.key) && t.def.kind !== 'date',
  check(t) {
    const text = t.value.text;
    if (!/[\r\n\u2028\u2029]/.test(text)) return [];
    const joined = text
      .split(/\r\n|[\r\n\u2028\u2029]/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' ');
    return [
      {
        message: ft('text.line-break', { field: nameOf(t) }),
        fix: { value: joined, ...ft('text.line-break.fix') },
      },
    ];
  },
};

export const textRules = [required, tooLong, whitespace, lineBreak];
