#!/usr/bin/env bash
# Builds Postino's Linux packages from a release build and checks them:
#   build/package/postino_<version>_<arch>.deb     (CPack DEB, dependencies from dpkg-shlibdeps)
#   build/package/postino-<version>-1.<arch>.rpm   (CPack RPM, dependencies from rpmbuild's elfdeps)
# Installs the tools it needs first (scripts/install-deps.sh --package, with sudo when not root),
# then runs desktop-file-validate, appstreamcli, man, lintian and rpm on what the packages contain.
# Exits non-zero when a build step or any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=$source_dir/build/package-build
out_dir=$source_dir/build/package
app_id=io.github.postino.Postino

scripts/install-deps.sh --package

version=$(sed -n 's/^project(Postino VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
problems=()
# A release says what is new in it: in the Debian changelog and in the AppStream metainfo.
changelog_version=$(dpkg-parsechangelog -l packaging/changelog -SVersion)
[ "$changelog_version" = "$version" ] ||
    problems+=("packaging/changelog starts with $changelog_version, not $version: add the release's entry")
grep -q "<release version=\"$version\"" packaging/$app_id.metainfo.xml.in ||
    problems+=("packaging/$app_id.metainfo.xml.in has no <release version=\"$version\">: add its notes")
if [ ${#problems[@]} -gt 0 ]; then
    printf 'Cannot package Postino %s:\n' "$version" >&2
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
fi

# Debian's hardening (PIE, stack protector, fortify, full RELRO, bindnow) and the changelog's date
# for every time stamp, so a rebuild of the same sources gives the same files.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -l packaging/changelog -STimestamp)
export SOURCE_DATE_EPOCH

# Configured every time: the flags, and the source revision --version reports, are current.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset package "${launcher[@]}" -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build --preset package

rm -rf "$out_dir"
mkdir -p "$out_dir"
(cd "$build_dir" && cpack -G DEB -B "$out_dir" && cpack -G RPM -B "$out_dir")
rm -rf "$out_dir/_CPack_Packages"
deb=$(ls "$out_dir"/postino_"$version"_*.deb)
rpm=$(ls "$out_dir"/postino-"$version"-*.rpm)

# Check what the .deb installs, file by file.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

section() { printf '\n== %s\n' "$*"; }
section "desktop-file-validate"
desktop_out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) ||
    problems+=("desktop-file-validate failed")
if [ -n "$desktop_out" ]; then
    echo "$desktop_out"
    problems+=("desktop-file-validate is not clean")
else
    echo "clean"
fi

section "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    problems+=("appstreamcli validate failed")

section "man pages"
for page in postino postino-cli; do
    file="$root/usr/share/man/man1/$page.1.gz"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null) ||
        problems+=("man could not render $page(1)")
    if [ -n "$warnings" ]; then
        echo "$warnings"
        problems+=("$page(1) has formatting warnings")
    fi
    lexgrog "$file" || problems+=("$page(1) has no NAME line apropos can read")
done

section "lintian"
# Errors fail the packaging; warnings are shown. Running as root only earns a notice that is not
# about the package.
lintian_status=0
lintian_out=$(lintian --info --display-level ">=warning" --fail-on error "$deb" 2>&1) || lintian_status=$?
lintian_out=$(grep -v '^running with root privileges is not recommended!$' <<<"$lintian_out" || true)
echo "${lintian_out:-no errors or warnings}"
[ "$lintian_status" -eq 0 ] || problems+=("lintian failed (exit status $lintian_status)")

section "rpm -qpi"
rpm -qpi "$rpm" 2>/dev/null || problems+=("rpm cannot read $rpm")
section "rpm -qpR (requires)"
rpm -qpR "$rpm" 2>/dev/null
section "rpm -qpl (files)"
rpm -qpl "$rpm" 2>/dev/null

section "dpkg-deb --info"
dpkg-deb --info "$deb"
section "packages"
ls -l "$deb" "$rpm"
printf 'installed size of the .deb: %s KiB\n' "$(dpkg-deb -f "$deb" Installed-Size)"

if [ ${#problems[@]} -gt 0 ]; then
    printf '\nPackaging failed:\n' >&2
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
fi
printf '\nPackages ready in %s\n' "${out_dir#"$source_dir"/}"
