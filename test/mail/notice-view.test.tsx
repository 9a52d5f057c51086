// @vitest-environment happy-dom
// The read pane's completion-notice view: in Outlook it reads the open mail (a fake here); it lists
// the revoked certificates (hex, decimal, CN) and marks the form's certificates revoked or missing.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/form/types';
import type { NoticeText } from '../../src/mail/notice';
import { NoticeView } from '../../src/taskpane/outlook/read/NoticeView';
import { I18nContext, STRINGS } from '../../src/taskpane/shared';
import { decimalOf, EXAMPLE_HEX, exampleCerts, noticeBody, noticeMail } from './notice-fixtures';

afterEach(cleanup);
const [HEX1, HEX2] = EXAMPLE_HEX as [string, string];

const report = (serials: string[]): CheckReport => ({
  sheet: '失効申請書',
  fields: {},
  certificates: serials.map((s, i) => ({ row: 26 + i, serial: { value: s, cell: `A${26 + i}` } })),
  findings: [],
  summary: { errors: 0, warnings: 0 },
});

const mail = (n: number): NoticeText => ({
  subject: '[UPKI] コード署名用証明書失効完了通知',
  from: 'ca-support@ml.secom-sts.co.jp',
  text: noticeBody(exampleCerts(n)),
});

const wrap = (ui: React.ReactNode) => (
  <I18nContext.Provider value={{ lang: 'ja', t: STRINGS.ja }}>{ui}</I18nContext.Provider>
);

describe('NoticeView', () => {
  it('in Outlook, on a notice: the certificates, then the attached form marked', async () => {
    render(
      wrap(
        <NoticeView
          inOutlook
          readItem={async () => mail(1)}
          form={{ name: '申請書.xlsx', report: report([HEX1, `0${HEX2}`]) }}
        />,
      ),
    );
    const list = await screen.findByTestId('notice-certificates');
    expect(list.textContent).toContain(HEX1);
    expect(list.textContent).toContain(decimalOf(HEX1));
    expect(list.textContent).toContain('CN=Shinsei University');
    const form = screen.getByTestId('notice-form');
    expect(form.dataset.complete).toBe('false');
    expect(form.querySelector(`[data-serial="${HEX1}"]`)?.getAttribute('data-status')).toBe('revoked');
    expect(form.querySelector(`[data-serial="${HEX2}"]`)?.getAttribute('data-status')).toBe('missing');
    expect(form.textContent).toContain('1件は、この通知にありません');
  });

  it('in Outlook, every certificate revoked: complete', async () => {
    render(
      wrap(
        <NoticeView
          inOutlook
          readItem={async () => mail(2)}
          form={{ name: 'f.xlsx', report: report([HEX1, HEX2]) }}
        />,
      ),
    );
    await waitFor(() => expect(screen.getByTestId('notice-form').dataset.complete).toBe('true'));
    expect(screen.getByTestId('notice-form').textContent).toContain('すべて失効しました');
  });

  it('in Outlook, on another mail: nothing', async () => {
    const { container } = render(
      wrap(<NoticeView inOutlook readItem={async () => ({ subject: 'ランチ', from: 'a@b.jp', text: '' })} />),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });

  it('a notice without serials: the clear message, no list', async () => {
    render(wrap(<NoticeView inOutlook readItem={async () => ({ ...mail(1), text: '失効しました。' })} />));
    expect(await screen.findByText(/シリアル番号が見つかりませんでした/)).toBeTruthy();
    expect(screen.queryByTestId('notice-certificates')).toBeNull();
  });

  it('standalone: opens a saved .eml and a form picked in the view', async () => {
    const checkForm = async () => report([HEX1]);
    render(wrap(<NoticeView inOutlook={false} checkForm={checkForm} />));
    const eml = new File([noticeMail({ certs: exampleCerts(1), signed: true }) as BlobPart], 'n.eml');
    fireEvent.change(screen.getByTestId('notice-eml-input'), { target: { files: [eml] } });
    expect((await screen.findByTestId('notice-certificates')).textContent).toContain(HEX1);
    const xlsx = new File([new Uint8Array([1]) as BlobPart], '申請書.xlsx');
    fireEvent.change(screen.getByTestId('notice-form-input'), { target: { files: [xlsx] } });
    await waitFor(() => expect(screen.getByTestId('notice-form').dataset.complete).toBe('true'));
  });
});
