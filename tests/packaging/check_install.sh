#!/usr/bin/env bash
# Installs the Debian package's component into PREFIX (fresh) and checks that it holds
# exactly the programs and desktop files, that no other install rule exists (it would be
# left out of the package), that the installed CLI runs, and that the MIME file registers
# .layerlab files under the type the desktop entry opens.
# Usage: check_install.sh BUILD_DIR PREFIX APP_ID
set -euo pipefail
build_dir=$1 prefix=$2 app_id=$3
mime_type=application/x-layerlab-project

fail() {
    echo "check_install: $*" >&2
    exit 1
}

rm -rf "$prefix" "$prefix-all"
cmake --install "$build_dir" --prefix "$prefix" --component layerlab > /dev/null
cmake --install "$build_dir" --prefix "$prefix-all" > /dev/null

expected="bin/layerlab
bin/layerlab-cli
share/applications/$app_id.desktop
share/icons/hicolor/scalable/apps/$app_id.svg
share/metainfo/$app_id.metainfo.xml
share/mime/packages/$app_id.xml"
installed=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort)
[ "$installed" = "$expected" ] ||
    fail "the layerlab component installs
$installed
but the package should hold exactly
$expected"
everything=$(cd "$prefix-all" && find . -type f | sed 's|^\./||' | sort)
[ "$everything" = "$installed" ] ||
    fail "install rules outside the layerlab component (the Debian package leaves them out): $(comm -13 <(echo "$installed") <(echo "$everything") | tr '\n' ' ')"

"$prefix/bin/layerlab-cli" examples | grep -q spiral ||
    fail "the installed layerlab-cli does not list the examples"

grep -qx "MimeType=$mime_type;" "$prefix/share/applications/$app_id.desktop" ||
    fail "the desktop entry does not open $mime_type"
# update-mime-database builds a type's own file only from a valid package file.
mime=$(mktemp -d)
trap 'rm -rf "$mime"' EXIT
cp -r "$prefix/share/mime/packages" "$mime/"
update-mime-database "$mime"
grep -q 'pattern="\*\.layerlab"' "$mime/$mime_type.xml" 2> /dev/null ||
    fail "update-mime-database made no $mime_type for *.layerlab from share/mime/packages/$app_id.xml"
echo "check_install: $(wc -l <<< "$installed") files installed as expected; CLI runs; $mime_type registered"
