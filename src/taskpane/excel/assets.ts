/** The bundled workbooks, fetched from the add-in's own origin (connect-src 'self'). */
export const TEMPLATE_URL = 'assets/revocation-form.xlsx';
export const EXAMPLE_URL = 'assets/example-form.xlsx';

export interface PaneAssets {
  templateUrl: string;
  template(): Promise<Uint8Array>;
  example(): Promise<Uint8Array>;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export const bundledAssets: PaneAssets = {
  templateUrl: TEMPLATE_URL,
  template: () => fetchBytes(TEMPLATE_URL),
  example: () => fetchBytes(EXAMPLE_URL),
};
