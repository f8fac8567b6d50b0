#!/usr/bin/env bash
# Install the Debian packages some tests need, where they are missing and we may install them:
# chromium (the browser tests) and the Virtuoso server (the remote-store tests; virtuoso-opensource-7-bin
# is the server of Debian's virtuoso-opensource, without the system service that starts on install).
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || needed+=(virtuoso-opensource-7-bin)
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${needed[*]} and cannot apt-get here; the tests that need them will be skipped." >&2
  exit 0
fi
echo "system-deps: installing ${needed[*]} with apt-get" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
