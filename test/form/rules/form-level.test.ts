/** The form-level rules through the same tester as the field rules, and the tester's own strictness. */
import { describe, expect, it } from 'vitest';
import {
  dnStLMissing,
  noCertificates,
  reasonDetailRequired,
  serialDuplicate,
} from '../../../src/form/rules/certificate';
import type { Finding } from '../../../src/form/types';
import { expectFindings, testFormRule } from './rule-tester';

const row19 = {
  B19: 'X',
  C19: 'Shinsei University',
  D19: 'Chiyoda-ku',
  E19: 'Tokyo',
  F19: 'JP',
  H19: '不要',
};

testFormRule(serialDuplicate, {
  valid: [
    { name: 'one certificate', cells: {} },
    { name: 'two different serials', cells: { A19: '4B3A21F1', ...row19 } },
  ],
  invalid: [
    {
      name: 'the same serial written another way',
      cells: { A19: '4b:3a:21:f0', ...row19 },
      errors: [{ field: 'certificates[2].serial', severity: 'error', fix: null, ja: '1件目と同じ' }],
    },
    {
      name: 'three times',
      cells: {
        A19: '4B3A21F0',
        ...row19,
        A20: '0x4B3A21F0',
        B20: 'X',
        D20: 'Chiyoda-ku',
        F20: 'JP',
        H20: '不要',
      },
      errors: [
        { field: 'certificates[2].serial', severity: 'error', fix: null },
        { field: 'certificates[3].serial', severity: 'error', fix: null },
      ],
    },
  ],
});

testFormRule(dnStLMissing, {
  valid: [{ name: 'L and ST', cells: {} }],
  invalid: [
    {
      name: 'both empty',
      cells: { D18: null, E18: null },
      errors: [{ field: 'certificates[1].l', severity: 'error', fix: null }],
    },
    {
      name: 'ST empty',
      cells: { E18: null },
      errors: [{ field: 'certificates[1].st', severity: 'warning', fix: null, ja: 'ST（都道府県名）' }],
    },
    {
      name: 'L empty',
      cells: { D18: null },
      errors: [{ field: 'certificates[1].l', severity: 'warning', fix: null, ja: 'L（市区町村名）' }],
    },
  ],
});

testFormRule(reasonDetailRequired, {
  valid: [
    { name: 'a reason without detail', cells: { H18: '再発行' } },
    { name: 'other with a detail', cells: { H18: 'その他', I18: '理由' } },
  ],
  invalid: [
    {
      name: 'key compromise without detail',
      cells: { H18: '秘密鍵の危殆化' },
      errors: [{ field: 'certificates[1].reasonDetail', severity: 'error', fix: null }],
    },
    {
      name: 'unspecified without detail',
      cells: { H18: 'unspecified' },
      errors: [{ field: 'certificates[1].reasonDetail', severity: 'error', fix: null }],
    },
  ],
});

testFormRule(noCertificates, {
  valid: [{ name: 'one certificate', cells: {} }],
  invalid: [
    {
      name: 'an empty table',
      cells: { A18: null, B18: null, C18: null, D18: null, E18: null, F18: null, G18: null, H18: null },
      errors: [{ field: 'certificates', severity: 'error', fix: null }],
    },
  ],
});

describe('the rule tester', () => {
  const finding = (over: Partial<Finding> = {}): Finding => ({
    rule: 'r',
    field: 'f',
    cell: 'S!A1',
    severity: 'error',
    message: { ja: '日本語のメッセージ', en: 'An English message' },
    ...over,
  });
  const one = [{ severity: 'error' as const, fix: null }];

  it('fails on an extra finding', () => {
    expect(() => expectFindings([finding(), finding()], one, { rule: 'r', field: 'f' })).toThrow();
  });
  it('fails on a wrong field, severity, rule or fix', () => {
    expect(() => expectFindings([finding({ field: 'g' })], one, { rule: 'r', field: 'f' })).toThrow();
    expect(() =>
      expectFindings([finding({ severity: 'warning' })], one, { rule: 'r', field: 'f' }),
    ).toThrow();
    expect(() => expectFindings([finding({ rule: 's' })], one, { rule: 'r', field: 'f' })).toThrow();
    const fix = { value: 'x', ja: '修正', en: 'Fix it' };
    expect(() => expectFindings([finding({ fix })], one, { rule: 'r', field: 'f' })).toThrow();
  });
  it('fails on a message with an unfilled placeholder', () => {
    const message = { ja: '{name}が空です', en: 'The {name} is empty' };
    expect(() => expectFindings([finding({ message })], one, { rule: 'r', field: 'f' })).toThrow();
  });
  it('passes the exact findings', () => {
    expect(() => expectFindings([finding()], one, { rule: 'r', field: 'f' })).not.toThrow();
  });
});
