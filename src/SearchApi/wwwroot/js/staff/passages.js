// Finding and marking the passages a draft shares with a published document, for the side-by-side
// view. Sentences are compared after folding width, spaces and punctuation, so a reformatted copy
// still lines up; marks are built as DOM nodes, never as HTML.
"use strict";

const Passages = (() => {
  const { el } = G;
  const MIN_CHARS = 8;

  /** Full-width to half-width, no whitespace or punctuation: the form two copies of a sentence share. */
  function fold(s) {
    return s.replace(/[\uff01-\uff5e]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\s\u3000\p{P}\p{S}]/gu, "").toLowerCase();
  }

  /** Sentences with their offsets in the text. */
  function sentences(text) {
    const out = [];
    const re = /[^。！？；!?;\n]+[。！？；!?;]?/g;
    let m;
    while ((m = re.exec(text)) !== null) {
      const key = fold(m[0]);
      if (key.length >= MIN_CHARS) out.push({ start: m.index, end: m.index + m[0].length, key });
    }
    return out;
  }

  /** Keys of sentences found in both texts, plus the folded passages the API reported. */
  function shared(a, b, reported) {
    const inB = new Set(sentences(b).map(s => s.key));
    const keys = new Set(sentences(a).map(s => s.key).filter(k => inB.has(k)));
    for (const p of reported || []) {
      const text = typeof p === "string" ? p : (p && (p.text || p.draft || p.published)) || "";
      for (const s of sentences(text)) keys.add(s.key);
    }
    return keys;
  }

  /** The text as nodes, each sentence whose folded form is shared wrapped in <mark>. */
  function render(text, keys) {
    const pane = document.createDocumentFragment();
    let at = 0, marked = 0;
    for (const s of sentences(text)) {
      if (!keys.has(s.key)) continue;
      if (s.start > at) pane.append(document.createTextNode(text.slice(at, s.start)));
      pane.append(el("mark", null, text.slice(s.start, s.end)));
      at = s.end;
      marked++;
    }
    if (at < text.length) pane.append(document.createTextNode(text.slice(at)));
    return { nodes: pane, marked };
  }

  return { shared, render, fold };
})();
