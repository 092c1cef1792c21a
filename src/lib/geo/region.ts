import type { Box } from './clip';

/** The area the maps show: western Iraq to the Iranian border, Turkey's south edge to Kuwait. */
export const region: Box = { west: 38, south: 29, east: 49, north: 38 };
