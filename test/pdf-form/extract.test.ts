// Text extraction with pdf.js (legacy build, Node) from PDFs made in the suite with a Japanese CID
// font (ToUnicode), drawn glyph by glyph as Excel's export does and as single strings; another form,
// a scan, a long document, a file that is not a PDF.
import { describe, expect, it } from 'vitest';
import { compareWithForm } from '../../src/pdf-form/compare';
import { extractText, MAX_TEXT_PAGES, PdfTextError } from '../../src/pdf-form/extract';
import { loadPdfJsNode } from '../../src/pdf-form/node';
import { formPdf, scanPdf } from './make-pdf';

const NAME = '学校法人申請学園 申請大学';
const SERIALS = ['4B3A21F0C9D8E7F6A5B4C3D2E1F00123', '0A1B2C3D4E5F60718293A4B5C6D7E8F9'];
const FORM = { institutionName: NAME, serials: SERIALS };
const pdfjs = await loadPdfJsNode();

describe('extractText + compareWithForm', () => {
  for (const mode of ['glyphs', 'tj', 'string'] as const)
    for (const serialStyle of ['as-is', 'octets', 'decimal'] as const)
      it(`the same form drawn as ${mode}, serials ${serialStyle}: same`, async () => {
        const pdf = await formPdf(FORM, { mode, serialStyle });
        const text = await extractText(pdfjs, pdf);
        expect(text.pages).toBe(1);
        expect(text.lines).toContain(`利用機関名 ${NAME}`); // ToUnicode read: Japanese, words joined
        expect(compareWithForm(text, FORM)).toMatchObject({ match: 'same', missing: [], extra: [] });
      });

  it('the PDF of another form: mismatch naming the serial and the name; its serial is extra', async () => {
    const other = { institutionName: '国立大学法人別大学', serials: ['7F6E5D4C3B2A19080706050403020100'] };
    const text = await extractText(pdfjs, await formPdf(other));
    const r = compareWithForm(text, FORM);
    expect(r.match).toBe('mismatch');
    expect(r.missing).toEqual([
      `serial:${SERIALS[0]}`,
      'serial:A1B2C3D4E5F60718293A4B5C6D7E8F9',
      'institutionName',
    ]);
    expect(r.extra).toEqual(['serial:7F6E5D4C3B2A19080706050403020100']);
  });

  it('an edited form (one serial changed after the PDF was made): mismatch on that serial only', async () => {
    const text = await extractText(
      pdfjs,
      await formPdf({ institutionName: NAME, serials: [SERIALS[0] as string] }),
    );
    expect(compareWithForm(text, FORM).missing).toEqual(['serial:A1B2C3D4E5F60718293A4B5C6D7E8F9']);
  });

  it('a scan (only an image): no text', async () => {
    const text = await extractText(pdfjs, await scanPdf());
    expect(text.lines).toEqual([]);
    expect(compareWithForm(text, FORM).match).toBe('no-text');
  });

  it(`reads at most ${MAX_TEXT_PAGES} pages`, async () => {
    const text = await extractText(pdfjs, await formPdf(FORM, { pages: 12, mode: 'string' }));
    expect(text).toMatchObject({ pages: 12, pagesRead: MAX_TEXT_PAGES });
    expect(text.lines.filter((l) => l.startsWith('利用機関名'))).toHaveLength(MAX_TEXT_PAGES);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const pdf = await formPdf(FORM, { mode: 'string' });
    const copy = pdf.slice();
    await extractText(pdfjs, pdf);
    expect(pdf).toEqual(copy);
  });

  it('not a PDF: PdfTextError, never a crash', async () => {
    const e = await extractText(pdfjs, new TextEncoder().encode('PK\u0003\u0004 not a pdf')).catch((x) => x);
    expect(e).toBeInstanceOf(PdfTextError);
    expect((e as PdfTextError).code).toBe('pdf-text.unreadable');
  });

  it('a time limit: PdfTextError pdf-text.timeout', async () => {
    const pdf = await formPdf(FORM, { pages: 10 });
    const e = await extractText(pdfjs, pdf, { timeoutMs: 1 }).catch((x) => x);
    expect((e as PdfTextError).code).toBe('pdf-text.timeout');
  });
});
