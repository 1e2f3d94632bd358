#!/usr/bin/env bash
# `make single-file`: dist-single/labo.html, the whole app in one HTML file
# (WebAssembly, scripts and styles inlined) that runs from disk (file://),
# e.g. from a USB key on a locked-down office computer.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

work=target/single
stamp=$(find src content locales style public index.html Cargo.toml Cargo.lock \
  scripts/single-file.sh scripts/inline.mjs -type f -print0 \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-32)
if [ -f dist-single/labo.html ] && [ "$(cat "$work/stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "single file: dist-single/labo.html is up to date"
  exit 0
fi
rm -rf "$work"
mkdir -p "$work/src"
# The page source: every screen (`complet` binary, `single` feature), no
# service worker or manifest (they need a web server).
sed -e 's|data-bin="labo"|data-bin="complet" data-cargo-features="single" href="../../../Cargo.toml"|' \
    -e 's|href="style/|href="../../../style/|g' \
    -e 's|href="public/|href="../../../public/|g' \
    -e '/sw-register.js/d' -e '/manifest/d' -e '/icon-192.png/d' -e '/icon-512.png/d' \
    index.html > "$work/src/labo.html"
trunk build --release=true "$work/src/labo.html" -d "$work/out" --html-output labo.html
node scripts/inline.mjs "$work/out" labo.html dist-single/labo.html
echo "$stamp" > "$work/stamp"
