/** phone.format, email.format, email.too-long */
import { normaliseDashes } from '../text';
import type { Target } from '../types';
import { type FieldRule, msg, nameOf } from './rule';

const isPhone = (t: Target) => /(^|\.)phone$/.test(t.key);
const isEmail = (t: Target) => /(^|\.)email$/.test(t.key);

/** Prefixes of numbers with 11 digits (mobile, IP phone, 0800 free dial). */
const ELEVEN_DIGIT = /^0(?:[5789]0|800)/;

/** Whether a half-width number is a Japanese phone number (spec/form.md §3.5). */
export function isJapanesePhone(s: string): boolean {
  if (!/^\+?[0-9]+(?:-[0-9]+)*$/.test(s)) return false;
  let digits = s.replace(/-/g, '');
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+81') || digits.startsWith('+810')) return false;
    digits = `0${digits.slice(3)}`;
  }
  if (!digits.startsWith('0')) return false;
  return digits.length === (ELEVEN_DIGIT.test(digits) ? 11 : 10);
}

/** Full-width digits and dash variants made half-width; the writer's grouping kept. */
export function normalisePhone(s: string): string {
  return normaliseDashes(s.normalize('NFKC')).replace(/\s+/g, '');
}

export const phoneFormat: FieldRule = {
  scope: 'field',
  id: 'phone.format',
  severity: 'error',
  description: msg('電話番号の形式ではありません', 'Not a Japanese phone number'),
  appliesTo: isPhone,
  check(t) {
    const raw = t.value.text.trim();
    if (isJapanesePhone(raw)) return [];
    const n = nameOf(t);
    const problem = {
      message: msg(
        `${n.ja}「${t.value.text}」は電話番号の形式ではありません。半角数字とハイフンで、0から始まる10桁（携帯・IP電話は11桁）または +81 で始まる形で入力してください。例: 03-1234-5678`,
        `The ${n.en} 「${t.value.text}」 is not a Japanese phone number: use half-width digits and hyphens, 10 digits from 0 (11 for mobile and IP phones) or +81, e.g. 03-1234-5678.`,
      ),
    };
    const fixed = normalisePhone(raw);
    if (fixed === raw || !isJapanesePhone(fixed)) return [problem];
    return [{ ...problem, fix: { value: fixed, ja: `半角に直す: ${fixed}`, en: `Half-width: ${fixed}` } }];
  },
};

const LOCAL = /^[A-Za-z0-9._-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Why an address is not of the allowed form (spec/form.md §3.6), or undefined when it is. */
export function emailProblem(s: string): { ja: string; en: string } | undefined {
  const at = s.split('@');
  if (at.length !== 2) return { ja: '「@」がちょうど1つ必要です', en: 'it needs exactly one 「@」' };
  const [local, domain] = at as [string, string];
  if (!local || !LOCAL.test(local))
    return {
      ja: '@の前は半角英数字と . _ - だけが使えます',
      en: 'before the @ only letters, digits and . _ - are allowed',
    };
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return {
      ja: '@の前の「.」は先頭・末尾・連続にできません',
      en: 'a 「.」 before the @ cannot lead, trail or repeat',
    };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)))
    return {
      ja: '@の後はドメイン名（半角英数字と - 、「.」で区切る）にしてください',
      en: 'after the @ write a domain name (letters, digits and -, with dots)',
    };
  return undefined;
}

export const emailFormat: FieldRule = {
  scope: 'field',
  id: 'email.format',
  severity: 'error',
  description: msg('メールアドレスの形式ではありません', 'Not an e-mail address of the allowed form'),
  appliesTo: isEmail,
  check(t) {
    const trimmed = t.value.text.trim();
    const value = /^[\x20-\x7e]*$/.test(trimmed) ? trimmed : trimmed.normalize('NFKC');
    if (!/^[\x20-\x7e]*$/.test(value)) return []; // charset.not-ascii says it
    const problem = emailProblem(value);
    if (!problem) return [];
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja}「${t.value.text}」はメールアドレスの形式ではありません: ${problem.ja}。`,
          `The ${n.en} 「${t.value.text}」 is not a valid address: ${problem.en}.`,
        ),
      },
    ];
  },
};

export const EMAIL_MAX = 78;

export const emailTooLong: FieldRule = {
  scope: 'field',
  id: 'email.too-long',
  severity: 'error',
  description: msg('メールアドレスが78文字を超えています', 'E-mail longer than 78 characters'),
  appliesTo: isEmail,
  check(t) {
    const length = [...t.value.text.trim()].length;
    if (length <= EMAIL_MAX) return [];
    const n = nameOf(t);
    return [
      {
        message: msg(
          `${n.ja}が${length}文字あります。申請できるのは${EMAIL_MAX}文字までです。短いアドレスを使ってください。`,
          `The ${n.en} has ${length} characters; the service accepts at most ${EMAIL_MAX}: use a shorter address.`,
        ),
      },
    ];
  },
};

export const contactRules = [phoneFormat, emailFormat, emailTooLong];
