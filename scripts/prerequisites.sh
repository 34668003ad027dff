# Shared by start.sh and test.sh: installs what MediaSuite needs, once, and says what it is doing.
set -euo pipefail

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        say "Need root to run: $*  (run as root or install sudo)"; exit 1; fi
}

# ensure_apt PACKAGE... : installs only the Debian packages that are missing.
ensure_apt() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# ensure_command COMMAND PACKAGE...: installs the packages only when the command is not already on PATH
# (a machine may carry Node.js from elsewhere, which Debian's npm package would conflict with).
ensure_command() {
    local command="$1"; shift
    command -v "$command" >/dev/null || ensure_apt "$@"
}

ensure_dotnet() {
    if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
        say "MediaSuite needs the .NET 10 SDK on PATH (dotnet --list-sdks shows none). Install it, then run this again."
        exit 1
    fi
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    dotnet tool restore >/dev/null
}

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
