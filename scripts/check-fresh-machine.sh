#!/usr/bin/env bash
# check-fresh-machine.sh [bookworm|trixie] [--keep] [--install-test|--install-only] [--workdir DIR]
#
# Proves the README's two commands work on a machine that has nothing: builds a minimal Debian
# root (debootstrap --variant=minbase, from the same Debian mirror this machine uses), copies this
# working tree into it (committed and uncommitted files, no build folders), and runs, as a
# newcomer would, inside a chroot with /proc, /sys and /dev mounted:
#   1. scripts/run-wizard.sh   (offscreen, quitting once the first page is painted)
#   2. scripts/run-tests.sh    (every test tier; network namespaces work in the chroot as root)
# then prints the wall time of each command and ctest's summary. It takes long (apt, a full
# sanitizer build without ccache, every test), so it is not part of CI.
#
# --install-test   also the install test, on a second fresh root: the package built by
#                  scripts/package.sh (in the first root, into build/package/postino_*.deb) must
#                  install with `apt-get install ./postino_*.deb` from Debian alone; then
#                  `postino-cli --version`, `postino-cli mailers` and the GUI started offscreen to
#                  its first page (screenshot written); and purging it must leave nothing behind.
# --install-only   the install test without the README's commands (the first root only builds
#                  the package).
# --keep           keep the roots for debugging (chroot DIR/source /bin/bash); mounts are
#                  always removed on exit.
# --workdir DIR    where the roots go (default: a new folder under /var/tmp).
# POSTINO_DEBIAN_MIRROR / POSTINO_DEBIAN_SECURITY_MIRROR override the mirrors found in
# /etc/apt/sources.list{,.d}.
#
# Needs root and debootstrap (installed when missing). Results: the last lines of the output,
# screenshots and logs in build/fresh-machine/ of this working tree.
set -euo pipefail

prog=check-fresh-machine
die() { echo "$prog: $*" >&2; exit 2; }
say() { echo "=== $prog: $*"; }

suite=bookworm
keep=0
run_readme=1
run_install=0
workdir=""
while [ $# -gt 0 ]; do
    case $1 in
    bookworm | trixie) suite=$1 ;;
    --keep) keep=1 ;;
    --install-test) run_install=1 ;;
    --install-only) run_install=1 run_readme=0 ;;
    --workdir) workdir=${2:?--workdir needs a folder}; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
    esac
    shift
done

[ "$(id -u)" = 0 ] || die "must run as root (debootstrap, chroot and mounts)"
src=$(cd "$(dirname "$0")/.." && pwd)
results=$src/build/fresh-machine
mkdir -p "$results"

if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap"
    apt-get install -y -q --no-install-recommends debootstrap >/dev/null ||
        die "cannot install debootstrap (apt-get install debootstrap)"
fi

# The mirrors this machine's apt uses: the first Debian archive and security URIs configured.
find_mirror() { # REGEX-that-the-URI-must-match REGEX-that-it-must-not-match
    local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
    local f
    for f in "${files[@]}"; do
        [ -f "$f" ] || continue
        grep -hoE '^(URIs:[[:space:]]*|deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)[a-z]+://[^[:space:]]+' "$f" |
            grep -oE '[a-z]+://[^[:space:]]+' | grep -E "$1" | grep -vE "$2" | head -n 1
    done | head -n 1
}
mirror=${POSTINO_DEBIAN_MIRROR:-$(find_mirror '/debian/?$' 'security')}
security=${POSTINO_DEBIAN_SECURITY_MIRROR:-$(find_mirror '/debian-security/?$' '^$')}
mirror=${mirror:-http://deb.debian.org/debian}
security=${security:-http://deb.debian.org/debian-security}

if [ -z "$workdir" ]; then
    workdir=$(mktemp -d "/var/tmp/postino-fresh-$suite.XXXXXX")
else
    mkdir -p "$workdir"
fi
workdir=$(cd "$workdir" && pwd)
roots=()

# Every mount below a root, deepest first.
mounts_under() { awk -v r="$1" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r; }

# Ends what still runs inside a root (daemons a package script started), then unmounts it.
release_root() {
    local root=$1 p m
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
    for m in $(mounts_under "$root"); do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
    [ -z "$(mounts_under "$root")" ]
}

# shellcheck disable=SC2317  # invoked by the trap
cleanup() {
    local rc=$? root
    set +e
    for root in "${roots[@]}"; do
        if ! release_root "$root"; then
            echo "$prog: could not unmount everything under $root; left it in place" >&2
            continue
        fi
        if [ "$keep" = 1 ]; then
            echo "$prog: kept $root (chroot $root /bin/bash)" >&2
        else
            rm -rf --one-file-system "$root"
        fi
    done
    [ "$keep" = 1 ] || rmdir "$workdir" 2>/dev/null
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# make_root NAME: a minimal Debian root with apt pointed at this machine's mirrors.
make_root() {
    local root=$workdir/$1
    say "debootstrap --variant=minbase $suite into $root from $mirror"
    local t0=$SECONDS
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$results/$suite-$1-debootstrap.log" 2>&1 ||
        { tail -n 30 "$results/$suite-$1-debootstrap.log" >&2; die "debootstrap failed"; }
    rm -f "$root/etc/apt/sources.list"
    cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main

Types: deb
URIs: $security
Suites: $suite-security
Components: main
EOF
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    [ -s "$root/etc/hosts" ] || printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
    say "root ready in $((SECONDS - t0)) s"
}

# enter NAME: mounts what a running system has. The root is bind-mounted onto itself first so
# that it is a mount point: `unshare --mount` (the test harnesses) changes the propagation of /.
enter() {
    local root=$workdir/$1
    roots+=("$root")
    mount --bind "$root" "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
    mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
    mount -t tmpfs tmpfs "$root/run"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
}

# in_root NAME COMMAND: runs a bash command line as root inside, with a newcomer's environment.
in_root() {
    chroot "$workdir/$1" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$2"
}

# copy_tree NAME: this working tree as it is now (tracked and new files, no build output).
copy_tree() {
    local dest=$workdir/$1/root/postino
    mkdir -p "$dest"
    if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
        (cd "$src" && git ls-files -z --cached --others --exclude-standard |
            while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
            tar --null -T - -cf -) | tar -C "$dest" -xf -
    else
        tar -C "$src" --exclude=./build --exclude=./.git -cf - . | tar -C "$dest" -xf -
    fi
}

# timed LABEL NAME COMMAND: runs COMMAND in root NAME, logs to results, records the wall time.
declare -A took status
timed() {
    local label=$1 name=$2 cmd=$3 log=$results/$suite-$1.log t0 rc=0
    say "running: $cmd   (log: $log)"
    t0=$(date +%s.%N)
    # In the background, so that Ctrl-C or a kill reaches the trap at once (bash holds traps while
    # a foreground command runs); the clean-up then ends what runs in the root.
    in_root "$name" "$cmd" > >(tee "$log") 2>&1 &
    wait "$!" || rc=$?
    took[$label]=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { s = b - a; printf "%dm %02ds", s / 60, s % 60 }')
    status[$label]=$rc
    say "$label: exit $rc after ${took[$label]}"
    return 0
}

make_root source
if [ "$run_install" = 1 ]; then
    # The install test gets a root nobody built in: a copy taken before the first one is used.
    cp -a "$workdir/source" "$workdir/install"
fi
enter source
copy_tree source

if [ "$run_readme" = 1 ]; then
    timed run-wizard source \
        'cd /root/postino && QT_QPA_PLATFORM=offscreen scripts/run-wizard.sh --exit-after-first-paint'
    timed run-tests source 'cd /root/postino && scripts/run-tests.sh'
fi

if [ "$run_install" = 1 ]; then
    if [ ! -x "$src/scripts/package.sh" ]; then
        say "install test: no scripts/package.sh in this tree yet, so no package to install"
        status[install-test]=missing
    else
        timed package source 'cd /root/postino && scripts/install-deps.sh && scripts/package.sh'
        mapfile -t debs < <(find "$workdir/source/root/postino/build/package" -maxdepth 1 -name 'postino_*.deb' 2>/dev/null)
        if [ "${status[package]}" != 0 ] || [ ${#debs[@]} != 1 ]; then
            say "install test: scripts/package.sh did not leave exactly one build/package/postino_*.deb"
            status[install-test]=failed
        else
            release_root "$workdir/source" || true
            enter install
            cp "${debs[0]}" "$workdir/install/root/"
            deb=/root/$(basename "${debs[0]}")
            pkg=$(dpkg-deb -f "${debs[0]}" Package)
            # What is on disk besides apt's own bookkeeping; compared before install and after purge.
            snapshot='find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp \
                -o -path /root -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg \
                -o -path /var/log \) -prune -o -print | sort'
            timed install-test install "set -e
                apt-get update -q
                $snapshot >/root/before.txt
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $deb
                postino-cli --version
                postino-cli mailers
                QT_QPA_PLATFORM=offscreen postino --screenshot /root/first-page.png
                test -s /root/first-page.png
                DEBIAN_FRONTEND=noninteractive apt-get purge -y -q --autoremove $pkg
                $snapshot >/root/after.txt
                if ! diff -u /root/before.txt /root/after.txt; then
                    echo 'purging the package left the files above behind'; exit 1
                fi"
            cp "$workdir/install/root/first-page.png" "$results/$suite-first-page.png" 2>/dev/null || true
        fi
    fi
fi

# ---- Summary -------------------------------------------------------------------------------
echo
# shellcheck disable=SC2016  # expanded inside the root
say "summary for Debian $suite ($(in_root source '. /etc/os-release; echo "$PRETTY_NAME"'))"
for label in run-wizard run-tests package install-test; do
    [ -n "${status[$label]:-}" ] || continue
    printf '  %-13s exit %-8s wall time %s\n' "$label" "${status[$label]}" "${took[$label]:--}"
done
if [ -f "$results/$suite-run-tests.log" ]; then
    grep -E 'tests passed|Total Test time' "$results/$suite-run-tests.log" | sed 's/^/  /' || true
    sed -n '/The following tests FAILED/,$p' "$results/$suite-run-tests.log" | grep -E '^\s+[0-9]+ - ' |
        sed 's/^/  /' || true
fi
[ -f "$results/$suite-first-page.png" ] && echo "  first page: $results/$suite-first-page.png"
failed=0
for label in "${!status[@]}"; do [ "${status[$label]}" = 0 ] || failed=1; done
exit "$failed"
