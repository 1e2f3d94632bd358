// The app shell: home in French, language switch remembered, every route
// reachable by keyboard, back button, and no axe violation anywhere.
import { test, expect, open, expectAccessible, setLanguage, hrefOf } from './helpers.mjs';

const ROUTES = [
  { hash: '#/', fr: 'Labo, pour innover avec les usager·ères', en: 'Labo, to innovate with users' },
  { hash: '#/quiz', fr: "Profil d'innovateur·rice", en: 'Innovator profile' },
  { hash: '#/jeu', fr: 'Jeu du projet', en: 'Project game' },
  { hash: '#/formateur', fr: 'Espace formateur·rice', en: 'Trainer space' },
  { hash: '#/donnees', fr: 'Mes données', en: 'My data' },
  { hash: '#/accessibilite', fr: "Déclaration d'accessibilité", en: 'Accessibility statement' },
];

test('the home page renders in French with the three ways in', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, pour innover avec les usager·ères');
  await expect(page.getByRole('link', { name: 'Faire le questionnaire' })).toHaveAttribute('href', 'quiz.html#/quiz');
  await expect(page.getByRole('link', { name: 'Jouer une partie' })).toHaveAttribute('href', 'jeu.html#/jeu');
  await expect(page.getByRole('link', { name: 'Préparer une séance' })).toHaveAttribute('href', 'formateur.html#/formateur');
  await expect(page.getByText('Aucune donnée ne quitte votre appareil.')).toBeVisible();
  await expect(page).toHaveTitle('Accueil · Labo');
});

test('English is remembered across a reload and sets html lang', async ({ page }) => {
  await open(page);
  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, to innovate with users');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, to innovate with users');
  await expect(page.getByText('No data ever leaves your device.')).toBeVisible();
  await setLanguage(page, 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, pour innover avec les usager·ères');
});

test.describe('a browser set to English', () => {
  test.use({ locale: 'en-US' });
  test('gets English on a first visit, and a chosen French then sticks', async ({ page }) => {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, to innovate with users');
    await setLanguage(page, 'fr');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, pour innover avec les usager·ères');
  });
});

test('deep links open their screen and the back button returns', async ({ page }) => {
  await open(page, '#/jeu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeu du projet');
  await page.getByRole('link', { name: 'Revenir à l\'accueil' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labo, pour innover avec les usager·ères');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeu du projet');
  await open(page, '#/nulle-part');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('an address of another page (old bookmark) leads to the right page', async ({ page }) => {
  await page.goto('./#/jeu');
  await expect(page).toHaveURL(/jeu\.html#\/jeu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeu du projet');
  await page.goto('./quiz.html#/accessibilite');
  await expect(page).toHaveURL(/#\/accessibilite$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Déclaration d'accessibilité");
  // The trainer's material and results moved to pages of their own.
  await page.goto('./formateur.html#/formateur?vue=contenus');
  await expect(page).toHaveURL(/materiel\.html#\/formateur\?vue=contenus$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contenus personnalisés');
  await page.goto('./formateur.html#/formateur/equipe?code=ABC');
  await expect(page).toHaveURL(/equipes\.html#\/formateur\/equipe\?code=ABC$/);
});

test('a page opened without a screen in its address shows its own screen', async ({ page }) => {
  for (const [file, heading] of [['quiz.html', ROUTES[1].fr], ['jeu.html', ROUTES[2].fr], ['formateur.html', ROUTES[3].fr],
    ['equipes.html', "Carte de l'équipe"], ['materiel.html', 'Imprimer le jeu'], ['donnees.html', ROUTES[4].fr]]) {
    await page.goto(`./${file}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page).toHaveURL(new RegExp(`${file.replace('.', '\\.')}$`));
  }
});

test('every route is reachable from home by keyboard alone', async ({ page }) => {
  for (const route of ROUTES.slice(1)) {
    await open(page);
    // Tab through the page until the focused link leads to the route.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, hrefOf(route.hash));
    }
    expect(found, `a link to ${route.hash} is reachable with Tab`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.fr);
    // Within a page, focus moves to the new content for screen reader users.
    if (hrefOf(route.hash).startsWith('./')) await expect(page.locator('#contenu')).toBeFocused();
  }
});

test('the skip link moves focus to the content', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#contenu')).toBeFocused();
});

for (const scheme of ['light', 'dark']) {
  for (const lang of ['fr', 'en']) {
    test(`axe finds no violation on any route (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await setLanguage(page, lang);
      for (const route of ROUTES) {
        await open(page, route.hash);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route[lang]);
        await expectAccessible(page, `${route.hash} (${lang}, ${scheme})`);
      }
    });
  }
}

test('the screen works at 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ROUTES) {
    await open(page, route.hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${route.hash}`).toBeLessThanOrEqual(0);
  }
});

test('home offers to resume what is in progress on this device', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { name: 'Reprendre où vous en étiez' })).toHaveCount(0);
  // A questionnaire is started on the quiz page…
  await open(page, '#/quiz');
  await page.getByRole('button', { name: 'Commencer le questionnaire express' }).click();
  await page.locator('.quiz-question input[value="3"] + label').click();
  // …and home offers to go back to it.
  await open(page);
  await expect(page.getByRole('heading', { name: 'Reprendre où vous en étiez' })).toBeVisible();
  await expectAccessible(page, 'home with something to resume');
  await page.getByRole('link', { name: 'Reprendre le questionnaire en cours' }).click();
  await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible();
});
