/**
 * `npm run check`: validates every record with the rules the build uses and lists every problem
 * at once (file:line  field: message). Exits 1 on any problem, so it can gate a commit or CI;
 * prints warnings the same way without failing.
 *
 *   npm run check                      # content/ (or $CONTENT_DIR)
 *   npm run check -- --content other/  # another record tree
 */
import { parseArgs } from 'node:util';
import { collectionNames } from '../src/lib/schema';
import { formatProblems, formatWarnings, reviewContent } from '../src/lib/records/check';
import { readContentFiles } from '../src/lib/records/read-content';

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { content: { type: 'string' } } });
const contentDir = values.content ?? process.env.CONTENT_DIR ?? 'content';

const files = await readContentFiles(contentDir);
const { errors: problems, warnings } = reviewContent(files);
// Warnings are printed whatever else happens, and never change the exit code (the build agrees).
if (files.length > 0 && warnings.length > 0) console.warn(formatWarnings(warnings));
if (files.length === 0) {
  console.error(`No record files found in ${contentDir}/`);
  process.exit(1);
} else if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
} else {
  const counts = collectionNames.map((c) => `${files.filter((f) => f.collection === c).length} ${c}`);
  const warned = warnings.length > 0 ? ` (${warnings.length} warning(s) above)` : '';
  console.log(`${contentDir}/: ${counts.join(', ')}; no problem found${warned}.`);
}
