/** Offline validation of Office add-in manifests against the official XSDs (schemas/office-manifest). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const SCHEMA_DIR = join(import.meta.dirname, '../../schemas/office-manifest');
const MAIN = 'OfficeAppManifestV1_1.xsd';
const file = (dir: string, name: string) => ({
  fileName: name,
  contents: readFileSync(join(dir, name), 'utf8'),
});

export async function validateManifest(
  xml: string,
  fileName = 'manifest.xml',
): Promise<{ valid: boolean; errors: string[] }> {
  const r = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [file(SCHEMA_DIR, MAIN)],
    preload: readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.xsd') && f !== MAIN)
      .map((f) => file(SCHEMA_DIR, f)),
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage ?? e.message) };
}
