/** Every input cell of the template has a prompt in both languages (src/workbook/template-messages.ts). */
import { describe, expect, it } from 'vitest';
import { COLUMNS, FIELDS } from '../../src/form/fields';
import { promptOf } from '../../src/workbook/template';

describe('the template prompts', () => {
  it.each([...FIELDS, ...COLUMNS].map((d) => [d.id] as const))('%s has a prompt', (id) => {
    const p = promptOf(id);
    expect(p.ja.trim()).not.toBe('');
    expect(p.en.trim()).not.toBe('');
  });

  it('the two people share the same prompts', () => {
    expect(promptOf('officer.phone')).toEqual(promptOf('admin.phone'));
  });
});
