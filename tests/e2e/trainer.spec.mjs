// The trainer space: a session of three tables on one seed and the
// comparison of their summaries; a team map from eight codes (one mistyped,
// one duplicate); CSV exports that parse back to the same numbers; custom
// content packs, valid and invalid; print-and-play; axe on every screen.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, setLanguage } from './helpers.mjs';
import { quizCode } from './codes.mjs';

const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const quizItems = read('content/quiz/items.json').items;
const gameStats = read('content/game/rules.json').stats;
const statName = (id) => gameStats.find((s) => s.id === id).name.fr;
const tierName = (id) => read('content/game/rules.json').tiers.find((t) => t.id === id).name.fr;

// The three tables' summary codes: the engine plays three games on one seed;
// tests/trainer_summaries.rs checks that these pinned codes are still what
// it writes.
const summaries = () => read('tests/fixtures/trainer-summaries.json');

/** Parses a `;` CSV with quoted fields (BOM dropped). */
function parseCsv(text) {
  expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
  const rows = []; let row = []; let cell = ''; let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  return rows;
}

async function downloadText(page, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await dl.path(), 'utf8');
}

test('a session of three tables on one seed, their summaries compared and exported', async ({ page }) => {
  test.setTimeout(120_000);
  const data = summaries();
  await open(page, '#/formateur?vue=session');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Préparer une séance');
  await page.getByLabel('Scénario').selectOption(data.scenario);
  await page.locator('input[name="tr-difficulty"][value="normal"]').check();
  await page.getByLabel('Code du tirage').fill(data.seed);
  await page.getByLabel('Nombre de tables').fill('3');
  await page.getByRole('button', { name: 'Préparer la séance' }).click();
  await expect(page.locator('#tr-session-code')).toHaveText(`${data.seed.slice(0, 3)}-${data.seed.slice(3)}`);
  const link = await page.locator('#tr-session-link').getAttribute('href');
  expect(link).toMatch(new RegExp(`/jeu\\.html#/jeu\\?scenario=${data.scenario}&difficulte=normal&graine=${data.seed}$`));
  await expect(page.getByRole('img', { name: 'QR code du lien de la séance' })).toBeVisible();
  await expectAccessible(page, 'session');

  await page.getByRole('link', { name: 'Comparer les tables' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparer les tables');
  const typo = data.codes[0].replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
  await page.getByLabel('Codes de synthèse des tables').fill([...data.codes, data.codes[1], typo].join('\n'));
  await page.getByRole('button', { name: 'Ajouter les tables' }).click();
  const feedback = page.locator('.tr-feedback li');
  await expect(feedback).toHaveCount(5);
  await expect(feedback.nth(2)).toHaveText(/Table 3 ajoutée/);
  await expect(feedback.nth(3)).toHaveText(/déjà saisi pour la table 2/);
  await expect(feedback.nth(4)).toHaveText(/faute de frappe/);
  const table = page.locator('#tr-compare');
  await expect(table.locator('thead th')).toHaveCount(4);
  const impact = table.locator('tr', { has: page.getByRole('rowheader', { name: statName('impact'), exact: true }) });
  await expect(impact.locator('td')).toHaveText(data.impact.map(String));
  await expect(page.getByText('Attention : ces tables', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Questions pour le débriefing' })).toBeVisible();
  await expectAccessible(page, 'comparison');

  const rows = parseCsv(await downloadText(page, 'Exporter en CSV'));
  expect(rows).toHaveLength(4);
  const impactCol = rows[0].indexOf(statName('impact'));
  expect(rows.slice(1).map((r) => Number(r[impactCol]))).toEqual(data.impact);
  // The spreadsheet reads in French: outcome names, not ids.
  expect(rows.slice(1).map((r) => r[4])).toEqual(data.tiers.map(tierName));
  expect(rows.slice(1).map((r) => r[3])).toEqual([data.seed, data.seed, data.seed]);
  const json = JSON.parse(await downloadText(page, 'Exporter en JSON'));
  expect(json.tables.map((t) => t.stats.impact)).toEqual(data.impact);

  // The projector shows the session's QR code, then one idea per screen.
  await page.getByRole('link', { name: 'Vue projecteur' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rejoindre la séance');
  await expect(page.getByRole('img', { name: 'QR code du lien de la séance' })).toBeVisible();
  await page.getByRole('button', { name: 'Écran suivant' }).click();
  await expect(page.getByRole('img', { name: 'QR code du questionnaire' })).toBeVisible();
  await page.getByRole('button', { name: 'Écran suivant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Carte de l'équipe");
  await page.getByRole('button', { name: 'Écran suivant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rejoindre la séance');
  await page.getByRole('button', { name: 'Écran suivant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réactions');
  await expectAccessible(page, 'projector');
});

// Six people, eight codes typed: one mistyped, one given twice.
const people = [
  [80, 40, 45, 50, 40, 35, 50],
  [40, 90, 50, 45, 55, 40, 60],
  [45, 50, 85, 40, 50, 45, 40],
  [50, 55, 50, 90, 45, 40, 50],
  [60, 60, 60, 60, 60, 60, 60],
  [35, 70, 40, 35, 45, 40, 95],
];

test('a team map from eight codes: one refused, one flagged, the right spread, a CSV that parses back', async ({ page }) => {
  await open(page, '#/formateur/equipe');
  const codes = people.map(quizCode);
  const typo = codes[2].slice(0, 5) + (codes[2][5] === 'A' ? 'B' : 'A') + codes[2].slice(6);
  // The first one with a name (it stays on this device).
  await page.getByLabel('Codes de résultat').fill(codes[0]);
  await page.getByLabel('Nom (facultatif)').fill('Aïcha; "la curieuse"');
  await page.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await expect(page.locator('.tr-feedback li')).toHaveText([/ajouté \(n° 1\)/]);
  const grouped = (c) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
  await page.getByLabel('Codes de résultat').fill([codes[1], typo, grouped(codes[2]).toLowerCase(), codes[3], codes[1], codes[4], codes[5]].join('\n'));
  await page.getByRole('button', { name: 'Ajouter à la carte' }).click();
  const fb = page.locator('.tr-feedback li');
  await expect(fb).toHaveCount(7);
  await expect(fb.nth(1)).toHaveText(/refusé\. Ce code n'est pas valide/);
  await expect(fb.nth(4)).toHaveText(/déjà sur la carte \(n° 2\)/);
  await expect(page.locator('#tr-members tbody tr')).toHaveCount(6);

  const spread = page.locator('#tr-spread tbody tr');
  await expect(spread).toHaveCount(7);
  for (let d = 0; d < 7; d++) {
    const v = people.map((p) => p[d]);
    const mean = Math.floor((v.reduce((a, b) => a + b, 0) + 3) / 6);
    await expect(spread.nth(d).locator('td').nth(0)).toHaveText(String(Math.min(...v)));
    await expect(spread.nth(d).locator('td').nth(1)).toHaveText(String(mean));
    await expect(spread.nth(d).locator('td').nth(2)).toHaveText(String(Math.max(...v)));
  }
  await expect(page.getByRole('img', { name: /Répartition du groupe/ })).toBeVisible();
  await expect(page.locator('.tr-pairs li')).toHaveCount(3);
  await expectAccessible(page, 'team map');

  const rows = parseCsv(await downloadText(page, 'Exporter en CSV'));
  expect(rows).toHaveLength(7);
  expect(rows.flat().join(' ')).not.toContain('Aïcha');
  expect(rows.slice(1).map((r) => r.slice(3, 10).map(Number))).toEqual(people);
  await page.getByLabel('Inclure les noms saisis').check();
  const named = parseCsv(await downloadText(page, 'Exporter en CSV'));
  expect(named[1][1]).toBe('Aïcha; "la curieuse"');

  // A result's QR link adds a code after confirmation; the map survives a reload.
  const extra = quizCode([55, 45, 65, 50, 80, 40, 45]);
  await open(page, `#/formateur/equipe?code=${extra}`);
  await expect(page.getByRole('alertdialog', { name: 'Ajouter ce code à la carte ?' })).toBeVisible();
  await expectAccessible(page, 'team map link');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.locator('#tr-members tbody tr')).toHaveCount(7);
  await expect(page).toHaveURL(/#\/formateur\/equipe$/);
  await page.reload();
  await expect(page.locator('#tr-members tbody tr')).toHaveCount(7);

  // 320 px wide: nothing sticks out of the page.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

const newMethod = {
  methods: [{
    id: 'cafe-usagers', phases: ['explorer'], cost: { energy: 1 }, effects: { understanding: 2 }, tags: ['users'], meets: ['usager'],
    name: { fr: 'Café des usager·ères', en: "Users' café" },
    text: { fr: "Un café à l'accueil pour écouter les usager·ères.", en: 'A coffee at the front desk to listen to users.' },
    source: 'Pack de test',
  }],
};
const file = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

test('a valid pack changes the deck and the quiz; an invalid one is refused with five located mistakes', async ({ page }) => {
  await open(page, '#/formateur?vue=contenus');
  const items = structuredClone(quizItems);
  items[0].text.fr = "j'ai pris un café avec un·e usager·ère pour l'écouter.";
  await page.getByLabel('Choisir les fichiers').setInputFiles([file('methods_3.json', newMethod), file('items.json', { items })]);
  await expect(page.getByRole('heading', { name: 'Contenus valides' })).toBeVisible();
  await expect(page.getByText('items.json — remplace le fichier intégré')).toBeVisible();
  // The preview shows the new card as the table and the print draw it,
  // before the pack is stored or used.
  const preview = page.getByRole('region', { name: 'Aperçu des cartes du paquet' });
  await expect(preview.getByRole('heading', { name: '1 carte méthode' })).toBeVisible();
  const card = preview.locator('.face-method', { hasText: 'Café des usager·ères' });
  await expect(card.locator('.game-band')).toHaveText('Explorer');
  await expect(card.locator('.game-chip.game-down')).toHaveText("Énergie de l'équipe −1");
  await expect(card.locator('.game-chip.game-up')).toHaveText('Compréhension des besoins +2');
  await expect(preview.getByText('Le questionnaire prend 28 questions de ce paquet.')).toBeVisible();
  await page.getByLabel('Nom du paquet').fill('Pack Occitanie');
  await expectAccessible(page, 'pack preview');
  await page.getByRole('button', { name: 'Enregistrer sur cet appareil' }).click();
  await page.getByRole('button', { name: 'Utiliser le paquet Pack Occitanie' }).click();
  await expect(page.getByText('Contenus personnalisés en usage :')).toBeVisible();
  await expect(page.locator('#tr-packs')).toContainText('en usage');

  await page.getByRole('link', { name: 'Imprimer le jeu' }).click();
  await expect(page.locator('.face h2', { hasText: 'Café des usager·ères' })).toHaveCount(1);
  await page.getByLabel('Le questionnaire papier').check();
  await expect(page.getByText("j'ai pris un café avec un·e usager·ère pour l'écouter.")).toBeVisible();

  // Exported for a colleague: the same pack file.
  await page.getByRole('link', { name: 'Contenus personnalisés' }).click();
  const exported = JSON.parse(await downloadText(page, 'Exporter le paquet Pack Occitanie'));
  expect(exported.labo_pack).toBe(1);
  expect(Object.keys(exported.files).sort()).toEqual(['items.json', 'methods_3.json']);

  // Five kinds of mistakes.
  const broken = {
    methods: [
      { ...newMethod.methods[0], id: 'atelier-sans-anglais', name: { fr: 'Atelier', en: '' } },
      { ...newMethod.methods[0], id: 'phase-inconnue', phases: ['rever'] },
      { ...newMethod.methods[0], id: 'note-de-cadrage' },
    ],
  };
  const noAudace = { items: quizItems.filter((i) => i.dimension !== 'audace') };
  await page.getByLabel('Choisir les fichiers').setInputFiles([
    file('methods_3.json', broken), file('events_2.json', '{"events": [ {"id": "x", }'), file('items.json', noAudace),
  ]);
  const alert = page.getByRole('alert').filter({ hasText: 'Contenus refusés' });
  await expect(alert).toBeVisible();
  for (const located of [
    /events_2\.json\s:\sligne 1, colonne 26\s:\serreur de syntaxe JSON\s:\sun nom de champ entre guillemets/,
    /methods_3\.json › atelier-sans-anglais › name\.en\s:\straduction manquante/,
    /methods_3\.json › phase-inconnue › phases\s:\sréférence inconnue «\srever\s»/,
    /methods_3\.json › note-de-cadrage › id\s:\sidentifiant en double/,
    /items\.json › audace › items\s:\s4 items attendus, 0 trouvés/,
  ]) await expect(alert.locator('li', { hasText: located })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Contenus valides' })).toHaveCount(0);
  await expectAccessible(page, 'pack errors');

  // The built-in content can always be restored.
  await page.getByRole('button', { name: 'Revenir aux contenus intégrés' }).click();
  await expect(page.getByText('Les contenus intégrés sont en usage.')).toBeVisible();
  await page.getByRole('link', { name: 'Imprimer le jeu' }).click();
  await expect(page.locator('.face h2', { hasText: 'Café des usager·ères' })).toHaveCount(0);
});

test('print emulation of the deck gives nine cards per A4 page, backs aligned', async ({ page }) => {
  await open(page, '#/formateur?vue=imprimer');
  await page.emulateMedia({ media: 'print' });
  const fronts = page.locator('.tr-fronts');
  const n = await fronts.count();
  const game = ['methods_1', 'methods_2'].flatMap((f) => read(`content/game/${f}.json`).methods).length
    + read('content/game/stakeholders.json').stakeholders.length + read('content/game/events.json').events.length;
  expect(n).toBe(Math.ceil(game / 9));
  const mm = 96 / 25.4;
  for (let k = 0; k < n; k++) {
    const cards = fronts.nth(k).locator('.tr-grid > li');
    expect(await cards.count()).toBe(k < n - 1 ? 9 : game - 9 * (n - 1));
    const box = await fronts.nth(k).boundingBox();
    expect(box.height).toBeLessThanOrEqual(277 * mm);
    const first = await cards.first().boundingBox();
    expect(Math.round(first.width / mm)).toBe(63);
    expect(Math.round(first.height / mm)).toBe(88);
    // Its backs: 9 slots, each row mirrored for a long-edge flip.
    await expect(page.locator('.tr-backs').nth(k).locator('.tr-grid > li')).toHaveCount(9);
  }
  // The first card (a method) has its back at the end of the first row of
  // backs; the last sheet ends with events, whose backs say frein or levier.
  await expect(fronts.first().locator('.tr-grid > li').first()).toHaveClass(/face-method/);
  await expect(page.locator('.tr-backs').first().locator('.tr-grid > li').nth(2)).toHaveText(/Labo\s*Méthode/);
  const lastBacks = page.locator('.tr-backs').last().locator('.face-back');
  expect(await lastBacks.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Événement\s:\s(frein|levier)/)]));
  // Phase bands and backs keep their colour on paper.
  const band = fronts.first().locator('.game-band').first();
  expect(await band.evaluate((e) => getComputedStyle(e).printColorAdjust)).toBe('exact');
  expect(await band.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  // Costs as on the table: a real minus sign.
  await expect(fronts.first().locator('.game-chip.game-down').first()).toHaveText(/−\d/);
  await expect(page.locator('.tr-nav')).toBeHidden();
  for (const doc of ['La règle du jeu', 'Le questionnaire papier', 'Les feuilles de débriefing']) {
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel(doc).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tr-page').first()).toBeVisible();
  }
  await expect(page.locator('.tr-page')).toHaveCount(1);
});

for (const lang of ['fr', 'en']) {
  test(`every trainer screen passes axe in ${lang}`, async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, '#/formateur');
    await setLanguage(page, lang);
    for (const hash of ['#/formateur', '#/formateur?vue=session', '#/formateur?vue=deroule', '#/formateur?vue=projecteur', '#/formateur/equipe',
      '#/formateur?vue=tables', '#/formateur?vue=imprimer', '#/formateur?vue=contenus', '#/formateur?vue=format']) {
      await open(page, hash);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAccessible(page, `${hash} (${lang})`);
    }
    // With data: a session, a team map, a table.
    const data = summaries();
    await open(page, '#/formateur?vue=session');
    await page.locator('form.tr-form button[type="submit"]').click();
    await expectAccessible(page, `session ready (${lang})`);
    await open(page, '#/formateur/equipe');
    await page.locator('#tr-code').fill(people.map(quizCode).join(' '));
    await page.locator('form.tr-form button[type="submit"]').click();
    await expect(page.locator('#tr-members tbody tr')).toHaveCount(6);
    await expectAccessible(page, `team map (${lang})`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `team map, dark mode (${lang})`);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '#/formateur?vue=tables');
    await page.locator('#tr-summary').fill(data.codes.join(' '));
    await page.locator('form.tr-form button[type="submit"]').click();
    await expect(page.locator('#tr-compare thead th')).toHaveCount(4);
    await expectAccessible(page, `comparison (${lang})`);
    await open(page, '#/formateur?vue=projecteur');
    for (let k = 0; k < 9; k++) {
      await expectAccessible(page, `projector ${k + 1} (${lang})`);
      if (k < 8) await page.locator('.tr-slide-nav button').last().click();
    }
    await open(page, '#/formateur?vue=imprimer');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `print deck, dark mode (${lang})`);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const k of [1, 2, 3]) {
      await page.locator('input[name="tr-doc"]').nth(k).check();
      await expectAccessible(page, `print ${k} (${lang})`);
    }
  });
}

test('the template pack downloads, loads back with its preview, and a mistake in it is told at its line', async ({ page }) => {
  await open(page, '#/formateur?vue=contenus');
  const text = await downloadText(page, 'Télécharger le paquet modèle');
  await expect(page.getByText('Paquet modèle téléchargé')).toBeVisible();
  const template = JSON.parse(text);
  expect(template.labo_pack).toBe(1);
  expect(Object.keys(template.files)).toEqual(['mon-paquet.json']);
  const added = template.files['mon-paquet.json'];

  // Loaded back as it is: valid, and every card it brings is previewed.
  await page.getByLabel('Choisir les fichiers').setInputFiles([file('modele-paquet-labo.json', text)]);
  await expect(page.getByRole('heading', { name: 'Contenus valides' })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Aperçu des cartes du paquet' });
  for (const m of added.methods) await expect(preview.locator('.face-method .face-name', { hasText: m.name.fr })).toHaveCount(1);
  for (const s of added.stakeholders) {
    const face = preview.locator('.face-sh', { hasText: s.name.fr });
    await expect(face.locator('.game-need-down')).toHaveCount(s.needs.length);
  }
  for (const e of added.events) await expect(preview.locator(`.face-event.game-${e.kind}`, { hasText: e.name.fr })).toHaveCount(1);
  await expect(preview.getByRole('heading', { name: added.scenarios[0].name.fr })).toBeVisible();
  await expect(page.getByLabel('Nom du paquet')).toHaveValue(template.name);
  await expectAccessible(page, 'template preview');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'template preview, dark mode');
  await page.emulateMedia({ colorScheme: 'light' });
  // The "Utiliser" step comes after the preview.
  await page.getByRole('button', { name: 'Enregistrer sur cet appareil' }).click();
  await expect(page.getByRole('button', { name: `Utiliser le paquet ${template.name}` })).toBeVisible();

  // The trainer writes a cost in words: told at its line in their file.
  const at = text.indexOf('"cost"');
  const one = text.indexOf(': 1', at);
  const line = text.slice(0, one).split('\n').length;
  const broken = `${text.slice(0, one)}: "un"${text.slice(one + 3)}`;
  await page.getByLabel('Choisir les fichiers').setInputFiles([file('modele-paquet-labo.json', broken)]);
  const alert = page.getByRole('alert').filter({ hasText: 'Contenus refusés' });
  await expect(alert.locator('li', { hasText: new RegExp(`mon-paquet\\.json\\s:\\sligne ${line}, colonne \\d+, methods\\[0\\]\\.cost\\.`) })).toHaveCount(1);
});

test('the format guide is in the site, in both languages, with the accepted values named', async ({ page }) => {
  await open(page, '#/formateur?vue=contenus');
  await page.getByRole('link', { name: 'Lire le guide du format' }).click();
  await expect(page).toHaveURL(/materiel\.html#\/formateur\?vue=format$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guide du format des contenus');
  const guide = read('content/trainer/pack_guide.json');
  const toc = page.getByRole('navigation', { name: 'Sommaire du guide' });
  await expect(toc.getByRole('link')).toHaveCount(guide.sections.length);
  // A link of the contents moves focus to its section, the address stays.
  const last = guide.sections[guide.sections.length - 1];
  await toc.getByRole('link', { name: last.title.fr }).click();
  await expect(page.getByRole('heading', { level: 2, name: last.title.fr })).toBeFocused();
  await expect(page).toHaveURL(/vue=format$/);
  // The accepted values come from the game: ids with their names.
  const values = page.locator('.tr-guide-values');
  await expect(values.locator('div', { hasText: 'understanding' })).toContainText('Compréhension');
  await expect(values.locator('div', { hasText: 'levier' })).toContainText('Levier');
  await expect(page.locator('.tr-guide code', { hasText: 'methods[3].cost' }).first()).toBeVisible();
  await expectAccessible(page, 'format guide');
  // Works offline like the rest: the template is one click away here too.
  const text = await downloadText(page, 'Télécharger le paquet modèle');
  expect(JSON.parse(text).labo_pack).toBe(1);
  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Content format guide');
  await expect(values.locator('div', { hasText: 'understanding' })).toContainText('Understanding');
  const en = await downloadText(page, 'Download the template pack');
  expect(Object.keys(JSON.parse(en).files)).toEqual(['my-pack.json']);
  await expectAccessible(page, 'format guide (en)');
});
