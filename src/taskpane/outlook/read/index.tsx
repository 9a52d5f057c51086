/** Entry of the Outlook read pane (outlook-read.html). */
import { FluentProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nContext, officeDisplayLanguage, pickLang, STRINGS } from '../../shared/i18n';
import { paneTheme } from '../../shared/theme';
import { loadFormChecker } from '../checkers';
import { paneMailbox } from '../mailbox';
import { ReadPane } from './ReadPane';

async function main() {
  void loadFormChecker();
  const mailbox = await paneMailbox();
  const lang = pickLang(officeDisplayLanguage());
  document.documentElement.lang = lang;
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={paneTheme()}>
        <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>
          <ReadPane mailbox={mailbox} />
        </I18nContext.Provider>
      </FluentProvider>
    </StrictMode>,
  );
}

void main();
