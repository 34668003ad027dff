#!/usr/bin/env bash
# Sets up and starts MediaSuite on its embedded SQLite database, listening on port 5000 on all interfaces.
# Extra arguments go to the server, e.g. --urls http://0.0.0.0:8080
source "$(dirname "${BASH_SOURCE[0]}")/prerequisites.sh"

ensure_apt ca-certificates ffmpeg libvips-tools
ensure_dotnet

say "Building MediaSuite (Release)"
dotnet publish "$REPO_ROOT/MediaSuite.csproj" -c Release -o "$REPO_ROOT/.build/app" --nologo -v quiet

# A default media folder, watched like any library: files dropped into it appear in MediaSuite.
# Set MEDIASUITE_MEDIA_FOLDER to use another one, or to an empty value for none.
media="${MEDIASUITE_MEDIA_FOLDER-$HOME/Media}"
defaults=()
if [ -n "$media" ]; then
    mkdir -p "$media"
    defaults=("--MediaSuite:Library:Folders:0:Path=$media" "--MediaSuite:Library:Folders:0:Kind=Mixed" "--MediaSuite:Library:Folders:0:Name=Media")
fi

say "Starting MediaSuite: open http://$(hostname -I 2>/dev/null | awk '{print $1}' || echo localhost):5000 (media folder: ${media:-none})"
cd "$REPO_ROOT/.build/app"
exec dotnet MediaSuite.dll "${defaults[@]}" "$@"
