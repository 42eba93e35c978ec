#!/usr/bin/env node
// Regenerates docs/screenshots/*.png: builds the example register's report folder, the citizen site and the council report (from lib/: run `npm run build`
// first), serves it on a loopback port and photographs the pages in SHOTS with Debian's chromium, driven through
// playwright-core (never a downloaded browser). PNG bytes differ between machines, so CI does not compare them;
// test/site-browser.test.ts checks that every page in SHOTS exists and renders.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The example register and the date its findings are described for (examples/gemeente-voorbeeld/README.md). */
export const EXAMPLE = { folder: path.join(root, 'examples/gemeente-voorbeeld'), today: '2026-11-29' };

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * The screenshots: a file name in docs/screenshots/, the page (relative to the generated output, with the section to
 * scroll to) and the viewport.
 */
export const SHOTS = [
  { name: 'citizen-overview-desktop', page: 'index.html', viewport: DESKTOP },
  { name: 'citizen-overview-phone', page: 'index.html', viewport: PHONE },
  { name: 'citizen-partnership-desktop', page: 'partnerships/riec.html', viewport: DESKTOP },
  { name: 'citizen-partnership-phone', page: 'partnerships/riec.html', viewport: PHONE },
  { name: 'council-report-section', page: 'raadsrapportage.html#samenwerkingsverband-2', viewport: DESKTOP },
];

/** How Debian's chromium is started: headless, no sandbox (CI containers), and nothing that calls home. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

/** Serves a folder on 127.0.0.1 at a free port; only files inside it, GET and HEAD only. Resolves to the server and its base URL. */
export async function serveFolder(folder) {
  const base = path.resolve(folder);
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(base, relative.endsWith('/') ? `${relative}index.html` : relative);
    const inside = file.startsWith(base + path.sep);
    const body = inside && (request.method === 'GET' || request.method === 'HEAD') ? await fs.readFile(file).catch(() => undefined) : undefined;
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Writes a generated site (a map of relative paths to contents) into a folder. */
export async function writeSite(folder, files) {
  for (const [relative, content] of files) {
    const target = path.join(folder, relative);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
  }
}

async function main() {
  const { chromium } = await import('playwright-core');
  const { loadRegister } = await import('../lib/src/load.js');
  const { checkRegister } = await import('../lib/src/check.js');
  const { FileSystemSource } = await import('../lib/src/source.js');
  const { resolveConfig } = await import('../lib/src/config.js');
  const { buildReport } = await import('../lib/src/site/index.js');

  const config = resolveConfig({});
  const register = await loadRegister(new FileSystemSource(EXAMPLE.folder), config);
  const result = checkRegister(register, { config, today: EXAMPLE.today });
  const site = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'register-check-site-'));
  await writeSite(site, buildReport({ register, result, config, today: EXAMPLE.today, language: 'nl' }));

  const out = path.join(root, 'docs/screenshots');
  await fs.mkdir(out, { recursive: true });
  const { server, url } = await serveFolder(site);
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 });
      await page.goto(new URL(shot.page, url).href);
      // The overview's search appears once its index has loaded; photograph the page as a reader with JavaScript sees it.
      if ((await page.locator('#zoeken').count()) > 0) await page.locator('#zoeken').waitFor({ state: 'visible' });
      await page.screenshot({ path: path.join(out, `${shot.name}.png`) });
      await page.close();
      console.log(`docs/screenshots/${shot.name}.png`);
    }
  } finally {
    await browser.close();
    server.close();
    await fs.rm(site, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
