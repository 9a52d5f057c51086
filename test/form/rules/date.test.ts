import { certExpired, era, future, invalid, stale } from '../../../src/form/rules/date';
import { utc } from '../../helpers/grid';
import { testRule } from './rule-tester';

testRule(invalid, 'applicationDate', {
  valid: [
    { value: utc(2026, 11, 25) },
    { value: '2026/11/25' },
    { value: '2026-1-5' },
    { value: '2026年11月25日' },
    { value: '２０２６／１１／２５' },
    { value: '令和8年11月25日' },
    { value: 'R8.11.25' },
    { value: '平成31年4月30日' },
    { value: '令和元年5月1日' },
    { value: '2027/03/31', field: 'notAfter' },
  ],
  invalid: [
    { value: '2026/02/30', errors: [{ severity: 'error', fix: null, ja: '存在しない' }] },
    { value: '2026/13/01', errors: [{ severity: 'error', fix: null }] },
    { value: 'あした', errors: [{ severity: 'error', fix: null }] },
    { value: 46351, errors: [{ severity: 'error', fix: null, ja: '日付として読めません' }] },
    { value: true, errors: [{ severity: 'error', fix: null }] },
    { value: '平成31年5月1日', errors: [{ severity: 'error', fix: null, ja: '存在しない' }] },
    { value: '令和1年4月30日', errors: [{ severity: 'error', fix: null }] },
    { value: '2026.11.25', errors: [{ severity: 'error', fix: '2026/11/25' }] },
    { value: '20261125', errors: [{ severity: 'error', fix: '2026/11/25' }] },
    { value: '11/25/2026', errors: [{ severity: 'error', fix: null }] },
    { value: 'next year', field: 'notAfter', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(era, 'applicationDate', {
  valid: [{ value: '2026/11/25' }, { value: utc(2026, 11, 25) }, { value: '2026年11月25日' }],
  invalid: [
    { value: '令和8年11月25日', errors: [{ severity: 'warning', fix: '2026/11/25' }] },
    { value: 'R8.11.25', errors: [{ severity: 'warning', fix: '2026/11/25' }] },
    { value: 'H31.4.30', errors: [{ severity: 'warning', fix: '2019/04/30' }] },
    { value: '平成元年1月8日', errors: [{ severity: 'warning', fix: '1989/01/08' }] },
    { value: '令和9年3月31日', field: 'notAfter', errors: [{ severity: 'warning', fix: '2027/03/31' }] },
  ],
});

testRule(future, 'applicationDate', {
  valid: [
    { value: utc(2026, 11, 25) },
    { value: '2026/11/24' },
    { value: 'garbage' },
    { value: '2027/01/01', field: 'notAfter' },
  ],
  invalid: [
    { value: utc(2026, 11, 26), errors: [{ severity: 'error', fix: null, ja: '2026/11/26' }] },
    { value: '令和9年1月1日', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(stale, 'applicationDate', {
  valid: [{ value: utc(2026, 10, 26) }, { value: utc(2026, 11, 25) }],
  invalid: [
    { value: utc(2026, 10, 25), errors: [{ severity: 'warning', fix: null, ja: '31日前' }] },
    { value: '2025/01/01', errors: [{ severity: 'warning', fix: null }] },
  ],
});

testRule(certExpired, 'notAfter', {
  valid: [{ value: utc(2026, 11, 25) }, { value: utc(2027, 1, 1) }, { value: 'garbage' }],
  invalid: [
    { value: utc(2026, 11, 24), errors: [{ severity: 'warning', fix: null }] },
    { value: '2020/01/01', errors: [{ severity: 'warning', fix: null }] },
  ],
});
