/**
 * Completion notices (失効完了通知) as saved .eml files, in the encodings Japanese mail uses:
 * ISO-2022-JP (7bit), UTF-8 base64, UTF-8 quoted-printable; signed (multipart/signed with a
 * pkcs7 part) or not. The text follows the known UPKI client-certificate notice (docs/notice.md).
 */
import iconv from 'iconv-lite';

export interface NoticeCert {
  dn: string[];
  /** As the notice writes it (decimal by default). */
  serial: string;
  reason?: string;
}

export const EXAMPLE_HEX = ['4B3A21F0C9D8E7F6A5B4C3D2E1F00123', 'A1B2C3D4E5F60718293A4B5C6D7E8F9'];
export const decimalOf = (hex: string) => BigInt(`0x${hex}`).toString(10);

const DN = ['CN=Shinsei University', 'O=Shinsei University', 'L=Chiyoda-ku', 'ST=Tokyo', 'C=JP'];

export function exampleCerts(n = 2, as: 'decimal' | 'hex' = 'decimal'): NoticeCert[] {
  return EXAMPLE_HEX.slice(0, n).map((hex) => ({
    dn: DN,
    serial: as === 'decimal' ? decimalOf(hex) : hex,
    reason: '利用の終了',
  }));
}

/** The body: one block of DN, serial and reason per certificate (full-width space indents). */
export function noticeBody(certs: NoticeCert[], serialHeading = '失効証明書シリアル番号'): string {
  const lines = [
    '申請 太郎 様',
    '',
    'UPKI電子証明書発行サービス 事務局です。',
    '下記の証明書の失効が完了しましたのでお知らせいたします。',
    '',
  ];
  for (const c of certs) {
    lines.push('【失効証明書DN】', ...c.dn.map((a) => `　${a}`));
    lines.push(`【${serialHeading}】`, `　${c.serial}`);
    if (c.reason) lines.push('【失効理由】', `　${c.reason}`);
    lines.push('');
  }
  lines.push('※本メールは送信専用です。', '--', 'SECOMトラストシステムズ株式会社');
  return lines.join('\r\n');
}

export type Encoding = 'iso-2022-jp' | 'utf8-base64' | 'utf8-qp';

/**
 * ISO-2022-JP from iconv-lite's EUC-JP table (iconv-lite has no ISO-2022-JP encoder): a JIS X 0208
 * character is its EUC-JP pair with the high bits cleared, between ESC $ B and ESC ( B.
 */
export function iso2022jp(text: string): Buffer {
  const out: number[] = [];
  let kanji = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      if (kanji) out.push(0x1b, 0x28, 0x42);
      kanji = false;
      out.push(cp);
      continue;
    }
    const euc = iconv.encode(ch, 'EUC-JP');
    if (euc.length !== 2 || (euc[0] as number) < 0xa1) throw new Error(`not JIS X 0208: ${ch}`);
    if (!kanji) out.push(0x1b, 0x24, 0x42);
    kanji = true;
    out.push((euc[0] as number) & 0x7f, (euc[1] as number) & 0x7f);
  }
  if (kanji) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}

const wrap76 = (s: string) => s.replace(/.{1,76}/g, '$&\r\n').trimEnd();

function qp(bytes: Buffer): string {
  let out = '';
  let line = '';
  for (const byte of bytes) {
    const ch = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 ? String.fromCharCode(byte) : null;
    if (byte === 0x0d) continue;
    if (byte === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    const piece = ch ?? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

function encodedWord(text: string, enc: Encoding): string {
  if (enc === 'iso-2022-jp') return `=?ISO-2022-JP?B?${iso2022jp(text).toString('base64')}?=`;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** A text/plain MIME part (headers + body) in the given encoding. */
export function textPart(body: string, enc: Encoding): string {
  if (enc === 'iso-2022-jp')
    return [
      'Content-Type: text/plain; charset="ISO-2022-JP"',
      'Content-Transfer-Encoding: 7bit',
      '',
      iso2022jp(body).toString('latin1'),
    ].join('\r\n');
  if (enc === 'utf8-base64')
    return [
      'Content-Type: text/plain; charset="UTF-8"',
      'Content-Transfer-Encoding: base64',
      '',
      wrap76(Buffer.from(body, 'utf8').toString('base64')),
    ].join('\r\n');
  return [
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp(Buffer.from(body, 'utf8')),
  ].join('\r\n');
}

export interface NoticeMailOptions {
  certs?: NoticeCert[];
  body?: string;
  enc?: Encoding;
  signed?: boolean;
  from?: string;
  subject?: string;
}

/** A whole .eml, as bytes (latin1 for the 7-bit and ISO-2022-JP octets). */
export function noticeMail(o: NoticeMailOptions = {}): Uint8Array {
  const enc = o.enc ?? 'iso-2022-jp';
  const body = o.body ?? noticeBody(o.certs ?? exampleCerts(1));
  const head = [
    `From: ${o.from ?? 'UPKI <ca-support@ml.secom-sts.co.jp>'}`,
    'To: taro.shinsei@univ.example.ac.jp',
    `Subject: ${encodedWord(o.subject ?? '[UPKI] コード署名用証明書失効完了通知', enc)}`,
    'Date: Fri, 04 Dec 2026 10:15:00 +0900',
    'Message-ID: <notice-1@ml.secom-sts.co.jp>',
    'MIME-Version: 1.0',
  ];
  const part = textPart(body, enc);
  let text: string;
  if (o.signed) {
    const boundary = '----=_Part_SIGNED_0123';
    const pkcs7 = wrap76(
      Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff)).toString('base64'),
    );
    text = [
      ...head,
      `Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="${boundary}"`,
      '',
      'This is an S/MIME signed message',
      '',
      `--${boundary}`,
      part,
      `--${boundary}`,
      'Content-Type: application/pkcs7-signature; name="smime.p7s"',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="smime.p7s"',
      '',
      pkcs7,
      `--${boundary}--`,
      '',
    ].join('\r\n');
  } else {
    text = [...head, part, ''].join('\r\n');
  }
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
