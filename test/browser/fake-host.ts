/**
 * Installed in the page right after the real office.js (the test's route appends it): replaces
 * Office.onReady / Office.context and Excel.run with the typed fake of test/fakes, holding a
 * workbook with known errors. The model is exposed as `window.__fakeExcel` for assertions.
 * Options come from `window.__fakeOptions` (set with addInitScript).
 */
import { FakeWorkbook } from '../fakes/fake-excel';
import { formWorkbook } from '../fakes/form-fixture';

interface FakeOptions {
  displayLanguage?: string;
  dark?: boolean;
  apiVersion?: string;
  /** Office.onReady answers after this long (a slow Office start). */
  readyDelayMs?: number;
}

type AnyRecord = Record<string, unknown>;
const g = globalThis as unknown as AnyRecord & { __fakeOptions?: FakeOptions };
const options: FakeOptions = g.__fakeOptions ?? {};
const wb = new FakeWorkbook(formWorkbook(), { apiVersion: options.apiVersion ?? '1.14' });
wb.cell('失効申請書!C11').fill = '#00B0F0'; // the user's own fill, which must come back
wb.activeSheet = '記入例';

const office = (g.Office as AnyRecord | undefined) ?? {};
const info = { host: 'Excel', platform: 'OfficeOnline' };
const context = {
  displayLanguage: options.displayLanguage ?? 'ja-JP',
  officeTheme: options.dark
    ? {
        bodyBackgroundColor: '#262626',
        bodyForegroundColor: '#FFFFFF',
        controlBackgroundColor: '#333333',
        controlForegroundColor: '#FFFFFF',
      }
    : {
        bodyBackgroundColor: '#FFFFFF',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: '#FFFFFF',
        controlForegroundColor: '#000000',
      },
  requirements: { isSetSupported: (name: string, version: string) => wb.isSetSupported(name, version) },
  document: { settings: wb.settings },
};
// office.js (re)assigns Office.context while it initialises outside Office: pin ours.
const pin = (name: string, value: unknown) =>
  Object.defineProperty(office, name, { get: () => value, set: () => undefined, configurable: true });
pin('context', context);
pin(
  'onReady',
  (cb?: (i: typeof info) => void) =>
    new Promise<typeof info>((resolve) =>
      setTimeout(() => {
        cb?.(info);
        resolve(info);
      }, options.readyDelayMs ?? 0),
    ),
);
office.HostType = { ...((office.HostType as AnyRecord | undefined) ?? {}), Excel: 'Excel' };
const associated: Record<string, unknown> = {};
pin('actions', { associate: (name: string, fn: unknown) => (associated[name] = fn) });
// office.js's later script (o15apptofilemappingtable.js) redefines Office.context as a getter that
// asks OSF._OfficeAppFactory.getContext(): answer ours there too.
const factory = (g.OSF as { _OfficeAppFactory?: AnyRecord } | undefined)?._OfficeAppFactory;
if (factory) {
  factory.getContext = () => context;
  factory.setContext = () => undefined;
}
g.Office = office;
g.Excel = {
  run: (a: unknown, b?: unknown) => (typeof a === 'function' ? wb.run(a as never) : wb.run(b as never, a)),
};
g.__fakeExcel = wb;
g.__fakeCommands = associated;
