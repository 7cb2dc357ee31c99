#!/usr/bin/env bash
# The benchmark command (issue 7): builds the product (Release), the benchmark and the Java Lucene
# peer, runs both side by side and writes docs/benchmarks.md. Generated corpora, data folders and
# indexes go to bench/out (gitignored). Options are passed to `Gongkai.Bench all`, e.g.
#   bench/run.sh --scaled 50000 --ingest-runs 1 --search-seconds 20
# Needs: dotnet 10 SDK, Java 17 (javac), liblucene8-java and wrk from Debian:
#   apt-get install -y liblucene8-java wrk
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT/java"

for tool in javac java wrk; do command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y liblucene8-java wrk)"; exit 1; }; done
JARS=""
for j in core analyzers-common analyzers-smartcn queryparser; do
  f=$(ls /usr/share/java/lucene-$j-8*.jar 2>/dev/null | head -1)
  [ -n "$f" ] || { echo "missing Lucene 8 jar lucene-$j (apt-get install -y liblucene8-java)"; exit 1; }
  JARS="$JARS:$f"
done
javac -d "$OUT/java" -cp "${JARS#:}" bench/java/LucenePeer.java

# Measured as deployed: published ReadyToRun (scripts/publish.sh), so start-up and a short ingest do
# not pay for JIT-compiling Lucene.Net and our own code (measured: −10 % CPU per document on
# ../shared/corpus, first answer on the 200k index 2.3 → 1.8 s; bench/changes.md, session 9).
scripts/publish.sh "$OUT/bin/service" src/SearchApi
scripts/publish.sh "$OUT/bin/bench" bench/Gongkai.Bench

# The service's gen0 budget as deployed (README, "Two commands"): the in-process searches and ingest measured
# here and the service started for HTTP inherit it.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
export BENCH_ARGS="$*"
dotnet "$OUT/bin/bench/Gongkai.Bench.dll" all \
  --repo . --shared ../shared --out "$OUT" --report docs/benchmarks.md \
  --service "$OUT/bin/service/Gongkai.SearchApi.dll" --java-cp "$OUT/java$JARS" "$@"
