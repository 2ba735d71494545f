#!/usr/bin/env bash
# Installs every Debian package Retail OS needs to build, test and demo.
# Idempotent and quiet when everything is already present.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git
  # Qt 6: Core, Sql, Network, Widgets, Test, LinguistTools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev
  # libraries wrapped by core / drivers / sync
  libsqlite3-dev sqlite3 libcurl4-openssl-dev libssl-dev libusb-1.0-0-dev libcups2-dev
  libspdlog-dev libfmt-dev libcsv-dev libqrencode-dev
  # zbarimg: reads the printer simulator's barcodes and QR codes back in the tests
  zbar-tools
  # a private cupsd on loopback with a raw queue in front of the printer simulator
  # (tst_cups_printing): the daemon, lpadmin, and cups for its socket:// backend
  cups-daemon cups-client cups
  # a real X server for the UI benchmark and the demo; a font the screenshots can read
  xvfb xauth fonts-dejavu-core
  # retailos-wedge-sim types like a keyboard-wedge scanner through XTEST
  libx11-dev libxtst-dev
  # Qt's own messages (standard buttons) in the store's language
  qt6-translations-l10n
  # retailos-server: Boost.Beast/Asio HTTP (decision 0006), gzip bodies, JSON codecs,
  # and PostgreSQL 15 (libpq for the chain back end; the server binaries for the
  # private instance the tests start on a loopback port)
  libboost1.81-dev zlib1g-dev nlohmann-json3-dev libpq-dev postgresql-15
  # the demo makes the server's throw-away certificate and asks its /healthz
  openssl curl
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may still be running its boot-time upgrades: wait for the lock.
apt_opts=(-o DPkg::Lock::Timeout=600 -qq)
$SUDO apt-get "${apt_opts[@]}" update
$SUDO apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: done"
