#!/usr/bin/env bash
# Looks at the built portal as low-end phones do, with headless Chromium (Debian's `chromium`):
# - screenshots at 240x320 (KaiOS feature phones) and 360x640 (low-end Android) of the Spanish home page,
#   a guide chapter, a shelter page and a directory listing;
# - on every page (or every Nth with --sample N), that nothing scrolls sideways at either size:
#   document.documentElement.scrollWidth <= window.innerWidth;
# - on every HTML page, without a browser: at most 14 KB gzipped (level 1, as nginx sends it by default; other servers send less), no <script>
#   other than application/ld+json, no asset from another host (any src, or href of a <link> that loads).
# Prints a table per check and exits non-zero when any page fails one.
#
# Usage: Scripts/browser-check.sh [--site DIR] [--screens DIR] [--sample N]
#   --site DIR     an already built site (default: builds Content/ with faro into a temporary folder)
#   --screens DIR  where the screenshots go (default: /tmp/faro-screens)
#   --sample N     measure sideways scrolling on every Nth page only (default: 1, every page)
# FARO_SCRATCH_PATH, when set, is passed to `swift build --scratch-path` for that build.
#
# Why the widths are measured in iframes: headless Chromium keeps its window at least 500 px wide
# whatever --window-size says (screenshots are resized before capture, scripts are not), so a page
# measured in its own window never sees 240 px. Inside an iframe of exactly 240 or 360 px the page lays
# out and answers innerWidth just as in a phone's viewport, and one browser run measures every page.
set -euo pipefail
cd "$(dirname "$0")/.."

site="" screens=/tmp/faro-screens sample=1
while [ $# -gt 0 ]; do
  case "$1" in
    --site) site="$2"; shift 2 ;;
    --screens) screens="$2"; shift 2 ;;
    --sample) sample="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v chromium >/dev/null || { echo "chromium is not installed (sudo apt-get install chromium)" >&2; exit 2; }

work="$(mktemp -d /tmp/faro-browser-check.XXXXXX)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "$site" ]; then
  scratch=(); [ -n "${FARO_SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$FARO_SCRATCH_PATH")
  swift build --product faro "${scratch[@]}" >&2
  "$(swift build --show-bin-path "${scratch[@]}")/faro" build --content Content --output "$work/site" --no-pdf >&2
  site="$work/site"
fi
[ -f "$site/index.html" ] || { echo "$site has no index.html: not a built site" >&2; exit 2; }

# Serve a copy, so the measuring page never lands in the checked folder.
cp -R "$site" "$work/serve"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server --bind 127.0.0.1 "$port" --directory "$work/serve" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 0.1
done
base="http://127.0.0.1:$port"
browser=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1
         --no-first-run --disable-extensions --disable-background-networking)

# Screenshots of four kinds of Spanish page.
mkdir -p "$screens"
python3 - "$site" > "$work/screens.txt" <<'EOF'
import glob, os, sys
site = sys.argv[1]
def first(*patterns, exclude=()):
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(site, pattern))):
            relative = os.path.relpath(path, site)
            if not any(part in relative.split("/") for part in exclude):
                return "/" + relative[: -len("index.html")]
    return None
kinds = {
    "home": first("es/index.html"),
    "guide-chapter": first("es/guias/*/*/index.html"),
    "shelter": first("es/directorio/albergues/*/index.html"),
    "listing": first("es/directorio/baja-california/tijuana/index.html", "es/directorio/*/*/index.html",
                     exclude=("albergues", "organizaciones", "servicios", "para-quien", "a-z")),
}
for kind, route in kinds.items():
    print(kind, route or "-")
EOF
echo "Screenshots in $screens:"
while read -r kind route; do
  if [ "$route" = "-" ]; then echo "  $kind: no such page in this site"; continue; fi
  for size in 240x320 360x640; do
    file="$screens/es-$kind-$size.png"
    "${browser[@]}" --window-size="${size/x/,}" --screenshot="$file" "$base$route" >/dev/null 2>&1
    echo "  $file  ($route)"
  done
done < "$work/screens.txt"

# Sideways scrolling, measured in iframes of phone widths by one page per width.
python3 - "$site" "$sample" "$work/serve/faro-browser-check.html" <<'EOF'
import json, os, sys
site, every, harness = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pages = []
for folder, _, names in os.walk(site):
    for name in names:
        if not name.endswith(".html"):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8", errors="replace") as page:
            if 'http-equiv="refresh"' in page.read():
                continue  # a redirect at an old address: it would navigate away from the measurement
        relative = "/" + os.path.relpath(path, site)
        pages.append(relative[: -len("index.html")] if relative.endswith("/index.html") else relative)
pages = sorted(pages)[::every]
with open(harness, "w", encoding="utf-8") as out:
    out.write("""<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><script>
var pages = %s, sizes = [[240, 320], [360, 640]], results = [], p = 0, s = 0;
var frame = document.createElement("iframe");
frame.style.border = "0";
document.body.appendChild(frame);
// The innermost element that reaches past the right edge, to name in the table.
function culprit(root, width) {
  var found = "", all = root.querySelectorAll("body *");
  for (var i = 0; i < all.length; i++) {
    if (all[i].getBoundingClientRect().right > width + 0.5) {
      var e = all[i];
      found = e.tagName.toLowerCase() + (e.className ? "." + String(e.className).split(" ").join(".") : "")
        + " \u201c" + (e.textContent || e.getAttribute("href") || "").trim().slice(0, 40) + "\u201d";
    }
  }
  return found;
}
function next() {
  if (s === sizes.length) { document.documentElement.setAttribute("data-results", JSON.stringify(results)); return; }
  frame.width = sizes[s][0]; frame.height = sizes[s][1];
  frame.onload = function () {
    frame.onload = null;
    var root = frame.contentDocument.documentElement, width = frame.contentWindow.innerWidth;
    results.push([pages[p], sizes[s][0], root.scrollWidth, width, root.scrollWidth > width ? culprit(root, width) : ""]);
    if (++p === pages.length) { p = 0; s++; }
    next();
  };
  frame.src = pages[p];
}
next();
</script></body></html>
""" % json.dumps(pages))
EOF
timeout 900 "${browser[@]}" --window-size=800,700 --virtual-time-budget=3600000 --dump-dom "$base/faro-browser-check.html" \
  2>/dev/null > "$work/measured.html" || true

python3 - "$work/measured.html" "$site" <<'EOF'
import gzip, html, json, os, re, statistics, sys
measured, site = sys.argv[1], sys.argv[2]
failed = False

match = re.search(r'data-results="([^"]*)"', open(measured, encoding="utf-8").read())
if not match:
    print("Sideways scrolling: the browser did not finish measuring (see --sample to check fewer pages)")
    sys.exit(1)
rows = {}
culprits = {}
for page, width, scroll, inner, culprit in json.loads(html.unescape(match.group(1))):
    rows.setdefault(page, {})[width] = (scroll, inner)
    if culprit:
        culprits.setdefault(page, culprit)
print("\nSideways scrolling (scrollWidth / innerWidth, at 240x320 and 360x640):")
print(f"{'page':<64} {'240x320':>10} {'360x640':>10}  result")
scrolling = 0
for page in sorted(rows):
    cells = rows[page]
    bad = [w for w, (scroll, inner) in cells.items() if scroll > inner]
    scrolling += bool(bad)
    text = lambda w: "%d/%d" % cells[w] if w in cells else "-"
    print(f"{page:<64} {text(240):>10} {text(360):>10}  {'SCROLLS: ' + culprits.get(page, '') if bad else 'ok'}")
print(f"{len(rows)} pages measured, {scrolling} scroll sideways")
failed |= scrolling > 0

budget, sizes, problems = 14 * 1024, [], []
script = re.compile(r"<script\b[^>]*>")
source = re.compile(r'\ssrc="([^"]*)"')
link = re.compile(r"<link\b[^>]*>")
naming = {"canonical", "alternate", "author", "license", "help", "next", "prev", "search", "me"}
def external(url):
    url = url.lower()
    if not (url.startswith("//") or url.startswith("http://") or url.startswith("https://")):
        return False
    return not re.match(r"(https?:)?//(localhost|127\.0\.0\.1|example\.org)([:/?#]|$)", url)
for folder, _, names in os.walk(site):
    for name in names:
        if not name.endswith(".html"):
            continue
        path = os.path.join(folder, name)
        data = open(path, "rb").read()
        page = "/" + os.path.relpath(path, site)
        size = len(gzip.compress(data, 1, mtime=0))
        sizes.append((size, page))
        text = data.decode("utf-8", "replace")
        if size > budget:
            problems.append((page, f"{size} bytes gzipped, over {budget}"))
        for tag in script.findall(text):
            if 'type="application/ld+json"' not in tag:
                problems.append((page, "script: " + tag))
        urls = source.findall(text)
        for tag in link.findall(text):
            rel = re.search(r'\srel="([^"]*)"', tag)
            href = re.search(r'\shref="([^"]*)"', tag)
            if rel and href and set(rel.group(1).lower().split()) - naming:
                urls.append(href.group(1))
        problems += [(page, "external asset: " + url) for url in urls if external(url)]
sizes.sort()
print("\nPage weight (gzip level 1), scripts and external assets, every HTML page:")
print(f"{len(sizes)} pages; median {statistics.median_low(sizes)[0]} B, max {sizes[-1][0]} B ({sizes[-1][1]}); budget {budget} B")
for size, page in sizes[::-1][:5]:
    print(f"  {size:>6} B  {page}")
for page, problem in problems:
    print(f"FAIL {page}: {problem}")
failed |= bool(problems)
sys.exit(1 if failed else 0)
EOF
