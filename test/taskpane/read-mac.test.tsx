// @vitest-environment happy-dom
/**
 * Download links do nothing in Office on Mac (office-js#6468, #2700): the read pane says how to
 * save the form there, and keeps the link elsewhere.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailboxAdapter } from '../../src/office/mailbox';
import type { CheckForm } from '../../src/taskpane/outlook/checkers';
import { ReadPane } from '../../src/taskpane/outlook/read/ReadPane';
import { I18nContext, STRINGS } from '../../src/taskpane/shared';
import { FakeOutlook, type FakePlatform } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

afterEach(cleanup);

const FORM = '失効申請書.xlsx';

function read(platform: FakePlatform) {
  const fake = new FakeOutlook({
    mode: 'read',
    platform,
    latencyMs: 1,
    attachments: [{ name: FORM, bytes: new Uint8Array([1]) }],
  });
  const mb = createMailboxAdapter(fake.mailbox, fake.requirements, { platform: fake.officePlatform });
  const checkForm: CheckForm = async (_b, file) => ({ ...makeReport(), file });
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'ja', t: STRINGS.ja }}>
        <ReadPane mailbox={mb} checkForm={checkForm} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
}

describe('read pane: saving the received form', () => {
  it('on Mac: no download link, the next step instead', async () => {
    read('mac');
    const hint = await screen.findByTestId('save-form-mac');
    expect(hint.textContent).toContain(FORM);
    expect(hint.textContent).toContain('添付ファイル');
    expect(screen.queryByTestId('save-form')).toBeNull();
  });

  it.each<FakePlatform>(['web', 'classic'])('on %s: the download link', async (platform) => {
    read(platform);
    await screen.findByTestId('start-submission');
    if (typeof URL.createObjectURL === 'function') expect(screen.getByTestId('save-form')).toBeTruthy();
    expect(screen.queryByTestId('save-form-mac')).toBeNull();
  });
});
