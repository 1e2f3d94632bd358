// Download size of a first visit: every file of dist/ that the home page
// loads (html, js, wasm, css, icon), raw, gzip and brotli, per file and in
// total. With --max-kb N, fails when the brotli total exceeds N KB.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.env.DIST || 'dist';
const args = process.argv.slice(2);
const maxIdx = args.indexOf('--max-kb');
const maxKb = maxIdx >= 0 ? Number(args[maxIdx + 1]) : null;
const json = args.includes('--json');

// First visit = what index.html references, plus index.html itself. Files
// fetched later (service worker cache, print pages) are listed apart.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
const firstVisit = files.filter((f) => f === 'index.html' || html.includes(f));
const kb = (n) => (n / 1024).toFixed(1);

const rows = firstVisit.map((f) => {
  const data = readFileSync(join(dist, f));
  return {
    file: f,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
}).sort((a, b) => b.brotli - a.brotli);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

if (json) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(44)}${pad('raw KB', 10)}${pad('gzip KB', 10)}${pad('brotli KB', 11)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)}${pad(kb(r.raw), 10)}${pad(kb(r.gzip), 10)}${pad(kb(r.brotli), 11)}`);
  console.log(`${'first visit total'.padEnd(44)}${pad(kb(total.raw), 10)}${pad(kb(total.gzip), 10)}${pad(kb(total.brotli), 11)}`);
  const other = files.filter((f) => !firstVisit.includes(f) && extname(f) !== '.map');
  if (other.length) console.log(`not part of the first visit: ${other.join(', ')}`);
}
if (maxKb !== null) {
  const got = total.brotli / 1024;
  if (!(got <= maxKb)) {
    console.error(`size: first visit is ${got.toFixed(1)} KB brotli, over the ${maxKb} KB budget`);
    process.exit(1);
  }
  console.log(`size: first visit ${got.toFixed(1)} KB brotli <= ${maxKb} KB budget`);
}
