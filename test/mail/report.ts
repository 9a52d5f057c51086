import type { CheckReport } from '../../src/form/types';

/** A checked form report as the core returns it (spec/form.md §5), for the mail tests. */
export function makeReport(
  opts: {
    institution?: string;
    serials?: string[];
    errors?: number;
    warnings?: number;
    reasons?: string[];
    file?: string;
  } = {},
): CheckReport {
  const sheet = '失効申請書';
  const serials = opts.serials ?? ['1A2B3C'];
  const v = (value: string, cell: string) => ({ value, cell: `${sheet}!${cell}` });
  return {
    file: opts.file ?? '失効申請書.xlsx',
    sheet,
    fields: {
      applicationDate: v('2026-11-25', 'C4'),
      institutionName: v(opts.institution ?? '学校法人申請学園 申請大学', 'C6'),
      'officer.name': v('申請 太郎', 'C12'),
      'officer.department': v('情報基盤センター', 'C13'),
      'officer.phone': v('03-1234-5678', 'C14'),
      'officer.email': v('taro.shinsei@univ.example.ac.jp', 'C15'),
      'admin.name': v('管理 花子', 'C18'),
      'admin.email': v('hanako.kanri@univ.example.ac.jp', 'C21'),
    },
    certificates: serials.map((s, i) => ({
      row: 24 + i,
      serial: v(s, `B${24 + i}`),
      cn: v(`Shinsei University Code ${i + 1}`, `C${24 + i}`),
      reason: v(opts.reasons?.[i] ?? '利用の終了', `J${24 + i}`),
    })),
    findings: [],
    summary: { errors: opts.errors ?? 0, warnings: opts.warnings ?? 0 },
  };
}
