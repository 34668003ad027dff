#!/usr/bin/env bash
# Prints whole-system figures (see docs/benchmarks.md). Usage: bash scripts/benchmark.sh ingest [--files N] [--folders N] | music [--tracks N] [--albums N] | home [--listens N]
source "$(dirname "${BASH_SOURCE[0]}")/prerequisites.sh"
ensure_apt ca-certificates ffmpeg python3 python3-mutagen findutils nginx wrk
ensure_dotnet
dotnet publish "$REPO_ROOT/MediaSuite.csproj" -c Release -o "$REPO_ROOT/.build/bench-app" --nologo -v quiet
dotnet build "$REPO_ROOT/tests/MediaSuite.Benchmarks" -c Release --nologo -v quiet
exec dotnet "$REPO_ROOT/tests/MediaSuite.Benchmarks/bin/Release/net10.0/MediaSuite.Benchmarks.dll" "$@" --app "$REPO_ROOT/.build/bench-app/MediaSuite.dll"
