import { describe, expect, it } from 'vitest';
import { buildBody, reasonLabel } from '../../src/mail';
import { makeReport } from './report';

const opts = { formName: '失効申請書 2026.xlsx', pdfName: '失効申請書（押印）.pdf', identityChecked: true };

describe('buildBody', () => {
  const body = buildBody(
    makeReport({ serials: ['1A2B', 'FF01'], reasons: ['keyCompromise', '利用の終了'] }),
    opts,
  );

  it.each([
    ['greeting to the issuer', 'UPKI電子証明書発行サービス ご担当者様'],
    [
      'first certificate line',
      '1. シリアル番号: 1A2B　CN: Shinsei University Code 1　失効理由: 秘密鍵の危殆化',
    ],
    ['second certificate line', '2. シリアル番号: FF01　CN: Shinsei University Code 2　失効理由: 利用の終了'],
    ['institution', '■ 利用機関名\n学校法人申請学園 申請大学'],
    ['officer name', '氏名: 申請 太郎'],
    ['officer department', '所属: 情報基盤センター'],
    ['officer phone', '電話番号: 03-1234-5678'],
    ['officer e-mail', 'メールアドレス: taro.shinsei@univ.example.ac.jp'],
    ['form attachment', '1. 失効申請書（Excel）: 失効申請書 2026.xlsx'],
    ['pdf attachment', '2. 押印または電子署名済みの申請書（PDF）: 失効申請書（押印）.pdf'],
    ['identity line', '利用管理者の本人確認を行ったことを確認しました。'],
  ])('has the %s', (_what, text) => {
    expect(body).toContain(text);
  });

  it('is plain text with \\n line ends and no HTML', () => {
    expect(body).not.toMatch(/[<>]/);
    expect(body).not.toContain('\r');
  });

  it('says so when the identity was not confirmed', () => {
    const b = buildBody(makeReport(), { ...opts, identityChecked: false });
    expect(b).toContain('（未確認）');
    expect(b).not.toContain('本人確認を行ったことを確認しました');
  });
});

describe('reasonLabel', () => {
  it.each([
    ['keyCompromise', '秘密鍵の危殆化'],
    ['鍵の危殆化', '秘密鍵の危殆化'],
    ['不要', '利用の終了'],
    ['再発行', '証明書の置き換え'],
    ['unspecified', 'その他'],
    [' 記載内容の変更 ', '記載内容の変更'],
    ['なにか', 'なにか'],
    [undefined, ''],
  ])('%s → %s', (text, label) => {
    expect(reasonLabel(text)).toBe(label);
  });
});
