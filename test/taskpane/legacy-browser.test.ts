/**
 * The ES5 script every page loads before its bundle (src/taskpane/shared/legacy-browser.js): it
 * must parse as ES5 (Internet Explorer 11) and, there and in the old Edge, say why the add-in does
 * not run; elsewhere it must do nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const source = readFileSync(join(root, 'src/taskpane/shared/legacy-browser.js'), 'utf8');

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

function run(userAgent: string, documentMode?: number) {
  const window = new Window({ url: 'https://addin.example/excel-taskpane.html' });
  const document = window.document;
  document.body.innerHTML = '<div id="root"><p>bundle-rendered</p></div>';
  if (documentMode) Object.defineProperty(document, 'documentMode', { value: documentMode });
  runInNewContext(source, { navigator: { userAgent }, document, location: window.location });
  return document.getElementById('root')?.textContent ?? '';
}

describe('legacy-browser.js', () => {
  it('parses as ES5 (acorn ecmaVersion 5), and the parser does refuse newer syntax', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(() => parse('var a = b?.c;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('explains itself in Japanese and English in Internet Explorer 11', () => {
    const text = run(IE11, 11);
    expect(text).toContain('この Office ではアドインが動きません');
    expect(text).toContain('This add-in cannot run in this Office');
    expect(text).toContain('https://addin.example/excel-taskpane.html');
    expect(text).not.toContain('bundle-rendered');
  });

  it('explains itself in the old Edge (EdgeHTML)', () => {
    expect(run(EDGE_HTML)).toContain('Office 2021');
  });

  it('does nothing in WebView2, current browsers and Office on the web', () => {
    expect(run(WEBVIEW2)).toBe('bundle-rendered');
  });

  it('is loaded by every page and shipped by the build', () => {
    const page = readFileSync(join(root, 'src/taskpane/shared/page.ejs'), 'utf8');
    expect(page).toMatch(/<script src="legacy-browser\.js"><\/script>/);
    const config = readFileSync(join(root, 'webpack.config.js'), 'utf8');
    expect(config).toContain("from: 'src/taskpane/shared/legacy-browser.js', to: 'legacy-browser.js'");
  });
});
