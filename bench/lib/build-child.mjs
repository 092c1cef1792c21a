/**
 * Fallback for machines without GNU time: runs Astro's programmatic build() in this process and
 * writes this process's peak RSS (kB, process.resourceUsage().maxRSS) to the file given first.
 * Child processes (esbuild's service) are not counted in that figure.
 *
 *   node bench/lib/build-child.mjs <rss-file> build --outDir <dir>
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';

const [rssFile, command, flag, outDir] = process.argv.slice(2);
if (command !== 'build' || flag !== '--outDir' || !outDir) throw new Error('usage: build-child.mjs <rss-file> build --outDir <dir>');
await build({ outDir });
writeFileSync(rssFile, `${process.resourceUsage().maxRSS}\n`);
