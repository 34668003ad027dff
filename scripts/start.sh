#!/usr/bin/env bash
# Sets up and starts MediaSuite on its embedded SQLite database, listening on port 5000 on all interfaces.
# Extra arguments go to the server, e.g. --urls http://0.0.0.0:8080
source "$(dirname "${BASH_SOURCE[0]}")/prerequisites.sh"

ensure_apt ca-certificates ffmpeg libvips-tools
ensure_dotnet

say "Building MediaSuite (Release)"
dotnet publish "$REPO_ROOT/MediaSuite.csproj" -c Release -o "$REPO_ROOT/.build/app" --nologo -v quiet

say "Starting MediaSuite: open http://$(hostname -I 2>/dev/null | awk '{print $1}' || echo localhost):5000"
cd "$REPO_ROOT/.build/app"
exec dotnet MediaSuite.dll "$@"
