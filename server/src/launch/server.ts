// The server's entry point, `node server/out/server.js --stdio`: runs the bundled server
// (serverMain.js) through the code cache, so a start compiles little.
import * as path from 'path';
import { runCachedBundle } from './runCachedBundle';

runCachedBundle(path.join(__dirname, 'serverMain.js'));
