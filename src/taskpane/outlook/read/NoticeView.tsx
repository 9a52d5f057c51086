/**
 * The issuer's completion notice in the read pane: the revoked certificates (serial in hex as the
 * form writes it and in decimal as the notice does, CN), and, once a form is known (picked here, or
 * the form attached to the open mail), each certificate of the form marked revoked or still missing.
 * Outside Outlook (or for a notice Outlook cannot give as text) a saved .eml can be opened.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CheckReport } from '../../../form/types';
import type { NoticeText } from '../../../mail/notice';
import {
  type CompletionNotice,
  compareNoticeWithForm,
  looksLikeNotice,
  readNotice,
} from '../../../mail/notice';
import { openItemNotice } from '../../../office/notice-item';
import { Text } from '../../shared/controls';
import { FilePickButton, XLSX_ACCEPT } from '../../shared/FilePickButton';
import { format, useI18n } from '../../shared/i18n';
import { Notice } from '../../shared/Notice';
import { type CheckForm, loadFormChecker, unreadableText } from '../checkers';
import { READ_STRINGS } from './strings';

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
  h2: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
  cert: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: 'grid',
    overflowWrap: 'anywhere',
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  dim: { color: tokens.colorNeutralForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Shown = CompletionNotice & { signed?: boolean };

export interface NoticeViewProps {
  /** Inside Outlook: the open mail. Without it, only a saved .eml can be opened. */
  inOutlook: boolean;
  /** A form known to the pane (attached to the open mail). */
  form?: { name: string; report: CheckReport } | null;
  readItem?: () => Promise<NoticeText | null>;
  checkForm?: CheckForm;
}

export function NoticeView({ inOutlook, form, readItem = openItemNotice, checkForm }: NoticeViewProps) {
  const { lang } = useI18n();
  const s = READ_STRINGS[lang];
  const styles = useStyles();
  const [notice, setNotice] = useState<Shown | null>(null);
  const [picked, setPicked] = useState<{ name: string; report: CheckReport } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!inOutlook) return;
    let cancelled = false;
    readItem()
      .then((mail) => {
        if (!cancelled && mail && looksLikeNotice(mail.subject)) setNotice(readNotice(mail));
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [inOutlook, readItem]);

  const openEml = useCallback(
    async (file: File) => {
      setProblem(null);
      try {
        const { parseNoticeMail } = await import(
          /* webpackChunkName: "notice" */ '../../../mail/notice-mime'
        );
        setNotice(await parseNoticeMail(new Uint8Array(await file.arrayBuffer())));
      } catch (e) {
        setProblem(unreadableText(e)?.[lang] ?? s.noticeNotMail);
      }
    },
    [lang, s],
  );

  const openForm = useCallback(
    async (file: File) => {
      setProblem(null);
      try {
        const check = checkForm ?? (await loadFormChecker());
        setPicked({
          name: file.name,
          report: await check(new Uint8Array(await file.arrayBuffer()), file.name),
        });
      } catch (e) {
        setProblem(unreadableText(e)?.[lang] ?? String(e));
      }
    },
    [checkForm, lang],
  );

  const theForm = picked ?? form ?? null;
  const against = useMemo(
    () => (notice && theForm ? compareNoticeWithForm(notice, theForm.report.certificates) : null),
    [notice, theForm],
  );

  if (inOutlook && !notice) return null;
  const missing = against?.certificates.filter((c) => c.status === 'missing').length ?? 0;
  return (
    <section className={styles.section} aria-labelledby="notice-heading" data-testid="notice-view">
      <h2 id="notice-heading" className={styles.h2}>
        {s.noticeHeading}
      </h2>
      {!notice && !inOutlook ? <Text className={styles.dim}>{s.noticeStandaloneHint}</Text> : null}
      {problem ? <Notice intent="error">{problem}</Notice> : null}
      {notice ? (
        <>
          <Text className={styles.dim}>
            {notice.subject} — {notice.from}
            {notice.signed ? ` — ${s.noticeSigned}` : ''}
          </Text>
          {notice.messages.map((m) => (
            <Notice key={m.en} intent={notice.certificates.length ? 'warning' : 'error'}>
              {m[lang]}
            </Notice>
          ))}
          {notice.certificates.length ? (
            <>
              <Text weight="semibold">{format(s.noticeRevoked, { n: notice.certificates.length })}</Text>
              <ul className={styles.list} data-testid="notice-certificates">
                {notice.certificates.map((c) => (
                  <li key={c.serial} className={styles.cert} data-serial={c.serial}>
                    <span className={styles.mono}>{c.serial}</span>
                    <span className={styles.dim}>
                      {s.noticeDecimal}: <span className={styles.mono}>{c.decimal}</span>
                    </span>
                    {c.cn ? <span>CN={c.cn}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {notice && theForm && against ? (
        <div className={styles.section} data-testid="notice-form" data-complete={String(against.complete)}>
          <Text weight="semibold">{format(s.noticeFormLine, { name: theForm.name })}</Text>
          {against.certificates.length === 0 ? <Notice intent="error">{s.noticeNoForm}</Notice> : null}
          <ul className={styles.list}>
            {against.certificates.map((c) => (
              <li key={c.serial} className={styles.cert} data-serial={c.serial} data-status={c.status}>
                <span className={c.status === 'revoked' ? styles.ok : styles.bad}>
                  {c.status === 'revoked' ? `✓ ${s.noticeIsRevoked}` : `✗ ${s.noticeIsMissing}`}
                </span>
                <span className={styles.mono}>{c.serial}</span>
                <span className={styles.dim}>
                  {s.noticeDecimal}: <span className={styles.mono}>{c.decimal}</span>
                </span>
              </li>
            ))}
          </ul>
          {against.certificates.length ? (
            <Notice intent={against.complete ? 'success' : 'error'}>
              {against.complete ? s.noticeComplete : format(s.noticeIncomplete, { n: missing })}
            </Notice>
          ) : null}
          {against.extra.length ? (
            <Notice intent="info">{format(s.noticeExtra, { serials: against.extra.join(', ') })}</Notice>
          ) : null}
        </div>
      ) : null}
      <div className={styles.row}>
        {!inOutlook ? (
          <FilePickButton
            label={s.noticePickEml}
            accept=".eml,message/rfc822"
            inputTestId="notice-eml-input"
            onFile={(f) => void openEml(f)}
          />
        ) : null}
        {notice ? (
          <FilePickButton
            label={s.noticePickForm}
            accept={XLSX_ACCEPT}
            inputTestId="notice-form-input"
            onFile={(f) => void openForm(f)}
          />
        ) : null}
      </div>
    </section>
  );
}
