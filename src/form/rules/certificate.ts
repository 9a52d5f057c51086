/** serial.*, dn.*, reason.*, form.no-certificates: the certificate table. */

import { REASONS, REASONS_NEEDING_DETAIL, type ReasonCode } from '../fields';
import { type CellValue, cellAddress } from '../grid';
import { ft } from '../messages';
import { normaliseSerial, readSerial } from '../serial';
import { codePoint, comparisonKey } from '../text';
import type { Target } from '../types';
import { profileMismatch } from './institution';
import { type FieldRule, type FormRule, nameOf } from './rule';

// ---------------------------------------------------------------- serial numbers (§3.7)

// Reading a serial lives in ../serial.ts: the notice reader and the PDF comparison use it
// without the rules.
export { normaliseSerial, readSerial, type SerialReading } from '../serial';

const isSerial = (t: Target) => t.key === 'serial';

/**
 * A serial Excel holds as a number of 16 digits or more: Excel keeps 15 significant digits (and shows
 * 1.5E+20), so the digits after them are lost and no reading of the number is the certificate's serial.
 */
export function roundedByExcel(raw: CellValue): boolean {
  return typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) >= 1e15;
}

const PRINTABLE = /^[\x20-\x7e]*$/;
const asciiOrSkip = (text: string) => PRINTABLE.test(text) || PRINTABLE.test(text.normalize('NFKC'));

export const serialFormat: FieldRule = {
  scope: 'field',
  id: 'serial.format',
  severity: 'error',
  description: ft('rule.serial.format'),
  messages: ['serial.format', 'serial.number-rounded'],
  appliesTo: isSerial,
  check(t) {
    // 20 digits or more: serial.decimal-suspect says it.
    if (roundedByExcel(t.value.raw) && !decimalSerial(t.value.text))
      return [{ message: ft('serial.number-rounded', { field: nameOf(t), value: t.value.text }) }];
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
  messages: [
    'serial.decimal-suspect',
    'serial.decimal-suspect.not-hex',
    'serial.decimal-suspect.fix',
    'serial.number-rounded',
  ],
  appliesTo: isSerial,
  check(t) {
    const d = decimalSerial(t.value.text);
    if (!d) return [];
    // Rounded by Excel: the hex of the number left is not the serial, so no fix, and an error.
    if (roundedByExcel(t.value.raw))
      return [
        {
          message: ft('serial.number-rounded', { field: nameOf(t), value: t.value.text }),
          severity: 'error',
        },
      ];
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
  description: ft('rule.serial.duplicate'),
  messages: ['serial.duplicate'],
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
        message: ft('serial.duplicate', { index: entry.index, row: entry.row, hex, first }),
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
  description: ft('rule.dn.charset'),
  messages: ['dn.charset'],
  appliesTo: (t) => DN_KEYS.has(t.key),
  check(t) {
    const text = t.value.text;
    if (DN_VALUE.test(text)) return [];
    if (!asciiOrSkip(text)) return []; // charset.not-ascii says it
    const bad = [...new Set(text.normalize('NFKC'))].filter((c) => !DN_ALLOWED.test(c));
    if (bad.length === 0) return [];
    const chars = bad.map((c) => `「${c}」(${codePoint(c)})`).join(' ');
    return [{ message: ft('dn.charset', { field: nameOf(t), chars }) }];
  },
};

export const dnCountry: FieldRule = {
  scope: 'field',
  id: 'dn.country',
  severity: 'error',
  description: ft('rule.dn.country'),
  messages: ['dn.country', 'dn.country.fix'],
  appliesTo: (t) => t.key === 'c',
  check(t) {
    if (t.value.text === 'JP') return [];
    return [
      {
        message: ft('dn.country', { field: nameOf(t), value: t.value.text }),
        fix: { value: 'JP', ...ft('dn.country.fix') },
      },
    ];
  },
};

export const dnLForbidden: FieldRule = {
  scope: 'field',
  id: 'dn.l-forbidden',
  severity: 'error',
  description: ft('rule.dn.l-forbidden'),
  messages: ['dn.l-forbidden'],
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
    return [{ message: ft('dn.l-forbidden', { field: nameOf(t), value: v }) }];
  },
};

export const dnStLMissing: FormRule = {
  scope: 'form',
  id: 'dn.st-l-missing',
  severity: 'error',
  description: ft('rule.dn.st-l-missing'),
  messages: ['dn.st-l-missing', 'dn.st-l-missing.one', 'dn.st-l-missing.l', 'dn.st-l-missing.st'],
  check(ctx) {
    const out = [];
    for (const e of ctx.form.certificates) {
      const l = e.cells.l?.text.trim() ?? '';
      const st = e.cells.st?.text.trim() ?? '';
      if (l && st) continue;
      const where = { index: e.index, row: e.row };
      const emptyCell = (l ? e.cells.st : e.cells.l) ?? e.cells.serial;
      const cell = emptyCell?.cell ?? cellAddress(ctx.form.sheet, e.row, 1);
      if (!l && !st) {
        out.push({
          field: `certificates[${e.index}].l`,
          cell,
          message: ft('dn.st-l-missing', where),
        });
      } else {
        const missing = ft(l ? 'dn.st-l-missing.st' : 'dn.st-l-missing.l');
        out.push({
          field: `certificates[${e.index}].${l ? 'st' : 'l'}`,
          cell,
          severity: 'warning' as const,
          message: ft('dn.st-l-missing.one', { ...where, missing }),
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
  description: ft('rule.dn.profile-mismatch'),
  messages: ['profile-mismatch', 'profile-mismatch.fix'],
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
  description: ft('rule.reason.invalid'),
  messages: ['reason.invalid'],
  appliesTo: (t) => t.key === 'reason',
  check(t) {
    if (reasonCode(t.value.text)) return [];
    const n = nameOf(t);
    const labels = REASONS.map((r) => r.label).join('」「');
    return [
      {
        message: ft('reason.invalid', { field: n, value: t.value.text, labels }),
      },
    ];
  },
};

export const reasonDetailRequired: FormRule = {
  scope: 'form',
  id: 'reason.detail-required',
  severity: 'error',
  description: ft('rule.reason.detail-required'),
  messages: ['reason.detail-required'],
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
        message: ft('reason.detail-required', { index: e.index, row: e.row, label: label ?? '' }),
      });
    }
    return out;
  },
};

export const noCertificates: FormRule = {
  scope: 'form',
  id: 'form.no-certificates',
  severity: 'error',
  description: ft('rule.form.no-certificates'),
  messages: ['form.no-certificates', 'form.no-certificates.no-table'],
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
        message: ft(table ? 'form.no-certificates' : 'form.no-certificates.no-table'),
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
