// The --help text (kept beside the argument parser's vocabulary).
export const HELP = `secure-compose: score Docker Compose files for runtime security and harden them.

Usage:
  secure-compose check FILE... [-f FILE]... [--env-file FILE]... [--config FILE]
                       [--format text|json|sarif] [--fail-on SEVERITY]
  secure-compose fix FILE... [--unsafe] [--write]
  secure-compose convert [FILE|-] | convert --to run FILE [--service NAME]   (see convert --help)
  secure-compose --help | --version

FILE may be - for standard input, a folder or a glob. A folder gives the compose file Compose reads there
(compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml: the first found) merged with its override
file (compose.override.yml, …). A glob ('deploy/**/*.yaml'; quote it) is expanded by secure-compose, skipping
.git and node_modules.

check   Analyses each file: findings per service, the checklist and the score.
        --format text    readable report (default; coloured on a terminal unless NO_COLOR is set):
                         the file's path once, then one row per finding, by service:
                         line:col  severity  rule  message
        --format json    one file: {score, services, findings, checklist};
                         several files: an object keyed by each FILE as given, holding that same object
        --format sarif   SARIF 2.1.0 for GitHub code scanning (one run, all files)
        --fail-on SEVERITY   exit 1 when a finding is at or above SEVERITY: critical, high (the default),
                             medium, low or info; none never exits 1 for findings
        -f, --file FILE      a compose file of one project, repeatable: merged in order like
                             \`docker compose -f a.yaml -f b.yaml\` (mappings merged, sequences appended, command
                             replaced, !reset and !override honoured); each finding names the file and line that wrote
                             the value (text: file:line:col; json: "file"; sarif: its location). -f json|text|sarif is
                             still read as --format.
        --env-file FILE      variables for \${VAR} interpolation, repeatable (later files win); without it, the .env
                             beside the project's first file. The shell's environment is not used, and a value is
                             never printed: messages show \${VAR}.
        --config FILE        the config file; otherwise .secure-compose.yaml (or .yml), or the "secure-compose" key
                             of package.json, in the working directory or a parent up to the repository's root:
                               rules: {RULE: off | critical|high|medium|low|info}   skip: [GLOB…]   fail-on: SEVERITY
                             (--fail-on wins over fail-on). The config used is named (text: a first "Config:" line;
                             json: "config"; sarif: the run's properties.config); an unknown key or rule id exits 2.

        include: and extends.file are followed, relative to the file that names them; a file that cannot be read
        exits 2 naming the line. An included project adds the variables of its env_file (else of the .env in its
        project_directory) to the including project's, whose own values win. A file of several documents (---)
        is analysed one document at a time: text "FILE (document N)", json keys "FILE#N" and "document": N on
        each finding, sarif properties.document; lines are the whole file's.

        Waivers are comments in the file: \`# secure-compose: ignore RULE[, RULE…] -- REASON\` at the end of
        the finding's line (or on its own line above it; on a service's key line, for the whole service),
        \`# secure-compose: ignore-file RULE -- REASON\` at the top level for every service. Waived findings
        are listed (text: "(waived: reason)", json: "waived": {reason, line}, sarif: an inSource suppression)
        but never count and never trip --fail-on; a waiver without a reason or with an unknown rule id
        waives nothing and is reported (invalid-waiver).

fix     Applies every safe fix (with --unsafe also the fixes that may break the workload)
        and prints the hardened YAML on stdout; a summary goes to stderr. A file of several documents
        (---) is hardened one document at a time, with a summary line for each.
        --write   rewrite the file in place instead (summary on stdout); with --write, fix takes several
                  files, folders (their compose file and override file, each fixed on its own) and patterns

Exit codes: 0 success; 1 a finding at or above --fail-on (high unless given); 2 usage error, an unreadable
file, invalid YAML or a file that is not a Compose file (no \`services:\` and none of the other top-level Compose
keys): each such file is named on stderr, with its line where there is one; the other files are still analysed.
`
