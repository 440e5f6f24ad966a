#!/usr/bin/env bash
# The HTML check (npm run test:html) runs the Nu HTML Checker, vnu-jar from npm, on Java 11 or later
# (Debian's default-jre-headless). Installs it with apt-get when missing and root. vnu-jar's own
# install script, which would download a JDK instead, stays off (.npmrc ignore-scripts).
set -euo pipefail
if command -v java >/dev/null; then exit 0; fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing default-jre-headless with apt-get (needed by the HTML check)…"
  apt-get update -qq
  # Slim Debian images leave out /usr/share/man, where the JRE's update-alternatives links its man page.
  mkdir -p /usr/share/man/man1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
else
  echo "The HTML check needs Java. Install it, then run the tests again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends default-jre-headless" >&2
  exit 1
fi
