/**
 * Streaming XML for the parts of a workbook: saxes over one zip part inflated in slices, with a
 * byte budget and early stop, plus the escaping to write XML back. Names are reported without
 * their prefix (`x:c` → `c`): producers differ in prefixes, not in meaning.
 */
import { SaxesParser } from 'saxes';
import { OverBudget } from './budget';
import { type Archive, type StreamEnd, streamPart, type ZipEntry, ZipProblem } from './zip';

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** The XML of a part is not well-formed (or not UTF-8). */
export class XmlProblem extends Error {
  constructor(readonly part: string) {
    super(`the XML of ${part} is damaged`);
    this.name = 'XmlProblem';
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Parses one part, feeding `handlers`, until the end, until `stop()` says so (checked after each
 * slice), or until more than `budget` bytes were inflated. Throws `XmlProblem` for bad XML.
 */
export function parsePart(
  zip: Archive,
  entry: ZipEntry,
  budget: number,
  handlers: XmlHandlers,
  stop: () => boolean = () => false,
): { end: StreamEnd; bytes: number } {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const { open, text, close } = handlers;
  if (open)
    parser.on('opentag', (t) =>
      open(localName(t.name), t.attributes as Record<string, string>, t.isSelfClosing),
    );
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (t) => close(localName(t.name)));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let end: StreamEnd;
  let inflated = 0;
  try {
    end = streamPart(zip, entry, budget, (chunk) => {
      inflated += chunk.length;
      parser.write(decoder.decode(chunk, { stream: true }));
      return !stop();
    });
    if (end === 'done') {
      parser.write(decoder.decode());
      parser.close();
    }
  } catch (e) {
    if (e instanceof ZipProblem || e instanceof OverBudget) throw e;
    throw new XmlProblem(entry.name);
  }
  return { end, bytes: inflated };
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Text as element content; `\r` kept as a reference so that no reader normalises it away. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string);
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c] as string);
}

/** `<name a="1" b="2">` (or `/>`), attributes written back in the order read. */
export function startTag(name: string, attributes: Record<string, string>, selfClosing = false): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attributes)) s += ` ${k}="${escapeAttribute(v)}"`;
  return `${s}${selfClosing ? '/>' : '>'}`;
}
