#!/usr/bin/env bash
# Ingests ../shared/corpus with the real service, as a user would (Corpus:Path pointed at it),
# and prints: wall time to ready, documents, failures grouped by reason, index and catalog size,
# peak RSS of the service. Needs ../shared beside the checkout.
# Usage: scripts/ingest-shared.sh [data-folder] [port] [--Section:Key=value …passed to the service]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(readlink -f ../shared/corpus 2>/dev/null || true)
if [ -z "$corpus" ] || [ ! -d "$corpus" ]; then
  echo "ingest-shared.sh: ../shared/corpus is not beside this checkout; nothing to measure." >&2; exit 2
fi
data=${1:-/tmp/gongkai-shared-data}
port=${2:-5180}
shift $(( $# < 2 ? $# : 2 ))
key=measure-key
rm -rf "$data"
dotnet build src/SearchApi -c Release -v q -nologo >/dev/null
start=$(date +%s.%N)
dotnet src/SearchApi/bin/Release/net10.0/Gongkai.SearchApi.dll --contentRoot "$(pwd)/src/SearchApi" \
  --Corpus:Path="$corpus" --Data:Path="$data" --Corpus:Watch=false --Staff:ApiKeys:0=$key \
  --urls "http://127.0.0.1:$port" "$@" > "$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/api/status" >/dev/null; do sleep 0.2; done
echo "first answer after $(echo "$(date +%s.%N) - $start" | bc) s"
while true; do
  s=$(curl -sf "http://127.0.0.1:$port/api/status")
  if echo "$s" | grep -q '"ready":true'; then break; fi
  sleep 1
done
end=$(date +%s.%N)
echo "ready after $(echo "$end - $start" | bc) s: $s"
echo "peak RSS: $(grep VmHWM /proc/$pid/status)"
curl -sf -H "X-Api-Key: $key" "http://127.0.0.1:$port/api/failures" | python3 -c '
import json, sys, collections
rows = json.load(sys.stdin)
by = collections.defaultdict(list)
for r in rows: by[r["reason"]].append(r["source"])
for reason, files in sorted(by.items()):
    print(f"{reason}: {len(files)}")
    for f in files: print("   ", f)'
du -sh "$data"/index "$data"/catalog.db
