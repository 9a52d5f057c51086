import { REASONS } from '../form/layout';
import { ISSUER_NAME } from './constants';
import type { CheckReport } from './types';

export interface BodyOptions {
  /** File name of the attached form (.xlsx). */
  formName: string;
  /** File name of the attached sealed or signed PDF. */
  pdfName: string;
  /** The officer confirmed the usage administrator's identity. */
  identityChecked: boolean;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The canonical Japanese label of a reason cell (an alias reads as its label); the text itself otherwise. */
export function reasonLabel(text: string | undefined): string {
  if (!text) return '';
  const n = norm(text);
  const hit = REASONS.find((r) => norm(r.label) === n || r.aliases.some((a) => norm(a) === n));
  return hit ? hit.label : text.trim();
}

function field(report: Pick<CheckReport, 'fields'>, id: string): string {
  return (report.fields[id]?.value ?? '').trim();
}

/**
 * The plain-text Japanese body of mail.md: greeting, one line per certificate (serial, CN, reason),
 * the institution, the officer's name, department, phone and e-mail, the two attachments, and the
 * line that the usage administrator's identity was confirmed. Lines end in `\n`.
 */
export function buildBody(report: Pick<CheckReport, 'fields' | 'certificates'>, opts: BodyOptions): string {
  const institution = field(report, 'institutionName');
  const officer = field(report, 'officer.name');
  const certs = report.certificates.filter((c) => c.serial?.value);
  const lines: string[] = [
    ISSUER_NAME,
    'UPKI電子証明書発行サービス ご担当者様',
    '',
    'いつもお世話になっております。',
    `${institution || '（利用機関名）'}の登録担当者、${officer || '（氏名）'}です。`,
    `下記のコード署名証明書${certs.length}件の失効を申請いたします。`,
    '',
    `■ 失効する証明書（${certs.length}件）`,
  ];
  certs.forEach((c, i) => {
    const reason = reasonLabel(c.reason?.value);
    lines.push(
      `${i + 1}. シリアル番号: ${c.serial?.value ?? ''}　CN: ${c.cn?.value ?? ''}　失効理由: ${reason}`,
    );
  });
  lines.push(
    '',
    '■ 利用機関名',
    institution,
    '',
    '■ 登録担当者',
    `氏名: ${officer}`,
    `所属: ${field(report, 'officer.department')}`,
    `電話番号: ${field(report, 'officer.phone')}`,
    `メールアドレス: ${field(report, 'officer.email')}`,
    '',
    '■ 添付ファイル',
    `1. 失効申請書（Excel）: ${opts.formName}`,
    `2. 押印または電子署名済みの申請書（PDF）: ${opts.pdfName}`,
    '',
    '■ 利用管理者の本人確認',
    opts.identityChecked
      ? '登録担当者として、利用管理者の本人確認を行ったことを確認しました。'
      : '（未確認）利用管理者の本人確認はまだ確認されていません。',
    '',
    'よろしくお願いいたします。',
    '',
    institution,
    officer,
    '',
  );
  return lines.join('\n');
}
