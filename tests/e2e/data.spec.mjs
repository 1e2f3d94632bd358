// "Nothing lost": hostile storage at start, two tabs, export / reset /
// import, and malformed import files. Each must tell the person and keep data.
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';

const oldSettings = JSON.stringify({ labo: 'settings', schema: 1, app: '0.0.1', saved_at: 0, rev: 4, data: 'en' });
const newerHistory = JSON.stringify({ labo: 'quiz.history', schema: 99, app: '9.0.0', saved_at: 0, rev: 1, data: { attempts: 'futur' } });
const garbage = '}{ ceci n\'est pas du JSON';
const huge = 'x'.repeat(1024 * 1024);

/** Seeds local storage before the app's first start (only once per test). */
async function seed(page, entries) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
}

const dump = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

test('hostile storage: the app starts, tells, quarantines and migrates', async ({ page }) => {
  await seed(page, {
    'labo.settings': oldSettings,
    'labo.quiz.history': newerHistory,
    'labo.quiz.progress': garbage,
    'labo.game.ancienne': huge,
  });
  await open(page);
  // The valid older settings were migrated: the app speaks English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const store = await dump(page);
  expect(JSON.parse(store['labo.settings']).schema).toBe(2);
  const kept = Object.entries(store).filter(([k]) => k.startsWith('labo.quarantine.'));
  const keptValues = kept.map(([, v]) => v).sort();
  expect(keptValues).toEqual([garbage, newerHistory, huge].sort());
  expect(store['labo.quiz.history']).toBeUndefined();
  expect(store['labo.quiz.progress']).toBeUndefined();
  expect(store['labo.game.ancienne']).toBeUndefined();
  const banner = page.getByRole('region', { name: 'About your data' });
  await expect(banner.getByText('comes from a newer version of Labo')).toBeVisible();
  await expect(banner.getByText('the data is damaged')).toHaveCount(2);
  await expect(banner.getByText('this data came from an earlier version')).toBeVisible();
  await expectAccessible(page, 'home with notices');
  // The kept-aside data can be downloaded from "My data".
  await page.getByRole('link', { name: 'See my data' }).first().click();
  await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).first().click();
  expect((await download).suggestedFilename()).toMatch(/^labo-mis-de-cote-\d{4}-\d{2}-\d{2}\.txt$/);
  await expectAccessible(page, 'my data with quarantine');
});

test('local storage that refuses writes: the app runs in memory, says so, and keeps progress across pages of the tab', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await open(page);
  await expect(page.getByText('vos progrès seront perdus', { exact: false }).first()).toBeVisible();
  // The language switch still works, and follows the tab to another page.
  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, to innovate with users');
  await open(page, '#/donnees');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('progress will be lost', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export my data' })).toBeVisible();
  await expectAccessible(page, 'memory-only notice');
});

test('no storage at all: the app still runs in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('denied', 'SecurityError'); };
  });
  await open(page);
  await expect(page.getByText('vos progrès seront perdus', { exact: false }).first()).toBeVisible();
  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, to innovate with users');
});

test('export, erase, then import restores the same data', async ({ page }) => {
  const history = JSON.stringify({
    labo: 'quiz.history', schema: 1, app: '0.1.0', saved_at: 1, rev: 1,
    data: { attempts: [{ completed_at: 1760000000000, result: { mode: 'complete', scores: [90, 40, 50, 50, 50, 50, 50], marked: ['curiosite'], less_used: [], profile: { single: 'curiosite' }, indicative: false, situational: [0, 0, 0, 0, 0, 0, 0] } }] },
  });
  await seed(page, { 'labo.quiz.history': history });
  // A game in progress too: started, event revealed, a card played.
  await open(page, '#/jeu');
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await page.locator('#game-reveal').click();
  await page.locator('.game-play:enabled').first().click();
  await expect(page.locator('.game-changes li').first()).toBeVisible();
  await open(page, '#/donnees');
  await expect(page.getByText('Profils enregistrés : 1')).toBeVisible();
  await expect(page.getByText('Parties enregistrées : 1')).toBeVisible();
  const before = await dump(page);

  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter mes données' }).click();
  const file = await dl;
  expect(file.suggestedFilename()).toMatch(/^labo-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();

  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Effacer toutes vos données ?' });
  await expect(dialog).toContainText('1 profil,');
  await expect(dialog.getByRole('button', { name: "Exporter d'abord" })).toBeVisible();
  await expectAccessible(page, 'erase confirmation');
  await dialog.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page.getByText('Profils enregistrés : 0')).toBeVisible();

  await page.getByLabel("Choisir un fichier d'export Labo (.json)").setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Contenu du fichier' })).toBeVisible();
  await expectAccessible(page, 'import preview');
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  await expect(page.getByText('Profils enregistrés : 1')).toBeVisible();
  const after = await dump(page);
  const attempts = (s) => JSON.parse(s['labo.quiz.history']).data.attempts;
  expect(attempts(after)).toEqual(attempts(before));
  const games = (s) => Object.entries(s).filter(([k]) => k.startsWith('labo.game.')).map(([k, v]) => [k, JSON.parse(v).data]);
  expect(games(after)).toHaveLength(1);
  expect(games(after)).toEqual(games(before));
  // And the game resumes exactly where it was.
  await open(page, '#/jeu');
  await expect(page.getByRole('button', { name: /^Reprendre la partie/ })).toBeVisible();
});

test('ten malformed import files each get a clear message and change nothing', async ({ page }) => {
  await open(page, '#/donnees');
  await setLanguage(page, 'fr');
  const valid = JSON.stringify({ format: 'labo-export', version: 1, app: '0.1.0', exported_at: 1, records: {} });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const files = [
    ['vide.json', Buffer.from(''), 'Ce fichier est vide'],
    ['coupe.json', Buffer.from(valid.slice(0, 30)), 'Ce fichier est incomplet'],
    ['image.json', png, "n'est pas un fichier texte"],
    ['enorme.json', Buffer.alloc(5 * 1024 * 1024 + 10, 32), 'Ce fichier est trop gros'],
    ['autre.json', Buffer.from('{"nom":"tableur"}'), 'ne vient pas de Labo'],
    ['tableau.json', Buffer.from('[1,2,3]'), 'ne vient pas de Labo'],
    ['syntaxe.json', Buffer.from('{"format": labo}'), 'erreur de syntaxe ligne 1'],
    ['futur.json', Buffer.from(valid.replace('"version":1', '"version":42')), 'version plus récente'],
    ['types.json', Buffer.from(valid.replace('"exported_at":1', '"exported_at":"hier"')), 'type inattendu'],
    ['inconnu.json', Buffer.from(valid.replace('"records":{}', '"records":{"labo.mystere":{"labo":"x","schema":1,"app":"1","saved_at":0,"data":{}}}')), 'ne connaît pas'],
  ];
  await page.evaluate(() => localStorage.setItem('labo.quiz.history', JSON.stringify({ labo: 'quiz.history', schema: 1, app: '0.1.0', saved_at: 1, rev: 1, data: { attempts: [] } })));
  const before = await dump(page);
  for (const [name, buffer, message] of files) {
    await page.getByLabel("Choisir un fichier d'export Labo (.json)").setInputFiles({ name, mimeType: 'application/json', buffer });
    const alert = page.getByRole('alert');
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toContainText('Rien n\'a été modifié');
    await expect(page.getByRole('heading', { name: 'Contenu du fichier' })).toHaveCount(0);
    expect(await dump(page), name).toEqual(before);
  }
  await expectAccessible(page, 'import error');
});

test('two tabs answering alternately lose nothing', async ({ page, context }) => {
  // Both tabs keep the language in step through the storage event, and each
  // save is made on top of the other's latest revision.
  await open(page);
  const other = await context.newPage();
  await open(other);
  await setLanguage(page, 'en');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await setLanguage(other, 'fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const store = await dump(page);
  expect(JSON.parse(store['labo.settings']).data.lang).toBe('fr');
});

for (const lang of ['fr', 'en']) {
  test(`axe finds no violation on My data (${lang})`, async ({ page }) => {
    await open(page, '#/donnees');
    await setLanguage(page, lang);
    await expectAccessible(page, `my data (${lang})`);
    await page.getByRole('button', { name: lang === 'fr' ? 'Effacer mes données' : 'Erase my data' }).click();
    await expectAccessible(page, `erase confirmation (${lang})`);
  });
}
