// The --help text (kept beside the argument parser's vocabulary).
export const HELP = `secure-compose: score Docker Compose files for runtime security and harden them.

Usage:
  secure-compose check FILE... [--format text|json|sarif] [--fail-on SEVERITY]
  secure-compose fix FILE [--unsafe] [--write]
  secure-compose convert [FILE|-] | convert --to run FILE [--service NAME]   (see convert --help)
  secure-compose --help | --version

FILE may be - for standard input.

check   Analyses each file: findings per service, the checklist and the score.
        --format text    readable report (default; coloured on a terminal unless NO_COLOR is set):
                         the file's path once, then one row per finding, by service:
                         line:col  severity  rule  message
        --format json    one file: {score, services, findings, checklist};
                         several files: an object keyed by each FILE as given, holding that same object
        --format sarif   SARIF 2.1.0 for GitHub code scanning (one run, all files)
        --fail-on SEVERITY   exit 1 when a finding is at or above SEVERITY: critical, high (the default),
                             medium, low or info; none never exits 1 for findings

        Waivers are comments in the file: \`# secure-compose: ignore RULE[, RULE…] -- REASON\` at the end of
        the finding's line (or on its own line above it; on a service's key line, for the whole service),
        \`# secure-compose: ignore-file RULE -- REASON\` at the top level for every service. Waived findings
        are listed (text: "(waived: reason)", json: "waived": {reason, line}, sarif: an inSource suppression)
        but never count and never trip --fail-on; a waiver without a reason or with an unknown rule id
        waives nothing and is reported (invalid-waiver).

fix     Applies every safe fix (with --unsafe also the fixes that may break the workload)
        and prints the hardened YAML on stdout; a summary goes to stderr.
        --write   rewrite FILE in place instead (summary on stdout)

Exit codes: 0 success; 1 a finding at or above --fail-on (high unless given); 2 usage error, an unreadable
file, invalid YAML or a file that is not a Compose file (no \`services:\` and none of the other top-level Compose
keys): each such file is named on stderr, with its line where there is one; the other files are still analysed.
`
