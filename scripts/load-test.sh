#!/usr/bin/env bash
# Load test of issue 6: the Release service on 127.0.0.1, `wrk -t2 -c64 -d60s` with a mix of
# search / lookup / document / source / suggest requests, while a few hundred files are copied
# into the corpus (the watcher ingests them during the run). Zero non-2xx answers and zero socket
# errors are expected; throughput and p99 are printed (RESULT line) and kept in $WORK.
#
# Data: with /work/full-data and ../shared/corpus present, copies of both (the full ~6,000-file
# catalog, nothing re-ingested); otherwise the repo's sample corpus, indexed at start.
# Env: PORT (5104), DURATION (60s), CONNECTIONS (64), THREADS (2), ADD_FILES (300), WORK (/tmp/gongkai-load).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-5104}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ADD_FILES=${ADD_FILES:-300}
WORK=${WORK:-/tmp/gongkai-load}
KEY=load-test-key
BASE=http://127.0.0.1:$PORT
SHARED_CORPUS=$ROOT/../shared/corpus
FULL_DATA=/work/full-data

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }

echo "== build (Release)"
dotnet build "$ROOT/src/SearchApi/Gongkai.SearchApi.csproj" -c Release -v q -nologo >/dev/null
BIN=$ROOT/src/SearchApi/bin/Release/net10.0

echo "== data in $WORK"
rm -rf "$WORK" && mkdir -p "$WORK"
if [[ -d $FULL_DATA && -d $SHARED_CORPUS ]]; then
  MODE=full
  cp -a "$FULL_DATA" "$WORK/data"
  cp -a "$SHARED_CORPUS" "$WORK/corpus"   # -a keeps mtimes, so the catalog sees every file as unchanged
  ADD_FROM=$SHARED_CORPUS
else
  MODE=sample
  mkdir -p "$WORK/data" && cp -a "$ROOT/corpus" "$WORK/corpus"
  ADD_FROM=$ROOT/corpus
fi

echo "== start service ($MODE corpus) on $BASE"
(cd "$BIN" && exec dotnet Gongkai.SearchApi.dll --Corpus:Path="$WORK/corpus" --Data:Path="$WORK/data" --urls="$BASE" \
  --Corpus:Watch=true --Corpus:WatchDebounce=00:00:01 --Staff:ApiKeys:0=$KEY --RateLimit:SearchesPerSecond=1000000 \
  --Logging:LogLevel:Default=Warning) >"$WORK/service.log" 2>&1 &
PID=$!
COPIER=
cleanup() { [[ -n $COPIER ]] && kill "$COPIER" 2>/dev/null || true; kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
trap cleanup EXIT

status() { curl -sf "$BASE/api/status"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
for _ in $(seq 1 1200); do
  if s=$(status) && [[ $(echo "$s" | field ready) == True ]]; then break; fi
  sleep 0.5
done
BEFORE=$(status)
echo "ready: $BEFORE"

echo "== targets"
python3 - "$BASE" "$WORK/targets.txt" <<'PY'
import json, sys, urllib.parse, urllib.request
base, out = sys.argv[1], sys.argv[2]
q = urllib.parse.quote
def get(path):
    with urllib.request.urlopen(base + path) as r: return json.load(r)
queries = ["政府信息公开", "住房公积金", "棚户区改造", "低保", "通知", "年度报告", "教育", "医疗保险", "张政办发", "养老服务",
           "安全生产", "环境保护", "财政预算", "城市管理", "就业创业", "乡村振兴", "政策解读", "规范性文件", "实施意见", "办法"]
docs = []
for term in queries:
    for h in get("/api/search?size=20&q=" + q(term))["hits"]:
        docs.append(h)
lines = []
for term in queries:
    lines += ["/api/search?q=" + q(term)] * 3
    lines += ["/api/search?q=%s&page=2&size=20" % q(term), "/api/search?q=%s&sort=date" % q(term), "/api/suggest?q=" + q(term[:2])]
seen = set()
for h in docs:
    if h["id"] in seen: continue
    seen.add(h["id"])
    lines.append("/api/documents/" + h["id"])
    lines.append("/api/documents?source=" + q(h["source"]))
    if h.get("docNumber"): lines += ["/api/lookup?number=" + q(h["docNumber"])] * 2
    if h.get("indexNumber"): lines.append("/api/lookup?number=" + q(h["indexNumber"]))
open(out, "w").write("\n".join(lines) + "\n")
kinds = {}
for l in lines:
    k = l.split("?")[0].split("/")[2] if "/documents/" not in l else "documents/{id}"
    kinds[k] = kinds.get(k, 0) + 1
print(len(lines), "targets:", kinds)
PY

echo "== copying $ADD_FILES files into the corpus during the run"
mkdir -p "$WORK/corpus/load-added"
(
  i=0
  find "$ADD_FROM" -type f \( -name '*.docx' -o -name '*.pdf' -o -name '*.txt' -o -name '*.html' \) ! -name '*.meta.json' | shuf -n "$ADD_FILES" --random-source=<(yes) |
  while IFS= read -r f; do
    i=$((i + 1)); cp "$f" "$WORK/corpus/load-added/$i-$(basename "$f")"
    (( i % 10 == 0 )) && sleep 1
  done
) &
COPIER=$!

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$ROOT/scripts/load-test.lua" "$BASE" -- "$WORK/targets.txt" | tee "$WORK/wrk.txt"
DURING=$(status)
echo "status right after the run: $DURING"
wait "$COPIER" || true; COPIER=
for _ in $(seq 1 600); do
  if s=$(status) && [[ $(echo "$s" | field ready) == True ]]; then break; fi
  sleep 0.5
done
AFTER=$(status)
echo "status when the added files are done: $AFTER"
grep -a -iE "fail|exception" "$WORK/service.log" | grep -v "^\s*$" | head -5 || true

RESULT=$(grep '^RESULT' "$WORK/wrk.txt")
echo "$RESULT mode=$MODE documents_before=$(echo "$BEFORE" | field documents) documents_after=$(echo "$AFTER" | field documents)" | tee "$WORK/result.txt"
errors=$(echo "$RESULT" | python3 -c "import sys,re; d=dict(kv.split('=') for kv in sys.stdin.read().split()[1:]); print(int(d['non2xx'])+int(d['connect'])+int(d['read'])+int(d['write'])+int(d['timeout']))")
if (( errors > 0 )); then echo "FAIL: $errors errors"; exit 1; fi
echo "OK: zero errors"
