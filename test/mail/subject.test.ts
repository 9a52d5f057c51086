import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSubject, isSubmissionSubject, SUBJECT_MAX, SUBMISSION_MARKER } from '../../src/mail';
import { makeReport } from './report';

describe('buildSubject', () => {
  it.each([
    {
      name: 'one certificate',
      report: makeReport(),
      subject: '【コード署名証明書】失効申請／学校法人申請学園 申請大学／S/N 1A2B3C',
    },
    {
      name: 'three certificates: the first serial and ほか2件',
      report: makeReport({ serials: ['0AF3', 'BEEF', 'CAFE'] }),
      subject: '【コード署名証明書】失効申請／学校法人申請学園 申請大学／S/N 0AF3 ほか2件',
    },
    {
      name: 'two certificates: ほか1件',
      report: makeReport({ serials: ['01', '02'] }),
      subject: '【コード署名証明書】失効申請／学校法人申請学園 申請大学／S/N 01 ほか1件',
    },
    {
      name: 'white space in the name collapses and trims',
      report: makeReport({ institution: '  学校法人申請学園　 申請大学 ' }),
      subject: '【コード署名証明書】失効申請／学校法人申請学園 申請大学／S/N 1A2B3C',
    },
  ])('$name', ({ report, subject }) => {
    expect(buildSubject(report)).toBe(subject);
  });

  it('shortens a long institution name with … and keeps the whole serial', () => {
    const serial = 'F'.repeat(40);
    const s = buildSubject(
      makeReport({ institution: `学校法人${'長'.repeat(300)}`, serials: [serial, 'AA'] }),
    );
    expect(s.length).toBe(SUBJECT_MAX);
    expect(s.endsWith(`…／S/N ${serial} ほか1件`)).toBe(true);
    expect(s.startsWith(`${SUBMISSION_MARKER}／学校法人長`)).toBe(true);
  });

  it('a name that just fits is not shortened', () => {
    const tail = '／S/N 1A2B3C';
    const room = SUBJECT_MAX - `${SUBMISSION_MARKER}／`.length - tail.length;
    const name = '学'.repeat(room);
    expect(buildSubject(makeReport({ institution: name }))).toBe(`${SUBMISSION_MARKER}／${name}${tail}`);
    expect(buildSubject(makeReport({ institution: `${name}学` })).endsWith(`…${tail}`)).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const s = buildSubject(makeReport({ institution: '𠮷'.repeat(200) }));
    expect(s.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(s).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('property: ≤255, marker first, serial and count intact', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400, unit: 'grapheme' }),
        fc.array(fc.stringMatching(/^[0-9A-F]{1,40}$/), { minLength: 1, maxLength: 20 }),
        (name, serials) => {
          const s = buildSubject(makeReport({ institution: name, serials }));
          expect(s.length).toBeLessThanOrEqual(SUBJECT_MAX);
          expect(isSubmissionSubject(s)).toBe(true);
          const more = serials.length > 1 ? ` ほか${serials.length - 1}件` : '';
          expect(s.endsWith(`／S/N ${serials[0]}${more}`)).toBe(true);
        },
      ),
    );
  });
});

describe('isSubmissionSubject', () => {
  it.each([
    ['【コード署名証明書】失効申請／x／S/N 1', true],
    ['  【コード署名証明書】失効申請', true],
    ['RE: 【コード署名証明書】失効申請', false],
    ['【コード署名証明書】発行申請', false],
    ['', false],
  ])('%s → %s', (subject, expected) => {
    expect(isSubmissionSubject(subject)).toBe(expected);
  });
});
