/** The static map's scale bar: a round distance and its share of the frame's width. */
import type { Box } from './clip';

const EARTH_KM_PER_DEGREE = 111.32;

/**
 * For a Mercator frame over `box`, `pixels` wide: the largest round distance whose bar is at
 * most `maxPixels` long, measured at the frame's middle latitude (as MapLibre's scale does).
 */
export function scaleBar(box: Box, pixels: number, maxPixels = 100): { km: number; fraction: number } {
  const lat = (box.north + box.south) / 2;
  const kmPerPixel = ((box.east - box.west) * EARTH_KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180)) / pixels;
  const max = maxPixels * kmPerPixel;
  const km = [500, 300, 200, 100, 50, 20, 10].find((d) => d <= max) ?? 10;
  return { km, fraction: km / (kmPerPixel * pixels) };
}
