#!/usr/bin/env bash
# Publishes a project of this repository as it is deployed: Release, ReadyToRun-compiled for this
# machine's runtime (linux-x64), framework-dependent. ReadyToRun spares the service the JIT of
# Lucene.Net and our own code at start and in a short ingest (bench/changes.md, session 9);
# steady-state code is re-jitted by tiered compilation as usual.
#   scripts/publish.sh <output folder> [project folder, default src/SearchApi]
# Then run it from src/SearchApi (its content root; corpus/ and data/ resolve from the repository root):
#   scripts/publish.sh /srv/gongkai && cd src/SearchApi && dotnet /srv/gongkai/Gongkai.SearchApi.dll
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/publish.sh <output folder> [project]}
project=${2:-src/SearchApi}
rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -nologo -v q -o "$out"
