// The pure comparison of a PDF's text with the form: serial spellings, the institution name, extras,
// no text. Tables of lines as pdf.js gives them.
import { describe, expect, it } from 'vitest';
import { compareWithForm, formContent, hexRuns, serialLikeValues } from '../../src/pdf-form/compare';
import { pdfFormState } from '../../src/pdf-form/readiness';

const HEX1 = '4B3A21F0C9D8E7F6A5B4C3D2E1F00123';
const HEX2 = 'A1B2C3D4E5F60718293A4B5C6D7E8F9'; // the form's 0A1B…, normalised
const NAME = '学校法人申請学園 申請大学';
const FORM = { institutionName: NAME, serials: [HEX1, `0${HEX2}`] };
const dec = (h: string) => BigInt(`0x${h}`).toString(10);
const octets = (h: string) => (h.length % 2 ? `0${h}` : h).match(/../g)?.join(' ') ?? '';

describe('compareWithForm: the same form', () => {
  const spellings: Array<[string, string, string]> = [
    ['as the form writes them', HEX1, `0${HEX2}`],
    ['lower case', HEX1.toLowerCase(), `0${HEX2.toLowerCase()}`],
    ['octets with spaces (Windows)', octets(HEX1), octets(HEX2)],
    ['octets with colons', octets(HEX1).replace(/ /g, ':'), octets(HEX2).replace(/ /g, ':')],
    ['0x prefix', `0x${HEX1}`, `0x${HEX2}`],
    ['decimal', dec(HEX1), dec(HEX2)],
    ['full-width', HEX1.replace(/[0-9A-F]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), HEX2],
  ];
  for (const [what, s1, s2] of spellings)
    it(`serials ${what}`, () => {
      const lines = [
        '失効申請書',
        `利用機関名 ${NAME}`,
        `${s1} Shinsei University 利用の終了`,
        `${s2} Shinsei University`,
      ];
      expect(compareWithForm({ lines }, FORM)).toEqual({
        match: 'same',
        missing: [],
        extra: [],
        findings: [],
      });
    });

  it('the institution name with other spacing and full-width letters', () => {
    const lines = ['学校法人 申請学園　申請 大学', HEX1, HEX2];
    expect(compareWithForm({ lines }, FORM).match).toBe('same');
    const abc = compareWithForm(
      { lines: ['ＡＢＣ 大学', HEX1] },
      { institutionName: 'ABC大学', serials: [HEX1] },
    );
    expect(abc.match).toBe('same');
  });

  it('a long serial split by pdf.js at odd places is still found', () => {
    const lines = [
      NAME,
      `${HEX1.slice(0, 7)}${HEX1.slice(7)}Shinsei`,
      `${HEX2.slice(0, 5)} ${HEX2.slice(5)}`,
    ];
    expect(compareWithForm({ lines }, FORM).match).toBe('same');
  });
});

describe('compareWithForm: another form', () => {
  it('a missing serial and name: pdf.form-mismatch (error) naming both', () => {
    const r = compareWithForm({ lines: ['利用機関名 学校法人別学園 別大学', HEX1] }, FORM);
    expect(r.match).toBe('mismatch');
    expect(r.missing).toEqual([`serial:${HEX2}`, 'institutionName']);
    const f = r.findings.find((x) => x.rule === 'pdf.form-mismatch');
    expect(f?.severity).toBe('error');
    expect(f?.message.ja).toContain(HEX2);
    expect(f?.message.ja).toContain(NAME);
    expect(f?.message.en).toContain(`serial ${HEX2}`);
    // English quotes in the English text, as the form's messages have.
    expect(f?.message.en).toContain(`institution name “${NAME}”`);
  });

  it('a short serial that is only part of a longer number does not count', () => {
    const form = { institutionName: NAME, serials: ['1A2B3C'] };
    expect(compareWithForm({ lines: [NAME, '91A2B3C7'] }, form).missing).toEqual(['serial:1A2B3C']);
    expect(compareWithForm({ lines: [NAME, '番号1A2B3C'] }, form).missing).toEqual(['serial:1A2B3C']);
    expect(compareWithForm({ lines: [NAME, '1A 2B 3C'] }, form).missing).toEqual([]);
    expect(compareWithForm({ lines: [NAME, `(${dec('1A2B3C')})`] }, form).missing).toEqual([]);
  });

  it('a serial-like value not on the form: pdf.form-extra (warning), still the same form', () => {
    const other = 'FEDCBA9876543210FEDCBA9876543210';
    const r = compareWithForm({ lines: [NAME, HEX1, HEX2, `${other} Other University`] }, FORM);
    expect(r.match).toBe('same');
    expect(r.extra).toEqual([`serial:${other}`]);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['pdf.form-extra', 'warning']]);
  });

  it('no text: pdf.no-text (info)', () => {
    const r = compareWithForm({ lines: [] }, FORM);
    expect(r.match).toBe('no-text');
    expect(r.findings[0]).toMatchObject({ rule: 'pdf.no-text', severity: 'info' });
    expect(compareWithForm({ lines: ['  ', '\u3000'] }, FORM).match).toBe('no-text');
  });
});

describe('serial-like values (pdf.form-extra), conservative', () => {
  const cases: Array<[string, string[]]> = [
    ['03-1234-5678 2026/11/25 〒101-8430', []], // phone numbers, dates: digits only
    ['1234567890123456789012', []], // a long number without letters
    ['DEADBEEFCAFEBABEDEADBEEF', []], // letters only
    ['ABCDEF0123456', []], // shorter than 16 hex digits
    [`SHA-256 ${'AB12'.repeat(16)}`, []], // 64 digits: a fingerprint, not a serial
    ['taro.shinsei@univ.example.ac.jp', []],
    ['Chiyoda-ku Tokyo JP', []],
    ['0A 1B 2C 3D 4E 5F 60 71 82 93 A4 B5 C6 D7 E8 F9', [HEX2]],
    [`シリアル番号: ${HEX1}`, [HEX1]],
    [`番号${HEX1}`, []], // glued to a word: not a whole token
  ];
  for (const [line, want] of cases)
    it(JSON.stringify(line), () => {
      expect(serialLikeValues([line])).toEqual(want);
    });

  it('hexRuns joins tokens across one separator only', () => {
    expect(hexRuns('4B 3A  21').map((r) => r.tokens)).toEqual([['4B', '3A'], ['21']]);
  });
});

describe('formContent and the readiness item', () => {
  it('reads the institution name and the serials of a form report', () => {
    expect(
      formContent({
        fields: { institutionName: { value: ` ${NAME} ` } },
        certificates: [{ serial: { value: HEX1 } }, {}, { serial: { value: HEX2 } }],
      }),
    ).toEqual({ institutionName: NAME, serials: [HEX1, HEX2] });
  });
  it('mismatch is an error, no text a warning, same ok', () => {
    expect(pdfFormState({ match: 'mismatch', missing: ['institutionName'], extra: [] }).state).toBe('error');
    expect(pdfFormState({ match: 'mismatch', missing: [`serial:${HEX1}`], extra: [] }).detail.ja).toContain(
      HEX1,
    );
    expect(pdfFormState({ match: 'no-text', missing: [], extra: [] }).state).toBe('warning');
    expect(pdfFormState({ match: 'same', missing: [], extra: ['serial:AB'] }).state).toBe('warning');
    expect(pdfFormState({ match: 'same', missing: [], extra: [] }).state).toBe('ok');
  });
});
