// Offline-first: after one visit the whole app works with the network off,
// and a new version is announced, never forced.
import { test, expect, open, setLanguage, expectAccessible } from './helpers.mjs';

test('after one visit, every page works offline and saves', async ({ page, context }) => {
  await open(page);
  // Wait until the service worker controls the page (all files precached).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, pour innover avec les usager·ères');
  for (const [hash, title] of [
    ['#/quiz', /Profil|profil|questionnaire/],
    ['#/jeu', /Jeu|jeu|partie/],
    ['#/formateur', /formateur|Formateur|séance/],
    ['#/donnees', 'Mes données'],
  ]) {
    await open(page, hash);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(title);
  }
  // Saving works offline too: a quiz answer and a game move survive an
  // offline reload, and so does a preference.
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Commencer le questionnaire express' }).click();
  await page.locator('.quiz-question input[value="5"] + label').click();
  await page.reload();
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(page.locator('.quiz-question input[value="5"]')).toBeChecked();
  await open(page, '#/jeu');
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await page.locator('#game-reveal').click();
  const event = await page.locator('.game-event-card h3').textContent();
  await page.reload();
  await expect(page.locator('.game-event-card h3')).toHaveText(event);
  await setLanguage(page, 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.setOffline(false);
});

test('a new version is announced and reloading waits for the person', async ({ page }) => {
  await open(page);
  await expect(page.getByText('Nouvelle version de Labo disponible', { exact: false })).toHaveCount(0);
  await page.evaluate(() => { window.__laboUpdateReady = true; window.dispatchEvent(new Event('labo-update')); });
  const banner = page.getByRole('status').filter({ hasText: 'Nouvelle version de Labo disponible' });
  await expect(banner).toBeVisible();
  await expectAccessible(page, 'update banner');
  await banner.getByRole('button', { name: 'Plus tard' }).click();
  await expect(banner).toHaveCount(0);
});

test('the web app manifest is valid and bilingual', async ({ page, request }) => {
  await open(page);
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', 'manifest.webmanifest');
  const fr = await (await request.get('manifest.webmanifest')).json();
  expect(fr.lang).toBe('fr');
  expect(fr.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  for (const icon of fr.icons) expect((await request.get(icon.src)).status()).toBe(200);
  await setLanguage(page, 'en');
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', 'manifest.en.webmanifest');
  const en = await (await request.get('manifest.en.webmanifest')).json();
  expect(en.lang).toBe('en');
});
