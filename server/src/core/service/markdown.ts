// Text shown inside Markdown hovers must not turn into markup.

export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}
