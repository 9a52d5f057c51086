/** date.invalid, date.future, date.stale, date.era, cert.expired */
import { readDate, slashDate } from '../dates';
import { ft } from '../messages';
import { dayNumber } from '../text';
import type { Target } from '../types';
import { type FieldRule, nameOf } from './rule';

const isDate = (t: Target) => t.def.kind === 'date';
const isApplicationDate = (t: Target) => t.key === 'applicationDate';

/** Days after which an application date draws `date.stale`. */
export const STALE_AFTER_DAYS = 30;

export const invalid: FieldRule = {
  scope: 'field',
  id: 'date.invalid',
  severity: 'error',
  description: ft('rule.date.invalid'),
  messages: ['date.invalid', 'date.invalid.impossible', 'date.invalid.fix'],
  appliesTo: isDate,
  check(t) {
    const r = readDate(t.value.raw);
    if (r.ok) return [];
    const params = { field: nameOf(t), value: t.value.text };
    if (r.reason === 'impossible' || r.reason === 'outside-era')
      return [{ message: ft('date.invalid.impossible', params) }];
    const problem = { message: ft('date.invalid', params) };
    if (!r.suggestion) return [problem];
    const value = slashDate(r.suggestion);
    return [{ ...problem, fix: { value, ...ft('date.invalid.fix', { value }) } }];
  },
};

export const era: FieldRule = {
  scope: 'field',
  id: 'date.era',
  severity: 'warning',
  description: ft('rule.date.era'),
  messages: ['date.era', 'date.era.fix'],
  appliesTo: isDate,
  check(t) {
    const r = readDate(t.value.raw);
    if (!r.ok || !r.era) return [];
    const value = slashDate(r.date);
    return [
      {
        message: ft('date.era', { field: nameOf(t), value: t.value.text, date: value }),
        fix: { value, ...ft('date.era.fix', { date: value }) },
      },
    ];
  },
};

export const future: FieldRule = {
  scope: 'field',
  id: 'date.future',
  severity: 'error',
  description: ft('rule.date.future'),
  messages: ['date.future'],
  appliesTo: isApplicationDate,
  check(t, ctx) {
    const r = readDate(t.value.raw);
    if (!r.ok || dayNumber(r.date) <= dayNumber(ctx.today)) return [];
    return [{ message: ft('date.future', { date: slashDate(r.date), today: slashDate(ctx.today) }) }];
  },
};

export const stale: FieldRule = {
  scope: 'field',
  id: 'date.stale',
  severity: 'warning',
  description: ft('rule.date.stale'),
  messages: ['date.stale'],
  appliesTo: isApplicationDate,
  check(t, ctx) {
    const r = readDate(t.value.raw);
    if (!r.ok) return [];
    const age = dayNumber(ctx.today) - dayNumber(r.date);
    if (age <= STALE_AFTER_DAYS) return [];
    return [{ message: ft('date.stale', { date: slashDate(r.date), age }) }];
  },
};

export const certExpired: FieldRule = {
  scope: 'field',
  id: 'cert.expired',
  severity: 'warning',
  description: ft('rule.cert.expired'),
  messages: ['cert.expired'],
  appliesTo: (t) => t.key === 'notAfter',
  check(t, ctx) {
    const r = readDate(t.value.raw);
    if (!r.ok || dayNumber(r.date) >= dayNumber(ctx.today)) return [];
    return [{ message: ft('cert.expired', { field: nameOf(t), date: slashDate(r.date) }) }];
  },
};

export const dateRules = [invalid, era, future, stale, certExpired];
