#!/usr/bin/env node
// French spacing, fixed in place (see docs/writing.md): a non-breaking
// space (U+00A0) before : ; ! ? and », and after «. Only French strings are
// touched: every value of locales/fr/*.json, and every "fr" value of the
// content files. The file keeps its own layout: strings are edited where
// they stand, nothing is re-serialised.
//
//   node scripts/typography.mjs            fix every locale and content file
//   node scripts/typography.mjs --check    list what would change, exit 1 if any
//   node scripts/typography.mjs FILE...    fix these files only
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NBSP = '\u00a0';

/** The French spacing of one string. */
export function frenchSpacing(text) {
  return text
    // « word » : the space inside the marks is non-breaking.
    .replace(/«[ \u202f\u00a0]*/g, `«${NBSP}`)
    .replace(/[ \u202f\u00a0]*»/g, `${NBSP}»`)
    // A breaking (or thin) space before : ; ! ? becomes non-breaking.
    .replace(/[ \u202f]+([:;!?])/g, `${NBSP}$1`)
    // No space at all before ; ! ? (or : ending a phrase): add one. Not
    // inside addresses or times (jeu.html?partie, 14:30), nor in "?!".
    .replace(/([\p{L}\p{N})}»%])([;!?]|:)(?=[\s"”»)]|$)/gu, `$1${NBSP}$2`);
}

const STRING = /"((?:[^"\\]|\\.)*)"/g;

/** Fixes the French strings of one JSON text; `frenchValue(before)` says
 * whether the string that follows `before` is French. */
function fixText(text, isFrench) {
  return text.replace(STRING, (whole, body, offset) => {
    if (!isFrench(text.slice(Math.max(0, offset - 12), offset))) return whole;
    return `"${frenchSpacing(body)}"`;
  });
}

// In a locale file every value is French; in a content file only "fr" ones.
const afterColon = (before) => /:\s*$/.test(before);
const afterFrKey = (before) => /"fr"\s*:\s*$/.test(before);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.json') ? [path] : [];
  });
}

function kindOf(path) {
  return /locales[\\/]fr[\\/]/.test(path) ? afterColon : /content[\\/]/.test(path) ? afterFrKey : null;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((a) => !a.startsWith('--'));
const root = new URL('..', import.meta.url).pathname;
const files = named.length
  ? named
  : [...filesUnder(join(root, 'locales', 'fr')), ...filesUnder(join(root, 'content'))];

let changed = 0;
for (const file of files) {
  const isFrench = kindOf(file);
  if (!isFrench) continue;
  const before = readFileSync(file, 'utf8');
  const after = fixText(before, isFrench);
  if (after !== before) {
    changed += 1;
    if (check) console.log(`needs French spacing: ${file}`);
    else writeFileSync(file, after);
  }
}
if (!check) console.log(`typography: files fixed: ${changed}`);
process.exit(check && changed ? 1 : 0);
