#!/usr/bin/env bash
# Installs the Debian packages Faro needs, when they are missing.
#   Scripts/install-deps.sh            to build Faro and the portal
#   Scripts/install-deps.sh --test     also what the tests use
#   Scripts/install-deps.sh --bench    also what the benchmark uses (Hugo, GNU time)
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail
build=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev libbrotli-dev libqrencode-dev libmimalloc-dev libisal-dev weasyprint zip)
test=(python3 poppler-utils zbar-tools brotli imagemagick zim-tools unzip)
bench=(hugo python3 time curl)
want=("${build[@]}")
case "${1:-}" in
  --test) want+=("${test[@]}") ;;
  --bench) want+=("${bench[@]}") ;;
esac
missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Faro needs these Debian packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
