// fontkit 2 ships no types; the tests use only `create`.
declare module 'fontkit' {
  export interface Font {
    createSubset(): unknown;
  }
  export function create(data: Uint8Array): Font;
}
