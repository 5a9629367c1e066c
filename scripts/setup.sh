#!/usr/bin/env bash
# Installs what building and testing cakupan needs, and only what is missing:
# the wasm32 target, wasm-bindgen-cli at the version Cargo.toml pins, cargo-fuzz,
# Chromium, ChromeDriver and GNU time (Debian packages), and the npm dev tools.
# Safe to run again: when everything is there it takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# cargo-fuzz runs the fuzz targets on the stable toolchain (--sanitizer none).
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (a few minutes, once)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

# Debian packages: Chromium and ChromeDriver for the browser tests, GNU time
# for the peak memory that scripts/bench-archive.sh reports.
debs=()
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  debs+=(chromium chromium-driver)
fi
[ -x /usr/bin/time ] || debs+=(time)
if [ ${#debs[@]} -gt 0 ]; then
  say "installing ${debs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${debs[@]}" >/dev/null
fi

if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  npm ci --no-fund --no-audit --loglevel=error
fi
