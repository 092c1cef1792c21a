/**
 * `npm run check`: validates every record with the rules the build uses and lists every problem
 * at once (file:line  field: message). Exits 1 on any problem, so it can gate a commit or CI.
 *
 *   npm run check                      # content/ (or $CONTENT_DIR)
 *   npm run check -- --content other/  # another record tree
 */
import { parseArgs } from 'node:util';
import { collectionNames } from '../src/lib/schema';
import { checkContent, formatProblems } from '../src/lib/records/check';
import { readContentFiles } from '../src/lib/records/read-content';

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { content: { type: 'string' } } });
const contentDir = values.content ?? process.env.CONTENT_DIR ?? 'content';

const files = await readContentFiles(contentDir);
const problems = checkContent(files);
if (files.length === 0) {
  console.error(`No record files found in ${contentDir}/`);
  process.exit(1);
} else if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
} else {
  const counts = collectionNames.map((c) => `${files.filter((f) => f.collection === c).length} ${c}`);
  console.log(`${contentDir}/: ${counts.join(', ')}; no problem found.`);
}
