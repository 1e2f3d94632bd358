// Download size of each page of dist/: every file the page's HTML loads
// (html, js, wasm, css, icon), raw, gzip and brotli. The first visit is the
// home page (index.html). With --max-kb N, fails when the first visit's
// brotli total exceeds N KB; with --page-max PAGE:N (repeatable), when that
// page's total does. Web workers (Trunk's NAME_loader.js, NAME.js,
// NAME_bg.wasm) are not part of any page: each is measured on its own, as it
// is downloaded only when a screen starts it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.env.DIST || 'dist';
const args = process.argv.slice(2);
const maxIdx = args.indexOf('--max-kb');
const maxKb = maxIdx >= 0 ? Number(args[maxIdx + 1]) : null;
const pageMax = args.flatMap((a, i) => (a === '--page-max' ? [args[i + 1].split(':')] : []))
  .map(([file, n]) => ({ file, kb: Number(n) }));
const kb = (n) => (n / 1024).toFixed(1);
const pad = (s, n) => String(s).padStart(n);
const files = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);

function measure(file) {
  const data = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli };
}

function page(htmlFile) {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const used = files.filter((f) => f === htmlFile || (!f.endsWith('.html') && !workerFiles.has(f) && html.includes(f)));
  const rows = used.map(measure).sort((a, b) => b.brotli - a.brotli);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

const workers = files.filter((f) => f.endsWith('_loader.js')).map((f) => f.slice(0, -'_loader.js'.length)).sort();
const workerFiles = new Set(workers.flatMap((w) => [`${w}_loader.js`, `${w}.js`, `${w}_bg.wasm`]));
const home = page('index.html');
console.log(`${'first visit (index.html)'.padEnd(44)}${pad('raw KB', 10)}${pad('gzip KB', 10)}${pad('brotli KB', 11)}`);
for (const r of home.rows) console.log(`  ${r.file.padEnd(42)}${pad(kb(r.raw), 10)}${pad(kb(r.gzip), 10)}${pad(kb(r.brotli), 11)}`);
console.log(`${'first visit total'.padEnd(44)}${pad(kb(home.total.raw), 10)}${pad(kb(home.total.gzip), 10)}${pad(kb(home.total.brotli), 11)}`);
const totals = { 'index.html': home.total };
for (const other of files.filter((f) => f.endsWith('.html') && f !== 'index.html').sort()) {
  const p = page(other);
  totals[other] = p.total;
  console.log(`${`page ${other} (all its files)`.padEnd(44)}${pad(kb(p.total.raw), 10)}${pad(kb(p.total.gzip), 10)}${pad(kb(p.total.brotli), 11)}`);
}
for (const w of workers) {
  const rows = [`${w}_loader.js`, `${w}.js`, `${w}_bg.wasm`].filter((f) => files.includes(f)).map(measure);
  const t = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`${`worker ${w} (when a screen starts it)`.padEnd(44)}${pad(kb(t.raw), 10)}${pad(kb(t.gzip), 10)}${pad(kb(t.brotli), 11)}`);
}
const everything = files.map(measure).reduce((t, r) => t + r.brotli, 0);
console.log(`${'whole app (every file of dist/)'.padEnd(44)}${pad('', 20)}${pad(kb(everything), 11)}`);

for (const { file, kb: max } of pageMax) {
  const got = totals[file] ? totals[file].brotli / 1024 : NaN;
  if (!(got <= max)) {
    console.error(`size: ${file} is ${got.toFixed(1)} KB brotli, over its ${max} KB budget`);
    process.exit(1);
  }
  console.log(`size: ${file} ${got.toFixed(1)} KB brotli <= ${max} KB budget`);
}

if (maxKb !== null) {
  const got = home.total.brotli / 1024;
  if (!(got <= maxKb)) {
    console.error(`size: first visit is ${got.toFixed(1)} KB brotli, over the ${maxKb} KB budget`);
    process.exit(1);
  }
  console.log(`size: first visit ${got.toFixed(1)} KB brotli <= ${maxKb} KB budget`);
}
