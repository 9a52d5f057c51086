/** One of the two files: the pick button (a hidden file input) and what the checker said. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { FilePickButton } from '../../shared/FilePickButton';

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
  h2: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
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
  return (
    <section className={styles.section} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} className={styles.h2}>
        {props.heading}
      </h2>
      <div className={styles.row}>
        <FilePickButton
          label={props.pickLabel}
          accept={props.accept}
          inputTestId={props.testId}
          disabled={props.busy}
          onFile={props.onFile}
        />
      </div>
      {props.children}
    </section>
  );
}
