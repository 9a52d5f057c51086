/**
 * Entry of the Outlook compose pane (outlook-compose.html). Inside Outlook it works on the message
 * being composed; elsewhere (office.js gives no host) it checks files only, unless the browser
 * tests injected a fake mailbox.
 */

import { paneMailbox } from '../../../office/outlook-runtime';
import { mountPane } from '../../shared/mount';
import { loadFormChecker, loadPdfChecker } from '../checkers';
import { ComposePane } from './ComposePane';

async function main() {
  const mailbox = await paneMailbox();
  await mountPane(<ComposePane mailbox={mailbox} />);
  // The checkers arrive after the first paint, before the officer picks a file.
  setTimeout(() => {
    void loadFormChecker();
    void loadPdfChecker();
  }, 0);
}

void main();
