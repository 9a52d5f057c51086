/**
 * Entry of the Outlook compose pane (outlook-compose.html). Inside Outlook it works on the message
 * being composed; elsewhere (office.js gives no host) it checks files only, unless the browser
 * tests injected a fake mailbox.
 */
import { FluentProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nContext, officeDisplayLanguage, pickLang, STRINGS } from '../../shared/i18n';
import { paneTheme } from '../../shared/theme';
import { loadFormChecker, loadPdfChecker } from '../checkers';
import { paneMailbox } from '../mailbox';
import { ComposePane } from './ComposePane';

async function main() {
  const mailbox = await paneMailbox();
  const lang = pickLang(officeDisplayLanguage());
  document.documentElement.lang = lang;
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={paneTheme()}>
        <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>
          <ComposePane mailbox={mailbox} />
        </I18nContext.Provider>
      </FluentProvider>
    </StrictMode>,
  );
  // The checkers arrive after the first paint, before the officer picks a file.
  setTimeout(() => {
    void loadFormChecker();
    void loadPdfChecker();
  }, 0);
}

void main();
