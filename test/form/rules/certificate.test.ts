import {
  dnCharset,
  dnCountry,
  dnLForbidden,
  dnProfileMismatch,
  reasonInvalid,
  serialDecimalSuspect,
  serialFormat,
  serialTooLong,
} from '../../../src/form/rules/certificate';
import { testRule } from './rule-tester';

testRule(serialFormat, 'serial', {
  valid: [
    { value: '4B3A21F0' },
    { value: '4b 3a 21 f0' },
    { value: '4B:3A:21:F0' },
    { value: '0x4B3A' },
    { value: '1234' },
    { value: 1234 },
    { value: 'ＡＢ' }, // charset.not-ascii reports full-width
    { value: 'シリアル' }, // not ASCII even after NFKC: charset.not-ascii says it, not serial.format
  ],
  invalid: [
    { value: 'XYZ', errors: [{ severity: 'error', fix: null }] },
    { value: '4B3A-21F0', errors: [{ severity: 'error', fix: null }] },
    { value: '0x', errors: [{ severity: 'error', fix: null }] },
    { value: '12.5', errors: [{ severity: 'error', fix: null }] },
    // Typed as a number, 16 to 19 digits: Excel kept 15 significant digits, the rest is lost.
    {
      value: 1234567890123456800,
      errors: [{ severity: 'error', fix: null, ja: '15桁', en: '15 significant digits' }],
    },
  ],
});

// A 41-digit decimal serial: one finding (serial.decimal-suspect, an error), not also serial.too-long.
const DECIMAL_41 = '12345678901234567890123456789012345678901';

testRule(serialTooLong, 'serial', {
  valid: [{ value: 'F'.repeat(40) }, { value: `00${'F'.repeat(40)}` }, { value: DECIMAL_41 }],
  invalid: [
    { value: 'F'.repeat(41), errors: [{ severity: 'error', fix: null, ja: '41桁' }] },
    {
      value: '9'.repeat(60),
      errors: [{ severity: 'error', fix: null, ja: '16進60桁', en: '60 hex digits' }],
    },
  ],
});

testRule(serialDecimalSuspect, 'serial', {
  valid: [
    { value: 1234567890123456800 }, // a rounded number under 20 digits: serial.format says it
    { value: '1234567890123456789' },
    { value: '4B3A21F0C9D8E7F6A5B4' },
    { value: '9'.repeat(60) }, // too long even as hex of a decimal: serial.too-long says it
  ],
  invalid: [
    // Excel shows 1.5E+20 and kept 15 digits: the hex of the rounded number is not the serial.
    {
      value: 1.5e20,
      errors: [{ severity: 'error', fix: null, ja: '文字列', en: 'lost' }],
    },
    {
      value: DECIMAL_41,
      errors: [
        {
          severity: 'error',
          fix: BigInt(DECIMAL_41).toString(16).toUpperCase(),
          ja: '16進のシリアル番号は最大40桁なので、これは10進表記',
          en: 'A hex serial has at most 40 digits, so this is the decimal form',
        },
      ],
    },
    { value: '12345678901234567890', errors: [{ severity: 'warning', fix: 'AB54A98CEB1F0AD2' }] },
    {
      value: '100000000000000000000000000000000000000',
      errors: [{ severity: 'warning', fix: '4B3B4CA85A86C47A098A224000000000' }],
    },
  ],
});

testRule(dnCharset, 'cn', {
  valid: [{ value: "Shinsei Univ. (Code-Signing), O'Brien: a=b/c" }, { value: 'Tokyo', field: 'st' }],
  invalid: [
    { value: 'Shinsei & Co', errors: [{ severity: 'error', fix: null, ja: '「&」(U+0026)' }] },
    { value: 'Shinsei_University', errors: [{ severity: 'error', fix: null }] },
    { value: 'a@b', field: 'o', errors: [{ severity: 'error', fix: null }] },
    { value: 'Chiyoda-ku!', field: 'l', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(dnCountry, 'c', {
  valid: [{ value: 'JP' }],
  invalid: [
    { value: 'jp', errors: [{ severity: 'error', fix: 'JP' }] },
    { value: 'Japan', errors: [{ severity: 'error', fix: 'JP' }] },
    { value: 'US', errors: [{ severity: 'error', fix: 'JP' }] },
  ],
});

testRule(dnLForbidden, 'l', {
  valid: [{ value: 'Chiyoda-ku' }, { value: 'Kyoto City' }, { value: 'Citya' }],
  invalid: [
    { value: 'Academe', errors: [{ severity: 'error', fix: null }] },
    { value: 'Default City', errors: [{ severity: 'error', fix: null }] },
    { value: 'city', errors: [{ severity: 'error', fix: null }] },
    { value: ' City ', errors: [{ severity: 'error', fix: null }] },
    { value: 'xACADEMEx', errors: [{ severity: 'error', fix: null }] },
  ],
});

const profile = { organization: 'Shinsei University', locality: 'Chiyoda-ku', state: 'Tokyo' };

testRule(dnProfileMismatch, 'o', {
  valid: [
    { value: 'Shinsei University', profile },
    { value: 'SHINSEI  UNIVERSITY', profile },
    { value: 'Chiyoda-ku', field: 'l', profile },
    { value: 'Chiyoda‐ku', field: 'l', profile },
    { value: 'anything', profile: {} },
  ],
  invalid: [
    { value: 'Shinsei College', profile, errors: [{ severity: 'error', fix: 'Shinsei University' }] },
    { value: 'Minato-ku', field: 'l', profile, errors: [{ severity: 'error', fix: 'Chiyoda-ku' }] },
    { value: 'Osaka', field: 'st', profile, errors: [{ severity: 'error', fix: 'Tokyo' }] },
  ],
});

testRule(reasonInvalid, 'reason', {
  valid: [
    { value: '秘密鍵の危殆化' },
    { value: 'keyCompromise' },
    { value: 'keycompromise' },
    { value: '鍵の危殆化' },
    { value: '記載内容の変更' },
    { value: '所属の変更' },
    { value: 'superseded' },
    { value: '再発行' },
    { value: '利用の終了' },
    { value: '利用終了' },
    { value: '不要' },
    { value: 'その他' },
    { value: 'unspecified' },
  ],
  invalid: [
    { value: '紛失', errors: [{ severity: 'error', fix: null }] },
    { value: 'revoked', errors: [{ severity: 'error', fix: null }] },
    { value: '1', errors: [{ severity: 'error', fix: null }] },
  ],
});
