/**
 * Page 1 of the PDF as a picture (pdf.js rendering to a canvas scaled to the pane), next to the
 * verdict, so the officer sees the seal or the signature's appearance; and the PDF's text compared
 * with the checked form (spec/pdf.md "The PDF shows the same form"). pdf.js loads only here, when a
 * PDF is checked; it parses in its worker, only page 1 is drawn, and a new file cancels the old one.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CheckReport } from '../../form/types';
import { pdfFormMessages } from '../../pdf-form/messages';
import type { PanePdfJs } from '../../pdf-form/pane';
import type { PdfFormCheck } from '../../pdf-form/readiness';
import type { FormComparison } from '../../pdf-form/types';
import { Text } from '../shared/controls';
import { format, useI18n } from '../shared/i18n';
import { Notice, type NoticeIntent } from '../shared/Notice';
import { COMPOSE_STRINGS } from './compose/strings';

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalS },
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    lineHeight: 0,
  },
  canvas: { width: '100%', height: 'auto', display: 'block' },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** pdf.js, the text reader and the comparison: their own chunk, loaded when a PDF is checked. */
const loadPane = () => import(/* webpackChunkName: "pdfjs" */ '../../pdf-form/pane');

export interface PdfPreviewProps {
  bytes: Uint8Array | null | undefined;
  /** The checked form; without it the text is not compared. */
  form: Pick<CheckReport, 'fields' | 'certificates'> | null | undefined;
  /** Called with the comparison the pane records for the checklist and the send check. */
  onCompared?: (check: PdfFormCheck | null) => void;
  /** pdf.js (tests may give their own); the real one from our origin by default. */
  loadPdfJs?: () => Promise<PanePdfJs>;
}

const INTENT: Record<FormComparison['findings'][number]['severity'], NoticeIntent> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

export function PdfPreview({ bytes, form, onCompared, loadPdfJs }: PdfPreviewProps) {
  const { lang } = useI18n();
  const s = COMPOSE_STRINGS[lang];
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'shown' | 'failed'>('idle');
  const [pages, setPages] = useState(0);
  const [lines, setLines] = useState<string[] | null>(null);
  const [compare, setCompare] = useState<
    ((lines: string[], form: NonNullable<PdfPreviewProps['form']>) => FormComparison) | null
  >(null);

  useEffect(() => {
    setLines(null);
    if (!bytes) {
      setState('idle');
      return;
    }
    let cancelled = false;
    let destroy: (() => Promise<void>) | undefined;
    let cancelRender: (() => void) | undefined;
    setState('loading');
    (async () => {
      const pane = await loadPane();
      const lib = await (loadPdfJs ?? pane.loadPdfJsBrowser)();
      if (cancelled) return;
      const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
      destroy = () => task.destroy();
      const doc = await task.promise;
      if (cancelled) return;
      setPages(doc.numPages);
      // The text first (the comparison is what decides); then page 1 as a picture.
      const text = await Promise.race([
        pane.textOfDocument(doc as never),
        new Promise<null>((r) => setTimeout(() => r(null), pane.TEXT_TIMEOUT_MS)),
      ]);
      if (cancelled) return;
      setLines(text ? text.lines : null);
      setCompare(
        () => (l: string[], f: NonNullable<PdfPreviewProps['form']>) =>
          pane.compareWithForm({ lines: l }, pane.formContent(f)),
      );
      const page = await doc.getPage(1);
      const el = canvas.current;
      if (cancelled || !el) return;
      const width = frame.current?.clientWidth || 320;
      const base = page.getViewport({ scale: 1 });
      const ratio = globalThis.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      el.width = Math.floor(viewport.width);
      el.height = Math.floor(viewport.height);
      const ctx = el.getContext('2d');
      if (!ctx) throw new Error('no canvas');
      const render = page.render({ canvas: el, canvasContext: ctx, viewport });
      cancelRender = () => render.cancel();
      await render.promise;
      if (!cancelled) setState('shown');
    })().catch(() => {
      if (!cancelled) setState('failed');
    });
    return () => {
      cancelled = true;
      cancelRender?.();
      void destroy?.().catch(() => {});
    };
  }, [bytes, loadPdfJs]);

  const comparison = lines && form && compare ? compare(lines, form) : null;
  const key = comparison ? JSON.stringify([comparison.match, comparison.missing, comparison.extra]) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the comparison's content
  useEffect(() => {
    onCompared?.(
      comparison ? { match: comparison.match, missing: comparison.missing, extra: comparison.extra } : null,
    );
  }, [key, onCompared]);

  if (!bytes) return null;
  return (
    <div className={styles.root} data-testid="pdf-preview" data-state={state}>
      {comparison ? (
        <div data-testid="pdf-form" data-match={comparison.match}>
          {comparison.findings.length === 0 ? (
            <Notice intent="success">{pdfFormMessages.t('pdfForm.item.ok')[lang]}</Notice>
          ) : null}
          {comparison.findings.map((f) => (
            <Notice key={f.rule} intent={INTENT[f.severity]}>
              {f.message[lang]}
            </Notice>
          ))}
        </div>
      ) : null}
      {state === 'failed' ? <Notice intent="warning">{s.previewFailed}</Notice> : null}
      <Text size={200} className={styles.hint}>
        {state === 'loading'
          ? s.previewLoading
          : `${s.previewHeading}${pages > 1 ? `（${format(s.previewPages, { n: pages })}）` : ''}`}
      </Text>
      <div className={styles.frame} ref={frame}>
        <canvas
          ref={canvas}
          className={styles.canvas}
          role="img"
          aria-label={s.previewAlt}
          data-testid="pdf-canvas"
        />
      </div>
    </div>
  );
}
