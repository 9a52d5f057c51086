import { halfwidthKatakana, machineDependent, notAscii, notJisX0208 } from '../../../src/form/rules/charset';
import { testRule } from './rule-tester';

testRule(halfwidthKatakana, 'officer.department', {
  valid: [{ value: '情報基盤センター' }, { value: 'ABC-123' }],
  invalid: [
    { value: 'ｼｽﾃﾑ部', fix: 'システム部', ja: 'U+FF7C' },
    { value: 'ｶﾞｲﾄﾞ', fix: 'ガイド' },
    { value: 'ﾊﾟｽ', fix: 'パス' },
    { value: 'ｱ', field: 'cn', fix: 'ア' },
  ],
});

testRule(machineDependent, 'officer.name', {
  valid: [{ value: '高橋 一郎' }, { value: '渡辺 崎' }, { value: '∵≒≡' }, { value: '～〜－−' }],
  invalid: [
    { value: '髙橋 一郎', fix: '高橋 一郎', ja: 'U+9AD9' },
    { value: '山﨑 太郎', fix: '山崎 太郎', ja: 'U+FA11' },
    { value: '第①班', fix: '第(1)班', ja: 'U+2460' },
    { value: '⑳', fix: '(20)' },
    { value: 'Ⅱ期', fix: 'II期' },
    { value: 'ⅳ', fix: 'iv' },
    { value: '㈱申請', fix: '(株)申請' },
    { value: '㈱申請', field: 'institutionName', fix: '株式会社申請' },
    { value: '㈲', fix: '(有)' },
    { value: '㍻31年', fix: '平成31年' },
    { value: '№1', fix: 'No.1' },
    { value: '℡', fix: 'TEL' },
    { value: '㎡', fix: 'm2' },
    { value: '德川', fix: '徳川' },
    { value: '\uFA10', fix: '\u585A' },
    { value: '\uFA19', fix: '\u795E' },
    { value: '\uF9DC', fix: '\u9686' },
    { value: '\uFA1B', fix: '\u798F' },
    { value: '瀨戸', fix: '瀬戸' },
    { value: '栁田', fix: '柳田' },
    { value: '纊', fix: null, ja: 'IBM拡張文字' },
    { value: '∑', fix: null, ja: 'NEC特殊文字' },
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
    { value: '𠮷田 太郎', fix: null, ja: 'U+20BB7' },
    { value: '😀', ja: '絵文字' },
    { value: '俱', ja: 'U+4FF1' },
    { value: 'café', ja: 'U+00E9' },
    { value: '\u0007', ja: '制御文字' },
  ],
});

testRule(notAscii, 'officer.email', {
  valid: [{ value: 'taro@univ.example.ac.jp' }, { value: 'Shinsei University', field: 'o' }],
  invalid: [
    { value: 'ｔａｒｏ＠ｕｎｉｖ．ｅｘａｍｐｌｅ．ａｃ．ｊｐ', fix: 'taro@univ.example.ac.jp', ja: 'U+FF54' },
    { value: '０３－１２３４－５６７８', field: 'officer.phone', fix: '03-1234-5678' },
    { value: 'ＪＰ', field: 'c', fix: 'JP' },
    { value: '東京', field: 'st', fix: null },
  ],
});
