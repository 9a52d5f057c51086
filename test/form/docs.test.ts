import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/form/check';
import { renderFormDocs } from '../../src/form/docs';

describe('docs/form.md', () => {
  it('is up to date with the field table and rules (run `npm run docs`)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../docs/form.md'), 'utf8');
    expect(committed).toBe(renderFormDocs());
  });
});

/** The rule ids of spec/form.md §3: other checks rely on them, so they are pinned here. */
const SPEC_RULE_IDS = [
  'address.prefecture',
  'address.profile-mismatch',
  'cert.expired',
  'charset.halfwidth-katakana',
  'charset.machine-dependent',
  'charset.not-ascii',
  'charset.not-jis-x0208',
  'date.era',
  'date.future',
  'date.invalid',
  'date.stale',
  'dn.charset',
  'dn.country',
  'dn.l-forbidden',
  'dn.profile-mismatch',
  'dn.st-l-missing',
  'email.format',
  'email.too-long',
  'form.no-certificates',
  'form.not-found',
  'institution.abbreviation',
  'institution.corporate-prefix',
  'institution.profile-mismatch',
  'officer.profile-mismatch',
  'phone.format',
  'reason.detail-required',
  'reason.invalid',
  'serial.decimal-suspect',
  'serial.duplicate',
  'serial.format',
  'serial.too-long',
  'text.line-break',
  'text.required',
  'text.too-long',
  'text.whitespace',
];

describe('rule ids', () => {
  it('are exactly those of the spec, with their severities', () => {
    expect(
      ruleCatalog()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...SPEC_RULE_IDS].sort());
    const severity = Object.fromEntries(ruleCatalog().map((r) => [r.id, r.severity]));
    expect(severity['text.whitespace']).toBe('warning');
    expect(severity['date.stale']).toBe('warning');
    expect(severity['date.era']).toBe('warning');
    expect(severity['serial.decimal-suspect']).toBe('warning');
    expect(severity['cert.expired']).toBe('warning');
    expect(severity['officer.profile-mismatch']).toBe('warning');
    expect(Object.values(severity).filter((s) => s === 'warning')).toHaveLength(6);
  });
});
