# Shared by the benchmark scripts (sourced, not run): the Faro site for a corpus of ../shared/bench/.

# Faro's content folder for a corpus: a site.yaml with es (default) and en, plus the corpus's
# section folders. The sections are hard-linked, not symlinked: Faro's content scan does not
# follow symlinked folders (it treats them as files), so symlinks would leave it nothing to build.
# Hard links cost no copy; `cp -a` is the fallback when TMPDIR spans file systems.
make_faro_content() {
  local corpus=$1 content=$2
  mkdir -p "$content"
  cat >"$content/site.yaml" <<'YAML'
# Benchmark site: the corpus of ../shared/bench/make-corpus.py, in the languages it writes.
title:
  es: "Faro: banco de pruebas"
  en: "Faro: benchmark"
base_url: https://example.org/
languages:
  - {code: es, name: Español, default: true}
  - {code: en, name: English}
# Like Hugo here: no link check (the corpus links /seccion/ without a language) and no .gz/.br copies.
broken_links: ignore
precompress: false
YAML
  cp -al "$corpus/content/." "$content/" 2>/dev/null || cp -a "$corpus/content/." "$content/"
}
