/** date.invalid, date.future, date.stale, date.era, cert.expired */
import { readDate, slashDate } from '../dates';
import { dayNumber } from '../text';
import type { Target } from '../types';
import { type FieldRule, msg, nameOf } from './rule';

const isDate = (t: Target) => t.def.kind === 'date';
const isApplicationDate = (t: Target) => t.key === 'applicationDate';

/** Days after which an application date draws `date.stale`. */
export const STALE_AFTER_DAYS = 30;

export const invalid: FieldRule = {
  scope: 'field',
  id: 'date.invalid',
  severity: 'error',
  description: msg('日付として読めません', 'Not a date'),
  appliesTo: isDate,
  check(t) {
    const r = readDate(t.value.raw);
    if (r.ok) return [];
    const n = nameOf(t);
    const shown = t.value.text;
    if (r.reason === 'impossible' || r.reason === 'outside-era') {
      return [
        {
          message: msg(
            `${n.ja}「${shown}」は存在しない日付です。正しい日付を入力してください。`,
            `The ${n.en} 「${shown}」 is not a real date: enter a correct date.`,
          ),
        },
      ];
    }
    const problem = {
      message: msg(
        `${n.ja}「${shown}」を日付として読めません。日付のセルにするか、2026/11/25 の形で入力してください。`,
        `The ${n.en} 「${shown}」 is not a date: use a date cell or write it as 2026/11/25.`,
      ),
    };
    if (!r.suggestion) return [problem];
    const value = slashDate(r.suggestion);
    return [{ ...problem, fix: { value, ja: `${value} に書き換え`, en: `Write ${value}` } }];
  },
};

export const era: FieldRule = {
  scope: 'field',
  id: 'date.era',
  severity: 'warning',
  description: msg('和暦で書かれています', 'Written with a Japanese era'),
  appliesTo: isDate,
  check(t) {
    const r = readDate(t.value.raw);
    if (!r.ok || !r.era) return [];
    const n = nameOf(t);
    const value = slashDate(r.date);
    return [
      {
        message: msg(
          `${n.ja}「${t.value.text}」は和暦です。西暦（${value}）で入力してください。`,
          `The ${n.en} 「${t.value.text}」 uses a Japanese era: write the Gregorian date (${value}).`,
        ),
        fix: { value, ja: `西暦 ${value} に書き換え`, en: `Write ${value}` },
      },
    ];
  },
};

export const future: FieldRule = {
  scope: 'field',
  id: 'date.future',
  severity: 'error',
  description: msg('申請日が未来の日付です', 'Application date in the future'),
  appliesTo: isApplicationDate,
  check(t, ctx) {
    const r = readDate(t.value.raw);
    if (!r.ok || dayNumber(r.date) <= dayNumber(ctx.today)) return [];
    return [
      {
        message: msg(
          `申請日 ${slashDate(r.date)} が今日（${slashDate(ctx.today)}）より後です。実際に申請する日付を入力してください。`,
          `The application date ${slashDate(r.date)} is after today (${slashDate(ctx.today)}): enter the date you apply.`,
        ),
      },
    ];
  },
};

export const stale: FieldRule = {
  scope: 'field',
  id: 'date.stale',
  severity: 'warning',
  description: msg('申請日が30日以上前です', 'Application date more than 30 days ago'),
  appliesTo: isApplicationDate,
  check(t, ctx) {
    const r = readDate(t.value.raw);
    if (!r.ok) return [];
    const age = dayNumber(ctx.today) - dayNumber(r.date);
    if (age <= STALE_AFTER_DAYS) return [];
    return [
      {
        message: msg(
          `申請日 ${slashDate(r.date)} は${age}日前です。古い申請書でないか確認し、必要なら申請日を更新してください。`,
          `The application date ${slashDate(r.date)} is ${age} days ago: make sure the form is current and update the date if needed.`,
        ),
      },
    ];
  },
};

export const certExpired: FieldRule = {
  scope: 'field',
  id: 'cert.expired',
  severity: 'warning',
  description: msg('証明書の有効期限が過ぎています', 'The certificate has already expired'),
  appliesTo: (t) => t.key === 'notAfter',
  check(t, ctx) {
    const r = readDate(t.value.raw);
    if (!r.ok || dayNumber(r.date) >= dayNumber(ctx.today)) return [];
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja} ${slashDate(r.date)} は既に過ぎています。期限切れの証明書は失効不要の場合があります。対象の証明書か確認してください。`,
          `The ${n.en} ${slashDate(r.date)} has passed: an expired certificate may not need revoking. Check it is the right certificate.`,
        ),
      },
    ];
  },
};

export const dateRules = [invalid, era, future, stale, certExpired];
