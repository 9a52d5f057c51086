/**
 * The compose pane: the officer picks the form and the PDF (or the pane finds them among the
 * message's attachments), both are checked, the checklist of spec/mail.md shows what is missing,
 * and 「送信準備」 runs the shared submission sequence (src/mail/submission.ts): the 25 MB per
 * message check, To, subject, body, and the very bytes that were checked attached.
 *
 * State lives in two hooks named from the domain: `useAttachedFiles` (the two files and their
 * checks) and `useSubmission` (the message, the plan, the checklist, the sequence).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { type DragEvent, useCallback, useEffect, useState } from 'react';
import type { LocalDate, Profile } from '../../../form/types';
import { isPdf, isXlsx } from '../../../mail';
import { formatSize } from '../../../messages/size';
import type { MailboxAdapter } from '../../../office/mailbox-types';
import type { PdfFormCheck } from '../../../pdf-form/readiness';
import { CheckField } from '../../shared/CheckField';
import { Button, Text } from '../../shared/controls';
import { format, useI18n } from '../../shared/i18n';
import { ChunkView } from '../../shared/lazy-view';
import { Notice, type NoticeIntent } from '../../shared/Notice';
import { PANE_STYLES } from '../../shared/styles';
import { Checklist } from '../Checklist';
import { type CheckForm, pdfView, type VerifyPdf } from '../checkers';
import { FormResult, PdfResult } from '../FileResults';
import { FileSection } from './FileSection';
import { COMPOSE_STRINGS } from './strings';
import { type FileKind, refusePick, useAttachedFiles } from './useAttachedFiles';
import { failureOf, type SubmissionFailure, useSubmission } from './useSubmission';

const useStyles = makeStyles({
  root: PANE_STYLES.root,
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  title: PANE_STYLES.title,
  subtitle: PANE_STYLES.subtitle,
  h2: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface ComposePaneProps {
  /** The message being composed; null outside Outlook (files can be checked, nothing is sent). */
  mailbox: MailboxAdapter | null;
  checkForm?: CheckForm;
  verifyPdf?: VerifyPdf;
  today?: LocalDate;
  profile?: Profile;
}

export function ComposePane({ mailbox, checkForm, verifyPdf, today, profile }: ComposePaneProps) {
  const { lang } = useI18n();
  const s = COMPOSE_STRINGS[lang];
  const styles = useStyles();
  const compose = mailbox?.mode === 'compose' ? mailbox : null;
  const [identity, setIdentity] = useState(false);
  const [pdfConfirmed, setPdfConfirmed] = useState(false);
  const [pdfForm, setPdfForm] = useState<PdfFormCheck | null>(null);
  const [ccAdmin, setCcAdmin] = useState(false);
  const [notice, setNotice] = useState<{ intent: NoticeIntent; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);

  const files = useAttachedFiles({
    ...(checkForm ? { checkForm } : {}),
    ...(verifyPdf ? { verifyPdf } : {}),
    ...(today ? { today } : {}),
    ...(profile ? { profile } : {}),
  });
  const { form, pdf } = files;
  const submission = useSubmission(compose, form, pdf, {
    identityConfirmed: identity,
    pdfConfirmed,
    pdfForm,
    ccAdmin,
    ...(profile ? { profile } : {}),
  });
  const { plan, readiness, restored } = submission;

  const showFailure = useCallback(
    (f: SubmissionFailure) =>
      setNotice({
        intent: 'error',
        text: f.kind === 'outlook' ? format(s.outlookError, { detail: f.text[lang] }) : f.text[lang],
      }),
    [s, lang],
  );

  // On opening: a previous check, the message as it is, and the files it already has.
  const { loadState, refreshMail } = submission;
  const { checkAttached } = files;
  useEffect(() => {
    if (!compose) return;
    let cancelled = false;
    (async () => {
      try {
        const state = await loadState();
        if (state && !cancelled) setIdentity(state.identityConfirmed);
        const view = await refreshMail();
        if (view && !cancelled) await checkAttached(compose, view.attachments, () => cancelled);
      } catch (e) {
        if (!cancelled) showFailure(failureOf(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [compose, loadState, refreshMail, checkAttached, showFailure]);

  // A PDF checked before (same name) keeps the officer's confirmation.
  useEffect(() => {
    if (pdf?.report) setPdfConfirmed(restored?.pdf?.name === pdf.name && restored.pdfConfirmed === true);
  }, [pdf, restored]);

  const pick = (file: File, kind: FileKind) => {
    const refused = refusePick(file, kind);
    if (refused) {
      setNotice({
        intent: 'error',
        text:
          refused.why === 'wrong-type'
            ? format(s.wrongType, { name: refused.name, kind: refused.kind })
            : format(s.tooLarge, { name: refused.name, size: formatSize(refused.size)[lang] }),
      });
      return;
    }
    setNotice(null);
    void file
      .arrayBuffer()
      .then((buf) => files.checkPicked(kind, file.name, new Uint8Array(buf)))
      .catch((e) => setNotice({ intent: 'error', text: format(s.readError, { detail: String(e) }) }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    for (const file of Array.from(e.dataTransfer.files)) {
      if (isXlsx(file.name)) pick(file, 'form');
      else if (isPdf(file.name)) pick(file, 'pdf');
      else
        setNotice({ intent: 'error', text: format(s.wrongType, { name: file.name, kind: '.xlsx / .pdf' }) });
    }
  };

  const prepare = async () => {
    setNotice(null);
    const r = await submission.prepare();
    if (r === true) {
      setNotice({ intent: 'success', text: s.prepared });
      compose?.notify('upkiRevoke', 'info', s.preparedNotice).catch(() => {});
    } else showFailure(r);
  };

  const checkedPdf = plan.checked.pdf;
  const needsPdfConfirm = checkedPdf?.verdict === 'unsigned' || checkedPdf?.verdict === 'untrusted';
  const adminEmail = form?.report?.fields['admin.email']?.value?.trim() || '';
  // Why 「送信準備」 cannot run yet: the checklist of the planned message (no list of its own).
  const blockers = plan.body === null || !plan.readiness.ready ? plan.readiness.missing : [];
  const { preparing } = submission;

  return (
    <main
      className={`${styles.root} ${dragging ? styles.dragging : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header>
        <h1 className={styles.title}>{s.composeTitle}</h1>
        <Text className={styles.subtitle}>{s.subtitle}</Text>
      </header>
      {!compose ? <Notice intent="info">{s.standalone}</Notice> : null}
      {notice ? (
        <Notice intent={notice.intent} data-testid="notice">
          {notice.text}
        </Notice>
      ) : null}

      <FileSection
        id="form"
        heading={s.formHeading}
        pickLabel={s.pickForm}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        busy={files.busyForm}
        testId="form-input"
        onFile={(f) => pick(f, 'form')}
      >
        <FormResult form={form} busy={files.busyForm} s={s} />
      </FileSection>

      <FileSection
        id="pdf"
        heading={s.pdfHeading}
        pickLabel={s.pickPdf}
        accept=".pdf,application/pdf"
        busy={files.busyPdf}
        testId="pdf-input"
        onFile={(f) => pick(f, 'pdf')}
      >
        <PdfResult pdf={pdf} busy={files.busyPdf} s={s} unknownSigners={checkedPdf?.unknownSigners ?? []} />
        {/* Loaded with the PDF checker (checkers.ts): only a picked PDF shows it. */}
        {pdf?.bytes ? (
          <ChunkView
            chunk={pdfView}
            bytes={pdf.bytes}
            form={form?.report}
            onCompared={setPdfForm}
            fallback={<Text size={200}>{s.previewLoading}</Text>}
          />
        ) : null}
        <Text size={200} className={styles.hint}>
          {s.dropHint}
        </Text>
      </FileSection>

      <section className={styles.section} aria-labelledby="confirm-heading">
        <h2 id="confirm-heading" className={styles.h2}>
          {s.confirmHeading}
        </h2>
        <CheckField
          checked={identity}
          onChange={setIdentity}
          label={s.identity}
          data-testid="confirm-identity"
        />
        {needsPdfConfirm ? (
          <CheckField
            checked={pdfConfirmed}
            onChange={setPdfConfirmed}
            label={checkedPdf?.verdict === 'unsigned' ? s.confirmSeal : s.confirmSigner}
            data-testid="confirm-pdf"
          />
        ) : null}
        <CheckField
          checked={ccAdmin && !!adminEmail}
          disabled={!adminEmail}
          onChange={setCcAdmin}
          label={adminEmail ? format(s.ccAdmin, { email: adminEmail }) : s.ccAdminNoEmail}
          data-testid="cc-admin"
        />
      </section>

      <section className={styles.section} aria-labelledby="prepare-heading">
        <h2 id="prepare-heading" className={styles.h2}>
          {s.checklistHeading}
        </h2>
        <Checklist readiness={readiness} s={s} />
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => void prepare()}
            disabled={
              !compose || blockers.length > 0 || preparing !== null || files.busyForm || files.busyPdf
            }
            data-testid="prepare"
          >
            {preparing ? s.preparing : s.prepare}
          </Button>
          {compose ? (
            <Button
              appearance="subtle"
              onClick={() => void refreshMail().catch((e) => showFailure(failureOf(e)))}
              disabled={preparing !== null}
            >
              {s.refresh}
            </Button>
          ) : null}
        </div>
        {preparing ? (
          <Text role="status" aria-live="polite" data-testid="progress">
            {preparing.name
              ? format(s.attaching, { name: preparing.name, pct: preparing.pct ?? 0 })
              : s.preparing}
          </Text>
        ) : null}
        {blockers.length ? (
          <ul className={styles.reasons} data-testid="blockers">
            {blockers.map((i) => (
              <li key={i.id}>{i.detail[lang]}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}
