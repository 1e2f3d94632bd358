// A game saved under the previous rules version still opens: listed with
// the others, it goes to its debrief (read-only) with a sentence saying why.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';

const records = JSON.parse(
  readFileSync(new URL('../fixtures/saved_game_v1.json', import.meta.url), 'utf8'),
);

test.beforeEach(async ({ page }) => {
  await page.addInitScript((texts) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const t of texts) {
      const rec = JSON.parse(t);
      localStorage.setItem(`labo.game.${rec.data.id}`, t);
    }
  }, records);
});

for (const [lang, sentence, list, listed] of [
  ['fr', /version précédente des règles/, 'Mes parties', /jouée avec une version précédente des règles\s:\sdébriefing seulement/],
  ['en', /previous version of the rules/, 'My games', /played under a previous version of the rules: debrief only/],
]) {
  test(`a game of the previous rules opens read-only for its debrief (${lang})`, async ({ page }) => {
    await open(page, '#/jeu');
    await setLanguage(page, lang);
    await expect(page.getByRole('heading', { name: list })).toBeVisible();
    const buttons = page.getByRole('button', { name: lang === 'fr' ? /débriefing de la partie/ : /debrief of the game/ });
    // Both stored games (mid-game and finished) offer their debrief, not "resume".
    await expect(buttons).toHaveCount(2);
    // The unfinished one says why it cannot be resumed.
    await expect(page.getByText(listed)).toBeVisible();
    await buttons.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('note')).toHaveText(sentence);
    await expect(page.getByRole('button', { name: lang === 'fr' ? 'Revenir à la table' : 'Back to the table' })).toHaveCount(0);
    await expectAccessible(page, `read-only debrief (${lang})`);
  });
}
