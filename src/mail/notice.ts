/**
 * The issuer's completion notice (失効完了通知): a tolerant reader of its text, pure (no Node, no
 * Office, no React). What is known and what is assumed of the format: docs/notice.md.
 *
 * Known (UPKI client-certificate notices, shared/notes/domain.md): sent by SECOM
 * (ca-support@ml.secom-sts.co.jp), S/MIME signed, subject `[UPKI] …失効完了通知`, the body lists
 * 【失効証明書DN】 (one attribute per line after a full-width space) and 【失効証明書シリアル番号】 (the
 * serial in decimal after a full-width space). Assumed: the code-signing notice has the same shape;
 * several certificates repeat the blocks or list several serial lines; a serial heading that says
 * 16進 (hex) holds hex serials.
 */
import { normaliseSerial } from '../form/serial';
import { mailMessages } from './messages';
import type { Bilingual } from './types';

/** One revoked certificate as the notice lists it. */
export interface RevokedCertificate {
  /** Hex, upper case, without leading zeros: as the form writes it (form.md, normaliseSerial). */
  serial: string;
  /** The same number in decimal: as the notice writes it. */
  decimal: string;
  /** How the notice wrote it. */
  written: 'decimal' | 'hex';
  /** The DN's attributes as listed (`CN=…`), when the notice pairs one with this serial. */
  dn?: string[];
  cn?: string;
  reason?: string;
}

export interface NoticeText {
  subject: string;
  /** The sender's address. */
  from: string;
  /** The plain-text body. */
  text: string;
}

export interface CompletionNotice {
  subject: string;
  from: string;
  /** The subject says 失効完了 (revocation completed). */
  subjectKnown: boolean;
  /** The sender's address is at a SECOM domain (secom.co.jp, secom-sts.co.jp or a subdomain). */
  senderKnown: boolean;
  certificates: RevokedCertificate[];
  /** For people: why the list is empty, or what to be careful about. */
  messages: Bilingual[];
}

/** The subject of a completion notice contains this (`[UPKI] クライアント証明書失効完了通知`). */
export const NOTICE_SUBJECT_MARK = '失効完了';
/** The issuer's domains; a sender at one of them or a subdomain is the issuer. */
export const NOTICE_SENDER_DOMAINS = ['secom.co.jp', 'secom-sts.co.jp'] as const;

export function isNoticeSubject(subject: string): boolean {
  return subject.normalize('NFKC').includes(NOTICE_SUBJECT_MARK);
}

export function isIssuerSender(address: string): boolean {
  const at = address.trim().toLowerCase().lastIndexOf('@');
  if (at < 0) return false;
  const domain = address
    .trim()
    .toLowerCase()
    .slice(at + 1)
    .replace(/>$/, '');
  return NOTICE_SENDER_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * Whether a mail is worth reading as a completion notice: its subject says 失効完了. The sender
 * alone does not make a notice (SECOM sends other mails too); a notice forwarded by a colleague
 * keeps its subject, so it is read, with a note that the sender is not the issuer.
 */
export function looksLikeNotice(subject: string): boolean {
  return isNoticeSubject(subject);
}

// ------------------------------------------------------------------------------ serials

/** Hex (upper case, no leading zeros) of a decimal serial. */
export function decimalToHex(decimal: string): string {
  return BigInt(decimal).toString(16).toUpperCase();
}

/** Decimal of a hex serial. */
export function hexToDecimal(hex: string): string {
  return BigInt(`0x${hex}`).toString(10);
}

/** Serials in UPKI are at most 20 octets (RFC 5280): 40 hex or 49 decimal digits. */
const MAX_DECIMAL_DIGITS = 49;
const MAX_HEX_DIGITS = 40;

/**
 * One line under a serial heading, as a serial: digits only are decimal (UPKI's mails write
 * decimal) unless the heading says hex; hex letters, `0x` or `:`-separated octets are hex.
 * Anything else is not a serial (undefined): a line of prose is never guessed at.
 */
export function readNoticeSerial(
  line: string,
  headingSays: 'hex' | 'decimal' | undefined,
): { serial: string; decimal: string; written: 'hex' | 'decimal' } | undefined {
  let s = line
    .normalize('NFKC')
    .trim()
    .replace(/^(?:[-・*•]|\d{1,2}[.)．）]|\(\d{1,2}\))\s+/, '') // a list marker followed by a space
    .replace(/^(?:シリアル番号|serial(?:\s*number)?)\s*[:：=]?\s*/i, '')
    .trim();
  s = s.replace(/[,，]$/, '');
  if (s === '') return undefined;
  const hexSeparated = /^(?:0x)?[0-9A-Fa-f]{2}(?:[: ][0-9A-Fa-f]{2})+$/.test(s);
  const compact = s.replace(/[\s:]/g, '');
  if (/^[0-9]+$/.test(compact) && headingSays !== 'hex' && !hexSeparated) {
    if (compact.length > MAX_DECIMAL_DIGITS) return undefined;
    return { serial: decimalToHex(compact), decimal: BigInt(compact).toString(10), written: 'decimal' };
  }
  if (!/^(?:0x)?[0-9A-Fa-f]+$/i.test(compact) && !hexSeparated) return undefined;
  if (headingSays === 'decimal') return undefined;
  const hex = normaliseSerial(compact);
  if (!hex || hex.length > MAX_HEX_DIGITS) return undefined;
  return { serial: hex, decimal: hexToDecimal(hex), written: 'hex' };
}

// ------------------------------------------------------------------------------ sections

interface Section {
  heading: string;
  lines: string[];
}

/** A heading: 【…】, ■…, [...] or `…:` alone naming シリアル/DN/理由. */
const BRACKET_HEADING = /^[\s　]*[【［[]([^】］\]]{1,40})[】］\]][\s　]*(.*)$/;
const MARK_HEADING = /^[\s　]*[■□◆◇●○▼▽]\s*(.{1,40}?)\s*[:：]?\s*$/;
/** A label line `シリアル番号：…` / `失効証明書DN：` / `失効理由：…`, the value (if any) after the colon. */
const LABEL_HEADING = /^[\s　]*((?:失効)?(?:証明書)?(?:シリアル番号|DN|失効理由))[\s　]*[:：][\s　]*(.*)$/;

function sectionsOf(text: string): Section[] {
  const out: Section[] = [];
  let current: Section | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const br = BRACKET_HEADING.exec(raw) ?? LABEL_HEADING.exec(raw);
    const mk = br ? null : MARK_HEADING.exec(raw);
    if (br || mk) {
      const heading = String(br?.[1] ?? mk?.[1] ?? '')
        .normalize('NFKC')
        .trim();
      // `[UPKI]` inside a quoted subject line is not a heading of the body.
      if (!/^upki$/i.test(heading)) {
        current = { heading, lines: [] };
        out.push(current);
        const rest = br?.[2]?.trim();
        if (rest) current.lines.push(rest);
        continue;
      }
    }
    if (current) current.lines.push(raw);
  }
  return out;
}

const isSerialHeading = (h: string) => /シリアル|serial/i.test(h);
const isDnHeading = (h: string) =>
  /(^|[^A-Za-z])DN([^A-Za-z]|$)|サブジェクト|subject/i.test(h) && !isSerialHeading(h);
const isReasonHeading = (h: string) => /失効理由|理由|reason/i.test(h) && !isSerialHeading(h);

function headingBase(h: string): 'hex' | 'decimal' | undefined {
  if (/16\s*進|hex/i.test(h)) return 'hex';
  if (/10\s*進|decimal/i.test(h)) return 'decimal';
  return undefined;
}

/** Lines of a section, without indentation, quoting (`> `) and empty lines; a blank line splits groups. */
function groupsOf(lines: readonly string[]): string[][] {
  const groups: string[][] = [[]];
  for (const raw of lines) {
    const line = raw
      .replace(/^[\s　]*(?:>[\s　]?)*/, '')
      .replace(/[\s　]+$/, '')
      .trim();
    if (line === '') {
      if ((groups.at(-1) as string[]).length > 0) groups.push([]);
      continue;
    }
    (groups.at(-1) as string[]).push(line);
  }
  return groups.filter((g) => g.length > 0);
}

const ATTRIBUTE = /^([A-Za-z][A-Za-z0-9.]*)\s*=\s*(.*)$/;

/** The DNs of a DN section: one attribute per line; a new DN starts when an attribute repeats. */
function dnsOf(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const group of groupsOf(lines)) {
    let dn: string[] = [];
    const seen = new Set<string>();
    for (const line of group) {
      // A DN written on one line: `CN=…, O=…` or `/CN=…/O=…`.
      const parts =
        line.includes('=') && /[,/]\s*[A-Za-z]+=/.test(line) && !/^[A-Za-z]+=[^=]*$/.test(line)
          ? line
              .split(/\s*[,/]\s*(?=[A-Za-z][A-Za-z0-9.]*\s*=)/)
              .map((p) => p.replace(/^\//, '').trim())
              .filter(Boolean)
          : [line.normalize('NFKC').trim()];
      for (const part of parts) {
        const m = ATTRIBUTE.exec(part.normalize('NFKC'));
        if (!m) continue;
        const type = (m[1] as string).toUpperCase();
        if (seen.has(type) && type !== 'OU' && type !== 'DC') {
          out.push(dn);
          dn = [];
          seen.clear();
        }
        seen.add(type);
        dn.push(`${type}=${(m[2] as string).trim()}`);
      }
    }
    if (dn.length) out.push(dn);
  }
  return out;
}

function cnOf(dn: readonly string[]): string | undefined {
  return dn.find((a) => a.startsWith('CN='))?.slice(3);
}

/** Reads a notice's subject, sender and text. Never throws; an unknown shape gives no serial. */
export function readNotice(mail: NoticeText): CompletionNotice {
  const subjectKnown = isNoticeSubject(mail.subject);
  const senderKnown = isIssuerSender(mail.from);
  const messages: Bilingual[] = [];
  const sections = sectionsOf(mail.text);

  // Each serial with the index of its section, so that DN and reason blocks can be paired.
  const serials: Array<RevokedCertificate & { at: number }> = [];
  const dns: Array<{ dn: string[]; at: number }> = [];
  const reasons: Array<{ reason: string; at: number }> = [];
  let unreadable = 0;
  sections.forEach((s, at) => {
    if (isSerialHeading(s.heading)) {
      const base = headingBase(s.heading);
      // Groups of lines (split by blank lines); a group without any serial after one with serials
      // is the text that follows the list (a signature, a closing line): the section ends there.
      let found = false;
      for (const group of groupsOf(s.lines)) {
        const read = group.map((line) => readNoticeSerial(line, base));
        if (found && read.every((r) => !r)) break;
        for (const r of read) {
          if (!r) unreadable++;
          else if (!serials.some((x) => x.serial === r.serial)) serials.push({ ...r, at });
        }
        found ||= read.some(Boolean);
      }
    } else if (isDnHeading(s.heading)) {
      for (const dn of dnsOf(s.lines)) dns.push({ dn, at });
    } else if (isReasonHeading(s.heading)) {
      const first = groupsOf(s.lines)[0]; // what follows a blank line is the mail's closing text
      if (first) reasons.push({ reason: first.join(' '), at });
    }
  });

  // Pairing: as many DNs (reasons) as serials, in order; else none (never a guess).
  const certificates: RevokedCertificate[] = serials.map(({ at: _at, ...c }, i) => {
    const out: RevokedCertificate = { ...c };
    if (dns.length === serials.length) {
      const dn = (dns[i] as { dn: string[] }).dn;
      out.dn = dn;
      const cn = cnOf(dn);
      if (cn !== undefined) out.cn = cn;
    }
    if (reasons.length === serials.length) out.reason = (reasons[i] as { reason: string }).reason;
    return out;
  });

  if (certificates.length === 0) messages.push(mailMessages.t('mail.notice.noSerial'));
  else if (unreadable > 0) messages.push(mailMessages.t('mail.notice.unreadableLines', { n: unreadable }));
  if (!subjectKnown) messages.push(mailMessages.t('mail.notice.subjectUnknown'));
  if (!senderKnown)
    messages.push(
      mailMessages.t('mail.notice.senderUnknown', {
        from: mail.from || mailMessages.t('mail.notice.noSender'),
      }),
    );
  return {
    subject: mail.subject,
    from: mail.from,
    subjectKnown,
    senderKnown,
    certificates,
    messages,
  };
}

// ------------------------------------------------------------------------------ the form

export type CertificateStatus = 'revoked' | 'missing';

export interface FormCertificateStatus {
  /** The form's serial, normalised hex. */
  serial: string;
  decimal: string;
  status: CertificateStatus;
  /** The form's row (when known). */
  row?: number;
}

export interface NoticeAgainstForm {
  /** Every certificate of the form is in the notice. */
  complete: boolean;
  certificates: FormCertificateStatus[];
  /** Serials in the notice that the form does not list (normalised hex). */
  extra: string[];
}

/** Marks each certificate of the form as revoked (in the notice) or still missing. */
export function compareNoticeWithForm(
  notice: Pick<CompletionNotice, 'certificates'>,
  form: ReadonlyArray<{ serial?: { value: string } | undefined; row?: number }>,
): NoticeAgainstForm {
  const inNotice = new Set(notice.certificates.map((c) => c.serial));
  const certificates: FormCertificateStatus[] = [];
  const onForm = new Set<string>();
  for (const entry of form) {
    const hex = entry.serial ? normaliseSerial(entry.serial.value) : undefined;
    if (!hex || onForm.has(hex) || hex.length > MAX_HEX_DIGITS) continue;
    onForm.add(hex);
    certificates.push({
      serial: hex,
      decimal: hexToDecimal(hex),
      status: inNotice.has(hex) ? 'revoked' : 'missing',
      ...(entry.row !== undefined ? { row: entry.row } : {}),
    });
  }
  return {
    complete: certificates.length > 0 && certificates.every((c) => c.status === 'revoked'),
    certificates,
    extra: notice.certificates.filter((c) => !onForm.has(c.serial)).map((c) => c.serial),
  };
}
