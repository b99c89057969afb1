#!/usr/bin/env bash
# Tries LayerLab on fresh Debian 12 machines, the way a new user and a school would:
#  1. In a fresh root (mmdebstrap's minbase: the Essential packages and apt, nothing else)
#     with a clone of the project, the README's two commands: `bash scripts/test.sh`, then
#     `bash scripts/run.sh` with the app offscreen; it passes if the app is still running
#     STAY_UP seconds after it started. Then `bash scripts/package.sh` builds the .deb.
#  2. In a second fresh root, `apt-get install ./layerlab_*.deb` (without Recommends, so the
#     package's own Depends must suffice), then `layerlab-cli examples` from PATH and the
#     desktop entry's Exec line (offscreen, as above), and a look at the Qt plugins the app
#     loaded and the one a desktop needs (xcb).
# Both roots get this machine's own apt sources (and the keyrings they name). Each step's
# output goes to WORK_DIR/logs; the end prints each step's time.
#
# Run as root, on Debian 12, with mmdebstrap installed (apt-get install mmdebstrap). Slow:
# two full builds. Not run in CI.
#
# Usage: scripts/fresh-check.sh [--working-tree | --deb FILE] [--keep] [WORK_DIR]
#   --working-tree  copy the working tree (tracked and untracked files, not ignored ones)
#                   instead of cloning the committed HEAD
#   --deb FILE      skip part 1 and try this package in part 2 (minutes, not an hour)
#   --keep          keep the two roots (a few GB) in WORK_DIR
#   WORK_DIR        where roots and logs go; a new directory under /tmp by default
set -euo pipefail

stay_up=${STAY_UP:-15}
start_limit=600  # seconds run.sh may take to build before the app starts

usage="usage: $0 [--working-tree | --deb FILE] [--keep] [WORK_DIR]"
working_tree=0
keep=0
given_deb=
work=
while [ $# -gt 0 ]; do
    case $1 in
        --working-tree) working_tree=1 ;;
        --deb) given_deb=$(realpath "${2:?$usage}"); shift ;;
        --keep) keep=1 ;;
        -*) echo "$usage" >&2; exit 2 ;;
        *) work=$1 ;;
    esac
    shift
done

fail() {
    echo "fresh-check: $*" >&2
    exit 1
}

[ "$(id -u)" = 0 ] || fail "run as root (mmdebstrap and chroot need it)"
command -v mmdebstrap > /dev/null || fail "mmdebstrap is not installed: apt-get install mmdebstrap"
source_dir=$(cd "$(dirname "$0")/.." && pwd)
[ -n "$work" ] || work=$(mktemp -d /tmp/layerlab-fresh-check.XXXXXX)
mkdir -p "$work"
work=$(cd "$work" && pwd)
logs=$work/logs
root1=$work/root-build
root2=$work/root-package
[ ! -e "$root1" ] && [ ! -e "$root2" ] || fail "$work already holds roots; give an empty WORK_DIR"
mkdir -p "$logs"

# The apt sources apt itself reads on this machine; mmdebstrap copies each into the root.
sources=()
if grep -qs '^[[:space:]]*deb' /etc/apt/sources.list; then sources+=(/etc/apt/sources.list); fi
for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    if [ -f "$f" ]; then sources+=("$f"); fi
done
[ ${#sources[@]} -gt 0 ] || fail "this machine has no apt sources"

summary=()
print_summary() {
    echo
    echo "fresh-check summary (logs in $logs):"
    printf '  %s\n' "${summary[@]}"
}

# step NAME COMMAND...: runs COMMAND, its output in $step_log (named after the step, in
# $logs), and times it.
step() {
    local name=$1 start=$SECONDS rc
    shift
    step_log=$logs/$(tr -c 'A-Za-z0-9.\n-' _ <<< "$name").log
    echo "[$(date +%T)] $name ..."
    # Not `COMMAND || rc=$?`: bash ignores set -e inside a function or subshell run there.
    set +e
    (set -e; "$@") > "$step_log" 2>&1
    rc=$?
    set -e
    local took=$((SECONDS - start))
    if [ $rc -eq 0 ]; then
        summary+=("$(printf '%-50s %5d s  ok' "$name" "$took")")
        echo "[$(date +%T)] $name: ok, $took s"
    else
        summary+=("$(printf '%-50s %5d s  FAILED (exit %d)' "$name" "$took" "$rc")")
        echo "[$(date +%T)] $name: FAILED (exit $rc) after $took s; the end of $step_log:"
        tail -n 60 "$step_log"
        print_summary
        exit 1
    fi
}

make_root() {
    local root=$1
    mmdebstrap --variant=minbase bookworm "$root" "${sources[@]}"
    # apt in the root reads the keyrings the sources name (Signed-By) from the root.
    grep -hoiE 'signed-by(:|=)[[:space:]]*/[^] ,]+' "${sources[@]}" | sed -E 's|^[^/]*||' | sort -u |
        while read -r keyring; do
            if [ ! -e "$root$keyring" ]; then install -D -m 644 "$keyring" "$root$keyring"; fi
        done
}

# in_root ROOT DIR COMMAND...: runs COMMAND in DIR inside ROOT, as root with a clean
# environment, with /dev, /proc and /sys mounted in a mount namespace of its own (the
# mounts vanish with it, so the root can simply be deleted).
in_root() {
    local root=$1 dir=$2
    shift 2
    unshare --mount --propagation private --fork --pid sh -c '
        root=$1 dir=$2
        shift 2
        mount --rbind /dev "$root/dev" && mount -t proc proc "$root/proc" && mount --rbind /sys "$root/sys" || exit 1
        exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
            sh -c "cd \"\$0\" && exec \"\$@\"" "$dir" "$@"' sh "$root" "$dir" "$@"
}

# stays_up ROOT DIR COMMAND...: runs COMMAND (which ends up exec'ing the app) in ROOT,
# offscreen; passes if a process named layerlab is still running $stay_up seconds after
# it started, and fails if it ends first (a crash, or an early exit).
stays_up_script='
start_limit=$1 stay_up=$2
shift 2
alive() { [ -e /proc/$1 ] && ! grep -q "^State:[[:space:]]*Z" /proc/$1/status; }
QT_QPA_PLATFORM=offscreen "$@" &
pid=$!
waited=0
until [ "$(cat /proc/$pid/comm 2>/dev/null)" = layerlab ]; do
    if ! alive $pid; then wait $pid; echo "fresh-check: ended with exit $? before the app started"; exit 1; fi
    if [ $waited -ge $start_limit ]; then echo "fresh-check: the app did not start within $start_limit s"; kill $pid; exit 1; fi
    sleep 1
    waited=$((waited + 1))
done
echo "fresh-check: the app started (pid $pid)"
sleep $stay_up
if ! alive $pid; then wait $pid; echo "fresh-check: the app ended with exit $? within $stay_up s of starting"; exit 1; fi
echo "fresh-check: the Qt plugins and fonts the app has loaded:"
grep -oE "/[^ ]*/(plugins|fonts)/[^ ]*" /proc/$pid/maps | sort -u
kill $pid
wait $pid || true
echo "fresh-check: the app was still running $stay_up s after it started"
'
stays_up() {
    local root=$1 dir=$2
    shift 2
    in_root "$root" "$dir" sh -c "$stays_up_script" sh "$start_limit" "$stay_up" "$@"
}

# The dependency check's model of apt (scripts/check-deps.sh --closure) against what apt
# really installed here: a package in the closure but not installed would let the check
# accept a file a fresh machine lacks.
closure_script='
bash scripts/check-deps.sh --closure > /tmp/closure
dpkg-query -W -f="\${db:Status-Abbrev} \${Package}\n" | awk "\$1 == \"ii\" { print \$2 }" | sort > /tmp/installed
echo "in the closure, not installed:"; comm -23 /tmp/closure /tmp/installed
echo "installed, not in the closure:"; comm -13 /tmp/closure /tmp/installed
[ -z "$(comm -23 /tmp/closure /tmp/installed)" ]
'

copy_project() {
    local dest=$root1/root/layerlab
    if [ $working_tree = 1 ]; then
        mkdir -p "$dest"
        (cd "$source_dir" && git ls-files -z --cached --others --exclude-standard |
            while IFS= read -r -d '' f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done |
            tar --null -T - -cf -) | tar -C "$dest" -xf -
        echo "copied the working tree of $source_dir"
    else
        git clone --no-hardlinks "$source_dir" "$dest"
        git -C "$dest" log -1 --format='cloned commit %h: %s'
    fi
}

# --- 1. The README's commands, and the package, on a fresh machine ----------------------

if [ -z "$given_deb" ]; then
    step "root 1: mmdebstrap" make_root "$root1"
    step "root 1: copy the project" copy_project
    step "root 1: bash scripts/test.sh" in_root "$root1" /root/layerlab bash scripts/test.sh
    step "root 1: check-deps' closure" in_root "$root1" /root/layerlab sh -c "$closure_script"
    step "root 1: bash scripts/run.sh" stays_up "$root1" /root/layerlab bash scripts/run.sh
    step "root 1: bash scripts/package.sh" in_root "$root1" /root/layerlab bash scripts/package.sh
    debs=("$root1"/root/layerlab/build-package/layerlab_*.deb)
    [ -f "${debs[0]}" ] || fail "scripts/package.sh made no build-package/layerlab_*.deb"
    given_deb=${debs[0]}
fi
deb=$(basename "$given_deb")
cp "$given_deb" "$work/"
summary+=("$deb Depends: $(dpkg-deb -f "$work/$deb" Depends)")
summary+=("$deb Recommends: $(dpkg-deb -f "$work/$deb" Recommends)")

# --- 2. The package on another fresh machine --------------------------------------------

install_package() {
    cp "$work/$deb" "$root2/root/"
    in_root "$root2" /root sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ./$deb"
}
cli_from_path() {
    in_root "$root2" /root sh -c 'command -v layerlab-cli && layerlab-cli examples'
}
# The menu runs the desktop entry's Exec line, minus its field codes (%f: the file to open).
desktop_entry() {
    local entry
    entry=$(dpkg-deb -c "$work/$deb" | grep -o '/usr/share/applications/[^ ]*\.desktop$') ||
        fail "$deb has no desktop entry"
    local exec_line
    exec_line=$(sed -n 's/^Exec=//p' "$root2$entry" | head -n 1 | sed -E 's/ ?%[fFuUdDnNickvm]//g')
    echo "$entry: Exec=$exec_line"
    # shellcheck disable=SC2086  # the Exec line is a command and its arguments
    stays_up "$root2" /root $exec_line
    grep -q '/iconengines/libqsvgicon\.so' "$step_log" ||
        fail "the app did not load Qt's SVG icon engine: its icons are missing"
}
# A desktop session runs the app on xcb, which cannot start here without an X server: the
# plugin and every library it needs must be installed.
xcb_plugin() {
    in_root "$root2" /root sh -c '
        xcb=$(dpkg -L libqt6gui6 | grep "/platforms/libqxcb\.so$") || { echo "no xcb platform plugin"; exit 1; }
        echo "$xcb"
        ldd "$xcb"
        ! ldd "$xcb" | grep "not found"'
}

# A double-click on a .layerlab file opens the app: the MIME database (shared-mime-info's
# trigger) knows the type, and the desktop entry opens it.
file_type() {
    in_root "$root2" /root sh -c '
        type_file=$(ls /usr/share/mime/application/*layerlab*.xml) || { echo "the MIME database has no LayerLab type"; exit 1; }
        grep -H "<glob" $type_file
        type=application/$(basename $type_file .xml)
        grep -H "^MimeType=.*$type;" /usr/share/applications/*.desktop'
}

step "root 2: mmdebstrap" make_root "$root2"
step "root 2: apt-get install ./$deb" install_package
step "root 2: layerlab-cli examples" cli_from_path
step "root 2: the desktop entry's Exec" desktop_entry
step "root 2: the xcb platform plugin" xcb_plugin
step "root 2: the .layerlab file type" file_type

print_summary
if [ $keep = 0 ]; then
    # The mounts lived in namespaces that are gone; refuse to delete anything still mounted.
    if grep -q " $work/" /proc/self/mountinfo; then fail "something is still mounted under $work; not deleting it"; fi
    rm -rf "$root1" "$root2"
fi
echo "fresh-check: all steps passed"
