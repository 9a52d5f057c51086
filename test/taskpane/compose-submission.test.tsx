// @vitest-environment happy-dom
/**
 * The compose pane against the fakes' real-client behaviour (issue 10): 25 MB per message checked
 * before Outlook is called, a 5001 read failure reported for its file while the other is checked,
 * and the sizes Outlook reports recorded for the send handler.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleSend } from '../../src/commands/onsend';
import type { CheckReport } from '../../src/form/types';
import { buildSubject, ISSUER, type PdfReportLike } from '../../src/mail';
import { createMailboxAdapter, STATE_KEY } from '../../src/office/mailbox';
import type { CheckForm, VerifyPdf } from '../../src/taskpane/outlook/checkers';
import { ComposePane } from '../../src/taskpane/outlook/compose/ComposePane';
import { I18nContext, STRINGS } from '../../src/taskpane/shared';
import { type FakeOptions, FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

afterEach(cleanup);

const FORM = '失効申請書.xlsx';
const PDF = '申請書 押印済み.pdf';
const MB = 1024 * 1024;

function checkers(report: CheckReport) {
  const checkForm: CheckForm = vi.fn(async (_b, file) => ({ ...report, file }));
  const verifyPdf: VerifyPdf = vi.fn(
    async (_b, file): Promise<PdfReportLike> => ({
      file,
      verdict: 'valid',
      signatures: [{ kind: 'approval', signer: { email: 'taro.shinsei@univ.example.ac.jp' } }],
      messages: [],
    }),
  );
  return { checkForm, verifyPdf };
}

function compose(opts: FakeOptions = {}, report = makeReport()) {
  const fake = new FakeOutlook({ latencyMs: 1, bodyType: 'text', ...opts });
  const mb = createMailboxAdapter(fake.mailbox, fake.requirements, { yieldFn: async () => {} });
  const c = checkers(report);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'ja', t: STRINGS.ja }}>
        <ComposePane mailbox={mb} {...c} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { fake, ...c };
}

const pick = (testId: string, name: string, size: number) =>
  fireEvent.change(screen.getByTestId(testId), {
    target: { files: [new File([new Uint8Array(size)], name)] },
  });
const disabled = (el: HTMLElement) => (el as HTMLButtonElement).disabled;

describe('compose pane and real-client behaviour', () => {
  it('25 MB per message: refuses before calling Outlook when what is attached plus the two files is over', async () => {
    const { fake } = compose({
      platform: 'web',
      attachments: [{ name: 'old-scan.pdf', base64: '', reportedSize: 20 * MB }],
    });
    await waitFor(() => expect(fake.log).toContain('getAttachmentsAsync'));
    pick('form-input', FORM, 3 * MB);
    pick('pdf-input', PDF, 3 * MB);
    await waitFor(() => expect(screen.getByTestId('pdf-result').dataset.verdict).toBe('valid'));
    fireEvent.click(screen.getByTestId('confirm-identity'));
    await waitFor(() => expect(disabled(screen.getByTestId('prepare'))).toBe(false));
    fireEvent.click(screen.getByTestId('prepare'));
    const notice = await screen.findByTestId('notice');
    await waitFor(() => expect(notice.textContent).toContain('1通あたりの上限 25 MB'));
    expect(fake.log).not.toContain('addFileAttachmentFromBase64Async');
    expect(fake.log).not.toContain('to.setAsync');
  });

  it('a file Outlook will not hand over (5001) is reported for that file; the other is still checked', async () => {
    const report = makeReport();
    const { fake, checkForm, verifyPdf } = compose({
      platform: 'classic',
      to: [ISSUER],
      subject: buildSubject(report),
      attachments: [
        { name: FORM, bytes: new Uint8Array([1]), unreadable: true },
        { name: PDF, bytes: new Uint8Array([2]) },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('pdf-result').dataset.verdict).toBe('valid'));
    await waitFor(() => expect(screen.getByTestId('form-result').textContent).toContain('メール受信者'));
    expect(screen.getByTestId('form-result').textContent).toContain(FORM);
    expect(checkForm).not.toHaveBeenCalled();
    expect(verifyPdf).toHaveBeenCalledTimes(1);
    expect(fake.log.filter((o) => o === 'getAttachmentContentAsync')).toHaveLength(2);
  });

  it('records the sizes Outlook reports, so the send handler lets the prepared mail go', async () => {
    const report = makeReport();
    const { fake } = compose({
      platform: 'classic',
      to: [ISSUER],
      subject: buildSubject(report),
      // Classic Outlook's sizes need not be the byte counts.
      attachments: [
        { name: FORM, bytes: new Uint8Array([1, 2]), reportedSize: 7_000 },
        { name: PDF, bytes: new Uint8Array([3]), reportedSize: 9_000 },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('pdf-result').dataset.verdict).toBe('valid'));
    fireEvent.click(screen.getByTestId('confirm-identity'));
    await waitFor(() =>
      expect(JSON.parse(fake.sessionData.get(STATE_KEY) ?? '{}').identityConfirmed).toBe(true),
    );
    expect(JSON.parse(fake.sessionData.get(STATE_KEY) ?? '{}')).toMatchObject({
      form: { size: 7_000 },
      pdf: { size: 9_000 },
    });
    const r = await fake.send((e) => handleSend(e, fake.mailbox, fake.requirements, { log: () => {} }));
    expect(r).toEqual({ allowEvent: true });
  });
});
