/**
 * What the checkers said about the picked (or attached) form and PDF. The form's findings (their
 * list and the field table they are grouped by) are a chunk of their own, loaded with the form
 * checker (checkers.ts): only a checked form shows them.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../form/types';
import { type PdfReportLike, verdictLabel } from '../../mail';
import { formatSize } from '../../messages/size';
import { Text } from '../shared/controls';
import { format, useI18n } from '../shared/i18n';
import { ChunkView } from '../shared/lazy-view';
import { Notice } from '../shared/Notice';
import { findingsView } from './checkers';
import type { ComposeStrings } from './compose/strings';
import type { OutlookStrings } from './strings';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** Found among the message's attachments (not picked from disk). */
  fromAttachment?: boolean;
}

export interface FormState extends PickedFile {
  report?: CheckReport;
  error?: { ja: string; en: string };
}

export interface PdfState extends PickedFile {
  report?: PdfReportLike;
  error?: { ja: string; en: string };
}

const useStyles = makeStyles({
  file: { display: 'block', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  messages: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  stack: { display: 'grid', rowGap: tokens.spacingVerticalS },
});

export function FormResult({ form, busy, s }: { form: FormState | null; busy: boolean; s: OutlookStrings }) {
  const { lang } = useI18n();
  const styles = useStyles();
  if (busy) return <Text>{s.checking}</Text>;
  if (!form) return <Text className={styles.file}>{s.notPicked}</Text>;
  return (
    <div className={styles.stack} data-testid="form-result">
      <Text className={styles.file}>
        {format(s.fileLine, { name: form.name, size: formatSize(form.bytes.length)[lang] })}
        {form.fromAttachment ? ` — ${s.fromAttachment}` : ''}
      </Text>
      {form.error ? <Notice intent="error">{form.error[lang]}</Notice> : null}
      {form.report ? (
        <ChunkView chunk={findingsView} report={form.report} fallback={<Text>{s.checking}</Text>} />
      ) : null}
    </div>
  );
}

export function PdfResult({
  pdf,
  busy,
  s,
  unknownSigners,
}: {
  pdf: PdfState | null;
  busy: boolean;
  s: ComposeStrings;
  unknownSigners: readonly string[];
}) {
  const { lang } = useI18n();
  const styles = useStyles();
  if (busy) return <Text>{s.checking}</Text>;
  if (!pdf) return <Text className={styles.file}>{s.notPicked}</Text>;
  const v = pdf.report?.verdict;
  const intent = v === 'valid' ? 'success' : v === 'unsigned' || v === 'untrusted' ? 'warning' : 'error';
  return (
    <div className={styles.stack} data-testid="pdf-result" data-verdict={v ?? ''}>
      <Text className={styles.file}>
        {format(s.fileLine, { name: pdf.name, size: formatSize(pdf.bytes.length)[lang] })}
        {pdf.fromAttachment ? ` — ${s.fromAttachment}` : ''}
      </Text>
      {pdf.error ? <Notice intent="error">{pdf.error[lang]}</Notice> : null}
      {pdf.report && v ? (
        <Notice intent={intent}>
          <strong>
            {s.verdict}: {verdictLabel(v)[lang]}
          </strong>
          {/* The report's first message says what the verdict means (src/pdf, one sentence). */}
          {pdf.report.messages.length ? (
            <ul className={styles.messages}>
              {pdf.report.messages.map((m) => (
                <li key={m.en}>{m[lang]}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {unknownSigners.map((e) => (
        <Notice key={e} intent="warning" data-testid="signer-unknown">
          {format(s.signerUnknown, { email: e })}
        </Notice>
      ))}
    </div>
  );
}
