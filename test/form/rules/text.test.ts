import { lineBreak, required, tooLong, whitespace } from '../../../src/form/rules/text';
import { testRule } from './rule-tester';

testRule(required, 'institutionName', {
  valid: [
    { value: '学校法人申請学園 申請大学' },
    { value: 0, field: 'officer.phone' },
    { value: '', field: 'notAfter' },
  ],
  invalid: [
    { value: '', errors: [{ severity: 'error', fix: null }] },
    { value: null, errors: [{ severity: 'error', fix: null }] },
    { value: '   ', errors: [{ severity: 'error', fix: null }] },
    { value: '\u3000', field: 'officer.name', errors: [{ severity: 'error', fix: null }] },
    { value: null, field: 'serial', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(tooLong, 'institutionName', {
  valid: [
    { value: 'あ'.repeat(64) },
    { value: '𠀋'.repeat(1) },
    { value: 'a'.repeat(64), field: 'cn' },
    { value: 'あ'.repeat(256), field: 'reasonDetail' },
  ],
  invalid: [
    { value: 'あ'.repeat(65), errors: [{ severity: 'error', fix: null, ja: '65文字' }] },
    { value: 'x'.repeat(129), field: 'address', errors: [{ severity: 'error', fix: null }] },
    { value: 'a'.repeat(65), field: 'cn', errors: [{ severity: 'error', fix: null }] },
    { value: 'あ'.repeat(257), field: 'reasonDetail', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(whitespace, 'officer.name', {
  valid: [{ value: '申請 太郎' }, { value: '申請\u3000太郎' }, { value: '1A 2B 3C', field: 'serial' }],
  invalid: [
    { value: ' 申請 太郎', errors: [{ severity: 'warning', fix: '申請 太郎', ja: '先頭' }] },
    { value: '申請 太郎 ', errors: [{ severity: 'warning', fix: '申請 太郎', ja: '末尾' }] },
    { value: '申請  太郎', errors: [{ severity: 'warning', fix: '申請 太郎', ja: '連続' }] },
    { value: '申請\u3000\u3000太郎', errors: [{ severity: 'warning', fix: '申請　太郎' }] },
    { value: 'Tokyo\t', field: 'st', errors: [{ severity: 'warning', fix: 'Tokyo' }] },
  ],
});

testRule(lineBreak, 'address', {
  valid: [{ value: '東京都千代田区' }, { value: '一行目\n二行目', field: 'reasonDetail' }],
  invalid: [
    { value: '東京都千代田区\n一ツ橋', errors: [{ severity: 'error', fix: '東京都千代田区 一ツ橋' }] },
    { value: '東京都\r\n千代田区', errors: [{ severity: 'error', fix: '東京都 千代田区' }] },
    { value: 'Shinsei\nUniversity', field: 'o', errors: [{ severity: 'error', fix: 'Shinsei University' }] },
  ],
});
