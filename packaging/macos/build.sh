#!/usr/bin/env bash
# Builds Kindling.app on macOS. RUN ON macOS ONLY; NOT YET TESTED: no Mac has run it, and CI
# builds only the Linux bundle. Needs Python 3.11 (python.org or Homebrew) and Xcode's
# command-line tools. From the repository root:
#
#     packaging/macos/build.sh            # -> dist/Kindling.app (and dist/kindling/)
#
# Then packaging/macos/sign-and-notarize.sh signs and notarises it for other Macs.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "$(uname)" != "Darwin" ]]; then
    echo "This script runs on macOS only." >&2
    exit 1
fi

PYTHON="${PYTHON:-python3.11}"
"$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
.venv/bin/pyinstaller --noconfirm packaging/kindling.spec
# The same self-test CI runs on Linux: window, Qt plugins, journal, then exit 0.
dist/Kindling.app/Contents/MacOS/kindling --self-test --data-dir "$(mktemp -d)"
echo "Built dist/Kindling.app"
