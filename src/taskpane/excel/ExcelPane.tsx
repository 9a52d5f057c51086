/**
 * The Excel task pane: checks the open workbook (through the adapter) or, outside Office, a file
 * the user opens (standalone mode: `adapter` is null).
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toBase64 } from '../../bytes/base64';
import { columnLetters, type Grid } from '../../form/grid';
import type { CheckOptions, CheckReport, Finding, LocalDate, Profile } from '../../form/types';
import {
  type CellSnapshot,
  type CellWrite,
  type ExcelAdapter,
  ExcelAdapterError,
} from '../../office/excel-types';
import { FindingList, FindingSummary } from '../shared/FindingList';
import { format, useI18n } from '../shared/i18n';
import { Notice } from '../shared/Notice';
import { PANE_STYLES } from '../shared/styles';
import type { PaneAssets } from './assets';
import { type CheckGrid, loadChecker } from './checker';
import { FixPreview, type PlannedFix } from './FixPreview';
import { cellTextOf, nextCertificateRow } from './grid-lookup';
import type { ProfileStore } from './profile';

// The profile editor (inputs, dialog) loads when opened: not part of the pane's first load.
const ProfileDialog = lazy(() => import('./ProfileDialog').then((m) => ({ default: m.ProfileDialog })));

const useStyles = makeStyles({
  root: { ...PANE_STYLES.root, gap: tokens.spacingVerticalM },
  title: PANE_STYLES.title,
  subtitle: PANE_STYLES.subtitle,
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
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
  rule: { border: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: '100%', margin: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface ExcelPaneProps {
  /** The live workbook; null in standalone mode (outside Office). */
  adapter: ExcelAdapter | null;
  assets: PaneAssets;
  profileStore: ProfileStore;
  /** "Today" for the date rules (tests pin it); the machine's local date otherwise. */
  today?: LocalDate;
  /** Reads .xlsx bytes (standalone mode); exceljs is loaded only when called. */
  readWorkbook?: (bytes: Uint8Array) => Promise<Grid>;
  /** Debounce of the live re-check. */
  liveDebounceMs?: number;
  /** The core's checkGrid; loaded with import() by default (see checker.ts). */
  check?: CheckGrid;
  /** Called once, when the first findings are shown (the bench measures it). */
  onFirstFindings?: () => void;
}

interface Applied {
  id: number;
  label: string;
  snapshots: CellSnapshot[];
}

type NoticeState = { intent: 'error' | 'warning' | 'success' | 'info'; text: string } | null;

const defaultReadWorkbook = async (bytes: Uint8Array) => (await import('../../workbook')).readWorkbook(bytes);

export function ExcelPane(props: ExcelPaneProps) {
  const { adapter, assets, profileStore, today } = props;
  const readWorkbook = props.readWorkbook ?? defaultReadWorkbook;
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [live, setLive] = useState(true);
  const [plan, setPlan] = useState<PlannedFix[] | null>(null);
  const [applied, setApplied] = useState<Applied[]>([]);
  const [profileOpen, setProfileOpen] = useState(false);
  const [profile, setProfile] = useState<Profile>(() => profileStore.load());
  const [hasHighlights, setHasHighlights] = useState(() => adapter?.hasHighlights() ?? false);
  const firstShown = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const certInput = useRef<HTMLInputElement>(null);
  const appliedId = useRef(0);
  const lastFile = useRef<{ name: string; bytes: Uint8Array } | null>(null);
  const checking = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const fail = useCallback(
    (e: unknown, template: string) => {
      const detail =
        e && typeof e === 'object' && 'text' in e && (e as { text?: { ja: string; en: string } }).text
          ? ((e as { text: { ja: string; en: string } }).text[lang] ?? String(e))
          : e instanceof Error
            ? e.message
            : String(e);
      setNotice({ intent: 'error', text: format(template, { detail }) });
    },
    [lang],
  );

  const show = useCallback(
    async (g: Grid, file?: string) => {
      const check = props.check ?? (await loadChecker());
      const options: CheckOptions & { file?: string } = { today, profile, file };
      const r = check(g, options);
      setGrid(g);
      setReport(r);
      return r;
    },
    [today, profile, props.check],
  );

  /** Reads the workbook, checks, highlights: one read sync and one write sync. */
  const runCheck = useCallback(async () => {
    if (!adapter) {
      if (lastFile.current) await show(await readWorkbook(lastFile.current.bytes), lastFile.current.name);
      return;
    }
    // Checks do not overlap: a request during a check runs one more check after it.
    if (checking.current) {
      again.current = true;
      return checking.current;
    }
    const job = (async () => {
      setBusy(true);
      try {
        do {
          again.current = false;
          const g = await adapter.readGrid();
          const r = await show(g);
          await adapter.highlight(r.findings);
          setHasHighlights(adapter.hasHighlights());
        } while (again.current);
      } catch (e) {
        fail(e, t.officeError);
      } finally {
        setBusy(false);
        checking.current = null;
      }
    })();
    checking.current = job;
    return job;
  }, [adapter, show, fail, t, readWorkbook]);

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
    if (grid) void runCheck();
  }, [profile, grid, runCheck]);

  // Live re-check as cells change (own writes ignored by the adapter).
  const runCheckRef = useRef(runCheck);
  runCheckRef.current = runCheck;
  useEffect(() => {
    if (!adapter || !live) return;
    let off: (() => Promise<void>) | undefined;
    let cancelled = false;
    adapter
      .onChanged(
        () => {
          setNotice(null); // a message about the previous state no longer applies
          void runCheckRef.current();
        },
        { debounceMs: props.liveDebounceMs ?? 800 },
      )
      .then((unsubscribe) => {
        if (cancelled) void unsubscribe();
        else off = unsubscribe;
      })
      .catch((e) => fail(e, t.officeError));
    return () => {
      cancelled = true;
      void off?.();
    };
  }, [adapter, live, props.liveDebounceMs, fail, t]);

  useEffect(() => {
    if (report && !firstShown.current) {
      firstShown.current = true;
      performance.mark?.('upki:first-findings');
      props.onFirstFindings?.();
    }
  }, [report, props.onFirstFindings]);

  const fixable = useMemo(() => {
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const f of report?.findings ?? []) {
      if (!f.fix || !f.cell || seen.has(f.cell)) continue;
      seen.add(f.cell);
      out.push(f);
    }
    return out;
  }, [report]);

  const planOf = useCallback(
    (findings: Finding[]): PlannedFix[] =>
      findings.map((f) => ({
        finding: f,
        current: grid ? cellTextOf(grid, f.cell) : '',
        value: f.fix?.value ?? '',
      })),
    [grid],
  );

  const writeAndRecheck = useCallback(
    async (writes: CellWrite[], label: string) => {
      if (!adapter) return;
      setBusy(true);
      try {
        const snapshots = await adapter.writeCells(writes);
        appliedId.current += 1;
        setApplied((list) => [{ id: appliedId.current, label, snapshots }, ...list].slice(0, 20));
      } catch (e) {
        fail(e, t.officeError);
      } finally {
        setBusy(false);
      }
      await runCheck();
    },
    [adapter, runCheck, fail, t],
  );

  const applyPlan = useCallback(async () => {
    const current = plan;
    setPlan(null);
    if (!current?.length) return;
    const label =
      current.length === 1 && current[0]
        ? `${current[0].finding.cell.split('!').pop()}: ${current[0].current || t.empty} → ${current[0].value}`
        : `${t.applyAllFixes} (${current.length})`;
    await writeAndRecheck(
      current.map((p) => ({ address: p.finding.cell, value: p.value, asText: true })),
      label,
    );
  }, [plan, writeAndRecheck, t]);

  const undo = useCallback(
    async (entry: Applied) => {
      if (!adapter) return;
      setBusy(true);
      try {
        await adapter.writeCells(
          entry.snapshots.map((s) => ({
            address: s.address,
            value: s.value,
            asText: typeof s.value === 'string',
          })),
        );
        setApplied((list) => list.filter((a) => a.id !== entry.id));
        setNotice({ intent: 'info', text: t.undone });
      } catch (e) {
        fail(e, t.officeError);
      } finally {
        setBusy(false);
      }
      await runCheck();
    },
    [adapter, runCheck, fail, t],
  );

  const clearHighlights = useCallback(async () => {
    if (!adapter) return;
    setBusy(true);
    try {
      await adapter.restoreFormats();
      setHasHighlights(false);
      setLive(false); // otherwise the next edit would colour the cells again
      setNotice({ intent: 'success', text: t.highlightsCleared });
    } catch (e) {
      fail(e, t.officeError);
    } finally {
      setBusy(false);
    }
  }, [adapter, fail, t]);

  const selectFinding = useCallback(
    (f: Finding) => {
      if (!adapter) return;
      adapter.selectCell(f.cell).catch((e) => fail(e, t.officeError));
    },
    [adapter, fail, t],
  );

  const openFile = useCallback(
    async (name: string, bytes: Uint8Array) => {
      setBusy(true);
      setNotice(null);
      try {
        lastFile.current = { name, bytes };
        await show(await readWorkbook(bytes), name);
      } catch (e) {
        setReport(null);
        fail(e, t.fileError);
      } finally {
        setBusy(false);
      }
    },
    [readWorkbook, show, fail, t],
  );

  const insertTemplate = useCallback(async () => {
    if (!adapter) return;
    setBusy(true);
    try {
      const names = await adapter.insertTemplate(toBase64(await assets.template()));
      setNotice({ intent: 'success', text: format(t.templateInserted, { name: names.join(', ') }) });
    } catch (e) {
      if (e instanceof ExcelAdapterError && e.code === 'unsupported')
        setNotice({ intent: 'warning', text: t.unsupportedTemplate });
      else fail(e, t.officeError);
    } finally {
      setBusy(false);
    }
  }, [adapter, assets, fail, t]);

  const fillFromCertificate = useCallback(
    async (file: File) => {
      if (!adapter) return;
      try {
        const { readCertificate, CertificateFileError } = await import('./certificate');
        let fields: Awaited<ReturnType<typeof readCertificate>>;
        try {
          fields = readCertificate(new Uint8Array(await file.arrayBuffer()));
        } catch (e) {
          if (e instanceof CertificateFileError && e.code === 'private-key') {
            setNotice({ intent: 'error', text: t.privateKeyRefused });
          } else fail(e, t.notCertificate);
          return;
        }
        const g = await adapter.readGrid(); // fresh: the user may have typed since the last check
        const target = nextCertificateRow(g);
        if (target === 'no-table') return setNotice({ intent: 'warning', text: t.noTable });
        if (target === 'full') return setNotice({ intent: 'warning', text: t.tableFull });
        const writes: CellWrite[] = [];
        for (const [column, value] of Object.entries(fields)) {
          const col = target.columns[column as keyof typeof target.columns];
          if (col && value) {
            const address = `${target.sheet}!${columnLetters(col)}${target.row}`;
            writes.push({ address, value, asText: column !== 'notAfter' });
          }
        }
        await writeAndRecheck(writes, `${t.certificateFromFile}: ${fields.serial}`);
        setNotice({
          intent: 'success',
          text: format(t.certificateFilled, { row: target.row, serial: fields.serial }),
        });
      } catch (e) {
        fail(e, t.officeError);
      }
    },
    [adapter, writeAndRecheck, fail, t],
  );

  const detail = report
    ? report.file
      ? format(t.fileChecked, { file: report.file })
      : report.sheet
        ? format(t.sheetChecked, { sheet: report.sheet })
        : undefined
    : undefined;

  return (
    <main className={styles.root} aria-busy={busy}>
      <header>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {t.appSubtitle}
        </Text>
      </header>

      {!adapter ? (
        <Notice intent="info">{t.standaloneNote}</Notice>
      ) : !adapter.capabilities.mergedAreas ? (
        <Notice intent="warning">{t.noMergedAreas}</Notice>
      ) : null}

      <section aria-label={t.actionsHeading} className={styles.toolbar}>
        {adapter ? (
          <>
            <Button
              appearance="primary"
              onClick={() => {
                setNotice(null);
                void runCheck();
              }}
              disabled={busy}
            >
              {busy ? t.checking : t.check}
            </Button>
            <Button onClick={() => setPlan(planOf(fixable))} disabled={busy || fixable.length === 0}>
              {t.applyAllFixes}
              {fixable.length ? ` (${fixable.length})` : ''}
            </Button>
            <Button
              onClick={() => void clearHighlights()}
              disabled={busy || !hasHighlights}
              title={t.clearHighlightsHint}
            >
              {t.clearHighlights}
            </Button>
            <label className={styles.check}>
              <input type="checkbox" checked={live} onChange={(e) => setLive(e.currentTarget.checked)} />
              {t.liveRecheck}
            </label>
          </>
        ) : (
          <>
            <Button appearance="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
              {t.openFile}
            </Button>
            <Button
              onClick={() =>
                void assets
                  .example()
                  .then((b) => openFile('example-form.xlsx', b))
                  .catch((e) => fail(e, t.fileError))
              }
              disabled={busy}
            >
              {t.openExample}
            </Button>
            <input
              ref={fileInput}
              className={styles.hidden}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t.openFile}
              data-testid="file-input"
              onChange={async (e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) await openFile(f.name, new Uint8Array(await f.arrayBuffer()));
              }}
            />
          </>
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

      {plan ? (
        <FixPreview
          plan={plan}
          title={plan.length > 1 ? t.fixAllPreviewTitle : t.fixPreviewTitle}
          onApply={() => void applyPlan()}
          onCancel={() => setPlan(null)}
        />
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
                        onClick={() => setPlan(planOf([f]))}
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

      {applied.length ? (
        <section aria-labelledby="applied-heading">
          <h2 id="applied-heading" className={styles.h2}>
            {t.applied}
          </h2>
          <ul className={styles.undo}>
            {applied.map((a) => (
              <li key={a.id} className={styles.undoItem}>
                <Text size={200}>{a.label}</Text>
                <Button size="small" onClick={() => void undo(a)} disabled={busy}>
                  {t.undo}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <hr className={styles.rule} />
      <section aria-label={t.actionsHeading} className={styles.toolbar}>
        {adapter ? (
          <>
            <Button onClick={() => certInput.current?.click()} disabled={busy}>
              {t.certificateFromFile}
            </Button>
            <input
              ref={certInput}
              className={styles.hidden}
              type="file"
              accept=".cer,.crt,.pem,.der,application/pkix-cert,application/x-x509-ca-cert"
              aria-label={t.certificateFromFile}
              data-testid="certificate-input"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void fillFromCertificate(f);
              }}
            />
            <Button onClick={() => void insertTemplate()} disabled={busy}>
              {t.insertTemplate}
            </Button>
          </>
        ) : null}
        <a className={styles.link} href={assets.templateUrl} download="revocation-form.xlsx">
          {t.downloadTemplate}
        </a>
        <Button appearance="subtle" onClick={() => setProfileOpen(true)}>
          {t.profile}
        </Button>
      </section>
      {adapter ? (
        <Text size={200} className={styles.hint}>
          {t.certificateHint}
        </Text>
      ) : null}

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
              setNotice({ intent: 'success', text: t.profileSaved });
            }}
          />
        </Suspense>
      ) : null}
    </main>
  );
}
