# Shared by the benchmark scripts (sourced, not run): the Faro site for a corpus of ../shared/bench/, and
# where builds write.

# Where the builds write unless BENCH_OUT says otherwise: /dev/shm when it is a writable tmpfs, like /tmp on
# many systems. On a disk, the file system's inode allocation after earlier deletions costs both tools
# seconds of system time that vary from run to run (ext4's `recently_deleted` and `find_inode_bit` were
# 40 % of a profile here), which measures the disk's history rather than the generators. Prints nothing
# where there is no such folder (the scripts then use their temporary folder); BENCH_OUT=/tmp uses the disk.
default_bench_out() {
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm)" = tmpfs ]; then echo /dev/shm; fi
}

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
