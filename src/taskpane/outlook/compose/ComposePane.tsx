/**
 * The compose pane: the officer picks the form and the PDF (or the pane finds them among the
 * message's attachments), both are checked, the checklist of spec/mail.md shows what is missing,
 * and 「送信準備」 sets To, subject and body and attaches the very bytes that were checked.
 */
import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { type ChangeEvent, type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LocalDate, Profile } from '../../../form/types';
import {
  buildBody,
  buildSubject,
  formCheck,
  ISSUER,
  isPdf,
  isXlsx,
  MAX_ATTACHABLE_BYTES,
  pdfAcceptable,
  pdfCheck,
  readiness,
  verdictText,
} from '../../../mail';
import {
  type MailAttachment,
  type MailboxAdapter,
  MailboxError,
  type MailRecipient,
  type SubmissionState,
} from '../../../office/mailbox-types';
import { format, useI18n } from '../../shared/i18n';
import { Notice, type NoticeIntent } from '../../shared/Notice';
import { PANE_STYLES } from '../../shared/styles';
import { Checklist } from '../Checklist';
import { type CheckForm, loadFormChecker, loadPdfChecker, unreadableText, type VerifyPdf } from '../checkers';
import { FormResult, type FormState, PdfResult, type PdfState } from '../FileResults';
import { PdfPreview } from '../PdfPreview';
import { formatSize, OUTLOOK_STRINGS } from '../strings';

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
  hidden: { display: 'none' },
  hint: { color: tokens.colorNeutralForeground2 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

interface MailView {
  to: MailRecipient[];
  subject: string;
  attachments: MailAttachment[];
}

export interface ComposePaneProps {
  /** The message being composed; null outside Outlook (files can be checked, nothing is sent). */
  mailbox: MailboxAdapter | null;
  checkForm?: CheckForm;
  verifyPdf?: VerifyPdf;
  today?: LocalDate;
  profile?: Profile;
}

const bytesOf = async (file: File): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());

export function ComposePane({ mailbox, checkForm, verifyPdf, today, profile }: ComposePaneProps) {
  const { lang } = useI18n();
  const s = OUTLOOK_STRINGS[lang];
  const styles = useStyles();
  const [form, setForm] = useState<FormState | null>(null);
  const [pdf, setPdf] = useState<PdfState | null>(null);
  const [busyForm, setBusyForm] = useState(false);
  const [busyPdf, setBusyPdf] = useState(false);
  const [identity, setIdentity] = useState(false);
  const [pdfConfirmed, setPdfConfirmed] = useState(false);
  const [pdfForm, setPdfForm] = useState<SubmissionState['pdfForm'] | null>(null);
  const [ccAdmin, setCcAdmin] = useState(false);
  const [mail, setMail] = useState<MailView | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: NoticeIntent; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const formInput = useRef<HTMLInputElement>(null);
  const pdfInput = useRef<HTMLInputElement>(null);
  const restored = useRef<SubmissionState | null>(null);

  const compose = mailbox?.mode === 'compose' ? mailbox : null;

  const fail = useCallback(
    (e: unknown) => {
      const text =
        e instanceof MailboxError
          ? format(s.outlookError, { detail: e.text[lang] })
          : format(s.readError, {
              detail: unreadableText(e)?.[lang] ?? (e instanceof Error ? e.message : String(e)),
            });
      setNotice({ intent: 'error', text });
    },
    [s, lang],
  );

  const refreshMail = useCallback(async () => {
    if (!compose) return null;
    const [to, subject, attachments] = await Promise.all([
      compose.getRecipients('to'),
      compose.getSubject(),
      compose.listAttachments(),
    ]);
    const view = { to, subject, attachments };
    setMail(view);
    return view;
  }, [compose]);

  const runFormCheck = useCallback(
    async (name: string, bytes: Uint8Array, fromAttachment = false) => {
      setBusyForm(true);
      setNotice(null);
      try {
        const check = checkForm ?? (await loadFormChecker());
        const report = await check(bytes, name, {
          ...(today ? { today } : {}),
          ...(profile ? { profile } : {}),
        });
        setForm({ name, bytes, fromAttachment, report });
      } catch (e) {
        const text = unreadableText(e);
        setForm({ name, bytes, fromAttachment, error: text ?? { ja: String(e), en: String(e) } });
      } finally {
        setBusyForm(false);
      }
    },
    [checkForm, today, profile],
  );

  const runPdfCheck = useCallback(
    async (name: string, bytes: Uint8Array, fromAttachment = false) => {
      setBusyPdf(true);
      setNotice(null);
      try {
        const verify = verifyPdf ?? (await loadPdfChecker());
        const report = await verify(bytes, name);
        setPdf({ name, bytes, fromAttachment, report });
        setPdfConfirmed(restored.current?.pdf?.name === name && restored.current.pdfConfirmed === true);
      } catch (e) {
        setPdf({ name, bytes, fromAttachment, error: { ja: String(e), en: String(e) } });
      } finally {
        setBusyPdf(false);
      }
    },
    [verifyPdf],
  );

  // On opening: what the message already has (To, subject, attachments, a previous check).
  useEffect(() => {
    if (!compose) return;
    let cancelled = false;
    (async () => {
      try {
        const state = await compose.loadState();
        restored.current = state;
        if (state && !cancelled) setIdentity(state.identityConfirmed);
        const view = await refreshMail();
        if (!view || cancelled) return;
        const files = view.attachments.filter((a) => a.kind === 'file' && !a.isInline);
        const xlsx = files.filter((a) => isXlsx(a.name));
        const pdfs = files.filter((a) => isPdf(a.name));
        if (xlsx.length === 1 && xlsx[0])
          await runFormCheck(xlsx[0].name, await compose.readAttachment(xlsx[0].id), true);
        if (pdfs.length === 1 && pdfs[0])
          await runPdfCheck(pdfs[0].name, await compose.readAttachment(pdfs[0].id), true);
      } catch (e) {
        if (!cancelled) fail(e);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [compose, refreshMail, runFormCheck, runPdfCheck, fail]);

  const officerEmail = form?.report?.fields['officer.email']?.value;
  const adminEmail = form?.report?.fields['admin.email']?.value?.trim() || '';
  const checkedForm = useMemo(
    () => (form?.report ? formCheck(form.report, { name: form.name, size: form.bytes.length }) : null),
    [form],
  );
  const checkedPdf = useMemo(
    () =>
      pdf?.report
        ? pdfCheck(
            pdf.report,
            { name: pdf.name, size: pdf.bytes.length },
            { ...(officerEmail ? { officerEmail } : {}), ...(profile ? { profile } : {}) },
          )
        : null,
    [pdf, officerEmail, profile],
  );
  const needsPdfConfirm = checkedPdf?.verdict === 'unsigned' || checkedPdf?.verdict === 'untrusted';

  const state: SubmissionState = useMemo(
    () => ({
      v: 1,
      ...(checkedForm ? { form: checkedForm } : {}),
      ...(checkedPdf ? { pdf: checkedPdf } : {}),
      identityConfirmed: identity,
      pdfConfirmed: needsPdfConfirm ? pdfConfirmed : false,
      ...(pdfForm ? { pdfForm } : {}),
    }),
    [checkedForm, checkedPdf, identity, pdfConfirmed, needsPdfConfirm, pdfForm],
  );

  // Keep the check with the item so the send handler sees it.
  useEffect(() => {
    if (!compose || (!state.form && !state.pdf)) return;
    compose.saveState(state).catch(fail);
  }, [compose, state, fail]);

  const check = readiness({
    to: mail?.to ?? [],
    subject: mail?.subject ?? '',
    attachments: mail?.attachments ?? [],
    form: checkedForm,
    pdf: checkedPdf,
    identityConfirmed: identity,
    pdfConfirmed: state.pdfConfirmed,
    pdfForm,
  });

  // Why 「送信準備」 cannot run yet.
  const blockers: string[] = [];
  if (!form?.report) blockers.push(s.prepareBlockedNoForm);
  else if (form.report.summary.errors > 0) blockers.push(s.prepareBlockedForm);
  if (!pdf?.report) blockers.push(s.prepareBlockedNoPdf);
  else if (!pdfAcceptable(pdf.report.verdict, true))
    blockers.push(format(s.prepareBlockedPdf, { why: verdictText(pdf.report.verdict)[lang] }));
  else if (needsPdfConfirm && !pdfConfirmed) blockers.push(s.prepareBlockedPdfConfirm);
  if (!identity) blockers.push(s.prepareBlockedIdentity);

  const pick = useCallback(
    async (file: File, kind: 'form' | 'pdf') => {
      const okType = kind === 'form' ? isXlsx(file.name) : isPdf(file.name);
      if (!okType) {
        setNotice({
          intent: 'error',
          text: format(s.wrongType, { name: file.name, kind: kind === 'form' ? '.xlsx' : '.pdf' }),
        });
        return;
      }
      if (file.size > MAX_ATTACHABLE_BYTES) {
        setNotice({
          intent: 'error',
          text: format(s.tooLarge, { name: file.name, size: formatSize(file.size) }),
        });
        return;
      }
      try {
        const bytes = await bytesOf(file);
        if (kind === 'form') await runFormCheck(file.name, bytes);
        else await runPdfCheck(file.name, bytes);
      } catch (e) {
        fail(e);
      }
    },
    [s, runFormCheck, runPdfCheck, fail],
  );

  const onInput = (kind: 'form' | 'pdf') => (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void pick(file, kind);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    for (const file of Array.from(e.dataTransfer.files)) {
      if (isXlsx(file.name)) void pick(file, 'form');
      else if (isPdf(file.name)) void pick(file, 'pdf');
      else
        setNotice({ intent: 'error', text: format(s.wrongType, { name: file.name, kind: '.xlsx / .pdf' }) });
    }
  };

  const prepare = async () => {
    if (!compose || !form?.report || !pdf?.report || blockers.length) return;
    setNotice(null);
    setPreparing(s.preparing);
    try {
      await compose.setRecipients('to', [ISSUER]);
      if (ccAdmin && adminEmail) {
        const cc = await compose.getRecipients('cc');
        if (!cc.some((r) => r.emailAddress.toLowerCase() === adminEmail.toLowerCase()))
          await compose.setRecipients('cc', [...cc.map((r) => r.emailAddress), adminEmail]);
      }
      await compose.setSubject(buildSubject(form.report));
      await compose.setBodyText(
        buildBody(form.report, { formName: form.name, pdfName: pdf.name, identityChecked: identity }),
      );
      const attached = await compose.listAttachments();
      for (const f of [form, pdf]) {
        if (attached.some((a) => a.name === f.name)) continue;
        setPreparing(format(s.attaching, { name: f.name, pct: 0 }));
        await compose.attachFile(f.name, f.bytes, {
          onProgress: (done, total) =>
            setPreparing(format(s.attaching, { name: f.name, pct: Math.floor((done / total) * 100) })),
        });
      }
      await compose.saveState(state);
      await refreshMail();
      setNotice({ intent: 'success', text: s.prepared });
      compose.notify('upkiRevoke', 'info', s.preparedNotice).catch(() => {});
    } catch (e) {
      fail(e);
      await refreshMail().catch(() => null);
    } finally {
      setPreparing(null);
    }
  };

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

      <section className={styles.section} aria-labelledby="form-heading">
        <h2 id="form-heading" className={styles.h2}>
          {s.formHeading}
        </h2>
        <div className={styles.row}>
          <Button appearance="secondary" onClick={() => formInput.current?.click()} disabled={busyForm}>
            {s.pickForm}
          </Button>
          <input
            ref={formInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={s.pickForm}
            data-testid="form-input"
            onChange={onInput('form')}
          />
        </div>
        <FormResult form={form} busy={busyForm} s={s} />
      </section>

      <section className={styles.section} aria-labelledby="pdf-heading">
        <h2 id="pdf-heading" className={styles.h2}>
          {s.pdfHeading}
        </h2>
        <div className={styles.row}>
          <Button appearance="secondary" onClick={() => pdfInput.current?.click()} disabled={busyPdf}>
            {s.pickPdf}
          </Button>
          <input
            ref={pdfInput}
            className={styles.hidden}
            type="file"
            accept=".pdf,application/pdf"
            aria-label={s.pickPdf}
            data-testid="pdf-input"
            onChange={onInput('pdf')}
          />
        </div>
        <PdfResult pdf={pdf} busy={busyPdf} s={s} unknownSigners={checkedPdf?.unknownSigners ?? []} />
        <PdfPreview bytes={pdf?.bytes} form={form?.report} onCompared={setPdfForm} />
        <Text size={200} className={styles.hint}>
          {s.dropHint}
        </Text>
      </section>

      <section className={styles.section} aria-labelledby="confirm-heading">
        <h2 id="confirm-heading" className={styles.h2}>
          {s.confirmHeading}
        </h2>
        <Checkbox
          checked={identity}
          onChange={(_, d) => setIdentity(d.checked === true)}
          label={s.identity}
          data-testid="confirm-identity"
        />
        {needsPdfConfirm ? (
          <Checkbox
            checked={pdfConfirmed}
            onChange={(_, d) => setPdfConfirmed(d.checked === true)}
            label={checkedPdf?.verdict === 'unsigned' ? s.confirmSeal : s.confirmSigner}
            data-testid="confirm-pdf"
          />
        ) : null}
        <Checkbox
          checked={ccAdmin && !!adminEmail}
          disabled={!adminEmail}
          onChange={(_, d) => setCcAdmin(d.checked === true)}
          label={adminEmail ? format(s.ccAdmin, { email: adminEmail }) : s.ccAdminNoEmail}
          data-testid="cc-admin"
        />
      </section>

      <section className={styles.section} aria-labelledby="prepare-heading">
        <h2 id="prepare-heading" className={styles.h2}>
          {s.checklistHeading}
        </h2>
        <Checklist readiness={check} s={s} />
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => void prepare()}
            disabled={!compose || blockers.length > 0 || preparing !== null || busyForm || busyPdf}
            data-testid="prepare"
          >
            {preparing ? s.preparing : s.prepare}
          </Button>
          {compose ? (
            <Button
              appearance="subtle"
              onClick={() => void refreshMail().catch(fail)}
              disabled={preparing !== null}
            >
              {s.refresh}
            </Button>
          ) : null}
        </div>
        {preparing ? (
          <Text role="status" aria-live="polite" data-testid="progress">
            {preparing}
          </Text>
        ) : null}
        {blockers.length ? (
          <ul className={styles.reasons} data-testid="blockers">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}
