// axe-core on the pages urls.py finds, as a player sees them: JavaScript on, reduced motion, the
// player's countdowns off (localStorage crossing:no-timers=1, as the landing page's setting writes
// it), at 375x812 as a touch phone and at 1280x800. The rules are WCAG 2.0-2.2 A and AA and axe's
// best practices, as the browser tests use. Prints each page's violations and what axe could not
// decide, keeps a full-page screenshot of each in shots-LANG/, and exits 1 on any violation.
// Run from a folder where `npm install puppeteer-core axe-core` was done:
//   python3 /path/to/bench/lighthouse/urls.py http://localhost:PORT > urls.txt
//   node /path/to/bench/lighthouse/axe.mjs urls.txt en
//   node /path/to/bench/lighthouse/axe.mjs urls.txt ko    # the same pages with lang=ko
// Chromium is CHROME_PATH (default /usr/bin/chromium).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [file, lang] = process.argv.slice(2);
if (!file || !lang) {
  console.error('usage: node axe.mjs urls.txt LANG');
  process.exit(2);
}
const here = createRequire(pathToFileURL(process.cwd() + '/').href);
const { default: puppeteer } = await import(pathToFileURL(here.resolve('puppeteer-core')).href);
const axe = fs.readFileSync(here.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The page in LANG: urls.py's addresses are English (lang=en), or carry no language. */
function inLanguage(url) {
  if (lang === 'en') return url;
  if (url.endsWith('lang=en')) return url.slice(0, -'en'.length) + lang;
  return url + (url.includes('?') ? '&' : '?') + 'lang=' + lang;
}

const pages = fs.readFileSync(file, 'utf8').trim().split('\n').map(line => line.split(' ')).map(([name, url]) => [name, inLanguage(url)]);
fs.mkdirSync(`shots-${lang}`, { recursive: true });
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: 'new', args: ['--no-sandbox'] });
let violations = 0;
try {
  for (const width of [375, 1280]) {
    for (const [name, url] of pages) {
      const page = await browser.newPage();
      const phone = width === 375;
      await page.setViewport({ width, height: phone ? 812 : 800, isMobile: phone, hasTouch: phone });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.evaluateOnNewDocument(() => { try { localStorage.setItem('crossing:no-timers', '1'); } catch (e) { /* storage off */ } });
      const response = await page.goto(url, { waitUntil: 'load' });
      await new Promise(resolve => setTimeout(resolve, 800)); // the player's fade-in and the share card
      // through the DevTools protocol: the page's Content-Security-Policy refuses an injected script
      await page.evaluate(axe);
      const result = await page.evaluate(t => axe.run(document, { runOnly: { type: 'tag', values: t } }), tags);
      violations += result.violations.length;
      const found = result.violations.map(v => `${v.id} (${v.impact}) at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
      const undecided = result.incomplete.map(v => `${v.id}: ${v.nodes.length}`);
      console.log(`${lang} ${width} ${name} ${response.status()} violations: ${found.length ? found.join('; ') : 0} | needs review: ${undecided.join(', ') || '-'}`);
      await page.screenshot({ path: `shots-${lang}/${name}-${width}.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${lang}: ${violations} violations on ${pages.length * 2} page views`);
process.exitCode = violations ? 1 : 0;
