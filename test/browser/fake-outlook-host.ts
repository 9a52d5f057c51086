/**
 * Installed in the page right after the real office.js (the test's route appends it): replaces
 * Office.onReady / Office.context with the typed fake mailbox of test/fakes (host Outlook).
 * Options come from `window.__fakeOutlookOptions` (set with addInitScript); the fake is exposed as
 * `window.__fakeOutlook` for assertions.
 */
import { type FakeOptions, FakeOutlook } from '../fakes/fake-mailbox';

type AnyRecord = Record<string, unknown>;
const g = globalThis as unknown as AnyRecord & {
  __fakeOutlookOptions?: FakeOptions & { displayLanguage?: string };
};
const options = g.__fakeOutlookOptions ?? {};
const fake = new FakeOutlook({ latencyMs: 5, ...options });

const office = (g.Office as AnyRecord | undefined) ?? {};
const info = { host: 'Outlook', platform: fake.officePlatform };
const context = {
  displayLanguage: options.displayLanguage ?? 'ja-JP',
  officeTheme: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
  },
  requirements: fake.requirements,
  mailbox: fake.mailbox,
  // Office.context.platform (Mailbox 1.5): OfficeOnline, PC or Mac as the fake's platform says.
  platform: fake.officePlatform,
};
// office.js (re)assigns Office.context while it initialises outside Office: pin ours.
const pin = (name: string, value: unknown) =>
  Object.defineProperty(office, name, { get: () => value, set: () => undefined, configurable: true });
pin('context', context);
pin('onReady', (cb?: (i: typeof info) => void) => {
  // office.js redefines Office.context while it initialises: pin ours again before answering.
  pin('context', context);
  cb?.(info);
  return Promise.resolve(info);
});
const associated: Record<string, unknown> = {};
office.actions = { associate: (name: string, fn: unknown) => (associated[name] = fn) };
g.Office = office;
g.__fakeOutlook = fake;
g.__fakeCommands = associated;
