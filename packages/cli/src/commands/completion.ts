import { UsageError } from "../context.js";
import { optionsOf } from "../parse.js";
import type { CommandRun, CommandSpec } from "../spec.js";
import { SHELLS } from "../specs/completion.js";
import { commands } from "../specs/index.js";

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

function bash(specs: readonly CommandSpec[]): string {
  const cases = specs
    .map((spec) => {
      const options = optionsOf(spec);
      const flags = Object.entries(options).flatMap(([n, o]) => [`--${n}`, ...(o.short ? [`-${o.short}`] : [])]);
      const values = Object.entries(options)
        .filter(([, o]) => o.choices)
        .map(
          ([n, o]) =>
            `        --${n}${o.short ? `|-${o.short}` : ""}) COMPREPLY=($(compgen -W ${quote(o.choices!.join(" "))} -- "$cur")); return ;;`,
        )
        .join("\n");
      return `    ${spec.name})
      case "$prev" in
${values}
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${quote(flags.join(" "))} -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;`;
    })
    .join("\n");
  return `# claimset completion for bash: eval "$(claimset completion bash)"
_claimset() {
  local cur prev cmd
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W ${quote(["help", ...specs.map((s) => s.name), "--help", "--version"].join(" "))} -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
  esac
}
complete -o default -F _claimset claimset
`;
}

function zsh(specs: readonly CommandSpec[]): string {
  const subcommands = specs.map((s) => `    ${quote(`${s.name}:${s.summary.replaceAll(":", "\\:")}`)}`).join("\n");
  const cases = specs
    .map((spec) => {
      const args = Object.entries(optionsOf(spec)).map(([n, o]) => {
        const about = o.description.replaceAll("[", "(").replaceAll("]", ")").replaceAll("'", "’");
        const value =
          o.type === "string" ? `:${o.value ?? "value"}:${o.choices ? `(${o.choices.join(" ")})` : "_files"}` : "";
        return `        '--${n}[${about}]${value}'`;
      });
      return `    ${spec.name})\n      _arguments \\\n${[...args, "        '*:file:_files'"].join(" \\\n")} ;;`;
    })
    .join("\n");
  return `#compdef claimset
# claimset completion for zsh: claimset completion zsh > ~/.zfunc/_claimset (with ~/.zfunc in fpath)
_claimset() {
  local -a commands
  commands=(
${subcommands}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "\${words[2]}" in
${cases}
  esac
}
_claimset "$@"
`;
}

function fish(specs: readonly CommandSpec[]): string {
  const lines = [
    "# claimset completion for fish: claimset completion fish > ~/.config/fish/completions/claimset.fish",
    "complete -c claimset -f",
  ];
  for (const spec of specs)
    lines.push(`complete -c claimset -n __fish_use_subcommand -a ${spec.name} -d ${quote(spec.summary)}`);
  for (const spec of specs) {
    for (const [n, o] of Object.entries(optionsOf(spec))) {
      const parts = [`complete -c claimset -n ${quote(`__fish_seen_subcommand_from ${spec.name}`)} -l ${n}`];
      if (o.short) parts.push(`-s ${o.short}`);
      if (o.type === "string") parts.push(o.choices ? `-x -a ${quote(o.choices.join(" "))}` : "-r -F");
      parts.push(`-d ${quote(o.description)}`);
      lines.push(parts.join(" "));
    }
  }
  return `${lines.join("\n")}\n`;
}

export const run: CommandRun = (input, context) => {
  const shell = input.positionals[0]!;
  if (!(SHELLS as readonly string[]).includes(shell))
    throw new UsageError(`no completions for ${JSON.stringify(shell)}.`, {
      hint: `choose one of ${SHELLS.join(", ")}`,
    });
  const script = shell === "bash" ? bash(commands) : shell === "zsh" ? zsh(commands) : fish(commands);
  if (!input.values.json) context.stdout(script);
  return { results: [{ shell, script }] };
};
