// Shared helpers of every page. No framework, no build step. Document text and metadata are only
// ever put in the DOM as text (textContent / text nodes); the one HTML input, the API's snippet,
// goes through safeSnippet, which accepts nothing but escaped text and <mark></mark>.
"use strict";

const G = (() => {
  /** Builds an element: el("a", {href: "/", class: "x"}, "text", child…). Strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) { while (node.firstChild) node.firstChild.remove(); return node; }

  /** An error the API answered with: its problem `detail`, status and code. */
  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ("请求失败（" + status + "）"));
      this.status = status;
      this.code = problem && problem.code;
    }
  }

  /** Calls the JSON API; same-origin credentials carry the staff cookie. JSON bodies are serialised here. */
  async function api(path, options) {
    const opts = Object.assign({ credentials: "same-origin", headers: {} }, options || {});
    if (opts.json !== undefined) {
      opts.body = JSON.stringify(opts.json);
      opts.headers = Object.assign({ "Content-Type": "application/json" }, opts.headers);
      delete opts.json;
    }
    opts.headers = Object.assign({ Accept: "application/json" }, opts.headers);
    const response = await fetch(path, opts);
    const type = response.headers.get("Content-Type") || "";
    const body = type.includes("json") ? await response.json() : null;
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  const MARK_OPEN = "<mark>", MARK_CLOSE = "</mark>";
  const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'", "&apos;": "'" };

  /**
   * Turns the API's snippet (escaped text + <mark>) into DOM nodes without ever parsing it as HTML:
   * it is split on the two mark tags, entities are decoded, the pieces become text nodes in <mark>
   * elements. Anything else that looks like a tag means the snippet is not what the contract says,
   * and it is shown as plain text.
   */
  function safeSnippet(snippet) {
    const frag = document.createDocumentFragment();
    if (!snippet) return frag;
    const withoutMarks = snippet.split(MARK_OPEN).join("").split(MARK_CLOSE).join("");
    if (/[<>]/.test(withoutMarks)) {
      frag.append(document.createTextNode(snippet));
      return frag;
    }
    const decode = s => s.replace(/&(?:amp|lt|gt|quot|#39|#x27|apos);/g, m => ENTITIES[m]);
    let inside = false;
    for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
      if (part === MARK_OPEN) { inside = true; continue; }
      if (part === MARK_CLOSE) { inside = false; continue; }
      if (!part) continue;
      const text = document.createTextNode(decode(part));
      frag.append(inside ? el("mark", null, text) : text);
    }
    return frag;
  }

  /** Badges shown beside a title: kind, validity when not 有效, 示例 for sample documents. */
  function badges(doc) {
    const out = [];
    if (doc.kind) out.push(el("span", { class: "badge kind" }, doc.kind));
    if (doc.validity === "失效" || doc.validity === "废止") out.push(el("span", { class: "badge invalid" }, doc.validity));
    else if (doc.validity === "已修改") out.push(el("span", { class: "badge amended" }, doc.validity));
    if (doc.isSample === true) out.push(el("span", { class: "badge sample", title: "示例文件，非真实公文" }, "示例"));
    if (doc.withdrawn === true) out.push(el("span", { class: "badge invalid" }, "已撤回"));
    return out;
  }

  /** A definition list of the catalog facts of a hit (only those present). */
  function metaList(doc) {
    const rows = [["文号", doc.docNumber], ["发布机构", doc.organ], ["成文日期", doc.writtenDate], ["发布日期", doc.publishedDate], ["索引号", doc.indexNumber]];
    return el("dl", { class: "meta" }, rows.filter(r => r[1]).map(([k, v]) => el("div", null, el("dt", null, k + "："), el("dd", null, v))));
  }

  const docLink = doc => "/documents/" + encodeURIComponent(doc.id);

  /** Shows an error in a live region instead of failing silently. */
  function showError(target, error) {
    clear(target).append(el("p", { class: "error", role: "alert" }, error instanceof Error ? error.message : String(error)));
  }

  /** Marks the header link of the current page. */
  function markNav() {
    for (const a of document.querySelectorAll(".site-header nav a")) {
      if (a.getAttribute("href") === location.pathname) a.setAttribute("aria-current", "page");
    }
  }

  /** Offers a Blob as a download (reply .docx and the like). */
  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  document.addEventListener("DOMContentLoaded", markNav);
  return { el, append, clear, api, ApiError, safeSnippet, badges, metaList, docLink, showError, download };
})();
