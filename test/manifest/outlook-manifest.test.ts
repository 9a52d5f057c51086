/**
 * manifest.outlook.xml against what Outlook requires (issue 10):
 * - a mail add-in's HighResolutionIconUrl is 128×128 (80×80 fails validation): the PNG it names
 *   must be 128×128;
 * - classic Outlook caches the send handler per add-in id, version and locale, and event-based
 *   add-ins need admin consent for a new version (learn.microsoft.com/office/dev/add-ins/outlook/
 *   autolaunch): the manifest's <Version> follows package.json's version (docs/outlook.md,
 *   "Updating the send handler"), so a release that ships a changed outlook-onsend.js bumps both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM build configuration without type declarations
import { DEV_BASE_URL } from '../../webpack.config.js';

const root = new URL('../..', import.meta.url).pathname;
const xml = readFileSync(`${root}manifest.outlook.xml`, 'utf8');

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const asset = (url: string) => `${root}${url.slice(DEV_BASE_URL.length)}`;

describe('manifest.outlook.xml', () => {
  it('HighResolutionIconUrl names a 128×128 PNG, IconUrl a 64×64 one', () => {
    const hi = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
    const lo = /<IconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
    expect(pngSize(asset(hi))).toEqual({ width: 128, height: 128 });
    expect(pngSize(asset(lo))).toEqual({ width: 64, height: 64 });
  });

  it('<Version> is package.json version + ".0" (bumped with every release of the send handler)', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(`${pkg.version}.0`);
  });

  it('classic Outlook loads the isolated handler file; the others its page; SoftBlock', () => {
    expect(xml).toContain(`<bt:Url id="JSRuntime.Url" DefaultValue="${DEV_BASE_URL}outlook-onsend.js" />`);
    expect(xml).toContain(`<bt:Url id="Runtime.Url" DefaultValue="${DEV_BASE_URL}outlook-onsend.html" />`);
    expect(xml).toMatch(
      /<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock" \/>/,
    );
  });
});
