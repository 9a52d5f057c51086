/**
 * Both manifests: schema-valid offline, distinct ids, every URL https under the configured base,
 * every page and icon present in the build, requirement sets in step with the code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM build configuration without type declarations
import { DEV_BASE_URL, MANIFESTS, rewriteManifest } from '../../webpack.config.js';
import { validateManifest } from './schema';

const root = join(import.meta.dirname, '../..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');
/** URL attributes (namespace declarations aside). */
const urls = (xml: string) =>
  [...xml.matchAll(/\s(?!xmlns)[\w:]+="(https?:\/\/[^"]+)"/g)].map((m) => m[1] as string);
const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dist = join(root, 'dist');

describe.each(MANIFESTS as string[])('%s', (name) => {
  const xml = read(name);

  it('is valid against the official schema', async () => {
    const r = await validateManifest(xml, name);
    expect(r.errors, r.errors.join('\n')).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('has a GUID id', () => {
    expect(id(xml)).toMatch(GUID);
  });

  it('names only https URLs under the development base URL', () => {
    const list = urls(xml);
    expect(list.length).toBeGreaterThan(3);
    for (const u of list) expect(u.startsWith(DEV_BASE_URL), u).toBe(true);
  });

  it('is rewritten to a production base URL and stays valid', async () => {
    const base = 'https://addins.example.ac.jp/upki-revoke/';
    const out = rewriteManifest(xml, base);
    for (const u of urls(out)) expect(u.startsWith(base), u).toBe(true);
    expect((await validateManifest(out, name)).valid).toBe(true);
  });

  it.skipIf(!existsSync(dist))('names only pages and icons that the build has', () => {
    for (const u of urls(xml)) {
      const path = new URL(u).pathname.replace(/^\//, '');
      expect(existsSync(join(dist, path)), `${u} → dist/${path}`).toBe(true);
    }
    expect(existsSync(join(dist, name)), `dist/${name}`).toBe(true);
  });
});

describe('the two add-ins', () => {
  it('have distinct ids', () => {
    const ids = (MANIFESTS as string[]).map((m) => id(read(m)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** Versions of a requirement set the code asks for (feature detection or hard needs). */
function versionsUsed(set: 'ExcelApi' | 'Mailbox', dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(join(root, dir), { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(f)) continue;
      const text = readFileSync(join(root, dir, f), 'utf8');
      for (const m of text.matchAll(/isSetSupported\(\s*'(\w+)'\s*,\s*'([\d.]+)'/g))
        if (m[1] === set) found.push(m[2] as string);
      if (set === 'ExcelApi' && f.startsWith('excel'))
        for (const m of text.matchAll(/\bhas\('([\d.]+)'\)/g)) found.push(m[1] as string);
      if (set === 'Mailbox' && f.startsWith('mailbox'))
        for (const m of text.matchAll(/\bneed\('([\d.]+)'/g)) found.push(m[1] as string);
    }
  }
  return found;
}

const num = (v: string) => Number(v.split('.')[1]);

describe('requirement sets match the code', () => {
  it('Excel: floor ExcelApi 1.8; everything newer is feature-detected', () => {
    const xml = read('manifest.xml');
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(xml)?.[1]).toBe('1.8');
    // Sets above the floor that the code relies on are detected at run time (office.md):
    // insertWorksheetsFromBase64 (1.13) and onChanged's triggerSource (1.14).
    const used = versionsUsed('ExcelApi', ['src/office', 'src/commands', 'src/taskpane']);
    expect(used).toEqual(expect.arrayContaining(['1.13', '1.14']));
    for (const v of used) expect(num(v), `ExcelApi ${v}`).toBeLessThanOrEqual(20);
  });

  it('Outlook: floor Mailbox 1.8; OnMessageSend declared under Mailbox 1.12; the adapter checks what it calls', () => {
    const xml = read('manifest.outlook.xml');
    expect(/<Set Name="Mailbox" MinVersion="([\d.]+)"/.exec(xml)?.[1]).toBe('1.8');
    expect(xml).toMatch(/<LaunchEvent Type="OnMessageSend"[^>]*SendMode="SoftBlock"/);
    const v11 = xml.slice(xml.indexOf('VersionOverridesV1_1'));
    expect(/DefaultMinVersion="([\d.]+)"/.exec(v11)?.[1]).toBe('1.12');
    // The attachment calls the compose pane needs are the floor's (1.8) and are checked by the adapter.
    const used = versionsUsed('Mailbox', ['src/office', 'src/commands', 'src/taskpane']);
    expect(used).toContain('1.8');
    for (const v of used) expect(num(v), `Mailbox ${v}`).toBeLessThanOrEqual(15);
  });
});
