#!/bin/bash
# Checks that every engine folder includes only from the folders engine/README.md allows,
# and that nothing in the engine includes Qt or a file outside the engine.
# Usage: engine_layering.sh ENGINE_DIR
set -u
engine=${1:?usage: engine_layering.sh ENGINE_DIR}
declare -A allowed
folders=()
# The README's table rows: | folder/ | what lives there | may use |
while IFS='|' read -r _ folder _ uses _; do
    folder=${folder//[[:space:]]/}
    folder=${folder%/}
    [[ -z $folder || $folder == folder || $folder == ---* ]] && continue
    uses=$(sed 's/([^)]*)//g; s/,/ /g' <<<"$uses")
    folders+=("$folder")
    allowed[$folder]=" $folder $uses "
done < <(grep '^|' "$engine/README.md")
for folder in "${folders[@]}"; do
    [[ ${allowed[$folder]} == *" every folder "* ]] && allowed[$folder]=" ${folders[*]} "
done

status=0
for dir in "$engine"/*/; do
    folder=$(basename "$dir")
    if [[ -z ${allowed[$folder]+x} ]]; then
        echo "engine/$folder/ is not in engine/README.md's table: say what lives there and what it may use"
        status=1
        continue
    fi
    [[ -f $dir/README.md ]] || { echo "engine/$folder/ has no README.md"; status=1; }
    while IFS=: read -r file line include; do
        target=$(sed -E 's/.*#include [<"]([^">]*)[">].*/\1/' <<<"$include")
        if [[ $include == *'<Q'* || $include == *'<q'[a-z]* ]]; then
            echo "${file#$engine/}:$line: the engine uses no Qt ($target)"
            status=1
        elif [[ $include == *'"'* ]]; then
            used=${target%%/*}
            if [[ $target != */* || ! -f $engine/$target ]]; then
                echo "${file#$engine/}:$line: \"$target\" is not an engine file named from engine/ (write \"folder/file.h\")"
                status=1
            elif [[ ${allowed[$folder]} != *" $used "* ]]; then
                echo "${file#$engine/}:$line: $folder/ may not use $used/ (engine/README.md)"
                status=1
            fi
        fi
    done < <(grep -Hn '^#include' "$dir"*.h "$dir"*.cpp 2>/dev/null)
done
[[ $status == 0 ]] && echo "engine layering: ${#folders[@]} folders follow engine/README.md"
exit $status
