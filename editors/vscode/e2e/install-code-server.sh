#!/usr/bin/env bash
# Installs code-server (a real VS Code, 1.99, served to a browser) from npm into a cache folder outside the
# repository, for the UI suite (e2e/vscode.e2e.ts), and prints the folder. A second run finds it and prints
# it at once. The steps are those of code-server's own postinstall, done by hand because its install
# scripts would download binaries: native modules rebuilt against the system's Node headers, Debian's
# ripgrep in place of @vscode/ripgrep's download. Needs: node 20 + npm, a C++ tool chain, apt ripgrep and
# libkrb5-dev (.ci/run installs them). Set NEWSDSL_CACHE to use another cache folder.
set -euo pipefail

version=4.99.4
cache="${NEWSDSL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsdsl}"
target="$cache/code-server-$version"
if [ -f "$target/.installed" ]; then
  echo "$target"
  exit 0
fi

for needed in rg g++ make; do
  command -v "$needed" >/dev/null || { echo "install-code-server: $needed is missing (apt ripgrep, build-essential)" >&2; exit 1; }
done
[ -f /usr/include/krb5.h ] || { echo "install-code-server: krb5.h is missing (apt libkrb5-dev)" >&2; exit 1; }

work="$target.partial.$$"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
quiet() { "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log" >&2; echo "install-code-server: failed: $*" >&2; exit 1; }; }

cd "$work"
echo '{ "private": true }' > package.json
quiet npm install --ignore-scripts --no-audit --no-fund --no-save "code-server@$version"
cs="$work/node_modules/code-server"

# VS Code's own dependencies (code-server's postinstall runs this without --ignore-scripts).
cd "$cs/lib/vscode"
quiet npm install --omit=dev --ignore-scripts --no-audit --no-fund
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
# The native modules VS Code loads on Linux (the windows-* ones are never loaded here); @parcel/watcher
# ships prebuilt binaries in its platform packages.
export npm_config_nodedir=/usr npm_config_yes=true npm_config_jobs=2
quiet npm rebuild --foreground-scripts @vscode/spdlog native-watchdog node-pty kerberos
# code-server's password hashing module, loaded at start even with --auth none.
cd "$work"
quiet npm rebuild --foreground-scripts argon2

rm -f "$work/step.log"
touch "$work/.installed"
trap - EXIT
rm -rf "$target"
mv "$work" "$target"
echo "$target"
