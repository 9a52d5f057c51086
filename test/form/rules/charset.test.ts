import { describe, expect, it } from 'vitest';
import {
  describeChars,
  halfwidthKatakana,
  machineDependent,
  notAscii,
  notJisX0208,
} from '../../../src/form/rules/charset';
import { contextFor, targetFor, testRule } from './rule-tester';

testRule(halfwidthKatakana, 'officer.department', {
  valid: [{ value: '情報基盤センター' }, { value: 'ABC-123' }],
  invalid: [
    { value: 'ｼｽﾃﾑ部', errors: [{ severity: 'error', fix: 'システム部', ja: 'U+FF7C' }] },
    { value: 'ｶﾞｲﾄﾞ', errors: [{ severity: 'error', fix: 'ガイド' }] },
    { value: 'ﾊﾟｽ', errors: [{ severity: 'error', fix: 'パス' }] },
    { value: 'ｱ', field: 'cn', errors: [{ severity: 'error', fix: 'ア' }] },
  ],
});

testRule(machineDependent, 'officer.name', {
  valid: [{ value: '高橋 一郎' }, { value: '渡辺 崎' }, { value: '∵≒≡' }, { value: '～〜－−' }],
  invalid: [
    { value: '髙橋 一郎', errors: [{ severity: 'error', fix: '高橋 一郎', ja: 'U+9AD9' }] },
    { value: '山﨑 太郎', errors: [{ severity: 'error', fix: '山崎 太郎', ja: 'U+FA11' }] },
    { value: '第①班', errors: [{ severity: 'error', fix: '第(1)班', ja: 'U+2460' }] },
    { value: '⑳', errors: [{ severity: 'error', fix: '(20)' }] },
    { value: 'Ⅱ期', errors: [{ severity: 'error', fix: 'II期' }] },
    { value: 'ⅳ', errors: [{ severity: 'error', fix: 'iv' }] },
    { value: '㈱申請', errors: [{ severity: 'error', fix: '(株)申請' }] },
    { value: '㈱申請', field: 'institutionName', errors: [{ severity: 'error', fix: '株式会社申請' }] },
    { value: '㈲', errors: [{ severity: 'error', fix: '(有)' }] },
    { value: '㍻31年', errors: [{ severity: 'error', fix: '平成31年' }] },
    { value: '№1', errors: [{ severity: 'error', fix: 'No.1' }] },
    { value: '℡', errors: [{ severity: 'error', fix: 'TEL' }] },
    { value: '㎡', errors: [{ severity: 'error', fix: 'm2' }] },
    { value: '德川', errors: [{ severity: 'error', fix: '徳川' }] },
    { value: '\uFA10', errors: [{ severity: 'error', fix: '塚' }] },
    { value: '\uFA19', errors: [{ severity: 'error', fix: '神' }] },
    { value: '\uF9DC', errors: [{ severity: 'error', fix: '隆' }] },
    { value: '\uFA1B', errors: [{ severity: 'error', fix: '福' }] },
    { value: '瀨戸', errors: [{ severity: 'error', fix: '瀬戸' }] },
    { value: '栁田', errors: [{ severity: 'error', fix: '柳田' }] },
    { value: '纊', errors: [{ severity: 'error', fix: null, ja: 'IBM拡張文字' }] },
    { value: '∑', errors: [{ severity: 'error', fix: null, ja: 'NEC特殊文字' }] },
  ],
});

testRule(notJisX0208, 'officer.name', {
  valid: [
    { value: '申請 太郎' },
    { value: 'ABC abc 123 !?' },
    { value: '〜～‖∥¢￠£￡¬￢—―' },
    { value: '髙' },
  ],
  invalid: [
    { value: '𠮷田 太郎', errors: [{ severity: 'error', fix: null, ja: 'U+20BB7' }] },
    { value: '😀', errors: [{ severity: 'error', fix: null, ja: '絵文字' }] },
    { value: '俱', errors: [{ severity: 'error', fix: null, ja: 'U+4FF1' }] },
    { value: 'café', errors: [{ severity: 'error', fix: null, ja: 'U+00E9' }] },
    { value: '\u0007', errors: [{ severity: 'error', fix: null, ja: '制御文字' }] },
  ],
});

testRule(notAscii, 'officer.email', {
  valid: [{ value: 'taro@univ.example.ac.jp' }, { value: 'Shinsei University', field: 'o' }],
  invalid: [
    {
      value: 'ｔａｒｏ＠ｕｎｉｖ．ｅｘａｍｐｌｅ．ａｃ．ｊｐ',
      errors: [{ severity: 'error', fix: 'taro@univ.example.ac.jp', ja: 'U+FF54' }],
    },
    {
      value: '０３－１２３４－５６７８',
      field: 'officer.phone',
      errors: [{ severity: 'error', fix: '03-1234-5678' }],
    },
    { value: 'ＪＰ', field: 'c', errors: [{ severity: 'error', fix: 'JP' }] },
    { value: '東京', field: 'st', errors: [{ severity: 'error', fix: null }] },
  ],
});

describe('describeChars', () => {
  it('lists each character once, grouped by kind, full-width letters as 全角英数字', () => {
    const d = describeChars([...'ｔａｒｏ＠ｕｎｉｖ．ｅｘａｍｐｌｅ．ａｃ．ｊｐ']);
    expect(d.ja).toBe(
      '全角英数字（「ｔ」U+FF54、「ａ」U+FF41、「ｒ」U+FF52、「ｏ」U+FF4F、「ｕ」U+FF55、「ｎ」U+FF4E ほか9文字）、全角記号（「＠」U+FF20、「．」U+FF0E）',
    );
    expect(d.en).toBe(
      'full-width letters and digits (“ｔ” U+FF54, “ａ” U+FF41, “ｒ” U+FF52, “ｏ” U+FF4F, “ｕ” U+FF55, “ｎ” U+FF4E and 9 more); full-width symbols (“＠” U+FF20, “．” U+FF0E)',
    );
  });

  it('names each kind: half-width katakana, NEC, IBM, outside JIS X 0208, control', () => {
    expect(describeChars(['ｱ', '①', '纊', '𠮷', '\u0007', 'ｱ']).ja).toBe(
      '半角カタカナ（「ｱ」U+FF71）、NEC特殊文字（「①」U+2460）、IBM拡張文字（「纊」U+7E8A）、JIS X 0208にない漢字（第3・第4水準など）（「𠮷」U+20BB7）、制御文字（U+0007）',
    );
  });

  it('a full-width phone number is 全角英数字 and 全角記号, each once', () => {
    const t = notAscii.check(targetFor('officer.phone', '０３－１２３４－５６７８'), contextFor({}));
    expect(t[0]?.message.ja).toContain(
      '全角英数字（「０」U+FF10、「３」U+FF13、「１」U+FF11、「２」U+FF12、「４」U+FF14、「５」U+FF15 ほか3文字）、全角記号（「－」U+FF0D）',
    );
  });
});
