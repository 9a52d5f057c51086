/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes an output file (src/cli/output.ts: temporary file and rename). Without `overwrite` an
   * existing file is refused; `hint` names the option that allows replacing it.
   */
  writeFile(
    path: string,
    bytes: Uint8Array | string,
    options?: { overwrite?: boolean; hint?: string },
  ): Promise<void>;

  fileSize(path: string): Promise<number>;
  /** Whether stdout is a terminal (colours, hints). */
  isTTY: boolean;
}
