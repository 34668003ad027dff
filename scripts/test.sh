#!/usr/bin/env bash
# Sets up and runs the whole test suite: unit, integration (real SQLite, real server process) and
# browser tests (Playwright driving Debian's Chromium, axe-core from npm).
source "$(dirname "${BASH_SOURCE[0]}")/prerequisites.sh"

ensure_apt ca-certificates ffmpeg libvips-tools libimage-exiftool-perl chromium fonts-liberation fonts-dejavu-core
ensure_command npm nodejs npm
ensure_dotnet

say "Installing browser-test helpers from npm"
(cd "$REPO_ROOT/tests/MediaSuite.E2E" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

say "Building"
dotnet build "$REPO_ROOT/MediaSuite.sln" -c Debug --nologo -v quiet

say "Testing"
log="$(mktemp)"
set +e
dotnet test "$REPO_ROOT/MediaSuite.sln" -c Debug --no-build --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole suite, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed: / {
        for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
