/**
 * The slug a new attack record gets: `<first day>-<site id>-<weapons>`, e.g.
 * `2023-10-22-ain-al-asad-rockets`. Shared by `npm run new` and `npm run import`, so the same
 * event gets the same slug whichever way it comes in.
 */
import { weaponKinds, type WeaponKind } from '../vocabulary';

const plural: Record<WeaponKind, string> = { drone: 'drones', rocket: 'rockets' };

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function attackSlug({ date, site, weapons }: { date: string; site: string; weapons: readonly WeaponKind[] }): string {
  // Vocabulary order, so "rocket, drone" and "drone, rocket" give the same slug.
  const kinds = weaponKinds.filter((kind) => weapons.includes(kind)).map((kind) => plural[kind]);
  return [date, site, ...(kinds.length > 0 ? kinds : ['attack'])].join('-');
}
