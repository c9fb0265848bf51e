#!/usr/bin/env bash
# Imports each worst input of make-inputs.py with the built tool (Release) and prints wall time and peak memory.
# Usage: bench/reader-worst-cases/measure.sh   (from the repository root, after: dotnet build -c Release tools/PaperCatalog.Tool)
set -euo pipefail
tool="tools/PaperCatalog.Tool/bin/Release/net10.0/PaperCatalog.Tool.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/reader-worst-cases/make-inputs.py "$work/in"
run() {
  local name="$1"; shift
  rm -rf "$work/out"
  /usr/bin/time -f "$name: %e s, %M KB peak, exit %x" dotnet "$tool" "$@" --out "$work/out" >/dev/null 2>"$work/err" || true
  tail -n 1 "$work/err"
}
run expansion.bib import bibtex "$work/in/expansion.bib"
run depth.bib import bibtex "$work/in/depth.bib"
run deep.xml import arxiv-atom "$work/in/deep.xml"
run listing.txt import listing "$work/in/listing.txt"
run metadata.yaml import listing "$work/in/small-listing.txt" --metadata "$work/in/metadata.yaml"
