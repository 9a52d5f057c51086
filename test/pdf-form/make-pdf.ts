/**
 * PDFs made in the suite from the form's own content, with a Japanese TrueType font (BIZ UDPGothic)
 * embedded as a CID font with a ToUnicode map, as Excel's PDF export does. pdf-lib embeds it through
 * upstream fontkit 2.x and a small adapter (shared/notes/pdf.md: @pdf-lib/fontkit corrupts subsets).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  moveText,
  type PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFontAndSize,
} from 'pdf-lib';

const require = createRequire(import.meta.url);
const FONT_PATH = require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf');
let fontBytes: Uint8Array | undefined;
export const japaneseFont = () => {
  fontBytes ??= new Uint8Array(readFileSync(FONT_PATH));
  return fontBytes;
};

/** fontkit 2 for pdf-lib: pdf-lib calls `subset.encodeStream()`, fontkit 2 has `subset.encode()`. */
export const fontkitAdapter = {
  create(data: Uint8Array) {
    const font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) as unknown as {
      createSubset(): { encode(): Uint8Array; includeGlyph(g: unknown): number };
    };
    return new Proxy(font, {
      get(target, prop, receiver) {
        if (prop === 'createSubset')
          return () => {
            const subset = target.createSubset();
            return Object.assign(subset, {
              encodeStream() {
                const handlers: Record<string, (x?: unknown) => void> = {};
                const stream = {
                  on(ev: string, fn: (x?: unknown) => void) {
                    handlers[ev] = fn;
                    if (ev === 'end')
                      queueMicrotask(() => {
                        try {
                          handlers.data?.(subset.encode());
                          handlers.end?.();
                        } catch (e) {
                          handlers.error?.(e);
                        }
                      });
                    return stream;
                  },
                };
                return stream;
              },
            });
          };
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  },
};

export interface FormPdfContent {
  institutionName: string;
  serials: string[];
  /** Other lines (title, labels). */
  extraLines?: string[];
}

export type DrawMode = 'glyphs' | 'tj' | 'string';

/**
 * A one-page PDF that shows the form: title, 利用機関名, and the certificate table.
 * `glyphs`: every character its own positioned text object (per-character positioning);
 * `tj`: each cell one glyph run, a TJ array with a small position adjustment between glyphs (as
 * Excel's export writes runs); `string`: each cell one string.
 */
export async function formPdf(
  content: FormPdfContent,
  opts: { mode?: DrawMode; serialStyle?: 'as-is' | 'octets' | 'decimal'; pages?: number } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter as never);
  const font = await doc.embedFont(japaneseFont(), { subset: true });
  const mode = opts.mode ?? 'glyphs';
  const size = 10;
  const draw = (page: ReturnType<typeof doc.addPage>, text: string, x: number, y: number) => {
    if (mode === 'string') {
      page.drawText(text, { x, y, size, font, color: rgb(0, 0, 0) });
      return;
    }
    if (mode === 'tj') {
      const key = page.node.newFontDictionary('F0', font.ref);
      const run = doc.context.obj([]) as PDFArray;
      [...text].forEach((ch, i) => {
        if (i > 0) run.push(PDFNumber.of(i % 2 ? -3 : 2)); // thousandths of an em, as Excel adjusts
        run.push(font.encodeText(ch));
      });
      page.pushOperators(
        beginText(),
        setFontAndSize(key, size),
        moveText(x, y),
        PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [run]),
        endText(),
      );
      return;
    }
    let cx = x;
    for (const ch of text) {
      if (ch !== ' ') page.drawText(ch, { x: cx, y, size, font, color: rgb(0, 0, 0) });
      cx += font.widthOfTextAtSize(ch, size);
    }
  };
  const serialText = (s: string) => {
    if (opts.serialStyle === 'octets') return (s.length % 2 ? `0${s}` : s).match(/../g)?.join(' ') ?? s;
    if (opts.serialStyle === 'decimal') return BigInt(`0x${s}`).toString(10);
    return s;
  };
  for (let p = 0; p < (opts.pages ?? 1); p++) {
    const page = doc.addPage([595, 842]);
    let y = 800;
    draw(page, '【コード署名証明書】失効申請書（UPKI電子証明書発行サービス）', 40, y);
    y -= 30;
    for (const line of content.extraLines ?? []) {
      draw(page, line, 40, y);
      y -= 16;
    }
    draw(page, '利用機関名', 40, y);
    draw(page, content.institutionName, 200, y);
    y -= 30;
    draw(page, 'シリアル番号', 40, y);
    draw(page, 'CN', 360, y);
    draw(page, '失効理由', 480, y);
    y -= 16;
    for (const s of content.serials) {
      draw(page, serialText(s), 40, y);
      draw(page, 'Shinsei University', 360, y);
      draw(page, '利用の終了', 480, y);
      y -= 16;
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** A scan: one page with only an image (grey noise), no text. */
export async function scanPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const w = 200;
  const h = 280;
  const data = new Uint8Array(w * h * 3);
  for (let i = 0; i < data.length; i++) data[i] = 200 + ((i * 7919) % 55);
  const ctx = doc.context;
  const img = ctx.register(
    ctx.stream(data, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: w,
      Height: h,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
    }),
  );
  page.node.setXObject(PDFName.of('Im1'), img);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(515, 0, 0, 760, 40, 40),
    drawObject('Im1'),
    popGraphicsState(),
  );
  return doc.save();
}
