#!/usr/bin/env bash
# The static build's browser tests and the benchmark serve out/ with nginx (Debian's nginx-light:
# the static file server without extra modules). Installs it with apt-get when missing and root.
set -euo pipefail
if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then exit 0; fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing nginx-light with apt-get (needed by the static build's tests)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
  # Debian starts the packaged service on install; the tests run their own nginx, so stop it.
  if command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then systemctl stop nginx; fi
else
  echo "The static build's tests need nginx. Install it, then run the tests again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends nginx-light" >&2
  exit 1
fi
