/** serial.*, dn.*, reason.*, form.no-certificates: the certificate table. */

import { REASONS, REASONS_NEEDING_DETAIL, type ReasonCode } from '../fields';
import { cellAddress } from '../grid';
import { ft } from '../messages';
import { codePoint, comparisonKey } from '../text';
import type { Target } from '../types';
import { profileMismatch } from './institution';
import { type FieldRule, type FormRule, msg, nameOf } from './rule';

// ---------------------------------------------------------------- serial numbers (§3.7)

export type SerialReading = { ok: true; hex: string; digitsOnly: boolean; digits: number } | { ok: false };

/** Reads a serial as Windows shows it: separators (space, colon) allowed, optional 0x, any case. */
export function readSerial(text: string): SerialReading {
  let s = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s:]+/g, '');
  if (/^0x/i.test(s)) s = s.slice(2);
  if (s === '' || !/^[0-9A-Fa-f]+$/.test(s)) return { ok: false };
  const hex = s.replace(/^0+(?=.)/, '').toUpperCase();
  return { ok: true, hex, digitsOnly: /^[0-9]+$/.test(s), digits: hex.length };
}

/** The normalised serial, or undefined when the text is not a serial. */
export function normaliseSerial(text: string): string | undefined {
  const r = readSerial(text);
  return r.ok ? r.hex : undefined;
}

const isSerial = (t: Target) => t.key === 'serial';
const PRINTABLE = /^[\x20-\x7e]*$/;
const asciiOrSkip = (text: string) => PRINTABLE.test(text) || PRINTABLE.test(text.normalize('NFKC'));

export const serialFormat: FieldRule = {
  scope: 'field',
  id: 'serial.format',
  severity: 'error',
  description: ft('rule.serial.format'),
  messages: ['serial.format'],
  appliesTo: isSerial,
  check(t) {
    if (!asciiOrSkip(t.value.text) || readSerial(t.value.text).ok) return [];
    return [{ message: ft('serial.format', { field: nameOf(t), value: t.value.text }) }];
  },
};

export const SERIAL_MAX_DIGITS = 40;
export const DECIMAL_SUSPECT_DIGITS = 20;

/**
 * A serial of digits only, 20 or more of them, read as a decimal number: its hex form when that fits
 * a serial (at most 40 hex digits), else undefined.
 */
export function decimalSerial(text: string): { decimal: string; hex: string } | undefined {
  const r = readSerial(text);
  if (!r.ok || !r.digitsOnly) return undefined;
  const decimal = text
    .normalize('NFKC')
    .replace(/[\s:]+/g, '')
    .replace(/^0x/i, '');
  if (decimal.replace(/^0+/, '').length < DECIMAL_SUSPECT_DIGITS) return undefined;
  const hex = BigInt(decimal).toString(16).toUpperCase();
  return hex.length <= SERIAL_MAX_DIGITS ? { decimal, hex } : undefined;
}

export const serialTooLong: FieldRule = {
  scope: 'field',
  id: 'serial.too-long',
  severity: 'error',
  description: ft('rule.serial.too-long'),
  messages: ['serial.too-long'],
  appliesTo: isSerial,
  check(t) {
    const r = readSerial(t.value.text);
    if (!r.ok || r.digits <= SERIAL_MAX_DIGITS) return [];
    // Digits only that read as a decimal serial: one finding, serial.decimal-suspect's.
    if (decimalSerial(t.value.text)) return [];
    return [{ message: ft('serial.too-long', { field: nameOf(t), digits: r.digits }) }];
  },
};

export const serialDecimalSuspect: FieldRule = {
  scope: 'field',
  id: 'serial.decimal-suspect',
  severity: 'warning',
  description: ft('rule.serial.decimal-suspect'),
  messages: ['serial.decimal-suspect', 'serial.decimal-suspect.not-hex', 'serial.decimal-suspect.fix'],
  appliesTo: isSerial,
  check(t) {
    const d = decimalSerial(t.value.text);
    if (!d) return [];
    const params = { field: nameOf(t), value: t.value.text, digits: d.decimal.length, hex: d.hex };
    const fix = { value: d.hex, ...ft('serial.decimal-suspect.fix', params) };
    // Over 40 digits it cannot be a hex serial: certainly decimal, and an error until converted.
    if ((readSerial(t.value.text) as { digits: number }).digits > SERIAL_MAX_DIGITS)
      return [{ message: ft('serial.decimal-suspect.not-hex', params), fix, severity: 'error' }];
    return [{ message: ft('serial.decimal-suspect', params), fix }];
  },
};

export const serialDuplicate: FormRule = {
  scope: 'form',
  id: 'serial.duplicate',
  severity: 'error',
  description: msg('同じシリアル番号が2回以上あります', 'The same serial twice'),
  check(ctx) {
    const seen = new Map<string, number>();
    const out = [];
    for (const entry of ctx.form.certificates) {
      const cell = entry.cells.serial;
      if (!cell || cell.text.trim() === '') continue;
      const hex = normaliseSerial(cell.text);
      if (!hex) continue;
      const first = seen.get(hex);
      if (first === undefined) {
        seen.set(hex, entry.index);
        continue;
      }
      out.push({
        field: `certificates[${entry.index}].serial`,
        cell: cell.cell,
        message: msg(
          `証明書${entry.index}件目（${entry.row}行目）のシリアル番号 ${hex} は${first}件目と同じです。重複した行を削除してください。`,
          `The serial ${hex} of certificate ${entry.index} (row ${entry.row}) repeats certificate ${first}: delete the duplicate row.`,
        ),
      });
    }
    return out;
  },
};

// ---------------------------------------------------------------- subject DN values (§3.8)

const DN_KEYS = new Set(['cn', 'o', 'l', 'st', 'c']);
const DN_ALLOWED = /^[A-Za-z0-9 '(),\-./:=]$/;
const DN_VALUE = /^[A-Za-z0-9 '(),\-./:=]*$/;

export const dnCharset: FieldRule = {
  scope: 'field',
  id: 'dn.charset',
  severity: 'error',
  description: msg('DNに使えない文字があります', 'A character outside the DN set'),
  appliesTo: (t) => DN_KEYS.has(t.key),
  check(t) {
    const text = t.value.text;
    if (DN_VALUE.test(text)) return [];
    if (!asciiOrSkip(text)) return []; // charset.not-ascii says it
    const bad = [...new Set(text.normalize('NFKC'))].filter((c) => !DN_ALLOWED.test(c));
    if (bad.length === 0) return [];
    const n = nameOf(t);
    const shown = bad.map((c) => `「${c}」(${codePoint(c)})`).join(' ');
    return [
      {
        message: msg(
          `${n.ja}に使えない記号 ${shown} があります。使えるのは半角英数字、空白と ' ( ) , - . / : = だけです。`,
          `The ${n.en} contains ${shown}, which a DN cannot hold: only letters, digits, space and ' ( ) , - . / : = are allowed.`,
        ),
      },
    ];
  },
};

export const dnCountry: FieldRule = {
  scope: 'field',
  id: 'dn.country',
  severity: 'error',
  description: msg('C（国名）が JP ではありません', 'C is not JP'),
  appliesTo: (t) => t.key === 'c',
  check(t) {
    if (t.value.text === 'JP') return [];
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja}が「${t.value.text}」です。UPKIの証明書では必ず半角大文字の「JP」です。`,
          `The ${n.en} is 「${t.value.text}」; UPKI certificates always have 「JP」.`,
        ),
        fix: { value: 'JP', ja: '「JP」にする', en: 'Set “JP”' },
      },
    ];
  },
};

export const dnLForbidden: FieldRule = {
  scope: 'field',
  id: 'dn.l-forbidden',
  severity: 'error',
  description: msg('L に使えない値です', 'A forbidden L value'),
  appliesTo: (t) => t.key === 'l',
  check(t) {
    const v = t.value.text.trim();
    const word = /academe/i.test(v)
      ? 'Academe'
      : /default/i.test(v)
        ? 'Default'
        : /^city$/i.test(v)
          ? 'City'
          : undefined;
    if (!word) return [];
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja}「${v}」は使えません（Academe・Default を含む値、City だけの値は不可）。機関の所在地の市区町村名をローマ字で書いてください。例: Chiyoda-ku`,
          `The ${n.en} 「${v}」 is not allowed (no Academe or Default, not City alone): write the institution's city in romaji, e.g. Chiyoda-ku.`,
        ),
      },
    ];
  },
};

export const dnStLMissing: FormRule = {
  scope: 'form',
  id: 'dn.st-l-missing',
  severity: 'error',
  description: msg('L と ST が空です', 'L and ST empty'),
  check(ctx) {
    const out = [];
    for (const e of ctx.form.certificates) {
      const l = e.cells.l?.text.trim() ?? '';
      const st = e.cells.st?.text.trim() ?? '';
      if (l && st) continue;
      const where = {
        ja: `証明書${e.index}件目（${e.row}行目）`,
        en: `certificate ${e.index} (row ${e.row})`,
      };
      const emptyCell = (l ? e.cells.st : e.cells.l) ?? e.cells.serial;
      const cell = emptyCell?.cell ?? cellAddress(ctx.form.sheet, e.row, 1);
      if (!l && !st) {
        out.push({
          field: `certificates[${e.index}].l`,
          cell,
          message: msg(
            `${where.ja}の L（市区町村名）と ST（都道府県名）がどちらも空です。少なくとも一方（できれば両方）を証明書のとおりに入力してください。`,
            `L (locality) and ST (prefecture) of ${where.en} are both empty: fill in at least one, preferably both, as in the certificate.`,
          ),
        });
      } else {
        const missing = l ? 'ST（都道府県名）' : 'L（市区町村名）';
        out.push({
          field: `certificates[${e.index}].${l ? 'st' : 'l'}`,
          cell,
          severity: 'warning' as const,
          message: msg(
            `${where.ja}の ${missing} が空です。証明書に含まれている場合は入力してください（両方あるのが確実です）。`,
            `${l ? 'ST' : 'L'} of ${where.en} is empty: fill it in if the certificate has it (both is the safe form).`,
          ),
        });
      }
    }
    return out;
  },
};

const PROFILE_KEY = { o: 'organization', l: 'locality', st: 'state' } as const;

export const dnProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'dn.profile-mismatch',
  severity: 'error',
  description: msg('O・L・ST がプロファイルと異なります', 'O, L or ST differs from the profile'),
  appliesTo: (t) => t.key in PROFILE_KEY,
  check(t, ctx) {
    const expected = ctx.profile?.[PROFILE_KEY[t.key as keyof typeof PROFILE_KEY]];
    return expected ? profileMismatch(t.value.text, expected, nameOf(t)) : [];
  },
};

// ---------------------------------------------------------------- reasons (§3.9)

/** The reason code of a cell's text (label or alias), or undefined. */
const REASON_KEYS = new Map<string, ReasonCode>(
  REASONS.flatMap((r) =>
    [r.label, ...r.aliases].map((l) => [comparisonKey(l), r.code] as [string, ReasonCode]),
  ),
);

export function reasonCode(text: string): ReasonCode | undefined {
  return REASON_KEYS.get(comparisonKey(text));
}

export const reasonInvalid: FieldRule = {
  scope: 'field',
  id: 'reason.invalid',
  severity: 'error',
  description: msg('失効理由が一覧にありません', 'Not one of the revocation reasons'),
  appliesTo: (t) => t.key === 'reason',
  check(t) {
    if (reasonCode(t.value.text)) return [];
    const n = nameOf(t);
    const labels = REASONS.map((r) => r.label).join('」「');
    return [
      {
        message: msg(
          `${n.ja}「${t.value.text}」は選べる失効理由ではありません。「${labels}」から選んでください。`,
          `The ${n.en} 「${t.value.text}」 is not a revocation reason: pick one of 「${labels}」.`,
        ),
      },
    ];
  },
};

export const reasonDetailRequired: FormRule = {
  scope: 'form',
  id: 'reason.detail-required',
  severity: 'error',
  description: msg('失効理由の詳細が必要です', 'The reason needs a detail'),
  check(ctx) {
    const out = [];
    for (const e of ctx.form.certificates) {
      const code = reasonCode(e.cells.reason?.text ?? '');
      if (!code || !REASONS_NEEDING_DETAIL.includes(code)) continue;
      if ((e.cells.reasonDetail?.text.trim() ?? '') !== '') continue;
      const label = REASONS.find((r) => r.code === code)?.label;
      out.push({
        field: `certificates[${e.index}].reasonDetail`,
        cell: (e.cells.reasonDetail ?? e.cells.reason)?.cell ?? cellAddress(ctx.form.sheet, e.row, 1),
        message: msg(
          `証明書${e.index}件目（${e.row}行目）の失効理由「${label}」には詳細が必要です。「失効理由詳細」に経緯を書いてください。`,
          `Certificate ${e.index} (row ${e.row}): the reason 「${label}」 needs a detail; describe what happened in 「失効理由詳細」.`,
        ),
      });
    }
    return out;
  },
};

export const noCertificates: FormRule = {
  scope: 'form',
  id: 'form.no-certificates',
  severity: 'error',
  description: msg('失効する証明書が書かれていません', 'No certificate in the table'),
  check(ctx) {
    if (ctx.form.certificates.length > 0) return [];
    const table = ctx.form.table;
    const serialCol = table?.columns.serial;
    const cell =
      table && serialCol !== undefined
        ? cellAddress(ctx.form.sheet, table.headerRow + 1, serialCol)
        : cellAddress(ctx.form.sheet, 1, 1);
    return [
      {
        field: 'certificates',
        cell,
        message: table
          ? msg(
              '失効する証明書が1件も書かれていません。「シリアル番号」の見出しの下の行に証明書を入力してください。',
              'No certificate to revoke: enter one in the rows under the 「シリアル番号」 header.',
            )
          : msg(
              '証明書の表が見つかりません。「シリアル番号」などの見出し行と、その下に失効する証明書を入力してください。',
              'No certificate table: add a header row with 「シリアル番号」 and the other columns, and the certificates below it.',
            ),
      },
    ];
  },
};

export const certificateRules = [
  serialFormat,
  serialTooLong,
  serialDecimalSuspect,
  serialDuplicate,
  dnCharset,
  dnCountry,
  dnLForbidden,
  dnStLMissing,
  dnProfileMismatch,
  reasonInvalid,
  reasonDetailRequired,
  noCertificates,
];
