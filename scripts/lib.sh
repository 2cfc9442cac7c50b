# Shared steps of Candour's two commands (scripts/run-demo and scripts/test).
#
# Every tool is installed only when missing or at the wrong version, and only from the package
# registries (Debian, crates.io, npm). Versions are pinned in Cargo.lock and package-lock.json.
#
# The site is built by `build_site` below, not by cargo-leptos: it is one `cargo build` of the
# islands for WebAssembly, wasm-bindgen (the CLI at the crate's exact version), wasm-opt from npm
# `binaryen`, the CSS from Sass, and the server. cargo-leptos would do the same steps but takes
# 20 minutes to install; `cargo leptos watch` still works for those who have it (the settings
# it reads are in Cargo.toml's [workspace.metadata.leptos]).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PUPPETEER_SKIP_DOWNLOAD=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR=never

say() { printf '\n==> %s\n' "$*"; }

# One build folder for every clone on this machine, like a CI cache: a fresh clone links
# `target` to it and compiles only Candour's own crates (a cold build of every dependency, twice
# over for the server and its tests, is most of a fresh run). It is emptied when it passes
# CANDOUR_TARGET_CACHE_GB (default 48: debug, release, WebAssembly and clippy's checks of every
# dependency take about 30), since each clone's path adds its own copy of Candour's crates.
# CANDOUR_TARGET_CACHE=off keeps the build inside the clone.
share_build_folder() {
  local cache="${CANDOUR_TARGET_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/candour/target}"
  local gb="${CANDOUR_TARGET_CACHE_GB:-48}"
  [ "$cache" = off ] || [ -e "$ROOT/target" ] && return 0
  mkdir -p "$cache"
  if [ "$(du -sk "$cache" | cut -f1)" -gt $(( gb * 1024 * 1024 )) ]; then
    say "Emptying the shared build folder $cache (over $gb GB)"
    rm -rf "$cache" && mkdir -p "$cache"
  fi
  ln -s "$cache" "$ROOT/target"
}
share_build_folder
# The scripts' own settings end here: Candour refuses CANDOUR_* variables it does not know, so
# they must never reach the server the scripts start.
unset CANDOUR_TARGET_CACHE CANDOUR_TARGET_CACHE_GB

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

# The Rust side of the build: the WebAssembly target and the wasm-bindgen CLI at exactly the
# version of the wasm-bindgen crate in Cargo.lock (they must match).
ensure_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
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

# CSS from GOV.UK Frontend's Sass, themed and without GOV.UK branding, compressed by Sass.
build_css() {
  mkdir -p "$ROOT/target/style"
  (cd "$ROOT" && sass --no-source-map --load-path=. --style=compressed --quiet-deps \
    style/main.scss target/style/candour.css)
}

# The browser's part of the site: the islands compiled to WebAssembly (size-optimised), bound
# for the browser by wasm-bindgen and shrunk by wasm-opt, with the CSS and the public files,
# under target/site (what `LEPTOS_SITE_ROOT` names). The script tags the server writes ask for
# /pkg/candour.js and /pkg/candour.wasm (LEPTOS_OUTPUT_NAME, set in .cargo/config.toml).
build_browser_files() {
  build_css
  say "Building the islands for the browser (WebAssembly)"
  (cd "$ROOT" && cargo build -p candour-frontend --lib --target wasm32-unknown-unknown --profile wasm-release)
  local pkg="$ROOT/target/site/pkg" wasm
  rm -rf "$pkg" && mkdir -p "$pkg"
  wasm="$ROOT/target/wasm32-unknown-unknown/wasm-release/candour_frontend.wasm"
  wasm-bindgen --target web --no-typescript --out-dir "$pkg" --out-name candour "$wasm"
  # The same passes cargo-leptos runs in release (its default LEPTOS_WASM_OPT_FEATURES).
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$pkg/candour_bg.wasm" -o "$pkg/candour.wasm"
  rm "$pkg/candour_bg.wasm"
  cp "$ROOT/target/style/candour.css" "$pkg/candour.css"
  cp -R "$ROOT/public/." "$ROOT/target/site/"
  local f
  for f in "$pkg"/*.js "$pkg"/*.wasm "$pkg"/*.css; do
    brotli -f -k -q 11 "$f"
  done
}

# The release server (target/release/candour) and the browser's files. A server binary newer
# than every file in the repository (the test command's build, say) is used as it is.
build_site() {
  build_browser_files
  local binary="$ROOT/target/release/candour"
  # (The files go before find's tests: `find FILES… -newer BINARY`.)
  if [ -x "$binary" ] && [ -z "$(cd "$ROOT" && git ls-files -z 2>/dev/null |
    xargs -0 -r sh -c 'find "$@" -maxdepth 0 -newer "$0" -print -quit 2>/dev/null' "$binary")" ]; then
    say "Candour is already built from these files"
    return 0
  fi
  say "Building Candour (release)"
  (cd "$ROOT" && cargo build -p candour-server --bin candour --release)
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
