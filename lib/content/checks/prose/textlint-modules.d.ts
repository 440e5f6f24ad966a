// The textlint rules and presets ship without types; rules.ts hands them to the kernel through
// moduleInterop (a module's default export or the module itself). The longer pattern wins.
declare module 'textlint-rule-preset-*' {
  const preset: { rules: Record<string, import('@textlint/types').TextlintRuleModule> };
  export default preset;
}
declare module 'textlint-rule-*' {
  const rule: import('@textlint/types').TextlintRuleModule;
  export default rule;
}
