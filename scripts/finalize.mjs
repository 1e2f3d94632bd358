// Last step of the release build, on the assembled dist/:
// 1. writes a strict Content-Security-Policy into every page, allowing its
//    inline start-up script by hash only (and WebAssembly compilation);
// 2. writes sw.js, the service worker, with the list of every file of the
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

export function withCsp(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(inlineScriptHashes(html))}">`;
  return html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    writeFileSync(join(dist, f), withCsp(readFileSync(join(dist, f), 'utf8')));
  }
  const cached = files.filter((f) => f !== 'sw.js');
  const version = sha('sha256', cached.map((f) => f + sha('sha256', readFileSync(join(dist, f)), 'hex')).join('\n'), 'hex').slice(0, 12);
  const sw = readFileSync('scripts/sw.template.js', 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(['./', ...cached]));
  writeFileSync(join(dist, 'sw.js'), sw);
  console.log(`finalize: CSP in ${files.filter((f) => f.endsWith('.html')).length} pages, sw.js caches ${cached.length + 1} files (version ${version})`);
}
