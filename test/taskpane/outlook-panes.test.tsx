// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/form/types';
import { buildSubject, ISSUER, type PdfReportLike, type PdfVerdict } from '../../src/mail';
import { createMailboxAdapter, STATE_KEY } from '../../src/office/mailbox';
import type { CheckForm, VerifyPdf } from '../../src/taskpane/outlook/checkers';
import { ComposePane } from '../../src/taskpane/outlook/compose/ComposePane';
import { ReadPane } from '../../src/taskpane/outlook/read/ReadPane';
import { I18nContext, STRINGS } from '../../src/taskpane/shared';
import { type FakeOptions, FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

afterEach(cleanup);

const disabled = (el: HTMLElement) => (el as HTMLButtonElement).disabled;

const FORM = '失効申請書 （申請大学）.xlsx';
const PDF = '申請書 押印済み.pdf';

function checkers(report: CheckReport, verdict: PdfVerdict = 'valid') {
  const checkForm: CheckForm = async (_b, file) => ({ ...report, file });
  const verifyPdf: VerifyPdf = async (_b, file): Promise<PdfReportLike> => ({
    file,
    verdict,
    signatures:
      verdict === 'valid' ? [{ kind: 'approval', signer: { email: 'taro.shinsei@univ.example.ac.jp' } }] : [],
    messages: [{ ja: '判定の理由', en: 'why' }],
  });
  return { checkForm, verifyPdf };
}

function wrap(node: React.ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'ja', t: STRINGS.ja }}>{node}</I18nContext.Provider>
    </FluentProvider>,
  );
}

function compose(opts: FakeOptions = {}, report = makeReport(), verdict: PdfVerdict = 'valid') {
  const fake = new FakeOutlook({ latencyMs: 1, bodyType: 'text', ...opts });
  const mb = createMailboxAdapter(fake.mailbox, fake.requirements, { yieldFn: async () => {} });
  wrap(<ComposePane mailbox={mb} {...checkers(report, verdict)} />);
  return fake;
}

const file = (name: string, bytes: number[], type = '') => new File([new Uint8Array(bytes)], name, { type });

function pick(testId: string, f: File) {
  fireEvent.change(screen.getByTestId(testId), { target: { files: [f] } });
}

describe('compose pane', () => {
  it('prepares the mail: To, subject, body, the picked bytes, and leaves its check for the send handler', async () => {
    const fake = compose();
    pick('form-input', file(FORM, [1, 2, 3]));
    pick('pdf-input', file(PDF, [4, 5]));
    await screen.findByTestId('pdf-result');
    await waitFor(() => expect(screen.getByTestId('pdf-result').dataset.verdict).toBe('valid'));
    expect(screen.queryByTestId('confirm-pdf')).toBeNull();
    fireEvent.click(screen.getByTestId('confirm-identity'));
    await waitFor(() => expect(disabled(screen.getByTestId('prepare'))).toBe(false));
    fireEvent.click(screen.getByTestId('prepare'));
    await waitFor(() => expect(screen.getByTestId('checklist').dataset.ready).toBe('true'));
    expect(fake.to.map((r) => r.emailAddress)).toEqual([ISSUER]);
    expect(fake.subject).toBe(buildSubject(makeReport()));
    expect(fake.body.content).toContain(`2. 押印または電子署名済みの申請書（PDF）: ${PDF}`);
    expect(fake.attachmentBytes(FORM)).toEqual(new Uint8Array([1, 2, 3]));
    expect(fake.attachmentBytes(PDF)).toEqual(new Uint8Array([4, 5]));
    expect(JSON.parse(fake.sessionData.get(STATE_KEY) ?? '{}')).toMatchObject({
      form: { name: FORM, errors: 0 },
      pdf: { name: PDF, verdict: 'valid' },
      identityConfirmed: true,
    });
    expect(fake.notifications.get('upkiRevoke')?.message).toContain('送信準備');
    expect(fake.violations).toEqual([]);
  });

  it('a form with errors: 「送信準備」 stays disabled and nothing is written to the message', async () => {
    const fake = compose({}, makeReport({ errors: 2 }));
    pick('form-input', file(FORM, [1]));
    pick('pdf-input', file(PDF, [2]));
    fireEvent.click(screen.getByTestId('confirm-identity'));
    await waitFor(() =>
      expect(screen.getByTestId('blockers').textContent).toContain('申請書にエラーが2件あります'),
    );
    expect(disabled(screen.getByTestId('prepare'))).toBe(true);
    expect(fake.log.filter((l) => /^(to|subject|body)\.setAsync|addFile/.test(l))).toEqual([]);
  });

  it('an unsigned PDF needs the seal confirmation', async () => {
    compose({}, makeReport(), 'unsigned');
    pick('form-input', file(FORM, [1]));
    pick('pdf-input', file(PDF, [2]));
    fireEvent.click(screen.getByTestId('confirm-identity'));
    const seal = await screen.findByTestId('confirm-pdf');
    // The verdict reads in Japanese, not as the code `unsigned`.
    expect(screen.getByTestId('pdf-result').textContent).toContain('判定: 署名なし');
    expect(screen.getByTestId('pdf-result').textContent).not.toMatch(/unsigned/);
    expect(screen.getByTestId('blockers').textContent).toContain(
      '押印が見えることを確かめてチェックを入れてください',
    );
    fireEvent.click(seal);
    await waitFor(() => expect(screen.queryByTestId('blockers')).toBeNull());
  });

  it('a modified PDF cannot be submitted', async () => {
    compose({}, makeReport(), 'modified');
    pick('form-input', file(FORM, [1]));
    pick('pdf-input', file(PDF, [2]));
    await waitFor(() =>
      expect(screen.getByTestId('blockers').textContent).toContain(
        // The verdict's meaning (src/pdf), then the pane's next step.
        '署名後に内容が追加または変更されています。署名し直したPDFを添付してください。',
      ),
    );
    expect(screen.queryByTestId('confirm-pdf')).toBeNull();
  });

  it('refuses a file over the attachable size before reading it', async () => {
    const fake = compose();
    const big = file('big.pdf', [1]);
    Object.defineProperty(big, 'size', { value: 30 * 1024 * 1024 });
    pick('pdf-input', big);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('約25MB'));
    expect(screen.queryByTestId('pdf-result')).toBeNull();
    expect(fake.log).not.toContain('addFileAttachmentFromBase64Async');
  });

  it('a wrong file type is refused', async () => {
    compose();
    pick('form-input', file('form.xls', [1]));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('.xlsx ではありません'));
  });

  it('shows Outlook errors while attaching, in words', async () => {
    const fake = compose();
    fake.failNext('addFileAttachmentFromBase64Async', { name: 'AttachmentSizeExceeded', code: 9000 });
    pick('form-input', file(FORM, [1]));
    pick('pdf-input', file(PDF, [2]));
    fireEvent.click(screen.getByTestId('confirm-identity'));
    await waitFor(() => expect(disabled(screen.getByTestId('prepare'))).toBe(false));
    fireEvent.click(screen.getByTestId('prepare'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('25MBを超えている'));
  });

  it('finds the files already attached and restores the confirmations', async () => {
    const report = makeReport();
    const fake = new FakeOutlook({
      latencyMs: 1,
      to: [ISSUER],
      subject: buildSubject(report),
      attachments: [
        { name: FORM, bytes: new Uint8Array([9]) },
        { name: PDF, bytes: new Uint8Array([8]) },
      ],
    });
    fake.sessionData.set(STATE_KEY, JSON.stringify({ v: 1, identityConfirmed: true, pdfConfirmed: false }));
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements);
    wrap(<ComposePane mailbox={mb} {...checkers(report)} />);
    await waitFor(() => expect(screen.getByTestId('checklist').dataset.ready).toBe('true'));
    expect(screen.getByTestId('form-result').textContent).toContain('添付済み');
  });

  it('standalone (no Outlook): checks files, cannot prepare', async () => {
    wrap(<ComposePane mailbox={null} {...checkers(makeReport())} />);
    pick('form-input', file(FORM, [1]));
    await screen.findByTestId('form-result');
    expect(screen.getByText(/Outlook の外で開いています/)).toBeTruthy();
    expect(disabled(screen.getByTestId('prepare'))).toBe(true);
  });
});

describe('read pane', () => {
  function read(report: CheckReport, opts: FakeOptions = {}) {
    const fake = new FakeOutlook({
      mode: 'read',
      latencyMs: 1,
      attachments: [{ name: FORM, bytes: new Uint8Array([1, 2]) }],
      ...opts,
    });
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements);
    wrap(<ReadPane mailbox={mb} checkForm={checkers(report).checkForm} />);
    return fake;
  }

  it('checks the received form and opens a new message to the issuer', async () => {
    const fake = read(makeReport());
    fireEvent.click(await screen.findByTestId('start-submission'));
    expect(fake.newForms[0]).toMatchObject({ toRecipients: [ISSUER], subject: buildSubject(makeReport()) });
  });

  it('a form with errors cannot start the submission', async () => {
    read(makeReport({ errors: 1 }));
    expect(disabled(await screen.findByTestId('start-submission'))).toBe(true);
  });

  it('a client below Mailbox 1.8 says why the attachment cannot be read', async () => {
    read(makeReport(), { mailboxVersion: '1.5' });
    await waitFor(() => expect(screen.getByText(/Mailbox 要件セットが不足/)).toBeTruthy());
  });
});
