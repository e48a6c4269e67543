#!/usr/bin/env bash
# Signs, notarises and staples Kindling.app. RUN ON macOS ONLY, after building it there with
#     .venv/bin/pyinstaller --noconfirm packaging/kindling.spec      ->  dist/Kindling.app
# It cannot run on the Linux machines that build and test Kindling day to day, and has not
# been run by CI: it needs Xcode's command-line tools (codesign, xcrun notarytool, stapler),
# a "Developer ID Application" certificate in the keychain, and a notarytool profile:
#     xcrun notarytool store-credentials kindling-notary --apple-id YOU --team-id TEAM
#
# Usage: KINDLING_SIGN_IDENTITY="Developer ID Application: NAME (TEAM)" \
#        packaging/macos/sign-and-notarize.sh [dist/Kindling.app]
set -euo pipefail

APP="${1:-dist/Kindling.app}"
IDENTITY="${KINDLING_SIGN_IDENTITY:?set KINDLING_SIGN_IDENTITY to your Developer ID Application identity}"
PROFILE="${KINDLING_NOTARY_PROFILE:-kindling-notary}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ZIP="$(mktemp -d)/Kindling.zip"

if [[ "$(uname)" != "Darwin" ]]; then
    echo "This script runs on macOS only." >&2
    exit 1
fi

# Inside out: every library and plugin first, then the app itself. The hardened runtime is
# required for notarisation; entitlements.plist allows what PyInstaller's Python needs.
find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' binary; do
        if file "$binary" | grep -q "Mach-O"; then
            codesign --force --timestamp --options runtime \
                --entitlements "$HERE/entitlements.plist" --sign "$IDENTITY" "$binary"
        fi
    done
codesign --force --timestamp --options runtime \
    --entitlements "$HERE/entitlements.plist" --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

ditto -c -k --keepParent "$APP" "$ZIP"
xcrun notarytool submit "$ZIP" --keychain-profile "$PROFILE" --wait
xcrun stapler staple "$APP"
spctl --assess --type execute --verbose "$APP"
echo "Signed, notarised and stapled: $APP"
