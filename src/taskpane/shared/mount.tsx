/** Renders a pane into the page's #root: Fluent UI, Office's theme and display language. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nContext, officeDisplayLanguage, pickLang, STRINGS } from './i18n';
import { loadPaneTheme } from './theme';

export async function mountPane(pane: ReactNode): Promise<void> {
  const lang = pickLang(officeDisplayLanguage());
  document.documentElement.lang = lang;
  const theme = await loadPaneTheme();
  // Native controls (the checkboxes, scroll bars) follow the pane's theme, not the browser's.
  document.documentElement.style.colorScheme = theme === webLightTheme ? 'light' : 'dark';
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={theme}>
        <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>{pane}</I18nContext.Provider>
      </FluentProvider>
    </StrictMode>,
  );
}
