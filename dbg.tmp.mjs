import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:4321/fr/');
await page.waitForTimeout(6000);
console.log(await page.evaluate(() => { const c = document.querySelector('div[data-map]'); const m = c.maplibreMap; const cv = m.getCanvas(); return JSON.stringify({size:[c.clientWidth,c.clientHeight], canvas:[cv.width, cv.height, cv.style.width, cv.style.height], zoom: m.getZoom(), bounds: m.getBounds().toArray(), minZoom: m.getMinZoom()}); }));
await page.locator('.map-frame').screenshot({ path: '/tmp/map.png' });
await browser.close();
