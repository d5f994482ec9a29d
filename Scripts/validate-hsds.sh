#!/usr/bin/env bash
# Validates the directory's Open Referral HSDS data package in a built site (data/hsds/datapackage.json)
# with the Frictionless Python package: CSV shape, field types, enums, unique ids and foreign keys.
# Usage: Scripts/validate-hsds.sh [SITE_DIR]   (default: Public)
# The first run installs frictionless from PyPI into .build-frictionless/ (git-ignored).
# The Swift tests check the package's shape themselves and never need this script or the network.
set -euo pipefail
cd "$(dirname "$0")/.."
package="${1:-Public}/data/hsds/datapackage.json"
if [ ! -f "$package" ]; then
  echo "no $package: build the site first (make site)" >&2
  exit 1
fi
venv=.build-frictionless
if [ ! -x "$venv/bin/frictionless" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "frictionless>=5,<6"
fi
"$venv/bin/frictionless" validate "$package"
