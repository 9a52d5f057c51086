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
    { value: '2026/02/30', ja: '存在しない' },
    { value: '2026/13/01' },
    { value: 'あした' },
    { value: 46351, ja: '日付として読めません' },
    { value: true },
    { value: '平成31年5月1日', ja: '存在しない' },
    { value: '令和1年4月30日' },
    { value: '2026.11.25', fix: '2026/11/25' },
    { value: '20261125', fix: '2026/11/25' },
    { value: '11/25/2026', fix: null },
    { value: 'next year', field: 'notAfter' },
  ],
});

testRule(era, 'applicationDate', {
  valid: [{ value: '2026/11/25' }, { value: utc(2026, 11, 25) }, { value: '2026年11月25日' }],
  invalid: [
    { value: '令和8年11月25日', fix: '2026/11/25', severity: 'warning' },
    { value: 'R8.11.25', fix: '2026/11/25' },
    { value: 'H31.4.30', fix: '2019/04/30' },
    { value: '平成元年1月8日', fix: '1989/01/08' },
    { value: '令和9年3月31日', field: 'notAfter', fix: '2027/03/31' },
  ],
});

testRule(future, 'applicationDate', {
  valid: [
    { value: utc(2026, 11, 25) },
    { value: '2026/11/24' },
    { value: 'garbage' },
    { value: '2027/01/01', field: 'notAfter' },
  ],
  invalid: [{ value: utc(2026, 11, 26), ja: '2026/11/26' }, { value: '令和9年1月1日' }],
});

testRule(stale, 'applicationDate', {
  valid: [{ value: utc(2026, 10, 26) }, { value: utc(2026, 11, 25) }],
  invalid: [{ value: utc(2026, 10, 25), ja: '31日前', severity: 'warning' }, { value: '2025/01/01' }],
});

testRule(certExpired, 'notAfter', {
  valid: [{ value: utc(2026, 11, 25) }, { value: utc(2027, 1, 1) }, { value: 'garbage' }],
  invalid: [{ value: utc(2026, 11, 24), severity: 'warning' }, { value: '2020/01/01' }],
});
