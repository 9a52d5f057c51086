// The completion-notice reader: several encodings, signed or not, one or several certificates,
// serials in decimal or hex; unknown shapes give "could not find serials", never a guess.
import { describe, expect, it } from 'vitest';
import {
  compareNoticeWithForm,
  decimalToHex,
  hexToDecimal,
  isIssuerSender,
  readNotice,
  readNoticeSerial,
} from '../../src/mail/notice';
import { NotAMailError, parseNoticeMail } from '../../src/mail/notice-mime';
import {
  decimalOf,
  type Encoding,
  EXAMPLE_HEX,
  exampleCerts,
  noticeBody,
  noticeMail,
} from './notice-fixtures';

const ENCODINGS: Encoding[] = ['iso-2022-jp', 'utf8-base64', 'utf8-qp'];
const [HEX1, HEX2] = EXAMPLE_HEX as [string, string];

describe('parseNoticeMail: encodings and signatures', () => {
  for (const enc of ENCODINGS)
    for (const signed of [false, true])
      it(`${enc}, ${signed ? 'signed' : 'unsigned'}: subject, sender, both certificates with DN and reason`, async () => {
        const n = await parseNoticeMail(noticeMail({ enc, signed, certs: exampleCerts(2) }));
        expect(n.subject).toBe('[UPKI] コード署名用証明書失効完了通知');
        expect(n.from).toBe('ca-support@ml.secom-sts.co.jp');
        expect(n.subjectKnown).toBe(true);
        expect(n.senderKnown).toBe(true);
        expect(n.signed).toBe(signed);
        expect(n.certificates.map((c) => c.serial)).toEqual([HEX1, HEX2]);
        expect(n.certificates.map((c) => c.decimal)).toEqual([decimalOf(HEX1), decimalOf(HEX2)]);
        expect(n.certificates.every((c) => c.written === 'decimal')).toBe(true);
        expect(n.certificates[0]?.cn).toBe('Shinsei University');
        expect(n.certificates[0]?.dn).toEqual([
          'CN=Shinsei University',
          'O=Shinsei University',
          'L=Chiyoda-ku',
          'ST=Tokyo',
          'C=JP',
        ]);
        expect(n.certificates[1]?.reason).toBe('利用の終了');
        expect(n.messages).toEqual([]);
      });

  it('reads a serial written in hex (with colons, lower case)', async () => {
    const body = noticeBody([
      { dn: ['CN=a.example'], serial: '4b:3a:21:f0:c9:d8:e7:f6:a5:b4:c3:d2:e1:f0:01:23' },
    ]);
    const n = await parseNoticeMail(noticeMail({ body, enc: 'utf8-base64' }));
    expect(n.certificates).toHaveLength(1);
    expect(n.certificates[0]).toMatchObject({ serial: HEX1, written: 'hex', cn: 'a.example' });
  });

  it('reads digits as hex under a heading that says 16進', async () => {
    const body = noticeBody([{ dn: ['CN=x'], serial: '1234' }], 'シリアル番号（16進）');
    const n = await parseNoticeMail(noticeMail({ body, enc: 'utf8-qp' }));
    expect(n.certificates.map((c) => [c.serial, c.decimal])).toEqual([['1234', '4660']]);
  });

  it('several serials under one heading, DN lines not paired when the counts differ', async () => {
    const body = [
      '【失効証明書DN】',
      '　CN=Shinsei University',
      '【失効証明書シリアル番号】',
      `　${decimalOf(HEX1)}`,
      `　${decimalOf(HEX2)}`,
    ].join('\n');
    const n = await parseNoticeMail(noticeMail({ body, enc: 'utf8-base64', signed: true }));
    expect(n.certificates.map((c) => c.serial)).toEqual([HEX1, HEX2]);
    expect(n.certificates[0]?.cn).toBeUndefined(); // one DN for two serials: no guess
  });

  it('label lines (シリアル番号：…) instead of bracket headings', async () => {
    const body = [
      '失効証明書DN：',
      '　CN=Shinsei University',
      '　C=JP',
      `シリアル番号：${decimalOf(HEX1)}`,
      '失効理由：利用の終了',
    ].join('\r\n');
    const n = await parseNoticeMail(noticeMail({ body, enc: 'utf8-base64' }));
    expect(n.certificates).toEqual([
      {
        serial: HEX1,
        decimal: decimalOf(HEX1),
        written: 'decimal',
        dn: ['CN=Shinsei University', 'C=JP'],
        cn: 'Shinsei University',
        reason: '利用の終了',
      },
    ]);
  });

  it('an unknown shape: no serial and a clear message, never a guess', async () => {
    const body = 'お世話になっております。\r\n証明書 4660 と 123456789012 を失効しました。\r\n';
    const n = await parseNoticeMail(noticeMail({ body }));
    expect(n.certificates).toEqual([]);
    expect(n.messages[0]?.en).toMatch(/Could not find serials/);
    expect(n.messages[0]?.ja).toMatch(/シリアル番号が見つかりませんでした/);
  });

  it('a forwarded notice: read, with a note that the sender is not the issuer', async () => {
    const n = await parseNoticeMail(
      noticeMail({
        from: 'colleague@univ.example.ac.jp',
        subject: 'Fwd: [UPKI] コード署名用証明書失効完了通知',
      }),
    );
    expect(n.certificates).toHaveLength(1);
    expect(n.senderKnown).toBe(false);
    expect(n.messages.map((m) => m.en).join(' ')).toMatch(/not the issuer/);
  });

  it('another mail: the subject is not a completion notice', async () => {
    const n = await parseNoticeMail(
      noticeMail({ subject: '[UPKI] 証明書発行のお知らせ', body: 'こんにちは' }),
    );
    expect(n.subjectKnown).toBe(false);
    expect(n.certificates).toEqual([]);
  });

  it('bytes that are not a mail are refused with input.not-mail', async () => {
    await expect(parseNoticeMail(new TextEncoder().encode('%PDF-1.7\n…'))).rejects.toBeInstanceOf(
      NotAMailError,
    );
    await expect(parseNoticeMail(new Uint8Array())).rejects.toMatchObject({ code: 'input.not-mail' });
  });
});

describe('readNoticeSerial', () => {
  const cases: Array<[string, 'hex' | 'decimal' | undefined, string | undefined]> = [
    ['　4660', undefined, '1234'],
    ['0x1234', undefined, '1234'],
    ['12:34', undefined, '1234'],
    ['00ab', undefined, 'AB'],
    ['ＡＢ１２', undefined, 'AB12'],
    ['シリアル番号：4660', undefined, '1234'],
    ['1234', 'hex', '1234'],
    ['AB12', 'decimal', undefined],
    ['以下のとおりです', undefined, undefined],
    ['12 34 56', 'decimal', undefined],
    ['1'.repeat(50), undefined, undefined],
    ['F'.repeat(41), undefined, undefined],
  ];
  for (const [line, base, hex] of cases)
    it(`${JSON.stringify(line)} (${base ?? 'no hint'}) → ${hex ?? 'not a serial'}`, () => {
      expect(readNoticeSerial(line, base)?.serial).toBe(hex);
    });
  it('128-bit decimal serials round-trip through BigInt', () => {
    const dec = '340282366920938463463374607431768211455';
    expect(decimalToHex(dec)).toBe('F'.repeat(32));
    expect(hexToDecimal('F'.repeat(32))).toBe(dec);
  });
});

describe('isIssuerSender', () => {
  it.each([
    ['ca-support@ml.secom-sts.co.jp', true],
    ['upki@secom.co.jp', true],
    ['X@SUB.SECOM.CO.JP', true],
    ['a@secom.co.jp.evil.example', false],
    ['a@notsecom.co.jp', false],
    ['a@secom-sts.co.jp.example', false],
    ['secom.co.jp', false],
  ])('%s → %s', (a, ok) => expect(isIssuerSender(a)).toBe(ok));
});

describe('compareNoticeWithForm', () => {
  const notice = readNotice({
    subject: '[UPKI] 失効完了通知',
    from: 'ca-support@ml.secom-sts.co.jp',
    text: noticeBody(exampleCerts(1)),
  });
  it('marks the form certificate in the notice revoked and the other missing', () => {
    const r = compareNoticeWithForm(notice, [
      { serial: { value: HEX1 }, row: 26 },
      { serial: { value: `0${HEX2.toLowerCase()}` }, row: 27 },
    ]);
    expect(r.complete).toBe(false);
    expect(r.certificates).toEqual([
      { serial: HEX1, decimal: decimalOf(HEX1), status: 'revoked', row: 26 },
      { serial: HEX2, decimal: decimalOf(HEX2), status: 'missing', row: 27 },
    ]);
    expect(r.extra).toEqual([]);
  });
  it('complete when every form certificate is listed; extras named', () => {
    const r = compareNoticeWithForm(notice, [{ serial: { value: HEX1.match(/../g)?.join(' ') ?? '' } }]);
    expect(r.complete).toBe(true);
    const r2 = compareNoticeWithForm(notice, [{ serial: { value: 'ABCDEF' } }]);
    expect(r2.complete).toBe(false);
    expect(r2.extra).toEqual([HEX1]);
  });
  it('a form without serials is never complete', () => {
    expect(compareNoticeWithForm(notice, []).complete).toBe(false);
  });
});
