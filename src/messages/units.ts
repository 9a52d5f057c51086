/** Units the messages put in their placeholders: file sizes (src/messages/size.ts formats them). */
import { defineMessages } from './define';

export const unitMessages = defineMessages('units', {
  'size.byte': { ja: '{n} バイト', en: '{n} byte' },
  'size.bytes': { ja: '{n} バイト', en: '{n} bytes' },
  'size.kb': { ja: '{n} KB', en: '{n} KB' },
  'size.mb': { ja: '{n} MB', en: '{n} MB' },
});
