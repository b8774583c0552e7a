#!/usr/bin/env bash
# A real `dotnet build` of a project with 1,000 articles, timing NewsDsl inside the compiler.
#
# Sets up a throw-away project in a temporary folder, writes 1,000 generated articles into it
# (the same ones GeneratorBenchmarks uses), references NewsDsl, and builds it twice with
# -p:ReportAnalyzer=true: once cold (restore, first load of the generator) and once as a rebuild
# with the compiler server warm. Prints the generator's and the analyzer's own times next to
# the Csc task's total and the whole build's wall time.
#
#   benchmarks/build-1000.sh                 # the packed package (dotnet pack src/NewsDsl.Package)
#   NEWSDSL_BUILD_MODE=project benchmarks/build-1000.sh   # ProjectReferences as Analyzer items instead
#   NEWSDSL_ARTICLES=200 benchmarks/build-1000.sh         # another article count
#   KEEP=1 benchmarks/build-1000.sh          # keep the temporary folder (its path is printed)
#   NEWSDSL_CPU_BUILD=0 benchmarks/build-1000.sh          # skip the third build and the CPU share (below)
#
# ReportAnalyzer's times are wall clock inside each callback, summed over the compiler's threads, so on a
# loaded machine they grow with the load (a callback preempted by a neighbour keeps counting). A third
# build therefore runs the compiler in its own process (-p:UseSharedCompilation=false) under
# /usr/bin/time, for a CPU figure the load does not inflate, and the benchmark's --build-share mode
# gives NewsDsl's own thread CPU for the same 1,000 articles (the generator's full run and the
# analyzer's checks): the two make a CPU share beside ReportAnalyzer's.
#
# Needs only the .NET SDK; the package is restored from a local folder into a private
# NUGET_PACKAGES, so nothing is added to the user's package cache.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${NEWSDSL_BUILD_MODE:-package}"
COUNT="${NEWSDSL_ARTICLES:-1000}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/newsdsl-build-${COUNT}.XXXXXX")"
PROJECT="$WORK/Newsroom"
VERSION="0.1.0-bench"

cleanup() {
  if [[ "${KEEP:-0}" != "1" ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

echo "== NewsDsl build of $COUNT articles ($MODE) in $WORK"
mkdir -p "$PROJECT/Articles"

# 1. The articles: written by the benchmark project so they match GeneratorBenchmarks exactly.
dotnet build "$REPO/benchmarks/NewsDsl.Benchmarks/NewsDsl.Benchmarks.csproj" -c Release -v:q -nologo >"$WORK/bench-build.log" 2>&1 \
  || { cat "$WORK/bench-build.log"; exit 1; }
dotnet "$REPO/benchmarks/NewsDsl.Benchmarks/bin/Release/net10.0/NewsDsl.Benchmarks.dll" --write-articles "$PROJECT/Articles" "$COUNT"

# 2. The consumer project.
if [[ "$MODE" == "package" ]]; then
  dotnet pack "$REPO/src/NewsDsl.Package/NewsDsl.Package.csproj" -c Release -o "$WORK/feed" -p:Version="$VERSION" -v:q -nologo >"$WORK/pack.log" 2>&1 \
    || { cat "$WORK/pack.log"; exit 1; }
  cat >"$PROJECT/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="newsdsl-local" value="$WORK/feed" />
  </packageSources>
</configuration>
EOF
  REFERENCE="    <PackageReference Include=\"NewsDsl\" Version=\"$VERSION\" PrivateAssets=\"all\" />"
  IMPORT_PROPS=""
  IMPORT_TARGETS=""
  export NUGET_PACKAGES="$WORK/packages"
else
  REFERENCE="    <ProjectReference Include=\"$REPO/src/NewsDsl.Generator/NewsDsl.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />
    <ProjectReference Include=\"$REPO/src/NewsDsl.Language/NewsDsl.Language.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
  IMPORT_PROPS="  <Import Project=\"$REPO/src/NewsDsl.Package/build/NewsDsl.props\" />"
  IMPORT_TARGETS="  <Import Project=\"$REPO/src/NewsDsl.Package/build/NewsDsl.targets\" />"
fi

cat >"$PROJECT/Newsroom.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
$IMPORT_PROPS
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Newsroom</RootNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
$REFERENCE
  </ItemGroup>
$IMPORT_TARGETS
</Project>
EOF
cat >"$PROJECT/Program.cs" <<'EOF'
namespace Newsroom;

public static class Front
{
    public static int Count => Newsroom.News.Dispatch0000.Quotes.Count;
}
EOF
# Keep the repository's Directory.Build.props and global.json out of the way of the temp project.
echo '<Project />' >"$WORK/Directory.Build.props"
echo '<Project />' >"$WORK/Directory.Build.targets"

# 3. Two builds: cold (restore + first load), then a rebuild with everything warm.
build() {
  local log="$1"; shift
  local start end
  start=$(date +%s.%N)
  if ! /usr/bin/time -f '%U %S' -o "$log.cpu" dotnet build "$PROJECT/Newsroom.csproj" -c Release -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "$@" >"$log" 2>&1; then
    grep -E "error" "$log" | sort -u | head -20
    echo "build failed; log: $log (KEEP=1 keeps it)"
    exit 1
  fi
  end=$(date +%s.%N)
  WALL=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
}

report() {
  local name="$1" log="$2" wall="$3"
  local csc analyzers generators gen_own ana_own warnings
  # Task Performance Summary: "   12345 ms  Csc   1 calls"
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s+[0-9]+ calls' "$log" | tail -1 | awk '{print $1}')
  analyzers=$(grep -E 'Total analyzer execution time:' "$log" | tail -1 | grep -oE '[0-9]+([.,][0-9]+)?' | head -1)
  generators=$(grep -E 'Total generator execution time:' "$log" | tail -1 | grep -oE '[0-9]+([.,][0-9]+)?' | head -1)
  # Per-type lines: "   <seconds>   <percent>   NewsDsl.Generator.NewsGenerator"
  gen_own=$(grep -E '^\s+[0-9.,<]+\s+[0-9<]+\s+NewsDsl\.Generator\.NewsGenerator' "$log" | tail -1 | awk '{print $1}')
  ana_own=$(grep -E '^\s+[0-9.,<]+\s+[0-9<]+\s+NewsDsl\.Generator\.NewsAnalyzer' "$log" | tail -1 | awk '{print $1}')
  warnings=$(grep -oE '[^ >]+\.news\([0-9]+,[0-9]+\): warning NEWS[0-9]+' "$log" | sort -u | wc -l)
  printf '%-28s wall %6.2f s | Csc task %6s ms | generators %6s s (NewsGenerator %s s) | analyzers %6s s (NewsAnalyzer %s s) | NEWS warnings: %s\n' \
    "$name" "$wall" "${csc:-?}" "${generators:-?}" "${gen_own:-?}" "${analyzers:-?}" "${ana_own:-?}" "$warnings"
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
build "$WORK/build-cold.log"
WALL_COLD="$WALL"
build "$WORK/build-warm.log" --no-restore -t:Rebuild
WALL_WARM="$WALL"
if [[ "${NEWSDSL_CPU_BUILD:-1}" == "1" ]]; then
  # The whole build's CPU, the compiler included (a child process now, so counted by time).
  build "$WORK/build-cpu.log" --no-restore -t:Rebuild -p:UseSharedCompilation=false
  WALL_CPU="$WALL"
fi

echo
echo "load average before / after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates every number)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET SDK $(dotnet --version)"
echo "articles: $COUNT, $(cat "$PROJECT"/Articles/*.news | wc -c) bytes; generated C#: see GeneratorBenchmarks (about 4 chars of C# per char of article)"
report "cold (restore + build)" "$WORK/build-cold.log" "$WALL_COLD"
report "warm (rebuild, server up)" "$WORK/build-warm.log" "$WALL_WARM"
if [[ "${NEWSDSL_CPU_BUILD:-1}" == "1" ]]; then
  report "csc in its own process" "$WORK/build-cpu.log" "$WALL_CPU"
  BUILD_CPU=$(awk '{ printf "%.1f", $1 + $2 }' "$WORK/build-cpu.log.cpu")
  echo "  that build's CPU (user + sys, MSBuild and csc): $BUILD_CPU s"
  SHARE_LOG="$WORK/build-share.txt"
  dotnet "$REPO/benchmarks/NewsDsl.Benchmarks/bin/Release/net10.0/NewsDsl.Benchmarks.dll" --build-share >"$SHARE_LOG" 2>&1
  GEN_MS=$(grep -E 'generator, full run' "$SHARE_LOG" | awk '{ gsub(",", "", $(NF-3)); print $(NF-3) }')
  CHECK_MS=$(grep -E "analyzer's check" "$SHARE_LOG" | awk '{ gsub(",", "", $(NF-3)); print $(NF-3) }')
  echo "  NewsDsl's own thread CPU for these articles (--build-share): generator full run $GEN_MS ms + analyzer checks $CHECK_MS ms" \
    "= $(awk -v g="$GEN_MS" -v c="$CHECK_MS" -v b="$BUILD_CPU" 'BEGIN { printf "%.2f%%", 100 * (g + c) / 1000 / b }') of that build's CPU"
fi
echo
echo "ReportAnalyzer section of the warm build:"
awk '/Total analyzer execution time:/,/^\s*$/' "$WORK/build-warm.log" | grep -E 'NewsDsl|Total' | sed 's/^/  /' | head -3
awk '/Total generator execution time:/,/^\s*$/' "$WORK/build-warm.log" | grep -E 'NewsDsl|Total' | sed 's/^/  /' | head -3
