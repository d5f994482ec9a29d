#!/usr/bin/env bash
# Installs the Debian packages Faro needs to build and test, when they are missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail
build=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
test=(hugo python3)
want=("${build[@]}")
[ "${1:-}" = "--test" ] && want+=("${test[@]}")
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
