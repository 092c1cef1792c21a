/**
 * The published address: where the site will live, which every absolute URL it writes starts
 * with (canonical links, sharing cards, feeds, sitemap, CSV permalinks, embed code). It comes from
 * `SITE` when set, else from `address` in `content/story/settings.yaml`; a build with neither
 * stops (scripts/build.ts, src/integrations/content-check.ts).
 */

/** localhost, 127.x.x.x, 0.0.0.0 or [::1]: an address only this computer can open. */
export function isLocalAddress(url: string): boolean {
  if (!URL.canParse(url)) return false;
  return /^(localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i.test(new URL(url).hostname);
}

/** `SITE` wins over the settings' address; blank values count as unset. */
export function publishedAddress(env: string | undefined, settingsAddress: unknown): string | undefined {
  if (env?.trim()) return env.trim();
  return typeof settingsAddress === 'string' && settingsAddress.trim() ? settingsAddress.trim() : undefined;
}

/** The one sentence a build without an address prints. */
export const missingAddress = (settingsFile: string) =>
  `No published address: write it as address: https://… in ${settingsFile}, or set SITE=https://… for this build (npm start and the tests use SITE=http://localhost:4321); nothing was built.`;
