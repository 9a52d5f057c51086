/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array | string): Promise<void>;
  fileSize(path: string): Promise<number>;
  /** Whether stdout is a terminal (colours, hints). */
  isTTY: boolean;
}
