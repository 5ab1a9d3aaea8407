// Lighthouse (mobile) on pages a plain `npx lighthouse URL` cannot audit as a player sees them:
//   - a timed scene, with the player's countdowns off (localStorage crossing:no-timers=1, as the
//     landing page's setting writes it), so that its clock does not move the page on mid-run;
//   - a 404 page: Lighthouse refuses to navigate to an error status, so the page is opened first
//     and audited as loaded (snapshot mode, which has no http-status or robots.txt audits).
// Run from a folder where `npm install lighthouse@12 puppeteer-core` was done:
//   node /path/to/bench/lighthouse/audit.mjs timed URL   > timed.json
//   node /path/to/bench/lighthouse/audit.mjs snapshot URL > notfound.json
// Chromium is CHROME_PATH (default /usr/bin/chromium). Prints Lighthouse's JSON report.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [mode, url] = process.argv.slice(2);
if (!['timed', 'snapshot'].includes(mode) || !url) {
  console.error('usage: node audit.mjs timed|snapshot URL');
  process.exit(2);
}
const here = createRequire(pathToFileURL(process.cwd() + '/').href);
const load = async name => import(pathToFileURL(here.resolve(name)).href);
const { default: lighthouse, snapshot } = await load('lighthouse');
const { default: puppeteer } = await load('puppeteer-core');

// a navigation (timed) is measured in all four categories; a snapshot has no load to measure
const categories = mode === 'timed' ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['accessibility', 'best-practices', 'seo'];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: 'new',
  args: ['--no-sandbox'],
  defaultViewport: null,
});
try {
  const page = await browser.newPage();
  let result;
  if (mode === 'timed') {
    await page.goto(new URL('/', url).href);
    await page.evaluate(() => localStorage.setItem('crossing:no-timers', '1'));
    result = await lighthouse(url, { output: 'json', onlyCategories: categories, disableStorageReset: true }, undefined, page);
  } else {
    // as Lighthouse's mobile emulation (a Moto G Power), which snapshot mode leaves to the page
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await page.goto(url);
    result = await snapshot(page, { config: { extends: 'lighthouse:default', settings: { onlyCategories: categories } } });
  }
  if (result.lhr.finalDisplayedUrl !== url) {
    console.error(`the page moved on during the audit, to ${result.lhr.finalDisplayedUrl}: its figures are not the page's`);
    process.exitCode = 1;
  }
  process.stdout.write(result.report);
} finally {
  await browser.close();
}
