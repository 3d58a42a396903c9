function __verbatim_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __verbatim_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __verbatim_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __verbatim_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __verbatim_parse_tokens -S
    set -l unparsed_tokens (__verbatim_tokens -pc)
    switch $unparsed_tokens[1]
    case 'verbatim'
        __verbatim_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'read'
            __verbatim_parse_subcommand -r 1 'theme=' 'no-color' 'color' 'no-mouse' 'width=' 'no-state' 'no-archive' 'archive=' 'max-mib=' 'encoding=' 'version' 'h/help'
        case 'parse'
            __verbatim_parse_subcommand -r 1 'from-jsonl=' 'format=' 'raw' 'strict' 'max-mib=' 'encoding=' 'jobs=' 'version' 'h/help'
        case 'evaluate'
            __verbatim_parse_subcommand 1 'predicted=' 'overlap=' 'json' 'errors' 'strict' 'max-mib=' 'part=' 'version' 'h/help'
        case 'archive'
            __verbatim_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __verbatim_parse_subcommand -r 1 'jobs=' 'archive=' 'max-mib=' 'encoding=' 'version' 'h/help'
            case 'export'
                __verbatim_parse_subcommand 0 'format=' 'archive=' 'version' 'h/help'
            case 'check'
                __verbatim_parse_subcommand 0 'archive=' 'version' 'h/help'
            end
        case 'who'
            __verbatim_parse_subcommand -r 1 'exact' 'format=' 'limit=' 'archive=' 'version' 'h/help'
        case 'said'
            __verbatim_parse_subcommand -r 1 'format=' 'limit=' 'archive=' 'version' 'h/help'
        case 'keys'
            __verbatim_parse_subcommand 0 'markdown' 'standard' 'version' 'h/help'
        case 'themes'
            __verbatim_parse_subcommand 0 'color' 'version' 'h/help'
        case 'config'
            __verbatim_parse_subcommand 0 'print' 'version' 'h/help'
        case 'completions'
            __verbatim_parse_subcommand 1 'version' 'h/help'
        case 'help'
            __verbatim_parse_subcommand -r 1 'version'
        end
    end
end

function __verbatim_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __verbatim_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __verbatim_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __verbatim_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__verbatim_tokens -p)
    if test -z "$(__verbatim_tokens -t)"
        set -l index (count (__verbatim_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'verbatim' -f
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'read' -d 'Read articles in the terminal (the default subcommand).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'parse' -d 'Analyse articles: entities, quotes, speakers, actors, foreign fragments.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'evaluate' -d 'Score entities, quotes, speakers, actors and fragments against a gold file.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'archive' -d 'Fill the archive of statements, export it, or check it.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'who' -d 'List an actor\'s statements across the archive, by date.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'said' -d 'Search the archive\'s statements by their words (full text), by date.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'keys' -d 'List every key of the reader.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'themes' -d 'List the bundled and your own themes, each previewed in its colours.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'config' -d 'Show the effective configuration (--print) and where each value comes from.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'completions' -d 'Print the completion script for bash, zsh or fish.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" theme' -l 'theme' -d 'Theme: a bundled name (default, light, high-contrast, mono), one of yours, or a path to a .toml file.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" no-color' -l 'no-color' -d 'No colours: highlights by bold, underline and reverse only (also when NO_COLOR is set).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" color' -l 'color' -d 'Colours even when NO_COLOR is set.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" no-mouse' -l 'no-mouse' -d 'Leave the mouse to the terminal (text selection) instead of the reader.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" width' -l 'width' -d 'Line width for plain output when stdout is not a terminal (default: $COLUMNS or 80).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" no-state' -l 'no-state' -d 'Neither restore nor save reading positions ($XDG_STATE_HOME/verbatim/).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" no-archive' -l 'no-archive' -d 'Do not add the articles read to the archive (see `verbatim archive`).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" archive' -l 'archive' -d 'The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" max-mib' -l 'max-mib' -d 'Largest article or JSON Lines record accepted, in MiB (1–65536).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" encoding' -l 'encoding' -d 'Read inputs in this encoding instead of detecting it: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252, iso-8859-1.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim read" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" from-jsonl' -l 'from-jsonl' -d 'Read records with id, text and optional lang from a JSON Lines file (- for standard input).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" format' -l 'format' -d 'jsonl (the default when piped) or text (the default on a terminal).' -rfka 'jsonl text'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" raw' -l 'raw' -d 'Text output with the article\'s control characters and escape sequences as they are, not made visible.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" strict' -l 'strict' -d 'Stop at the first input that cannot be read (by default it is reported and the others go on).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" max-mib' -l 'max-mib' -d 'Largest article or JSON Lines record accepted, in MiB (1–65536).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" encoding' -l 'encoding' -d 'Read inputs in this encoding instead of detecting it: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252, iso-8859-1.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" jobs' -l 'jobs' -d 'Articles analysed at once (default: the number of cores); the output is the same, in input order.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim parse" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" predicted' -l 'predicted' -d 'Predictions to score (JSON Lines, matched on id). Default: analyse the gold texts now.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" overlap' -l 'overlap' -d 'Share of the longer span two quotes must overlap to match.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" json' -l 'json' -d 'Print the scores as JSON.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" errors' -l 'errors' -d 'After the scores, list each matched quote whose speaker is wrong, with its context.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" strict' -l 'strict' -d 'Stop at the first bad record (by default each is reported and skipped, and the exit status is 65).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" max-mib' -l 'max-mib' -d 'Largest article or JSON Lines record accepted, in MiB (1–65536).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" part' -l 'part' -d 'Score only this part of a development set: tuning or untouched (the fixed split of ArticleKit\'s dev-split.tsv, looked up by the gold file\'s name).' -rfka 'tuning untouched'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim evaluate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim archive" -eq 1' -fa 'add' -d 'Analyse articles and add them to the archive (idempotent by content).'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim archive" -eq 1' -fa 'export' -d 'Write every archived statement with its article: JSON Lines or CSV.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_positional "verbatim archive" -eq 1' -fa 'check' -d 'Check the archive: SQLite\'s integrity check and every article\'s statements and mentions.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive add" jobs' -l 'jobs' -d 'Articles analysed at once (default: the number of cores).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive add" archive' -l 'archive' -d 'The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive add" max-mib' -l 'max-mib' -d 'Largest article or JSON Lines record accepted, in MiB (1–65536).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive add" encoding' -l 'encoding' -d 'Read inputs in this encoding instead of detecting it: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252, iso-8859-1.' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive add" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive export" format' -l 'format' -d 'jsonl (one object per statement) or csv (RFC 4180, with a header row).' -rfka 'jsonl csv'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive export" archive' -l 'archive' -d 'The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive export" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive check" archive' -l 'archive' -d 'The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive check" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim archive check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim who" exact' -l 'exact' -d 'Only the actor whose name is NAME, not actors NAME is part of.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim who" format' -l 'format' -d 'table (the default on a terminal) or jsonl (the default when piped).' -rfka 'table jsonl'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim who" limit' -l 'limit' -d 'At most this many statements (the oldest first).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim who" archive' -l 'archive' -d 'The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim who" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim who" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim said" format' -l 'format' -d 'table (the default on a terminal) or jsonl (the default when piped).' -rfka 'table jsonl'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim said" limit' -l 'limit' -d 'At most this many statements (the oldest first).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim said" archive' -l 'archive' -d 'The archive file (default: $XDG_DATA_HOME/verbatim/archive.sqlite, else ~/.local/share/verbatim/).' -rfka ''
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim said" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim said" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim keys" markdown' -l 'markdown' -d 'As Markdown tables.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim keys" standard' -l 'standard' -d 'The standard keys, without the remapping in your config.toml.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim keys" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim themes" color' -l 'color' -d 'Colours even when standard output is not a terminal or NO_COLOR is set.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim themes" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim themes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim config" print' -l 'print' -d 'Print the effective configuration as TOML, each value with its origin.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim config" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim completions" version' -l 'version' -d 'Show the version.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim completions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'verbatim' -n '__verbatim_should_offer_completions_for_flags_or_options "verbatim help" version' -l 'version' -d 'Show the version.'