// What each page shows before its WebAssembly arrives: the static shell
// carries the page's title and introduction (written at build time by
// scripts/finalize.mjs from the locale and content files). It must say
// exactly what the app then says, and the app must paint nothing larger
// than it, so that a slow connection sees the page's text at once.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';

const PAGES = ['./', 'quiz.html', 'jeu.html', 'formateur.html', 'equipes.html', 'materiel.html', 'donnees.html'];

// A first visit: no service worker yet. A worker installed by the previous
// navigation would serve the code itself, past the routes that hold it back.
test.use({ serviceWorkers: 'block' });

/** The texts of the first screen's headings, introduction and quiz dimensions. */
const firstScreen = (page) => page.locator('main').evaluate((main) =>
  [...main.querySelectorAll('h1, h2, .lead, .quiz-dimensions li')].map((e) => e.textContent.trim()));

for (const file of PAGES) {
  test(`${file}: the static shell says what the app then shows`, async ({ page }) => {
    // The code never arrives: what is left is the static shell.
    await page.route('**/*_bg.wasm', () => {});
    await page.goto(`./${file}`);
    await expect(page.locator('main .loading')).toBeVisible();
    const shell = await firstScreen(page);
    const header = await page.locator('header').innerText();
    expect(shell.length).toBeGreaterThanOrEqual(2);
    await page.unroute('**/*_bg.wasm');
    await page.reload();
    await expect(page.locator('main#contenu[tabindex="-1"]')).toBeVisible();
    expect((await firstScreen(page)).slice(0, shell.length)).toEqual(shell);
    expect(await page.locator('header').innerText()).toEqual(header);
  });

  test(`${file}: the first Tab reaches the skip link, before and after the app starts`, async ({ page }) => {
    await page.route('**/*_bg.wasm', () => {});
    await page.goto(`./${file}`);
    await expect(page.locator('main .loading')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Aller au contenu');
    await page.unroute('**/*_bg.wasm');
    await page.reload();
    await expect(page.locator('main#contenu[tabindex="-1"]')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Aller au contenu');
  });

  test(`${file}: the largest paint comes from the static shell, on a phone and a laptop`, async ({ page }) => {
    // The code is held back until the shell has painted: on a loaded
    // machine the first frame can come later than any fixed delay, and a
    // page whose first frame already holds the app says nothing about the
    // shell.
    let shellPainted = () => {};
    await page.exposeFunction('__shellPainted', () => shellPainted());
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__lcp.push({ at: e.startTime, size: e.size, what: `${e.element?.tagName} ${e.element?.textContent?.slice(0, 40)}` });
          if (!document.querySelector('main[tabindex]')) window.__shellPainted();
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      // When the app replaces the shell (its <main> is focusable).
      new MutationObserver((_, obs) => {
        if (document.querySelector('main[tabindex]')) {
          window.__mounted = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(viewport);
      const painted = new Promise((resolve) => { shellPainted = resolve; });
      // A slow connection: the code arrives well after the shell's first paint.
      await page.route('**/*_bg.wasm', async (route) => {
        await Promise.race([painted, new Promise((r) => setTimeout(r, 10_000))]);
        await new Promise((r) => setTimeout(r, 200));
        await route.continue();
      });
      await page.goto(`./${file}`);
      await expect(page.locator('main#contenu[tabindex="-1"]')).toBeVisible();
      await page.waitForTimeout(300);
      const { lcp, mounted } = await page.evaluate(() => ({ lcp: window.__lcp, mounted: window.__mounted }));
      expect(lcp.length).toBeGreaterThan(0);
      expect(lcp[0].at, `the shell painted before the app started (${viewport.width} px)`).toBeLessThan(mounted);
      const late = lcp.filter((e) => e.at >= mounted);
      expect(late, `largest paints after the app started (${viewport.width} px)`).toEqual([]);
      await page.unroute('**/*_bg.wasm');
    }
  });
}

// The debrief page shows a stored game: its shell says "Débriefing", as the
// debrief then does, and the first Tab still reaches the skip link.
test('bilan.html: the static shell says what the debrief then shows', async ({ page }) => {
  const [record] = JSON.parse(readFileSync(new URL('../fixtures/debrief-games.json', import.meta.url), 'utf8'));
  const id = JSON.parse(record).data.id;
  await page.addInitScript((text) => {
    localStorage.setItem(`labo.game.${JSON.parse(text).data.id}`, text);
  }, record);
  await page.route('**/*_bg.wasm', () => {});
  await page.goto(`./bilan.html#/jeu/bilan?partie=${id}`);
  await expect(page.locator('main .loading')).toBeVisible();
  const shell = await firstScreen(page);
  expect(shell).toEqual(['Débriefing']);
  const header = await page.locator('header').innerText();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Aller au contenu');
  await page.unroute('**/*_bg.wasm');
  await page.reload();
  await expect(page.locator('main#contenu[tabindex="-1"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Débriefing');
  expect((await firstScreen(page)).slice(0, shell.length)).toEqual(shell);
  expect(await page.locator('header').innerText()).toEqual(header);
});
