// @vitest-environment happy-dom
// The compose pane's PDF preview with a fake pdf.js: the comparison is reported to the pane, page 1
// only is drawn, scaled to the pane, and a new file cancels the previous render and load.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanePdfJs } from '../../src/pdf-form/pane';
import type { PdfFormCheck } from '../../src/pdf-form/readiness';
import { PdfPreview } from '../../src/taskpane/outlook/PdfPreview';
import { I18nContext, STRINGS } from '../../src/taskpane/shared';

afterEach(cleanup);
beforeEach(() => {
  HTMLCanvasElement.prototype.getContext = (() => ({})) as never;
});

const HEX = '4B3A21F0C9D8E7F6A5B4C3D2E1F00123';
const form = {
  fields: { institutionName: { value: '学校法人申請学園 申請大学', cell: 'A!B7' } },
  certificates: [{ row: 26, serial: { value: HEX, cell: 'A!A26' } }],
};

interface FakeDoc {
  lines: string[];
  renderDone: Promise<void>;
}

function fakePdfJs(docs: Map<number, FakeDoc>) {
  const log: string[] = [];
  const lib = {
    getDocument: ({ data }: { data: Uint8Array }) => {
      const id = data[0] as number;
      const d = docs.get(id) as FakeDoc;
      return {
        destroy: async () => {
          log.push(`destroy ${id}`);
        },
        promise: Promise.resolve({
          numPages: 3,
          getPage: async (n: number) => {
            log.push(`getPage ${id}:${n}`);
            return {
              getTextContent: async () => ({
                items:
                  n === 1
                    ? d.lines.map((str, i) => ({
                        str,
                        transform: [10, 0, 0, 10, 40, 800 - i * 20],
                        width: 100,
                        height: 10,
                      }))
                    : [],
              }),
              getViewport: ({ scale }: { scale: number }) => ({ width: 595 * scale, height: 842 * scale }),
              render: () => {
                log.push(`render ${id}:${n}`);
                return {
                  promise: d.renderDone,
                  cancel: () => log.push(`cancel ${id}`),
                };
              },
            };
          },
        }),
      };
    },
  };
  return { lib: lib as unknown as PanePdfJs, log };
}

const wrap = (ui: React.ReactNode) => (
  <I18nContext.Provider value={{ lang: 'ja', t: STRINGS.ja }}>{ui}</I18nContext.Provider>
);

describe('PdfPreview', () => {
  it('reports the comparison and draws page 1 only', async () => {
    const { lib, log } = fakePdfJs(
      new Map([[1, { lines: ['利用機関名 学校法人申請学園 申請大学', HEX], renderDone: Promise.resolve() }]]),
    );
    const compared: Array<PdfFormCheck | null> = [];
    render(
      wrap(
        <PdfPreview
          bytes={new Uint8Array([1])}
          form={form}
          onCompared={(c) => compared.push(c)}
          loadPdfJs={async () => lib}
        />,
      ),
    );
    await waitFor(() => expect(screen.getByTestId('pdf-preview').dataset.state).toBe('shown'));
    expect(screen.getByTestId('pdf-form').dataset.match).toBe('same');
    expect(compared.at(-1)).toEqual({ match: 'same', missing: [], extra: [] });
    expect(log.filter((l) => l.startsWith('render'))).toEqual(['render 1:1']);
    expect(screen.getByText(/全3ページ/)).toBeTruthy();
  });

  it('a PDF of another form: mismatch reported', async () => {
    const { lib } = fakePdfJs(
      new Map([[1, { lines: ['別の大学', 'FEDCBA9876543210FEDCBA98'], renderDone: Promise.resolve() }]]),
    );
    const onCompared = vi.fn();
    render(
      wrap(
        <PdfPreview
          bytes={new Uint8Array([1])}
          form={form}
          onCompared={onCompared}
          loadPdfJs={async () => lib}
        />,
      ),
    );
    await waitFor(() =>
      expect(onCompared).toHaveBeenLastCalledWith({
        match: 'mismatch',
        missing: [`serial:${HEX}`, 'institutionName'],
        extra: ['serial:FEDCBA9876543210FEDCBA98'],
      }),
    );
  });

  it('a new file cancels the render and load of the previous one', async () => {
    const never = new Promise<void>(() => {});
    const { lib, log } = fakePdfJs(
      new Map([
        [1, { lines: [HEX], renderDone: never }],
        [2, { lines: [HEX], renderDone: Promise.resolve() }],
      ]),
    );
    const load = async () => lib;
    const { rerender } = render(
      wrap(<PdfPreview bytes={new Uint8Array([1])} form={form} loadPdfJs={load} />),
    );
    await waitFor(() => expect(log).toContain('render 1:1'));
    rerender(wrap(<PdfPreview bytes={new Uint8Array([2])} form={form} loadPdfJs={load} />));
    await waitFor(() => expect(screen.getByTestId('pdf-preview').dataset.state).toBe('shown'));
    expect(log).toContain('cancel 1');
    expect(log).toContain('destroy 1');
  });

  it('no PDF: nothing shown, nothing reported but null', async () => {
    const onCompared = vi.fn();
    const { container } = render(wrap(<PdfPreview bytes={null} form={form} onCompared={onCompared} />));
    expect(container.textContent).toBe('');
    expect(onCompared).toHaveBeenLastCalledWith(null);
  });
});
