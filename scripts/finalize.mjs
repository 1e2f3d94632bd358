// Last step of the release build, on the assembled dist/:
// 1. writes into each page's static shell its first screen as a fresh
//    visitor sees it in French (title, introduction), from the locale and
//    content files: it paints while the WebAssembly downloads (seconds on a
//    poor connection), then the app replaces it with the same text. The app
//    starts only once that shell has been painted, and the service worker
//    registration no longer holds up the page (see `paintFirst`);
// 2. writes a strict Content-Security-Policy into every page, allowing its
//    inline start-up script by hash only (and WebAssembly compilation);
// 3. writes sw.js, the service worker, with the list of every file of the
//    build and a version derived from their contents.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const sha = (alg, data, enc = 'base64') => createHash(alg).update(data).digest(enc);

export function csp(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Hashes of the inline scripts of an HTML text. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(sha('sha256', m[1]));
  }
  return hashes;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The French interface texts and the built-in quiz dimensions. */
function sources() {
  const fr = {};
  for (const area of ['shell', 'notices', 'data', 'quiz', 'game', 'trainer']) {
    Object.assign(fr, JSON.parse(readFileSync(`locales/fr/${area}.json`, 'utf8')));
  }
  return { fr, quiz: JSON.parse(readFileSync('content/quiz/meta.json', 'utf8')) };
}

/**
 * The first screen of `page` (an HTML file name) for a fresh visitor, in
 * French, with the markup the app renders for it (`ui::home`, `ui::quiz::intro`,
 * `ui::game::setup`, `ui::trainer`, `ui::data`); e2e tests check both agree.
 */
export function firstScreen(page, { fr, quiz } = sources()) {
  const t = (key) => {
    if (!(key in fr)) throw new Error(`finalize: no French text for ${key}`);
    return esc(fr[key]);
  };
  const dims = quiz.dimensions;
  switch (page) {
    case 'index.html':
      return `<h1>${t('home.heading')}</h1><p class="lead">${t('home.intro')}</p>`;
    case 'quiz.html':
      return `<h1>${t('quiz.title')}</h1><p class="lead">${esc(quiz.meta.title.fr)}</p>`
        + `<h2>${t('quiz.intro.measures')}</h2><p>${t('quiz.intro.measures_body').replace('{n}', dims.length)}</p>`
        + `<ul class="quiz-dimensions">${dims.map((d) => `<li><strong>${esc(d.name.fr)}</strong> — ${esc(d.description.fr)}</li>`).join('')}</ul>`;
    case 'jeu.html':
      return `<div class="game"><h1>${t('game.title')}</h1><h2>${t('game.setup.title')}</h2><p class="lead">${t('game.setup.intro')}</p></div>`;
    case 'bilan.html':
      return `<div class="game"><h1>${t('game.debrief.title')}</h1></div>`;
    case 'formateur.html':
      return `<div class="trainer"><h1>${t('trainer.title')}</h1><p class="lead">${t('trainer.intro')}</p></div>`;
    case 'equipes.html':
      return `<div class="trainer"><h1>${t('trainer.teammap.title')}</h1><p class="lead">${t('trainer.teammap.summary')}</p></div>`;
    case 'materiel.html':
      return `<div class="trainer"><h1>${t('trainer.print.title')}</h1><p class="lead">${t('trainer.print.summary')}</p></div>`;
    case 'donnees.html':
      return `<h1>${t('data.title')}</h1><p class="lead">${t('data.intro')}</p>`;
    default:
      return '';
  }
}

/**
 * The skip link and the header as the app draws them (`ui::shell::Header`):
 * same links, same size, so that the first screen below it does not move
 * when the app takes over, and the first Tab reaches "Aller au contenu" as
 * it will in the app. The language switch is shown disabled until the app
 * can act on it.
 */
export function staticHeader(page, { fr } = sources()) {
  const t = (key) => esc(fr[key]);
  // Pages whose navigation highlight is another page's (as ui::shell does).
  const section = { 'bilan.html': 'jeu.html', 'equipes.html': 'formateur.html', 'materiel.html': 'formateur.html' };
  const nav = [['quiz.html', '#/quiz', 'quiz.title'], ['jeu.html', '#/jeu', 'game.title'], ['formateur.html', '#/formateur', 'trainer.title']]
    .map(([file, hash, key]) => `<li><a href="${file}${hash}"${(section[page] ?? page) === file ? ' aria-current="page"' : ''}>${t(key)}</a></li>`)
    .join('');
  return `<a class="skip-link" href="#contenu">${t('shell.skip')}</a>`
    + `<header class="site-header"><div class="wrap"><a class="brand" href="./">Labo</a>`
    + `<nav class="site-nav" aria-label="${t('shell.nav')}"><ul>${nav}</ul></nav>`
    + `<button type="button" class="secondary" lang="en" disabled>${t('shell.switch')}</button></div></header>`;
}

/**
 * Puts the first screen into the shell, before the loading line. The app's
 * start waits for the shell's first frame (at most 200 ms, for a hidden
 * tab): on a fast or cached load the code would otherwise replace it before
 * it was ever painted, and the page would show nothing until then. The
 * WebAssembly is no longer preloaded: its download would compete with the
 * styles that the first paint needs; it starts right after that paint.
 */
export function paintFirst(html, page, texts) {
  const screen = firstScreen(page, texts);
  const marker = '<p class="loading">';
  const header = /<header class="site-header">[\s\S]*?<\/header>/;
  if (!header.test(html)) throw new Error(`finalize: ${page} has no static header`);
  html = html.replace(header, staticHeader(page, texts));
  if (!html.includes(marker) || !html.includes('const wasm = await init(')) {
    throw new Error(`finalize: ${page} has no static shell or start-up script to rewrite`);
  }
  return html
    .replace(marker, `${screen}${marker}`)
    .replace('const wasm = await init(', 'await new Promise((go) => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 200); });\nconst wasm = await init(')
    .replace(/<script src="(\.\/sw-register-[^"]+)"/, '<script defer src="$1"')
    .replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>/, '');
}

export function withCsp(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(inlineScriptHashes(html))}">`;
  return html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
  const texts = sources();
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    writeFileSync(join(dist, f), withCsp(paintFirst(readFileSync(join(dist, f), 'utf8'), f, texts)));
  }
  const cached = files.filter((f) => f !== 'sw.js');
  const version = sha('sha256', cached.map((f) => f + sha('sha256', readFileSync(join(dist, f)), 'hex')).join('\n'), 'hex').slice(0, 12);
  const sw = readFileSync('scripts/sw.template.js', 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(['./', ...cached]));
  writeFileSync(join(dist, 'sw.js'), sw);
  console.log(`finalize: CSP in ${files.filter((f) => f.endsWith('.html')).length} pages, sw.js caches ${cached.length + 1} files (version ${version})`);
}
