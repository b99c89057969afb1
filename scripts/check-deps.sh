#!/usr/bin/env bash
# Fails when the build or the app uses a Debian package that scripts/install-deps.sh does
# not install, neither by name nor through a hard dependency (Depends/Pre-Depends) of a
# package it installs. Such a package is on a developer's machine by chance (installed for
# something else, or as a Recommends) and missing on a fresh Debian 12, where the README's
# commands then fail (as they did when qt6-charts-dev only recommended libqt6opengl6-dev).
#
# Usage: scripts/check-deps.sh BUILD_DIR   (a built Ninja build of this project)
#        scripts/check-deps.sh --closure     prints the closure below, one package a line
#                                            (scripts/fresh-check.sh compares it with what
#                                            apt really installed on a fresh machine)
#
# Each file below is mapped to the package that owns it (dpkg's file lists):
#   cmake    the CMake files a fresh configure loads (find_package's config files, CMake's
#            own modules), from CMake's trace of a configure into a scratch directory;
#   build    the system headers the build compiled (Ninja's deps log) and the files its
#            rules name (compiler, libraries linked, Qt's code generators);
#   runtime  the libraries layerlab and layerlab-cli load, the Qt plugins the app loads
#            when it starts (offscreen platform, SVG icons), the xcb platform plugin a
#            desktop needs, and the libraries those plugins load;
#   fonts    the files fontconfig picks for the UI's Latin and Simplified Chinese text;
#   tools    the programs this check, the packaging tests and cpack run.
# The closure of install-deps.sh's list is computed the way apt installs: for each
# dependency, an alternative already in the closure, else the first alternative (a virtual
# package: its provider of highest priority). It starts from the list plus what every
# Debian system has: the Essential and required packages, and apt.
set -euo pipefail

fail() {
    echo "check-deps: $*" >&2
    exit 1
}

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR | --closure" >&2; exit 2; }
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- The packages install-deps.sh installs, and everything they hard-depend on ----------

mapfile -t listed < <(bash "$source_dir/scripts/install-deps.sh" --list)
[ ${#listed[@]} -gt 0 ] || fail "scripts/install-deps.sh --list printed no packages"
# What every Debian system has (debootstrap's and mmdebstrap's smallest variant, minbase):
# the Essential and the required packages, and apt.
mapfile -t base < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package} ${Essential} ${Priority}\n' |
    awk '$1 == "ii" && ($3 == "yes" || $4 == "required") { print $2 }')
[ ${#base[@]} -gt 0 ] || fail "dpkg knows no Essential package: is this Debian?"
base+=(apt)
printf '%s\n' "${listed[@]}" "${base[@]}" > "$work/seeds"

# apt-cache --recurse follows every alternative and every provider; the awk below keeps
# only what apt would install.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" "${base[@]}" \
    > "$work/depends" 2> "$work/depends.err" ||
    fail "apt-cache cannot resolve install-deps.sh's list (try apt-get update): $(cat "$work/depends.err")"

closure_awk='
    function bare(name) { gsub(/[<>]/, "", name); sub(/:.*/, "", name); return name }
    function add(p) { if (!(p in closure)) { closure[p] = 1; queue[tail++] = p } }
    # A real package stands for itself; of a virtual package'"'"'s providers apt takes the one of
    # highest priority (mawk, not gawk, for awk), and the first listed of equals.
    function pick(name,    n, k, best, rank) {
        if (name in real) return name
        n = split(providers[name], by, " ")
        best = ""
        for (k = 1; k <= n; k++) {
            rank = (by[k] in priority && priority[by[k]] > 0) ? priority[by[k]] : 99
            if (best == "" || rank < best_rank) { best = by[k]; best_rank = rank }
        }
        return best
    }
    FILENAME ~ /priorities$/ { priority[$1] = index("required important standard optional extra", $2); next }
    FILENAME ~ /seeds$/ { seed[++seeds] = $1; next }
    /^[^ ]/ { current = bare($1); if ($1 !~ /^</) real[current] = 1; open_group = 0; next }
    /^ [ |](Pre)?Depends: / {
        if (!open_group) group = ++groups[current]
        alternative = ++alternatives[current, group]
        dep = bare($2)
        alt[current, group, alternative] = dep
        open_group = (substr($0, 2, 1) == "|")
        next
    }
    /^    [^ ]/ { if (index(" " providers[dep] " ", " " bare($1) " ") == 0) providers[dep] = providers[dep] " " bare($1); next }
    END {
        if (mode == "ambiguous") {
            for (d in providers) if (!(d in real) && split(providers[d], by, " ") > 1) print substr(providers[d], 2)
            exit
        }
        for (i = 1; i <= seeds; i++) {
            p = pick(seed[i])
            if (p == "") { print "unknown\t" seed[i]; continue }
            add(p)
        }
        for (head = 0; head < tail; head++) {
            p = queue[head]
            for (g = 1; g <= groups[p]; g++) {
                satisfied = 0
                for (a = 1; a <= alternatives[p, g]; a++) {
                    d = alt[p, g, a]
                    if (d in closure) satisfied = 1
                    n = split(providers[d], by, " ")
                    for (k = 1; k <= n; k++) if (by[k] in closure) satisfied = 1
                }
                for (a = 1; !satisfied && a <= alternatives[p, g]; a++) {
                    chosen = pick(alt[p, g, a])
                    if (chosen != "") { add(chosen); satisfied = 1 }
                }
            }
        }
        for (p in closure) print "closure\t" p
    }
'
# The priorities of the providers of virtual packages that more than one package provides.
touch "$work/priorities"
mapfile -t ambiguous < <(awk -v mode=ambiguous "$closure_awk" "$work/depends" | tr ' ' '\n' | sort -u)
if [ ${#ambiguous[@]} -gt 0 ]; then
    # Without apt's package lists only installed packages are known: the rest stay unranked.
    { apt-cache show --no-all-versions "${ambiguous[@]}" 2> /dev/null || true; } |
        awk '/^Package:/ { p = $2 } /^Priority:/ { print p, $2 }' > "$work/priorities"
fi
awk "$closure_awk" "$work/priorities" "$work/seeds" "$work/depends" > "$work/closure"
unknown=$(awk -F'\t' '$1 == "unknown" { print $2 }' "$work/closure")
[ -z "$unknown" ] || fail "scripts/install-deps.sh lists packages apt does not know: $unknown (try apt-get update)"
if [ "$1" = --closure ]; then
    awk -F'\t' '$1 == "closure" { print $2 }' "$work/closure" | sort
    exit 0
fi

build_dir=$(cd "$1" && pwd)
[ -f "$build_dir/build.ninja" ] ||
    fail "$build_dir is not a Ninja build (scripts/test.sh configures with -G Ninja)"
app=$build_dir/app/layerlab
cli=$build_dir/app/layerlab-cli
[ -x "$app" ] && [ -x "$cli" ] || fail "build $app and $cli first"

# --- The files the build and the app use: "category<TAB>path<TAB>why" --------------------

uses=$work/uses

# A fresh configure, traced: every CMake file it loads, and the chain of files that loaded
# it (a frame is a file or a function being run).
cmake -S "$source_dir" -B "$work/configure" -G Ninja --trace-format=json-v1 \
    --trace-redirect="$work/trace.json" > "$work/configure.log" 2>&1 ||
    { cat "$work/configure.log" >&2; fail "a fresh configure failed (log above)"; }
awk -v source_dir="$source_dir/" '
    function short(at) { if (index(at, source_dir) == 1) return substr(at, length(source_dir) + 1); sub(/.*\//, "", at); return at }
    match($0, /"file":"[^"]*"/) {
        file = substr($0, RSTART + 8, RLENGTH - 9)
        sub(/:[0-9]+:EVAL$/, "", file)
        match($0, /"global_frame":[0-9]+/); frame = substr($0, RSTART + 15, RLENGTH - 15) + 0
        match($0, /"line":[0-9]+/); line = substr($0, RSTART + 7, RLENGTH - 7)
        if (!(file in seen)) {
            seen[file] = 1
            chain = ""
            for (i = 1; i < frame; i++) chain = chain (i > 1 ? " > " : "") short(at[i])
            print "cmake\t" file "\tloaded by CMake via " chain
        }
        at[frame] = file ":" line
    }
' "$work/trace.json" >> "$uses"

# The headers each object file was compiled from, as the compiler reported them.
ninja=$(sed -n 's/^CMAKE_MAKE_PROGRAM:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
"$ninja" -C "$build_dir" -t deps | awk '
    /^[^ ]/ { object = $1; sub(/:$/, "", object); next }
    /^    \// && !($1 in seen) { seen[$1] = 1; print "build\t" $1 "\tcompiled into " object }
' >> "$uses"
grep -ohE '/(usr|lib|lib64|bin|sbin|opt|etc)/[^ :$"]+' "$build_dir/build.ninja" "$build_dir/CMakeFiles/rules.ninja" |
    sort -u | awk '{ print "build\t" $0 "\tnamed by the build rules (compiler, linked library or code generator)" }' >> "$uses"

# The Qt plugins the app loads when it starts; --version exits right after.
LD_DEBUG=files QT_QPA_PLATFORM=offscreen "$app" --version 2> "$work/ld-debug" > /dev/null ||
    fail "$app --version failed: $(grep -v '^ *[0-9]*:' "$work/ld-debug")"
plugins=$(grep 'dynamically loaded by' "$work/ld-debug" | grep -o 'file=/[^ ]*/plugins/[^ ]*' | sed 's/^file=//' | sort -u |
    while read -r f; do if [ -f "$f" ]; then echo "$f"; fi; done)
offscreen=$(grep '/platforms/libqoffscreen\.so$' <<< "$plugins") ||
    fail "the app did not load Qt's offscreen platform plugin when it started; it loaded: ${plugins:-nothing}"
grep -q '/iconengines/libqsvgicon\.so$' <<< "$plugins" ||
    fail "the app did not load Qt's SVG icon engine (its icons are SVG) when it started; it loaded: $plugins"
# A desktop session runs the app on xcb, which cannot load without an X server: check its
# file and libraries instead.
xcb=$(dirname "$offscreen")/libqxcb.so
[ -f "$xcb" ] || fail "Qt's xcb platform plugin ($xcb) is missing: the app cannot open a window on an X11 desktop"
plugins+=$'\n'$xcb
while read -r plugin; do
    echo -e "runtime\t$plugin\ta Qt plugin the app loads"
done <<< "$plugins" >> "$uses"
for binary in "$app" "$cli" $plugins; do
    ldd "$binary" > "$work/ldd" || fail "ldd $binary failed"
    if grep -q 'not found' "$work/ldd"; then
        fail "$binary needs libraries that are not installed: $(grep 'not found' "$work/ldd" | awk '{ print $1 }' | tr '\n' ' ')"
    fi
    awk -v binary="${binary#"$build_dir"/}" '
        $2 == "=>" && $3 ~ /^\// { print "runtime\t" $3 "\tloaded by " binary }
        $1 ~ /^\// { print "runtime\t" $1 "\tloaded by " binary }
    ' "$work/ldd" >> "$uses"
done

# The fonts: Latin text, and the Chinese UI (a font that really covers zh-cn; fc-match
# always answers, with a Latin font when nothing better is installed).
latin=$(fc-match 'sans-serif' --format='%{file}')
echo -e "fonts\t$latin\tthe UI's sans-serif font (fc-match sans-serif)" >> "$uses"
chinese=$(fc-match 'sans-serif:lang=zh-cn' --format='%{file}')
chinese_langs=$(fc-match 'sans-serif:lang=zh-cn' --format='%{lang}')
[[ "|$chinese_langs|" == *"|zh-cn|"* ]] ||
    fail "no installed font covers Simplified Chinese: fc-match 'sans-serif:lang=zh-cn' picks $chinese (install-deps.sh installs fonts-noto-cjk for the Chinese UI)"
echo -e "fonts\t$chinese\tthe Chinese UI's font (fc-match sans-serif:lang=zh-cn)" >> "$uses"

# The programs this check, tests/packaging and cpack's DEB generator run.
for tool in cmake ninja apt-cache dpkg-query ldd fc-match \
            desktop-file-validate appstreamcli update-mime-database cpack dpkg-shlibdeps file; do
    path=$(command -v "$tool") ||
        fail "$tool is not installed: add the package that provides it to scripts/install-deps.sh"
    echo -e "tools\t$path\tthe $tool command" >> "$uses"
done

# --- Who owns each file ------------------------------------------------------------------

# Existing regular files only (the deps log may name headers since removed), outside the
# project. dpkg lists a file under the path its package shipped; with /usr merged that may
# be /lib/... for a file found as /usr/lib/..., or the other way round, and a symlink made
# by update-alternatives (/usr/bin/c++) belongs to nobody while its target does: try each.
cut -f2 "$uses" | grep -v -e "^$source_dir/" -e "^$build_dir/" -e "^$work/" | sort -u > "$work/paths"
xargs -d '\n' -r sh -c 'find -L "$@" -maxdepth 0 -type f 2>/dev/null' sh < "$work/paths" > "$work/files" || true
xargs -d '\n' -r realpath -m -- < "$work/files" | paste "$work/files" - > "$work/resolved"
awk -F'\t' '
    function merged(p) {
        if (p ~ /^\/(lib|lib32|lib64|libx32|bin|sbin)\//) return "/usr" p
        if (p ~ /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//) return substr(p, 5)
        return p
    }
    { print $1 "\t" $1; print merged($1) "\t" $1; print $2 "\t" $1; print merged($2) "\t" $1 }
' "$work/resolved" | sort -u > "$work/spellings"
awk -F'\t' '
    NR == FNR { spelled[$1] = spelled[$1] "\t" $2; next }
    FNR == 1 { package = FILENAME; sub(/.*\//, "", package); sub(/\.list$/, "", package); sub(/:.*/, "", package) }
    $0 in spelled {
        n = split(substr(spelled[$0], 2), paths, "\t")
        for (i = 1; i <= n; i++) if (index(" " owners[paths[i]] " ", " " package " ") == 0) owners[paths[i]] = owners[paths[i]] " " package
    }
    END { for (p in owners) print p "\t" substr(owners[p], 2) }
' "$work/spellings" /var/lib/dpkg/info/*.list > "$work/owners"

# --- The verdict ---------------------------------------------------------------------------

awk -F'\t' -v files="$work/files" -v owners="$work/owners" '
    BEGIN {
        while ((getline line < files) > 0) exists[line] = 1
        while ((getline line < owners) > 0) { split(line, f, "\t"); owner[f[1]] = f[2] }
    }
    NR == FNR { if ($1 == "closure") closure[$2] = 1; next }
    !($2 in exists) || ($2 in done) { next }
    {
        done[$2] = 1
        if (!($2 in owner)) { unowned[++nunowned] = "    " $2 "\n      " $3; next }
        n = split(owner[$2], by, " ")
        ok = 0
        for (i = 1; i <= n; i++) if (by[i] in closure) { ok = 1; used[by[i]] = 1 }
        if (ok) { checked[$1]++; total++; next }
        key = owner[$2]; gsub(/ /, " or ", key)
        if (!(key in missing)) order[++nmissing] = key
        if (++missing[key] <= 3) example[key] = example[key] "    " $2 "\n      " $3 "\n"
    }
    END {
        status = 0
        if (nmissing > 0) {
            print "check-deps: the build or the app uses packages that scripts/install-deps.sh does not install"
            print "(neither listed there nor a Depends/Pre-Depends of a listed package; a Recommends does"
            print "not count: the script installs with --no-install-recommends):\n"
            for (i = 1; i <= nmissing; i++) {
                key = order[i]
                printf "  %s, needed for %d file%s, e.g.\n%s", key, missing[key], (missing[key] > 1 ? "s" : ""), example[key]
            }
            print "\nAdd each to the list in scripts/install-deps.sh."
            status = 1
        }
        if (nunowned > 0) {
            print "check-deps: these files belong to no Debian package (installed by hand, or under /usr/local?):"
            for (i = 1; i <= nunowned; i++) print unowned[i]
            status = 1
        }
        # Never pass on an empty look: every kind of use must have been found and checked.
        split("cmake build runtime fonts tools", kinds, " ")
        for (i = 1; i <= 5; i++) if (checked[kinds[i]] == 0 && status == 0) {
            print "check-deps: found no " kinds[i] " files to check; the check itself is broken"
            status = 1
        }
        if (status == 0) {
            npackages = 0; for (p in used) npackages++
            printf "check-deps: %d files from %d packages, all installed by scripts/install-deps.sh: ", total, npackages
            printf "%d CMake files, %d headers and build inputs, %d run-time libraries and plugins, %d fonts, %d tools\n",
                checked["cmake"], checked["build"], checked["runtime"], checked["fonts"], checked["tools"]
        }
        exit status
    }
' "$work/closure" "$uses"
