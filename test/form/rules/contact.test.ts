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
    { value: '03-1234-567', errors: [{ severity: 'error', fix: null }] },
    { value: '090-1234-567', errors: [{ severity: 'error', fix: null }] },
    { value: '03-1234-56789', errors: [{ severity: 'error', fix: null }] },
    { value: '3-1234-5678', errors: [{ severity: 'error', fix: null }] },
    { value: '03(1234)5678', errors: [{ severity: 'error', fix: null }] },
    { value: '03--1234-5678', errors: [{ severity: 'error', fix: null }] },
    { value: '+1-555-123-4567', errors: [{ severity: 'error', fix: null }] },
    { value: '+81-03-1234-5678', errors: [{ severity: 'error', fix: null }] },
    { value: '０３－１２３４－５６７８', errors: [{ severity: 'error', fix: '03-1234-5678' }] },
    { value: '03ー1234ー5678', errors: [{ severity: 'error', fix: '03-1234-5678' }] },
    { value: '03−1234−5678', errors: [{ severity: 'error', fix: '03-1234-5678' }] },
    { value: 312345678, errors: [{ severity: 'error', fix: null }] },
    { value: '内線1234', errors: [{ severity: 'error', fix: null }] },
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
    { value: 'taro', errors: [{ severity: 'error', fix: null, ja: '@' }] },
    { value: 'taro@@example.jp', errors: [{ severity: 'error', fix: null }] },
    { value: 'taro@example', errors: [{ severity: 'error', fix: null }] },
    { value: 'taro+tag@example.jp', errors: [{ severity: 'error', fix: null }] },
    { value: '.taro@example.jp', errors: [{ severity: 'error', fix: null }] },
    { value: 'ta..ro@example.jp', errors: [{ severity: 'error', fix: null }] },
    { value: 'taro@-example.jp', errors: [{ severity: 'error', fix: null }] },
    { value: 'taro@example..jp', errors: [{ severity: 'error', fix: null }] },
    { value: 'taro san@example.jp', errors: [{ severity: 'error', fix: null }] },
    { value: 'taro@exa_mple.jp', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(emailTooLong, 'officer.email', {
  valid: [{ value: `${'a'.repeat(66)}@example.jp` }],
  invalid: [
    { value: `${'a'.repeat(68)}@example.jp`, errors: [{ severity: 'error', fix: null, ja: '79文字' }] },
  ],
});
