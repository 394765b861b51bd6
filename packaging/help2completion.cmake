# Writes postino-cli's bash completion from the program itself: its commands and options from
# --help, the mailer ids from `mailers --json`. Run at build time, so it follows every new option:
#   cmake -DPROGRAM=<postino-cli> -DOUTPUT=<file> -P help2completion.cmake
include(${CMAKE_CURRENT_LIST_DIR}/helptext.cmake)

postino_run_program(help "${PROGRAM}" --help)
postino_parse_help("${help}")
postino_parse_command_helps("${PROGRAM}") # each command's own options
postino_run_program(mailers_json "${PROGRAM}" mailers --json)

# Commands: "smtp check" is command smtp with subcommand check; "import FILE" takes a file.
set(commands "")
set(subcommand_cases "")
set(file_commands "")
foreach(entry IN LISTS HELP_COMMANDS)
    postino_decode(entry "${entry}")
    string(REPLACE " " ";" words "${entry}")
    list(GET words 0 command)
    list(APPEND commands "${command}")
    list(LENGTH words count)
    if(count GREATER 1)
        list(GET words 1 second)
        if(second MATCHES "^[a-z][a-z-]*$")
            list(APPEND subcommands_${command} "${second}")
        elseif(second STREQUAL "FILE")
            list(APPEND file_commands "${command}")
        endif()
    endif()
endforeach()
list(REMOVE_DUPLICATES commands)
foreach(command IN LISTS commands)
    if(subcommands_${command})
        list(JOIN subcommands_${command} " " words)
        string(APPEND subcommand_cases "            ${command}) words=\"${words}\" ;;\n")
    endif()
endforeach()
foreach(command IN LISTS file_commands)
    string(APPEND subcommand_cases "            ${command}) files=1 ;;\n")
endforeach()

# Values an option takes, when its help lists them: "--channel slack|discord|..." in the command
# list, "none, ssl or tls" or "(en, it)" in its own text. Numbers and filler words are not values.
set(pipe_text "")
foreach(text IN LISTS HELP_COMMAND_TEXT)
    postino_decode(text "${text}")
    string(APPEND pipe_text " ${text}")
endforeach()
function(postino_listed_values out_var option text)
    string(REGEX MATCH "--${option} ([a-z0-9-]+(\\|[a-z0-9-]+)+)" piped "${pipe_text}")
    if(piped)
        string(REPLACE "|" " " values "${CMAKE_MATCH_1}")
        set(${out_var} "${values}" PARENT_SCOPE)
        return()
    endif()
    string(REGEX MATCH "[a-z0-9][a-z0-9-]*(, [a-z0-9][a-z0-9-]*)+( or [a-z0-9][a-z0-9-]*)?" listed "${text}")
    string(REGEX REPLACE "(, | or )" ";" items "${listed}")
    set(values "")
    foreach(item IN LISTS items)
        if(NOT item MATCHES "^[0-9]+$" AND NOT item MATCHES "^(or|and|default|e|g|the)$")
            list(APPEND values "${item}")
        endif()
    endforeach()
    list(LENGTH values count)
    if(count GREATER 1)
        list(JOIN values " " values)
        set(${out_var} "${values}" PARENT_SCOPE)
    else()
        set(${out_var} "" PARENT_SCOPE)
    endif()
endfunction()

string(JSON mailer_count LENGTH "${mailers_json}" mailers)
set(mailer_ids "")
math(EXPR last "${mailer_count} - 1")
foreach(index RANGE ${last})
    string(JSON id GET "${mailers_json}" mailers ${index} id)
    list(APPEND mailer_ids "${id}")
endforeach()
list(JOIN mailer_ids " " mailer_ids)

set(all_options "")
set(value_options "")
set(value_cases "")
foreach(names text IN ZIP_LISTS HELP_ALL_OPTIONS HELP_ALL_OPTION_TEXT)
    postino_decode(names "${names}")
    postino_decode(text "${text}")
    string(REGEX REPLACE " <.*$" "" flags "${names}") # not the value's name, "<wp-config.php>"
    string(REGEX MATCHALL "--?[a-zA-Z0-9-]+" flags "${flags}")
    list(APPEND all_options ${flags})
    if(NOT names MATCHES "<([^>]*)>$")
        continue()
    endif()
    set(placeholder "${CMAKE_MATCH_1}")
    list(APPEND value_options ${flags})
    list(JOIN flags "|" pattern)
    list(GET flags 0 first_name)
    string(REGEX REPLACE "^--?" "" first_name "${first_name}")
    postino_listed_values(values "${first_name}" "${text}")
    if(first_name STREQUAL "mailer")
        string(APPEND value_cases "        ${pattern}) COMPREPLY=($(compgen -W \"${mailer_ids}\" -- \"$cur\")) ;;\n")
    elseif(placeholder STREQUAL "file")
        string(APPEND value_cases "        ${pattern}) _postino_cli_files -f ;;\n")
    elseif(placeholder STREQUAL "folder")
        string(APPEND value_cases "        ${pattern}) _postino_cli_files -d ;;\n")
    elseif(values)
        string(APPEND value_cases "        ${pattern}) COMPREPLY=($(compgen -W \"${values}\" -- \"$cur\")) ;;\n")
    else()
        string(APPEND value_cases "        ${pattern}) ;; # free text\n")
    endif()
endforeach()
# After a command, only the options it takes.
set(option_cases "")
foreach(words options IN ZIP_LISTS HELP_COMMAND_WORDS HELP_COMMAND_OPTIONS)
    if(words MATCHES " ")
        set(pattern "\"${words}\"") # "smtp check"
    else()
        set(pattern "\"${words} \"*") # "dns " and whatever follows, e.g. the domain
    endif()
    string(APPEND option_cases "            ${pattern}) options=\"${options}\" ;;\n")
endforeach()
list(JOIN commands " " commands)
list(REMOVE_DUPLICATES all_options)
list(JOIN all_options " " all_options)
list(JOIN value_options "|" value_pattern)

file(WRITE "${OUTPUT}" "# bash completion for postino-cli, generated from `postino-cli --help` and
# `postino-cli mailers --json` at build time by packaging/help2completion.cmake.

_postino_cli_files()
{
    local IFS=$'\\n'
    COMPREPLY=($(compgen \"$1\" -- \"$cur\"))
    compopt -o filenames 2>/dev/null
}

_postino_cli()
{
    local cur=\"\${COMP_WORDS[COMP_CWORD]}\" prev=\"\"
    ((COMP_CWORD > 0)) && prev=\"\${COMP_WORDS[COMP_CWORD - 1]}\"
    COMPREPLY=()

    # The value of an option that takes one.
    case \"$prev\" in
${value_cases}    esac
    case \"$prev\" in
        ${value_pattern}) return ;;
    esac

    # The command (and subcommand) typed so far, skipping options and their values.
    local i word command=\"\" subcommand=\"\" skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=\"\${COMP_WORDS[i]}\"
        if ((skip)); then
            skip=0
        elif [[ \"$word\" == -* ]]; then
            case \"$word\" in
                ${value_pattern}) skip=1 ;;
            esac
        elif [[ -z \"$command\" ]]; then
            command=\"$word\"
        elif [[ -z \"$subcommand\" ]]; then
            subcommand=\"$word\"
        fi
    done

    if [[ \"$cur\" == -* ]]; then
        local options=\"${all_options}\"
        case \"$command $subcommand\" in
${option_cases}        esac
        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))
    elif [[ -z \"$command\" ]]; then
        COMPREPLY=($(compgen -W \"${commands}\" -- \"$cur\"))
    elif [[ -z \"$subcommand\" ]]; then
        local words=\"\" files=0
        case \"$command\" in
${subcommand_cases}        esac
        if ((files)); then
            _postino_cli_files -f
        else
            COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))
        fi
    fi
}
complete -F _postino_cli postino-cli
")
