#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright's own browser download is not possible here)
# and need CJK and emoji fonts, or every Japanese glyph renders as a box.
set -euo pipefail
packages=(chromium fonts-noto-cjk fonts-noto-color-emoji)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || missing+=(fonts-noto-color-emoji)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} with apt-get (needed by the browser tests)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "The browser tests need Debian's Chromium and fonts. Install them, then run the tests again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${packages[*]}" >&2
  exit 1
fi
