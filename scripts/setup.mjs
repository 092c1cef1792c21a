// `npm run setup`: installs the locked packages with npm running on Node 24.
// The project's tools (Astro 7, Vitest 5, html-validate, Lighthouse) need Node >= 22.12, and
// the project brings Node 24 as the `node` devDependency, so every npm script runs on it. The
// install itself runs before that Node is there: on an older system Node, npm would check the
// packages against the wrong runtime and print EBADENGINE warnings. So, when the system's Node
// is older, this runs `npm ci` on Node 24 fetched from the npm registry (`npm exec`), the same
// version the lockfile pins; with Node 24 or newer it runs `npm ci` as it is.
// Plain Node, no dependencies: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const nodeVersion = lock.packages['node_modules/node'].version;
const major = Number(process.versions.node.split('.')[0]);
const ci = ['ci', '--no-audit', '--no-fund'];
const args = major >= 24 ? ci : ['exec', '--yes', `--package=node@${nodeVersion}`, '--', 'npm', ...ci];

if (major < 24) console.log(`System Node ${process.version}: installing with Node ${nodeVersion} from the npm registry.`);
const { status } = spawnSync('npm', args, { stdio: 'inherit' });
process.exit(status ?? 1);
