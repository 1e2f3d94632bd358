// Turns a Trunk build of one page into one self-contained HTML file: the
// wasm-bindgen glue and the WebAssembly (base64) in one inline module
// script, the styles and the icon inlined, and a CSP allowing exactly
// those inline blocks by hash.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

const [dir, page, out] = process.argv.slice(2);
let html = readFileSync(join(dir, page), 'utf8');
const read = (f) => readFileSync(join(dir, f.replace(/^\.\//, '')));
const hash = (s) => createHash('sha256').update(s).digest('base64');

// The start-up script imports the glue and fetches the wasm: replace both.
const start = html.match(/<script type="module">([\s\S]*?)<\/script>/);
const glueFile = start[1].match(/from '([^']+\.js)'/)[1];
const wasmFile = start[1].match(/module_or_path: '([^']+\.wasm)'/)[1];
const glue = read(glueFile).toString('utf8')
  .replace(/^export default __wbg_init;?$/m, '')
  .replace(/^export \{[^}]*\};?$/gm, '')
  .replace(/^export (function|class|const|let|async function) /gm, '$1 ');
const wasm = read(wasmFile).toString('base64');
const script = `${glue}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
html = html.replace(start[0], () => `<script type="module">${script}</script>`);

// Styles inline, preload hints and integrity out (nothing is fetched).
const styles = [];
html = html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g, (_, href) => {
  const css = read(href).toString('utf8');
  styles.push(css);
  return `<style>${css}</style>`;
});
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
html = html.replace(/<link rel="icon" href="([^"]+)"[^>]*\/?>/, (_, href) =>
  `<link rel="icon" href="data:image/svg+xml;base64,${read(href).toString('base64')}">`);

const csp = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' 'sha256-${hash(script)}'`,
  `style-src ${styles.map((s) => `'sha256-${hash(s)}'`).join(' ')}`,
  "img-src data: blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single file: ${out} (${(html.length / 1024).toFixed(0)} KB)`);
