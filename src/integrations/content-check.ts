import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { missingAddress } from '../lib/address';
import { formatProblems, formatWarnings, reviewContent, type Problem } from '../lib/records/check';
import { readContentFiles } from '../lib/records/read-content';
import { SETTINGS_ID } from '../lib/schema';

/** The report `npm run check` prints, with what it means for the build. */
export const buildRefusal = (report: string) => `Invalid records, nothing was built.\n${report}`;

/**
 * Checks every record before Astro loads any, with the rules `npm run check` applies, so a build
 * with bad records stops once, listing all of them, before anything is written. The list is
 * printed as `npm run check` prints it and the process exits with code 1: a thrown error would
 * come wrapped in Astro's "unhandled error in the astro:config:setup hook" and a stack trace.
 *
 * A build also needs the published address (`SITE`, or `address` in story/settings.yaml).
 * Under `npm run dev` the server stays up and every page shows the list until it is fixed.
 */
export function contentCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  const check = async (): Promise<{ problems: Problem[]; warnings: Problem[]; empty: boolean }> => {
    const files = await readContentFiles(contentDir, root);
    const { errors: problems, warnings } = reviewContent(files);
    return { problems, warnings, empty: files.length === 0 };
  };
  const stop = (message: string): never => {
    process.stderr.write(`${message}\n`);
    process.exit(1);
  };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const { problems, warnings, empty } = await check();
        // The same warnings as `npm run check`: printed, never a reason to stop.
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (command === 'dev') {
          if (problems.length > 0) logger.error(formatProblems(problems));
          // A dev server is local: its links may say localhost.
          if (!config.site) updateConfig({ site: 'http://localhost:4321' });
          return;
        }
        if (empty) stop(`No record files found in ${contentDir}/; nothing was built.`);
        if (problems.length > 0) stop(buildRefusal(formatProblems(problems)));
        if (!config.site) stop(missingAddress(`${contentDir}/story/${SETTINGS_ID}.yaml`));
      },
      'astro:server:setup': ({ server }) => {
        // Before Astro's own handlers: a page built from bad records would be a blank 500.
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!(req.headers.accept ?? '').includes('text/html')) return next();
          check().then(({ problems }) => {
            if (problems.length === 0) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(problemsPage(problems));
          }, next);
        });
      },
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The dev server's page while records are invalid: the same list as `npm run check`. */
export function problemsPage(problems: Problem[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Invalid records</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}pre{white-space:pre-wrap;background:#fff3f3;border-left:4px solid #b00;padding:1rem}</style></head>
<body><h1>Invalid records: the site cannot be shown</h1>
<p>Fix these in the record files and save; this page reloads with the site once they are gone (or run <code>npm run check</code>).</p>
<pre>${escapeHtml(formatProblems(problems))}</pre>
<script>setTimeout(() => location.reload(), 2000)</script>
</body></html>`;
}
