// Small helpers for the SVG tests: a tag-balance check (the documents must be
// well-formed XML) and element extraction by class, without a DOM.

/** Throws unless every opened element is closed in order (comments excluded). */
export function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (const m of svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(tag)) {
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      stack.push(name!);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

/** Every start tag (with its attributes) whose class attribute contains `cls`. */
export function elementsWithClass(svg: string, cls: string): string[] {
  const tags = svg.match(/<[A-Za-z][^>]*>/g) ?? [];
  return tags.filter((t) => {
    const c = /\sclass="([^"]*)"/.exec(t)?.[1];
    return c?.split(/\s+/).includes(cls) ?? false;
  });
}

/** The value of attribute `name` in a start tag. */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The text content of every `<text class="cls">…</text>`. */
export function textsWithClass(svg: string, cls: string): string[] {
  const re = /<text\b([^>]*)>([^<]*)<\/text>/g;
  const out: string[] = [];
  for (const m of svg.matchAll(re)) {
    const c = /\sclass="([^"]*)"/.exec(m[1]!)?.[1];
    if (c?.split(/\s+/).includes(cls)) out.push(m[2]!);
  }
  return out;
}
