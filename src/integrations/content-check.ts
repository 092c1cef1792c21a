import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, formatWarnings, reviewContent } from '../lib/records/check';
import { readContentFiles } from '../lib/records/read-content';

/**
 * Checks every record before Astro loads any, so a build with bad records fails once,
 * listing all of them, and nothing half-built reaches dist/.
 */
export function contentCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const files = await readContentFiles(contentDir, fileURLToPath(config.root));
        if (files.length === 0) throw new Error(`No record files found in ${contentDir}/`);
        const { errors: problems, warnings } = reviewContent(files);
        // The same warnings as `npm run check`: printed, never a reason to stop.
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        // In dev the server stays up so the editor can fix files and reload.
        if (command === 'dev') logger.error(report);
        else throw new Error(`Invalid records, nothing was built.\n${report}`);
      },
    },
  };
}
