/**
 * A button that opens the file picker: the button the user sees and a hidden file input labelled
 * like it (the input is what tests and assistive tools can drive). The input is cleared after each
 * pick, so picking the same file again is a new pick. One place for every pane's pickers.
 */
import { type ChangeEvent, useRef } from 'react';
import { Button, type ButtonProps } from './controls';

/** What the form pickers accept: .xlsx by extension and by type. */
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface FilePickButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The button's text, also the hidden input's accessible name. */
  label: string;
  accept: string;
  /** data-testid of the hidden input. */
  inputTestId: string;
  onFile: (file: File) => void;
}

const HIDDEN = { display: 'none' } as const;

export function FilePickButton({ label, accept, inputTestId, onFile, ...button }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <Button {...button} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        style={HIDDEN}
        type="file"
        accept={accept}
        aria-label={label}
        data-testid={inputTestId}
        onChange={onChange}
      />
    </>
  );
}
