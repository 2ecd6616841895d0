# Sourced by the other scripts: tools installed by setup.sh first on PATH.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Playwright drives Debian's Chromium; it must never try to download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
