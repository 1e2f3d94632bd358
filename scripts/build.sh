#!/usr/bin/env bash
# Builds every page of the app into dist/ (release). Each page is its own
# WebAssembly binary, built by Trunk from an HTML file: index.html is the
# source; quiz.html, jeu.html, bilan.html, formateur.html, equipes.html,
# materiel.html and donnees.html are generated from it here
# (same shell, another binary, another title).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

mode=${1:---release=true}
pages=target/pages

# Nothing changed since the last build: keep dist/ as it is.
stamp=$(find src content locales style public index.html Cargo.toml Cargo.lock Trunk.toml \
  scripts/build.sh scripts/finalize.mjs scripts/sw.template.js -type f -print0 \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-32)
if [ -f dist/index.html ] && [ "$(cat "$pages/stamp" 2>/dev/null)" = "$stamp $mode" ]; then
  echo "build: dist/ is up to date"
  exit 0
fi
rm -rf "$pages"
mkdir -p "$pages/src"

# page binary title
while read -r page bin title; do
  # Each page loads only the styles it uses: the game and debrief pages
  # have no quiz or trainer screen (saves their download on the game table).
  case $page in
    jeu) drop='quiz\|trainer\|debrief' ;;
    bilan) drop='quiz\|trainer' ;;
    *) drop='' ;;
  esac
  sed -e "/href=\"style\/\($drop\)\.css\"/d" \
      -e "s|data-bin=\"labo\"|data-bin=\"$bin\" href=\"../../../Cargo.toml\"|" \
      -e "s|href=\"style/|href=\"../../../style/|g" \
      -e "s|href=\"public/|href=\"../../../public/|g" \
      -e "s|src=\"public/|src=\"../../../public/|g" \
      -e "s|<title>Labo</title>|<title>$title · Labo</title>|" \
      index.html > "$pages/src/$page.html"
done <<'PAGES'
quiz quiz Profil d'innovateur·rice
jeu jeu Jeu du projet
bilan bilan Débriefing
formateur formateur Espace formateur·rice
equipes equipes Résultats de la salle
materiel materiel Matériel de formation
donnees donnees Mes données
PAGES

# The trainer's web workers (src/worker.rs), each built with the page that
# starts it and downloaded only when a screen does: the camera scanner
# (team map, tables), the lesson sheet (print-and-play).
for pair in equipes:scanner materiel:lessons; do
  page=${pair%%:*} worker=${pair##*:}
  sed -i "s|^\(.*data-bin=\"$page\".*\)$|\1\n  <link data-trunk rel=\"rust\" data-bin=\"$worker\" data-type=\"worker\" data-loader-shim data-wasm-opt=\"z\" href=\"../../../Cargo.toml\">|" \
    "$pages/src/$page.html"
done

trunk build $mode index.html -d "$pages/out/index"
for page in quiz jeu bilan formateur equipes materiel donnees; do
  trunk build $mode "$pages/src/$page.html" -d "$pages/out/$page" --html-output "$page.html"
done

# Assemble: the shared files (styles, icon) carry the same content hash.
rm -rf dist
mkdir -p dist
for out in "$pages"/out/*; do cp -r "$out"/. dist/; done
node scripts/finalize.mjs dist
echo "$stamp $mode" > "$pages/stamp"
echo "build: $(ls dist | wc -l) files in dist/"
