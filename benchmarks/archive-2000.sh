#!/usr/bin/env bash
# `newsdsl check` of an archive: 2,000 generated articles (the ones GeneratorBenchmarks uses) in one
# folder, timed as whole processes with /usr/bin/time -v: one core (--jobs 1) against all cores
# (the default), and against markdownlint-cli2 linting the same files renamed .md with its default
# rules (the nearest tool a newsroom runs on text files today). Output goes to /dev/null; each run
# is repeated and every run printed, so the spread shows.
#
#   benchmarks/archive-2000.sh
#   MARKDOWNLINT=/path/to/node_modules/.bin/markdownlint-cli2 benchmarks/archive-2000.sh
#   NEWSDSL_ARTICLES=500 RUNS=5 benchmarks/archive-2000.sh
#
# markdownlint-cli2 0.24.1 is installed by the caller outside the repository, e.g.
#   mkdir /tmp/mdlint && (cd /tmp/mdlint && npm install markdownlint-cli2@0.24.1)
#   MARKDOWNLINT=/tmp/mdlint/node_modules/.bin/markdownlint-cli2 benchmarks/archive-2000.sh
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT="${NEWSDSL_ARTICLES:-2000}"
RUNS="${RUNS:-3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/newsdsl-archive-${COUNT}.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

dotnet build "$REPO/benchmarks/NewsDsl.Benchmarks/NewsDsl.Benchmarks.csproj" -c Release -v:q -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$REPO/src/NewsDsl.Cli/NewsDsl.Cli.csproj" -c Release -v:q -nologo >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet "$REPO/benchmarks/NewsDsl.Benchmarks/bin/Release/net10.0/NewsDsl.Benchmarks.dll" --write-articles "$WORK/news" "$COUNT"
mkdir -p "$WORK/md"
for f in "$WORK"/news/*.news; do b="$(basename "$f" .news)"; cp "$f" "$WORK/md/$b.md"; done
printf 'root = true\n' >"$WORK/news/.editorconfig"
echo "== $(ls "$WORK/news" | grep -c '\.news$') articles, $(du -sh "$WORK/news" | cut -f1), $(nproc) cores"

TOOL="$REPO/src/NewsDsl.Cli/bin/Release/net10.0/newsdsl.dll"
measure() { # name, command...
  local name="$1"; shift
  for i in $(seq "$RUNS"); do
    /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt" || true
    local wall rss cpu
    wall="$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident' "$WORK/time.txt" | awk '{print $NF}')"
    cpu="$(grep 'Percent of CPU' "$WORK/time.txt" | awk '{print $NF}')"
    echo "$name run $i: wall $wall, CPU $cpu, max RSS $((rss / 1024)) MB"
  done
}

measure "newsdsl check --jobs 1" dotnet "$TOOL" check --jobs 1 "$WORK/news"
measure "newsdsl check (all cores)" dotnet "$TOOL" check "$WORK/news"
dotnet "$TOOL" check "$WORK/news" 2>&1 >/dev/null | tail -1
if [[ -n "${MARKDOWNLINT:-}" ]]; then
  (cd "$WORK/md" && measure "markdownlint-cli2 (defaults)" node "$MARKDOWNLINT" "**/*.md")
  (cd "$WORK/md" && node "$MARKDOWNLINT" "**/*.md" 2>&1 | tail -1) || true
else
  echo "MARKDOWNLINT not set: markdownlint-cli2 skipped"
fi
