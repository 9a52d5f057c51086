/**
 * The Excel task pane: checks the open workbook (through the adapter) or, outside Office, a file
 * the user opens (standalone mode: `adapter` is null). The behaviour lives in hooks named from
 * the domain (useWorkbookCheck, useUndoableFixes, useHighlights, useCertificateImport,
 * usePaneStatus); this component lays them out.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { toBase64 } from '../../bytes/base64';
import type { Grid } from '../../form/grid';
import type { Finding, LocalDate, Profile } from '../../form/types';
import { type ExcelAdapter, ExcelAdapterError } from '../../office/excel-types';
import { officePlatform } from '../../office/office-context';
import { Button, Text } from '../shared/controls';
import { FindingList, FindingSummary } from '../shared/FindingList';
import { format } from '../shared/i18n';
import { Notice } from '../shared/Notice';
import { PANE_STYLES } from '../shared/styles';
import type { PaneAssets } from './assets';
import type { CheckGrid } from './checker';
import { AppliedFixes, OfficeActions, StandaloneActions, useExcelStyles, WorkbookTools } from './ExcelViews';
import type { ProfileStore } from './profile';
import { useExcelI18n } from './strings';
import { useCertificateImport } from './useCertificateImport';
import { useHighlights, useLiveRecheck } from './useHighlights';
import { usePaneStatus } from './usePaneStatus';
import { useUndoableFixes } from './useUndoableFixes';
import { useWorkbookCheck } from './useWorkbookCheck';

// The profile editor and the fix preview load when first opened: not part of the pane's first load.
const ProfileDialog = lazy(() => import('./ProfileDialog').then((m) => ({ default: m.ProfileDialog })));
const FixPreview = lazy(() => import('./FixPreview').then((m) => ({ default: m.FixPreview })));

const usePaneStyles = makeStyles({
  root: { ...PANE_STYLES.root, gap: tokens.spacingVerticalM },
  title: PANE_STYLES.title,
  subtitle: PANE_STYLES.subtitle,
});

export interface ExcelPaneProps {
  /** The live workbook; null in standalone mode (outside Office). */
  adapter: ExcelAdapter | null;
  assets: PaneAssets;
  profileStore: ProfileStore;
  /** "Today" for the date rules (tests pin it); the machine's local date otherwise. */
  today?: LocalDate;
  /** Reads .xlsx bytes (standalone mode); the reader is loaded only when called. */
  readWorkbook?: (bytes: Uint8Array) => Promise<Grid>;
  /** Debounce of the live re-check. */
  liveDebounceMs?: number;
  /** The core's checkGrid; loaded with import() by default (see checker.ts). */
  check?: CheckGrid;
  /** Called once, when the first findings are shown (the bench measures it). */
  onFirstFindings?: () => void;
}

const defaultReadWorkbook = async (bytes: Uint8Array) => (await import('../../workbook')).readWorkbook(bytes);

export function ExcelPane(props: ExcelPaneProps) {
  const { adapter, assets, profileStore, today } = props;
  const { t } = useExcelI18n();
  const styles = { ...useExcelStyles(), ...usePaneStyles() };
  const status = usePaneStatus();
  const [profileOpen, setProfileOpen] = useState(false);
  const [profile, setProfile] = useState<Profile>(() => profileStore.load());

  const highlights = useHighlights(adapter, status);
  const workbook = useWorkbookCheck({
    adapter,
    status,
    profile,
    today,
    check: props.check,
    readWorkbook: props.readWorkbook ?? defaultReadWorkbook,
    onHighlighted: highlights.refresh,
  });
  const fixes = useUndoableFixes({
    adapter,
    status,
    report: workbook.report,
    grid: workbook.grid,
    checkRead: workbook.checkRead,
  });
  const fillFromCertificate = useCertificateImport(adapter, status, fixes.write);
  const { runCheck, report } = workbook;

  // First check on open (Office mode).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per adapter, not on every new runCheck
  useEffect(() => {
    if (adapter) void runCheck();
  }, [adapter]);

  // Re-check when the profile changes.
  const profileRef = useRef(profile);
  useEffect(() => {
    if (profileRef.current === profile) return;
    profileRef.current = profile;
    if (workbook.grid) void runCheck();
  }, [profile, workbook.grid, runCheck]);

  useLiveRecheck(adapter, highlights.live, () => void runCheck(), status, props.liveDebounceMs);

  const firstShown = useRef(false);
  useEffect(() => {
    if (report && !firstShown.current) {
      firstShown.current = true;
      performance.mark?.('upki:first-findings');
      props.onFirstFindings?.();
    }
  }, [report, props.onFirstFindings]);

  const selectFinding = useCallback(
    (f: Finding) => {
      adapter?.selectCell(f.cell).catch((e) => status.fail(e, t.officeError));
    },
    [adapter, status.fail, t],
  );

  const insertTemplate = useCallback(async () => {
    if (!adapter) return;
    await status.during(async () => {
      try {
        const names = await adapter.insertTemplate(toBase64(await assets.template()));
        status.say('success', format(t.templateInserted, { name: names.join(', ') }));
      } catch (e) {
        if (e instanceof ExcelAdapterError && e.code === 'unsupported')
          status.say('warning', t.unsupportedTemplate);
        else status.fail(e, t.officeError);
      }
    });
  }, [adapter, assets, status.during, status.say, status.fail, t]);

  const { busy, notice } = status;
  const detail = report
    ? report.file
      ? format(t.fileChecked, { file: report.file })
      : report.sheet
        ? format(t.sheetChecked, { sheet: report.sheet })
        : undefined
    : undefined;
  const readNotice = !adapter
    ? null
    : !adapter.capabilities.mergedAreas
      ? t.noMergedAreas
      : workbook.readNotices.includes('merges-too-many')
        ? t.mergesTooMany
        : null;

  return (
    <main className={styles.root} aria-busy={busy}>
      <header>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {t.appSubtitle}
        </Text>
      </header>

      {!adapter ? <Notice intent="info">{t.standaloneNote}</Notice> : null}
      {readNotice ? (
        <Notice intent="warning" data-testid="read-notice">
          {readNotice}
        </Notice>
      ) : null}

      <section aria-label={t.actionsHeading} className={styles.toolbar}>
        {adapter ? (
          <OfficeActions
            busy={busy}
            fixable={fixes.fixable.length}
            hasHighlights={highlights.hasHighlights}
            live={highlights.live}
            onCheck={() => {
              status.clear();
              void runCheck();
            }}
            onFixAll={() => fixes.preview(fixes.fixable)}
            onClearHighlights={() => void highlights.clear()}
            onLive={highlights.setLive}
          />
        ) : (
          <StandaloneActions
            busy={busy}
            onOpen={(name, bytes) => void workbook.openFile(name, bytes)}
            onExample={() =>
              void assets
                .example()
                .then((b) => workbook.openFile('example-form.xlsx', b))
                .catch((e) => status.fail(e, t.fileError))
            }
          />
        )}
        {busy ? (
          <Text size={200} className={styles.hint}>
            {t.loading}
          </Text>
        ) : null}
      </section>

      {notice ? (
        <Notice intent={notice.intent} data-testid="notice">
          {notice.text}
        </Notice>
      ) : null}

      {fixes.plan ? (
        <Suspense fallback={<Text>{t.loading}</Text>}>
          <FixPreview
            plan={fixes.plan}
            title={fixes.plan.length > 1 ? t.fixAllPreviewTitle : t.fixPreviewTitle}
            onApply={() => void fixes.apply()}
            onCancel={fixes.cancel}
          />
        </Suspense>
      ) : null}

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className={styles.h2}>
          {t.findingsHeading}
        </h2>
        <FindingSummary summary={report ? report.summary : null} detail={detail} />
        {report ? (
          <FindingList
            findings={report.findings}
            onSelect={adapter ? selectFinding : undefined}
            renderActions={
              adapter
                ? (f) =>
                    f.fix ? (
                      <Button
                        size="small"
                        onClick={() => fixes.preview([f])}
                        disabled={busy}
                        data-testid="fix"
                      >
                        {format(t.fixTo, { value: f.fix.value })}
                      </Button>
                    ) : null
                : undefined
            }
          />
        ) : null}
      </section>

      <AppliedFixes applied={fixes.applied} busy={busy} onUndo={(a) => void fixes.undo(a)} />

      <hr className={styles.rule} />
      <WorkbookTools
        inOffice={adapter !== null}
        busy={busy}
        templateUrl={assets.templateUrl}
        onMac={adapter !== null && officePlatform() === 'Mac'}
        onCertificate={(f) => void fillFromCertificate(f)}
        onInsertTemplate={() => void insertTemplate()}
        onProfile={() => setProfileOpen(true)}
      />

      {profileOpen ? (
        <Suspense fallback={<Text>{t.loading}</Text>}>
          <ProfileDialog
            open={profileOpen}
            profile={profile}
            onCancel={() => setProfileOpen(false)}
            onSave={(p) => {
              profileStore.save(p);
              setProfile(profileStore.load());
              setProfileOpen(false);
              status.say('success', t.profileSaved);
            }}
          />
        </Suspense>
      ) : null}
    </main>
  );
}
