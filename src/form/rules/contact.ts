/** phone.format, email.format, email.too-long */

import { ft } from '../messages';
import { normaliseDashes } from '../text';
import type { Target } from '../types';
import { type FieldRule, nameOf } from './rule';

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
  description: ft('rule.phone.format'),
  messages: ['phone.format', 'phone.format.fix'],
  appliesTo: isPhone,
  check(t) {
    const raw = t.value.text.trim();
    if (isJapanesePhone(raw)) return [];
    const problem = { message: ft('phone.format', { field: nameOf(t), value: t.value.text }) };
    const fixed = normalisePhone(raw);
    if (fixed === raw || !isJapanesePhone(fixed)) return [problem];
    return [{ ...problem, fix: { value: fixed, ...ft('phone.format.fix', { value: fixed }) } }];
  },
};

const LOCAL = /^[A-Za-z0-9._-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Why an address is not of the allowed form (spec/form.md §3.6), or undefined when it is. */
export function emailProblem(s: string): { ja: string; en: string } | undefined {
  const at = s.split('@');
  if (at.length !== 2) return ft('email.format.at');
  const [local, domain] = at as [string, string];
  if (!local || !LOCAL.test(local)) return ft('email.format.local');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return ft('email.format.dots');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return ft('email.format.domain');
  return undefined;
}

export const emailFormat: FieldRule = {
  scope: 'field',
  id: 'email.format',
  severity: 'error',
  description: ft('rule.email.format'),
  messages: [
    'email.format',
    'email.format.at',
    'email.format.local',
    'email.format.dots',
    'email.format.domain',
  ],
  appliesTo: isEmail,
  check(t) {
    const trimmed = t.value.text.trim();
    const value = /^[\x20-\x7e]*$/.test(trimmed) ? trimmed : trimmed.normalize('NFKC');
    if (!/^[\x20-\x7e]*$/.test(value)) return []; // charset.not-ascii says it
    const problem = emailProblem(value);
    if (!problem) return [];
    return [{ message: ft('email.format', { field: nameOf(t), value: t.value.text, why: problem }) }];
  },
};

export const EMAIL_MAX = 78;

export const emailTooLong: FieldRule = {
  scope: 'field',
  id: 'email.too-long',
  severity: 'error',
  description: ft('rule.email.too-long'),
  messages: ['email.too-long'],
  appliesTo: isEmail,
  check(t) {
    const length = [...t.value.text.trim()].length;
    if (length <= EMAIL_MAX) return [];
    return [{ message: ft('email.too-long', { field: nameOf(t), length, max: EMAIL_MAX }) }];
  },
};

export const contactRules = [phoneFormat, emailFormat, emailTooLong];
