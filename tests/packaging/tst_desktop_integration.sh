#!/usr/bin/env bash
# What the packages install besides the programs, checked the way a user meets it: the desktop
# entry and the AppStream metainfo pass their validators, `man postino-cli` shows every command and
# option, Tab in bash completes commands, options and their values, and both programs' --version
# names the source revision.
#   tst_desktop_integration.sh SOURCE_DIR BUILD_DIR POSTINO POSTINO_CLI
set -uo pipefail
source_dir=$1
build_dir=$2
postino=$3
postino_cli=$4
app_id=io.github.postino.Postino
generated=$build_dir/packaging
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...
    local description=$1
    shift
    local output
    if output=$("$@" 2>&1); then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'FAIL: %s\n%s\n' "$description" "$output"
    fi
}

# --- desktop entry and metainfo
validate_desktop() {
    local out
    out=$(desktop-file-validate "$source_dir/packaging/$app_id.desktop" 2>&1) || {
        echo "$out"
        return 1
    }
    [ -z "$out" ] || {
        echo "$out"
        return 1
    }
}
check "desktop-file-validate is clean" validate_desktop
check "the desktop entry starts postino with the installed icon" \
    grep -qx -e "Exec=postino" "$source_dir/packaging/$app_id.desktop"
check "the icon the desktop entry names exists" \
    test -s "$source_dir/resources/icons/$(sed -n 's/^Icon=//p' "$source_dir/packaging/$app_id.desktop").svg"
check "appstreamcli validate --no-net is clean" \
    appstreamcli validate --no-net "$generated/$app_id.metainfo.xml"
version=$(sed -n 's/^project(Postino VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
check "the metainfo has release notes for $version" \
    grep -q "<release version=\"$version\"" "$generated/$app_id.metainfo.xml"
check "the metainfo's screenshot is one of the project's" \
    test -s "$source_dir/resources/screenshots/$(sed -n 's#.*<image>.*/\([^/]*\)</image>.*#\1#p' "$generated/$app_id.metainfo.xml" | head -n1)"

# --- man pages: rendered without warnings, with a NAME line apropos reads, every option listed
render_man() { # render_man PAGE: the text a user sees; fails on any groff warning
    local warnings
    warnings=$(MANWIDTH=100 man --warnings -E UTF-8 -l "$generated/$1.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || {
        echo "$warnings"
        return 1
    }
    MANWIDTH=100 man -E UTF-8 -l "$generated/$1.1.gz" 2>/dev/null | col -b
}
man_lists_every_option() { # man_lists_every_option PAGE PROGRAM
    local text help option missing=""
    text=$(render_man "$1") || return 1
    help=$("$2" --help) || return 1
    for option in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' <<<"$help" | grep -oE -- '--[a-z0-9-]+'); do
        grep -qF -- "$option" <<<"$text" || missing+=" $option"
    done
    [ -z "$missing" ] || {
        echo "not in $1(1):$missing"
        return 1
    }
}
for page in postino postino-cli; do
    check "$page(1) renders without warnings" render_man "$page"
    check "$page(1) has a NAME line apropos reads" lexgrog "$generated/$page.1.gz"
done
check "postino(1) lists every option of postino --help" man_lists_every_option postino "$postino"
check "postino-cli(1) lists every option of postino-cli --help" man_lists_every_option postino-cli "$postino_cli"
cli_page=$(render_man postino-cli)
man_cli_has() { grep -qE -- "$1" <<<"$cli_page"; }
check "postino-cli(1) has the commands" man_cli_has "^ +smtp check$"
check "postino-cli(1) names the secrets' environment variables" man_cli_has "POSTINO_API_KEY"
check "postino-cli(1) has the exit status" man_cli_has "^EXIT STATUS"
check "postino-cli(1) is for this version" man_cli_has "Postino $version"

# --- bash completion: what Tab offers after the words typed so far
complete_words() { # complete_words WORD...: the last word is being completed
    bash --norc --noprofile -c '
        source "$1"
        shift
        COMP_WORDS=(postino-cli "$@")
        COMP_CWORD=$#
        _postino_cli
        printf "%s\n" "${COMPREPLY[@]}"' completion "$generated/bash-completion/postino-cli" "$@"
}
offers() { # offers "EXPECTED WORDS" WORD...: each expected word is among the completions
    local expected=$1 got word
    shift
    got=$(complete_words "$@")
    for word in $expected; do
        grep -qx -- "$word" <<<"$got" || {
            printf 'after "postino-cli %s" expected %s among:\n%s\n' "$*" "$word" "$got"
            return 1
        }
    done
}
offers_only() { # offers_only "EXPECTED WORDS" WORD...: exactly these completions
    local got
    got=$(complete_words "${@:2}" | sort | tr '\n' ' ')
    [ "$got" = "$(tr ' ' '\n' <<<"$1" | sort | tr '\n' ' ')" ] || {
        printf 'after "postino-cli %s" expected "%s", got "%s"\n' "${*:2}" "$1" "$got"
        return 1
    }
}
check "Tab completes commands" offers_only "send smtp spf" s
check "Tab completes a command's subcommands" offers_only "check send" smtp ""
check "Tab completes oauth's subcommands" offers_only "sign-in sign-out" oauth ""
check "Tab completes options" offers "--profile" --pro
check "Tab completes every option in --help" offers "--secrets-file --dkim-selector --imap-security --json" --
check "Tab completes the mailer ids" offers_only "sendgrid sendinblue sendlayer" --mailer send
check "Tab completes mailer ids from the catalog" offers "mailgun amazonses sendinblue smtp" --mailer ""
check "Tab completes the encryption modes" offers_only "none ssl tls" smtp check --encryption ""
check "Tab completes the export formats" offers "wp-config wp-option msmtp postfix laravel symfony profile alerts" \
    export --format ""
check "Tab completes the languages" offers_only "en it" --lang ""
check "Tab completes the alert channels" offers "slack discord teams twilio webhook ntfy pushover email" \
    alert test --channel ""
check "Tab skips an option's value when finding the command" offers_only "check send" --profile p.json smtp ""
completes_files() {
    local dir
    dir=$(mktemp -d)
    touch "$dir/wp-config.php"
    (cd "$dir" && offers "wp-config.php" "$@")
    local status=$?
    rm -rf "$dir"
    return $status
}
check "Tab completes a file for import" completes_files import wp
check "Tab completes a file for --profile" completes_files send --profile wp

# --- --version names the version and the revision
version_line() { # version_line PROGRAM NAME
    local line
    line=$("$1" --version) || return 1
    grep -qxE "$2 $version \\(revision ([0-9a-f]{12}(-modified)?|unknown)\\)" <<<"$line" || {
        echo "$1 --version printed: $line"
        return 1
    }
}
check "postino --version names the revision" version_line "$postino" Postino
check "postino-cli --version names the revision" version_line "$postino_cli" postino-cli

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
