#!/usr/bin/env bash
# Runs every test of the solution after installing what the tests need on a fresh Debian machine:
# Chromium and CJK fonts for the browser tests (Playwright drives /usr/bin/chromium; nothing is downloaded).
# Usage: ./test.sh [extra dotnet test arguments], e.g. ./test.sh --filter "Category!=Integration"
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]} (needed by the browser tests)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -d ../shared/corpus ]; then
  echo "test.sh: ../shared/corpus is not beside this checkout; tests that measure on the shared corpus are skipped."
fi

dotnet test Search.sln -c Release "$@"
