# Shared steps of Candour's two commands (scripts/run-demo and scripts/test).
#
# Every tool is installed only when missing or at the wrong version, and only from the package
# registries (Debian, crates.io, npm): cargo-leptos would otherwise download wasm-bindgen and
# wasm-opt from GitHub, so both are put on PATH first. Versions are pinned here and in
# Cargo.lock / package-lock.json.

CARGO_LEPTOS_VERSION=0.3.9
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PUPPETEER_SKIP_DOWNLOAD=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR=never

say() { printf '\n==> %s\n' "$*"; }

# One build folder for every clone on this machine, like a CI cache: a fresh clone links
# `target` to it and compiles only Candour's own crates (a cold build of every dependency, twice
# over for the server and its tests, is most of a fresh run). It is emptied when it passes
# CANDOUR_TARGET_CACHE_GB (default 24), since each clone's path adds its own copy of Candour's
# crates. CANDOUR_TARGET_CACHE=off keeps the build inside the clone.
share_build_folder() {
  local cache="${CANDOUR_TARGET_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/candour/target}"
  [ "$cache" = off ] || [ -e "$ROOT/target" ] && return 0
  mkdir -p "$cache"
  local limit_kib=$(( ${CANDOUR_TARGET_CACHE_GB:-24} * 1024 * 1024 ))
  if [ "$(du -sk "$cache" | cut -f1)" -gt "$limit_kib" ]; then
    say "Emptying the shared build folder $cache (over ${CANDOUR_TARGET_CACHE_GB:-24} GB)"
    rm -rf "$cache" && mkdir -p "$cache"
  fi
  ln -s "$cache" "$ROOT/target"
}
share_build_folder

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages, installed only if missing; `apt-get update` runs at most once.
ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# The Rust side of the build: the WebAssembly target, cargo-leptos, and the wasm-bindgen CLI at
# exactly the version of the wasm-bindgen crate in Cargo.lock (they must match).
ensure_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(cargo leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
    say "Installing cargo-leptos $CARGO_LEPTOS_VERSION (about 20 minutes, once)"
    # Without LTO the install is several minutes faster and the tool works the same.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
  fi
  local bindgen
  bindgen=$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
    say "Installing wasm-bindgen-cli $bindgen (about 5 minutes, once)"
    # Not --locked: its lock file names a webpki-roots release the registry no longer has.
    cargo install wasm-bindgen-cli --version "$bindgen"
  fi
}

# npm packages (GOV.UK Frontend, sass, wasm-opt, Playwright, axe, the test OpenID provider).
ensure_npm() {
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
     [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm packages"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# CSS from GOV.UK Frontend's Sass, themed and without GOV.UK branding; cargo-leptos then
# minifies it (a plain .css style-file means it downloads no sass binary).
build_css() {
  mkdir -p "$ROOT/target/style"
  (cd "$ROOT" && sass --no-source-map --load-path=. --style=compressed --quiet-deps \
    style/main.scss target/style/candour.css)
}

# The release server and the size-optimised WebAssembly, then brotli copies of the static files
# (served as-is to browsers that accept br).
build_site() {
  build_css
  say "Building Candour (release)"
  (cd "$ROOT" && cargo leptos build --release)
  local f
  for f in "$ROOT"/target/site/pkg/*.js "$ROOT"/target/site/pkg/*.wasm "$ROOT"/target/site/pkg/*.css; do
    brotli -f -k -q 11 "$f"
  done
}

# A throwaway PostgreSQL cluster on a free port, removed when the calling script exits: sets
# PG_URL (a superuser connection to the `postgres` database). Arguments are extra server
# options, e.g. `-c fsync=off` for tests (benchmarks keep PostgreSQL's durable defaults).
start_throwaway_postgres() {
  local pg_bin pg_port
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/candour-pg.XXXXXX)
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  PG_CTL="$pg_bin/pg_ctl"
  trap stop_throwaway_postgres EXIT
  say "Starting a throwaway PostgreSQL on port $pg_port"
  as_pg "$pg_bin/initdb" -D "$PG_DIR/data" -A trust -U candour --no-sync >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $pg_port -k $PG_DIR -c listen_addresses=127.0.0.1 $*" start >/dev/null
  PG_URL="postgres://candour@127.0.0.1:$pg_port/postgres"
}

stop_throwaway_postgres() {
  as_pg "$PG_CTL" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
