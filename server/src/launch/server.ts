// The server's entry point, `node server/out/server.js --stdio`: starts the walk worker, then
// runs the bundled server (serverMain.js) through the code cache, so a start compiles little.
import * as path from 'path';
import { runCachedBundle } from './runCachedBundle';
import { startWalkWorkerEarly } from '../files/earlyWalkWorker';

startWalkWorkerEarly(path.join(__dirname, 'walkWorker.js'));
runCachedBundle(path.join(__dirname, 'serverMain.js'));
