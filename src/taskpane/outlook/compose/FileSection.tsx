/** One of the two files: the pick button (a hidden file input) and what the checker said. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { type ChangeEvent, type ReactNode, useRef } from 'react';
import { Button } from '../../shared/controls';

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
  h2: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

export function FileSection(props: {
  id: string;
  heading: string;
  pickLabel: string;
  accept: string;
  busy: boolean;
  testId: string;
  onFile: (file: File) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) props.onFile(file);
  };
  return (
    <section className={styles.section} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} className={styles.h2}>
        {props.heading}
      </h2>
      <div className={styles.row}>
        <Button appearance="secondary" onClick={() => input.current?.click()} disabled={props.busy}>
          {props.pickLabel}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={props.accept}
          aria-label={props.pickLabel}
          data-testid={props.testId}
          onChange={onChange}
        />
      </div>
      {props.children}
    </section>
  );
}
