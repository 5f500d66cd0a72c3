import type { CommandSpec } from "../spec.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

export const completion: CommandSpec = {
  name: "completion",
  summary: "Print shell completions for bash, zsh or fish",
  description:
    "Prints a completion script for the shell: commands, their options, and the values of options that take a fixed set (formats, kinds, types). Install it as the examples show.",
  positionals: [{ name: "shell", required: true }],
  options: {},
  examples: [
    { command: 'eval "$(claimset completion bash)"', does: "in ~/.bashrc" },
    { command: "claimset completion zsh > ~/.zfunc/_claimset", does: "with ~/.zfunc in fpath" },
    { command: "claimset completion fish > ~/.config/fish/completions/claimset.fish", does: "for fish" },
  ],
  inputs: "none",
  load: () => import("../commands/completion.js"),
};
