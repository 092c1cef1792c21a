/**
 * The editors' workflow, done the way an editor would, for `npm run test:workflow`: copy the
 * fixture records (e2e/fixtures/story) to `.test-output/workflow/content`, add the attack the research file reports for Sunday 22
 * October (row I9) with `npm run new`'s scaffold, fill in its blanks, cite a new source, then
 * correct it in public. e2e/workflow.spec.ts then checks the one build made from that tree.
 * The correction is labelled as a test: this tree is never published.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkContent, formatProblems } from '../../src/lib/records/check';
import { readContentFiles } from '../../src/lib/records/read-content';

/** The browser tests' frozen records (e2e/fixtures/README.md), not the live ones. */
const FIXTURE = 'e2e/fixtures/story';
export const WORKFLOW_CONTENT = '.test-output/workflow/content';
export const NEW_SLUG = '2023-10-22-ain-al-asad-rockets';

async function main() {
  await rm('.test-output/workflow', { recursive: true, force: true });
  await mkdir('.test-output/workflow', { recursive: true });
  await cp(FIXTURE, WORKFLOW_CONTENT, { recursive: true });

  await writeFile(
    join(WORKFLOW_CONTENT, 'sources', 'ifpnews-rockets-ain-al-asad.yaml'),
    [
      // The research file gives this address, not the headline: the source says so.
      'publisher: IFP News',
      'description:',
      '  fr: Article sur des roquettes tirées vers une base irakienne abritant des troupes américaines',
      '  en: Article on rockets fired at an Iraqi base hosting American troops',
      'url: https://ifpnews.com/rockets-iraqi-base-american-troops/',
      'language: en',
      '',
    ].join('\n'),
  );

  // The command an editor types (npm run new -- …), on the copy.
  const args = ['--site', 'ain-al-asad', '--date', '2023-10-22', '--weapon', 'rocket', '--content', WORKFLOW_CONTENT];
  execFileSync('npx', ['vite-node', 'scripts/new-record.ts', '--', ...args], { stdio: 'inherit' });
  const file = join(WORKFLOW_CONTENT, 'events', `${NEW_SLUG}.yaml`);
  // With the timestamp tag, as the checker reads it, so dates are written quoted.
  const doc = parseDocument(await readFile(file, 'utf8'), { customTags: ['timestamp'] });
  doc.setIn(['researchId'], 'I9');
  doc.setIn(['title'], { fr: "Des roquettes Katioucha visent Aïn al-Assad", en: 'Katyusha rockets target Ain al-Asad' });
  doc.setIn(['summary'], {
    fr: "Deux sources de l'armée irakienne citées par IFP News font état de roquettes Katioucha tirées vers la base ; une explosion a été entendue à l'intérieur.",
    en: 'Two Iraqi army sources cited by IFP News report Katyusha rockets fired at the base; one blast was heard inside it.',
  });
  doc.setIn(['weapons', 0, 'reports', 0, 'source'], 'ifpnews-rockets-ain-al-asad');
  doc.setIn(['accounts', 0, 'source'], 'ifpnews-rockets-ain-al-asad');
  doc.setIn(['accounts', 0, 'attribution'], { fr: "Deux sources de l'armée irakienne", en: 'Two Iraqi army sources' });
  doc.setIn(['accounts', 0, 'says'], {
    fr: 'Des roquettes Katioucha ont visé la base ; une explosion a été entendue à l’intérieur.',
    en: 'Katyusha rockets targeted the base; one blast was heard inside it.',
  });
  doc.setIn(['updated'], '2023-10-23');
  doc.setIn(['corrections'], [
    {
      date: '2023-10-23',
      note: {
        fr: "Rectificatif d'essai, écrit par le test du processus éditorial.",
        en: "Test correction, written by the editors' workflow test.",
      },
    },
  ]);
  await writeFile(file, doc.toString());

  const problems = checkContent(await readContentFiles(WORKFLOW_CONTENT));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  console.log(`Wrote ${WORKFLOW_CONTENT}/ with ${file}.`);
}

if (!process.env.VITEST) await main();
