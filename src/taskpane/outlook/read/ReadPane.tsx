/**
 * The read pane: on a received mail (the usage administrator's form), checks each attached .xlsx
 * and shows the findings; the officer can start the submission from there: a new message to the
 * issuer with the subject filled in, and, since attachments cannot be carried into it, a clear
 * next step (save the form as it is, then choose it in the compose pane).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LocalDate, Profile } from '../../../form/types';
import { buildSubject, ISSUER, isXlsx } from '../../../mail';
import { type MailAttachment, type MailboxAdapter, MailboxError } from '../../../office/mailbox-types';
import { Button, Text } from '../../shared/controls';
import { FilePickButton, XLSX_ACCEPT } from '../../shared/FilePickButton';
import { format, useI18n } from '../../shared/i18n';
import { Notice } from '../../shared/Notice';
import { PANE_STYLES } from '../../shared/styles';
import { type CheckForm, loadFormChecker, unreadableText } from '../checkers';
import { FormResult, type FormState } from '../FileResults';
import { readMessages } from './messages';
import { NoticeView } from './NoticeView';
import { READ_STRINGS } from './strings';

const useStyles = makeStyles({
  root: PANE_STYLES.root,
  title: PANE_STYLES.title,
  subtitle: PANE_STYLES.subtitle,
  h2: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
  steps: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface ReadPaneProps {
  mailbox: MailboxAdapter | null;
  checkForm?: CheckForm;
  today?: LocalDate;
  profile?: Profile;
}

interface Checked extends FormState {
  id: string;
}

/** `canPick`: the pane offers a file picker (outside Outlook), so a bad form can be chosen again. */
function FormBlock({
  f,
  mailbox,
  canPick,
}: {
  f: Checked;
  mailbox: MailboxAdapter | null;
  canPick: boolean;
}) {
  const { lang } = useI18n();
  const s = READ_STRINGS[lang];
  const styles = useStyles();
  const [opened, setOpened] = useState<string | null>(null);
  const url = useMemo(() => {
    if (typeof URL.createObjectURL !== 'function') return null;
    return URL.createObjectURL(
      new Blob([f.bytes as BlobPart], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
  }, [f.bytes]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const subject = f.report ? buildSubject(f.report) : '';
  const canStart = !!f.report && f.report.summary.errors === 0;
  // Saving is a step of the submission, and of fixing a received form (「保存して Excel で直し」);
  // a picked file is already on the disk.
  const offerSave = canStart || !canPick;
  const start = () => {
    if (!f.report) return;
    const unsupported = format(s.newMessageUnsupported, { to: ISSUER, subject });
    if (!mailbox?.supports('1.6')) return setOpened(unsupported);
    try {
      mailbox.displayNewMessage({ to: [ISSUER], subject });
      setOpened(s.opened);
    } catch {
      setOpened(unsupported);
    }
  };
  return (
    <section className={styles.section} data-testid="received-form" aria-label={f.name}>
      <h2 className={styles.h2}>{f.name}</h2>
      <FormResult form={f} busy={false} s={s} />
      {f.report ? (
        <div className={styles.section}>
          <Button appearance="primary" onClick={start} disabled={!canStart} data-testid="start-submission">
            {s.startSubmission}
          </Button>
          {!canStart ? (
            <Text data-testid="blocked">{canPick ? s.readBlockedPick : s.readBlockedMail}</Text>
          ) : (
            <Text size={200}>{s.startSubmissionHint}</Text>
          )}
          {canStart ? (
            <ol className={styles.steps}>
              <li>{s.nextStepSave}</li>
              <li>{s.nextStepPick}</li>
            </ol>
          ) : null}
          {/* Download links do nothing in Office on Mac (office-js#6468, #2700): say what to do there. */}
          {offerSave && mailbox?.platform === 'Mac' ? (
            <Text data-testid="save-form-mac">{format(s.saveFormMac, { name: f.name })}</Text>
          ) : offerSave && url ? (
            <a className={styles.link} href={url} download={f.name} data-testid="save-form">
              {format(s.saveForm, { name: f.name })}
            </a>
          ) : null}
          {opened ? (
            <Notice intent="info" data-testid="opened">
              {opened}
            </Notice>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The first checked form attached to the open mail (for the completion notice). */
const noticeForm = (forms: Checked[] | null) => {
  const f = forms?.find((x) => x.report);
  return f?.report ? { name: f.name, report: f.report } : null;
};

export function ReadPane({ mailbox, checkForm, today, profile }: ReadPaneProps) {
  const { lang } = useI18n();
  const [picked, setPicked] = useState<Checked | null>(null);
  const s = READ_STRINGS[lang];
  const styles = useStyles();
  const [forms, setForms] = useState<Checked[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const checkOne = useCallback(
    async (a: MailAttachment): Promise<Checked> => {
      if (!mailbox) throw new Error('no mailbox');
      if (a.kind === 'cloud')
        return {
          id: a.id,
          name: a.name,
          bytes: new Uint8Array(),
          error: readMessages.t('read.cloudAttachment', { name: a.name }),
        };
      const bytes = await mailbox.readAttachment(a.id);
      try {
        const check = checkForm ?? (await loadFormChecker());
        const report = await check(bytes, a.name, {
          ...(today ? { today } : {}),
          ...(profile ? { profile } : {}),
        });
        return { id: a.id, name: a.name, bytes, fromAttachment: true, report };
      } catch (e) {
        return {
          id: a.id,
          name: a.name,
          bytes,
          error: unreadableText(e) ?? { ja: String(e), en: String(e) },
        };
      }
    },
    [mailbox, checkForm, today, profile],
  );

  /** Outside Outlook: the officer picks a form file and it is checked as an attachment would be. */
  const onPick = useCallback(
    async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const id = `picked:${file.name}:${Date.now()}`;
      try {
        const check = checkForm ?? (await loadFormChecker());
        const report = await check(bytes, file.name, {
          ...(today ? { today } : {}),
          ...(profile ? { profile } : {}),
        });
        setPicked({ id, name: file.name, bytes, report });
      } catch (err) {
        setPicked({
          id,
          name: file.name,
          bytes,
          error: unreadableText(err) ?? { ja: String(err), en: String(err) },
        });
      }
    },
    [checkForm, today, profile],
  );

  useEffect(() => {
    if (!mailbox) return;
    let cancelled = false;
    (async () => {
      try {
        const list = (await mailbox.listAttachments()).filter((a) => isXlsx(a.name) && !a.isInline);
        const out: Checked[] = [];
        for (const a of list) out.push(await checkOne(a));
        if (!cancelled) setForms(out);
      } catch (e) {
        if (!cancelled) {
          setForms([]);
          setError(format(s.outlookError, { detail: e instanceof MailboxError ? e.text[lang] : String(e) }));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [mailbox, checkOne, s, lang]);

  return (
    <main className={styles.root}>
      <header>
        <h1 className={styles.title}>{s.readTitle}</h1>
        <Text className={styles.subtitle}>{s.subtitle}</Text>
      </header>
      {!mailbox ? (
        <section className={styles.section}>
          <Notice intent="info">{s.readStandalone}</Notice>
          <div>
            <FilePickButton
              appearance="primary"
              label={s.readPickForm}
              accept={XLSX_ACCEPT}
              data-testid="read-pick"
              inputTestId="read-form-input"
              onFile={(f) => void onPick(f)}
            />
          </div>
        </section>
      ) : null}
      {picked ? <FormBlock key={picked.id} f={picked} mailbox={null} canPick /> : null}
      <NoticeView inOutlook={!!mailbox} form={noticeForm(forms)} checkForm={checkForm} />
      {error ? <Notice intent="error">{error}</Notice> : null}
      {mailbox && forms === null ? <Text role="status">{s.checking}</Text> : null}
      {forms && forms.length === 0 && !error ? (
        <Notice intent="info" data-testid="no-xlsx">
          {s.noXlsx}
        </Notice>
      ) : null}
      {forms?.map((f) => (
        <FormBlock key={f.id} f={f} mailbox={mailbox} canPick={false} />
      ))}
    </main>
  );
}
