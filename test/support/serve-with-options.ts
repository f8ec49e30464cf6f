/**
 * `fitme serve` with daemon options that have no CLI flag: `node serve-with-options.js '<options
 * JSON>' serve-args...` (startDaemon in ./daemon.ts runs its compiled copy in dist/test/support).
 */
import { serve } from '../../server/cli/serve.js';
import { setHome } from '../../server/config/paths.js';

const [options, ...argv] = process.argv.slice(2);
const home = argv.indexOf('--home');
if (home >= 0) setHome(argv[home + 1]);
process.exitCode = await serve(argv, JSON.parse(options));
