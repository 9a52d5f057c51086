/** Entry of the Outlook read pane (outlook-read.html). */

import { paneMailbox } from '../../../office/outlook-runtime';
import { mountPane } from '../../shared/mount';
import { loadFormChecker } from '../checkers';
import { ReadPane } from './ReadPane';

async function main() {
  void loadFormChecker();
  const mailbox = await paneMailbox();
  await mountPane(<ReadPane mailbox={mailbox} />);
}

void main();
