// @vitest-environment happy-dom
/** Every message that asks for an action offers it: the read pane outside Outlook offers a picker. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/form/types';
import { createMailboxAdapter } from '../../src/office/mailbox';
import type { CheckForm } from '../../src/taskpane/outlook/checkers';
import { ReadPane } from '../../src/taskpane/outlook/read/ReadPane';
import { I18nContext, STRINGS } from '../../src/taskpane/shared';
import { FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

afterEach(cleanup);

const FORM = '失効申請書.xlsx';
const checkForm =
  (report: CheckReport): CheckForm =>
  async (_b, file) => ({ ...report, file });

function wrap(node: React.ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'ja', t: STRINGS.ja }}>{node}</I18nContext.Provider>
    </FluentProvider>,
  );
}

function pickForm() {
  const f = new File([new Uint8Array([1, 2, 3])], FORM);
  fireEvent.change(screen.getByTestId('read-form-input'), { target: { files: [f] } });
}

describe('read pane outside Outlook', () => {
  it('says a file can be chosen and offers the picker; the picked form is checked', async () => {
    wrap(<ReadPane mailbox={null} checkForm={checkForm(makeReport())} />);
    expect(screen.getByText(/申請書ファイル（\.xlsx）を選ぶと/)).toBeTruthy();
    expect(screen.getByTestId('read-pick').textContent).toBe('申請書ファイルを選ぶ');
    pickForm();
    expect((await screen.findByTestId('received-form')).getAttribute('aria-label')).toBe(FORM);
  });

  it('a bad form: the words point at the picker that is there', async () => {
    wrap(<ReadPane mailbox={null} checkForm={checkForm(makeReport({ errors: 1 }))} />);
    pickForm();
    const blocked = await screen.findByTestId('blocked');
    expect(blocked.textContent).toContain('「申請書ファイルを選ぶ」で選び直してください');
    expect(screen.getByTestId('read-pick')).toBeTruthy();
  });
});

describe('read pane in Outlook', () => {
  it('a bad form: no "choose again" where nothing can be chosen', async () => {
    const fake = new FakeOutlook({
      mode: 'read',
      latencyMs: 1,
      attachments: [{ name: FORM, bytes: new Uint8Array([1, 2]) }],
    });
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements);
    wrap(<ReadPane mailbox={mb} checkForm={checkForm(makeReport({ errors: 1 }))} />);
    const blocked = await screen.findByTestId('blocked');
    expect(blocked.textContent).not.toContain('選び直して');
    expect(blocked.textContent).toContain('利用管理者');
    expect(screen.queryByTestId('read-pick')).toBeNull();
    // 「保存して Excel で直し」: the save it asks for is offered.
    expect(blocked.textContent).toContain('保存して');
    expect(typeof URL.createObjectURL).toBe('function');
    expect(screen.getByTestId('save-form').textContent).toBe(`申請書を保存（${FORM}）`);
  });

  it('a bad form in Outlook on Mac: says how to save the attachment instead of a link', async () => {
    const fake = new FakeOutlook({
      mode: 'read',
      latencyMs: 1,
      platform: 'mac',
      attachments: [{ name: FORM, bytes: new Uint8Array([1, 2]) }],
    });
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements, { platform: fake.officePlatform });
    wrap(<ReadPane mailbox={mb} checkForm={checkForm(makeReport({ errors: 1 }))} />);
    await screen.findByTestId('blocked');
    expect(screen.getByTestId('save-form-mac').textContent).toContain(FORM);
    expect(screen.queryByTestId('save-form')).toBeNull();
  });
});
