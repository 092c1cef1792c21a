/**
 * The slug a new event record gets: `<first day>-<site id>-<weapons>`, e.g.
 * `2023-10-22-ain-al-asad-rockets`. Shared by `npm run new` and `npm run import`, so the same
 * event gets the same slug whichever way it comes in.
 */

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A weapon kind as slugs name it: its id and its word (`slugWord` in weapons/<id>.yaml). */
export interface SlugWeapon {
  id: string;
  slugWord: string;
}

/** `weapons` are ids among `known`, which gives their order and words. */
export function eventSlug(
  { date, site, weapons }: { date: string; site: string; weapons: readonly string[] },
  known: readonly SlugWeapon[],
): string {
  // The known order, so "rocket, drone" and "drone, rocket" give the same slug.
  const words = known.filter((w) => weapons.includes(w.id)).map((w) => w.slugWord);
  return [date, site, ...(words.length > 0 ? words : ['attack'])].join('-');
}
