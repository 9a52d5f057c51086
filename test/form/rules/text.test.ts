import { lineBreak, required, tooLong, whitespace } from '../../../src/form/rules/text';
import { testRule } from './rule-tester';

testRule(required, 'institutionName', {
  valid: [
    { value: '学校法人申請学園 申請大学' },
    { value: 0, field: 'officer.phone' },
    { value: '', field: 'notAfter' },
  ],
  invalid: [
    { value: '' },
    { value: null },
    { value: '   ' },
    { value: '\u3000', field: 'officer.name' },
    { value: null, field: 'serial' },
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
    { value: 'あ'.repeat(65), ja: '65文字', fix: null },
    { value: 'x'.repeat(129), field: 'address' },
    { value: 'a'.repeat(65), field: 'cn' },
    { value: 'あ'.repeat(257), field: 'reasonDetail' },
  ],
});

testRule(whitespace, 'officer.name', {
  valid: [{ value: '申請 太郎' }, { value: '申請\u3000太郎' }, { value: '1A 2B 3C', field: 'serial' }],
  invalid: [
    { value: ' 申請 太郎', fix: '申請 太郎', ja: '先頭' },
    { value: '申請 太郎 ', fix: '申請 太郎', ja: '末尾' },
    { value: '申請  太郎', fix: '申請 太郎', ja: '連続' },
    { value: '申請\u3000\u3000太郎', fix: '申請\u3000太郎' },
    { value: 'Tokyo\t', field: 'st', fix: 'Tokyo' },
  ],
});

testRule(lineBreak, 'address', {
  valid: [{ value: '東京都千代田区' }, { value: '一行目\n二行目', field: 'reasonDetail' }],
  invalid: [
    { value: '東京都千代田区\n一ツ橋', fix: '東京都千代田区 一ツ橋' },
    { value: '東京都\r\n千代田区', fix: '東京都 千代田区' },
    { value: 'Shinsei\nUniversity', field: 'o', fix: 'Shinsei University' },
  ],
});
