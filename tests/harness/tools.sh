#!/usr/bin/env bash
# tools.sh: sourced by the harnesses and check-tools.sh. require_tools checks what a harness or
# a test tier runs before anything starts, and when something is missing names the Debian
# package to install, instead of letting a test fail later for a reason nobody can see.
#
# require_tools WHO SPEC...   exits 2 with one message listing every missing SPEC. A SPEC is
#   COMMAND:PACKAGE                  a program on PATH (or in /usr/sbin, /sbin)
#   /PATH/GLOB:PACKAGE               a file the package installs
#   python-module:MODULE:PACKAGE     a module /usr/bin/python3 can import
#   php-extension:EXTENSION:PACKAGE  an extension php-cli loads
#   swaks-feature:FEATURE:PACKAGE    a feature `swaks --support` reports as supported (TLS, ...)

have_spec() {
    local kind what
    case $1 in
    python-module:* | php-extension:* | swaks-feature:*) kind=${1%%:*} what=${1#*:} what=${what%%:*} ;;
    /*) kind=file what=${1%:*} ;;
    *) kind=command what=${1%%:*} ;;
    esac
    case $kind in
    command) command -v "$what" >/dev/null 2>&1 || [ -x "/usr/sbin/$what" ] || [ -x "/sbin/$what" ] ;;
    file) compgen -G "$what" >/dev/null ;;
    python-module) /usr/bin/python3 -c "import $what" >/dev/null 2>&1 ;;
    php-extension) command -v php >/dev/null 2>&1 && php -r "exit(extension_loaded('$what') ? 0 : 1);" >/dev/null 2>&1 ;;
    swaks-feature) command -v swaks >/dev/null 2>&1 && [[ $'\n'$(swaks --support 2>&1) == *$'\n'"=== $what supported"* ]] ;;
    esac
}

require_tools() {
    local who=$1 spec missing=() packages=()
    shift
    for spec in "$@"; do
        have_spec "$spec" && continue
        case " ${missing[*]} " in *" ${spec%:*} "*) ;; *) missing+=("${spec%:*}") ;; esac
        case " ${packages[*]} " in *" ${spec##*:} "*) ;; *) packages+=("${spec##*:}") ;; esac
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    {
        echo "$who: missing ${missing[*]}"
        echo "$who: install the Debian package(s): apt-get install ${packages[*]}"
        echo "$who: (scripts/install-deps.sh --test installs everything the tests use)"
    } >&2
    exit 2
}
