/** The Excel pane's small views: the action bars, the applied-fix list and the workbook tools. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button, Text } from '../shared/controls';
import { FilePickButton, XLSX_ACCEPT } from '../shared/FilePickButton';
import { useExcelI18n } from './strings';
import type { AppliedFix } from './useUndoableFixes';

export const useExcelStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground2 },
  // A native checkbox: Fluent's Checkbox costs ~5 KB gzip of the 150 KB first-load budget.
  check: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    '& input': {
      width: '16px',
      height: '16px',
      margin: 0,
      accentColor: tokens.colorBrandBackground,
      cursor: 'pointer',
    },
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase300,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  undo: { listStyleType: 'none', padding: 0, margin: 0, display: 'grid', rowGap: tokens.spacingVerticalXS },
  undoItem: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  // The certificate import's button with its hint right under it (issue 12: the hint was far away).
  tool: { display: 'grid', rowGap: tokens.spacingVerticalXXS, justifyItems: 'start' },
  rule: { border: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: '100%', margin: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function OfficeActions(props: {
  busy: boolean;
  fixable: number;
  hasHighlights: boolean;
  live: boolean;
  onCheck(): void;
  onFixAll(): void;
  onClearHighlights(): void;
  onLive(on: boolean): void;
}) {
  const { t } = useExcelI18n();
  const styles = useExcelStyles();
  return (
    <>
      <Button appearance="primary" onClick={props.onCheck} disabled={props.busy}>
        {props.busy ? t.checking : t.check}
      </Button>
      <Button onClick={props.onFixAll} disabled={props.busy || props.fixable === 0}>
        {t.applyAllFixes}
        {props.fixable ? ` (${props.fixable})` : ''}
      </Button>
      <Button
        onClick={props.onClearHighlights}
        disabled={props.busy || !props.hasHighlights}
        title={t.clearHighlightsHint}
      >
        {t.clearHighlights}
      </Button>
      <label className={styles.check}>
        <input type="checkbox" checked={props.live} onChange={(e) => props.onLive(e.currentTarget.checked)} />
        {t.liveRecheck}
      </label>
    </>
  );
}

export function StandaloneActions(props: {
  busy: boolean;
  onOpen(name: string, bytes: Uint8Array): void;
  onExample(): void;
}) {
  const { t } = useExcelI18n();
  return (
    <>
      <FilePickButton
        appearance="primary"
        label={t.openFile}
        accept={XLSX_ACCEPT}
        inputTestId="file-input"
        disabled={props.busy}
        onFile={async (f) => props.onOpen(f.name, new Uint8Array(await f.arrayBuffer()))}
      />
      <Button onClick={props.onExample} disabled={props.busy}>
        {t.openExample}
      </Button>
    </>
  );
}

export function AppliedFixes(props: {
  applied: AppliedFix[];
  busy: boolean;
  onUndo(entry: AppliedFix): void;
}) {
  const { t } = useExcelI18n();
  const styles = useExcelStyles();
  if (!props.applied.length) return null;
  return (
    <section aria-labelledby="applied-heading">
      <h2 id="applied-heading" className={styles.h2}>
        {t.applied}
      </h2>
      <ul className={styles.undo}>
        {props.applied.map((a) => (
          <li key={a.id} className={styles.undoItem}>
            <Text size={200}>{a.label}</Text>
            <Button size="small" onClick={() => props.onUndo(a)} disabled={props.busy}>
              {t.undo}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Certificate import (with its hint), template insertion, template download, profile. */
export function WorkbookTools(props: {
  inOffice: boolean;
  busy: boolean;
  templateUrl: string;
  /** Office on Mac: download links do nothing there (office-js #6468, #2700). */
  onMac?: boolean;
  onCertificate(file: File): void;
  onInsertTemplate(): void;
  onProfile(): void;
}) {
  const { t } = useExcelI18n();
  const styles = useExcelStyles();
  return (
    <section aria-label={t.actionsHeading} className={styles.toolbar}>
      {props.inOffice ? (
        <>
          <div className={styles.tool}>
            <FilePickButton
              label={t.certificateFromFile}
              accept=".cer,.crt,.pem,.der,application/pkix-cert,application/x-x509-ca-cert"
              inputTestId="certificate-input"
              disabled={props.busy}
              aria-describedby="certificate-hint"
              onFile={props.onCertificate}
            />
            <Text size={200} className={styles.hint} id="certificate-hint" data-testid="certificate-hint">
              {t.certificateHint}
            </Text>
          </div>
          <Button onClick={props.onInsertTemplate} disabled={props.busy}>
            {t.insertTemplate}
          </Button>
        </>
      ) : null}
      {props.onMac ? (
        <Text size={200} data-testid="template-on-mac">
          {t.templateOnMac}
        </Text>
      ) : (
        <a className={styles.link} href={props.templateUrl} download="revocation-form.xlsx">
          {t.downloadTemplate}
        </a>
      )}
      <Button appearance="subtle" onClick={props.onProfile}>
        {t.profile}
      </Button>
    </section>
  );
}
