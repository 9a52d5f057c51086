import { emailFormat, emailTooLong, phoneFormat } from '../../../src/form/rules/contact';
import { testRule } from './rule-tester';

testRule(phoneFormat, 'officer.phone', {
  valid: [
    { value: '03-1234-5678' },
    { value: '0312345678' },
    { value: '090-1234-5678' },
    { value: '080-1234-5678' },
    { value: '070-1234-5678' },
    { value: '050-1234-5678' },
    { value: '0120-123-456' },
    { value: '0800-123-4567' },
    { value: '+81-3-1234-5678' },
    { value: '+81-90-1234-5678' },
    { value: '011-123-4567', field: 'admin.phone' },
  ],
  invalid: [
    { value: '03-1234-567', fix: null },
    { value: '090-1234-567' },
    { value: '03-1234-56789' },
    { value: '3-1234-5678' },
    { value: '03(1234)5678' },
    { value: '03--1234-5678' },
    { value: '+1-555-123-4567' },
    { value: '+81-03-1234-5678' },
    { value: '０３－１２３４－５６７８', fix: '03-1234-5678' },
    { value: '03ー1234ー5678', fix: '03-1234-5678' },
    { value: '03−1234−5678', fix: '03-1234-5678' },
    { value: 312345678 },
    { value: '内線1234' },
  ],
});

testRule(emailFormat, 'officer.email', {
  valid: [
    { value: 'taro@univ.example.ac.jp' },
    { value: 'taro.shinsei_1-x@example.jp' },
    { value: 'a@b.co', field: 'admin.email' },
    { value: 'ｔａｒｏ@example.jp' }, // NFKC is ASCII and valid: charset.not-ascii reports it
  ],
  invalid: [
    { value: 'taro', ja: '@' },
    { value: 'taro@@example.jp' },
    { value: 'taro@example' },
    { value: 'taro+tag@example.jp' },
    { value: '.taro@example.jp' },
    { value: 'ta..ro@example.jp' },
    { value: 'taro@-example.jp' },
    { value: 'taro@example..jp' },
    { value: 'taro san@example.jp' },
    { value: 'taro@exa_mple.jp' },
  ],
});

testRule(emailTooLong, 'officer.email', {
  valid: [{ value: `${'a'.repeat(66)}@example.jp` }],
  invalid: [{ value: `${'a'.repeat(68)}@example.jp`, ja: '79文字' }],
});
