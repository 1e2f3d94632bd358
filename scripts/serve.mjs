// A small static web server for dist/, as a lab's intranet server would be
// set up: brotli or gzip compression, correct types, the security headers
// of the README, and long caching for hashed files. Used by `make serve`
// and the Lighthouse benchmark. Usage: node scripts/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = process.argv[2] || 'dist';
const port = Number(process.argv[3] || 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};
const HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
const cache = new Map();

async function body(path, encoding) {
  const key = `${path}|${encoding}`;
  if (!cache.has(key)) {
    const raw = await readFile(path);
    const packed = encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw;
    cache.set(key, packed);
  }
  return cache.get(key);
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(normalize(root))) { res.writeHead(403).end(); return; }
  const type = TYPES[extname(file)] || 'application/octet-stream';
  const accepts = req.headers['accept-encoding'] || '';
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  try {
    const data = await body(file, type.startsWith('image/png') ? null : encoding);
    const hashed = /-[0-9a-f]{16}(_bg)?\.\w+$/.test(file);
    res.writeHead(200, {
      ...HEADERS,
      'Content-Type': type,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(encoding && !type.startsWith('image/png') ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
    });
    res.end(data);
  } catch {
    res.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable / Not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`Labo : http://127.0.0.1:${port} (Ctrl-C pour arrêter)`));
