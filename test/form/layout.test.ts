/** The light layout module (src/form/layout.ts) agrees with the field table it stands in for. */
import { describe, expect, it } from 'vitest';
import { COLUMNS, FIELDS } from '../../src/form/fields';
import { sectionOfField } from '../../src/form/layout';

describe('sectionOfField', () => {
  it.each(FIELDS.map((f) => [f.id, f.section] as const))('%s is in section %s', (id, section) => {
    expect(sectionOfField(id)).toBe(section);
  });

  it('every certificate column, and the table itself, is in the certificates section', () => {
    for (const c of COLUMNS) expect(sectionOfField(`certificates[3].${c.id}`)).toBe('certificates');
    expect(sectionOfField('certificates')).toBe('certificates');
  });

  it('an unknown field falls back to the application section', () => {
    expect(sectionOfField('form')).toBe('application');
  });
});
