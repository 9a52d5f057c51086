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
  invalid: [{ value: 'XYZ' }, { value: '4B3A-21F0' }, { value: '0x' }, { value: '12.5' }],
});

testRule(serialTooLong, 'serial', {
  valid: [{ value: 'F'.repeat(40) }, { value: `00${'F'.repeat(40)}` }],
  invalid: [{ value: 'F'.repeat(41), ja: '41桁' }],
});

testRule(serialDecimalSuspect, 'serial', {
  valid: [{ value: '1234567890123456789' }, { value: '4B3A21F0C9D8E7F6A5B4' }],
  invalid: [
    { value: '12345678901234567890', fix: 'AB54A98CEB1F0AD2', severity: 'warning' },
    { value: '100000000000000000000000000000000000000', fix: '4B3B4CA85A86C47A098A224000000000' },
  ],
});

testRule(dnCharset, 'cn', {
  valid: [{ value: "Shinsei Univ. (Code-Signing), O'Brien: a=b/c" }, { value: 'Tokyo', field: 'st' }],
  invalid: [
    { value: 'Shinsei & Co', ja: '「&」(U+0026)' },
    { value: 'Shinsei_University' },
    { value: 'a@b', field: 'o' },
    { value: 'Chiyoda-ku!', field: 'l' },
  ],
});

testRule(dnCountry, 'c', {
  valid: [{ value: 'JP' }],
  invalid: [
    { value: 'jp', fix: 'JP' },
    { value: 'Japan', fix: 'JP' },
    { value: 'US', fix: 'JP' },
  ],
});

testRule(dnLForbidden, 'l', {
  valid: [{ value: 'Chiyoda-ku' }, { value: 'Kyoto City' }, { value: 'Citya' }],
  invalid: [
    { value: 'Academe' },
    { value: 'Default City' },
    { value: 'city' },
    { value: ' City ' },
    { value: 'xACADEMEx' },
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
    { value: 'Shinsei College', profile, fix: 'Shinsei University' },
    { value: 'Minato-ku', field: 'l', profile, fix: 'Chiyoda-ku' },
    { value: 'Osaka', field: 'st', profile, fix: 'Tokyo' },
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
  invalid: [{ value: '紛失' }, { value: 'revoked' }, { value: '1' }],
});
