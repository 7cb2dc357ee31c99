// A document's page: the catalog header table as on government portals, then the full text, then
// its relations. The text is untrusted: it is only ever set with textContent, so a document that
// contains "<script>" shows those characters.
"use strict";

(() => {
  const { el, append, clear, api, badges, docLink } = G;
  const root = document.getElementById("document");
  const id = decodeURIComponent(location.pathname.replace(/^\/documents\//, "").replace(/\/$/, ""));

  function catalogTable(d) {
    const cell = v => el("td", null, v || "—");
    const row = (k1, v1, k2, v2) => el("tr", null, el("th", { scope: "row" }, k1), cell(v1), el("th", { scope: "row" }, k2), cell(v2));
    return el("table", { class: "catalog-table", "aria-label": "目录信息" },
      el("tbody", null,
        row("索引号", d.indexNumber, "主题分类", d.category),
        row("发布机构", d.organ, "成文日期", d.writtenDate),
        row("文号", d.docNumber, "发布日期", d.publishedDate),
        row("有效性", d.validity, "公开方式", d.openness),
        el("tr", null, el("th", { scope: "row" }, "名称"), el("td", { colspan: "3" }, d.title || "—"))));
  }

  function invalidBanner(d) {
    if (d.validity !== "失效" && d.validity !== "废止" && !d.withdrawn) return null;
    const parts = [d.withdrawn ? "本文件已撤回" : `本文件已${d.validity}`];
    if (d.repealedDate) parts.push(`（${d.repealedDate}）`);
    const banner = el("div", { class: "banner-invalid", role: "note", id: "validity-banner" }, parts.join(""));
    if (d.supersededBy) banner.append("，现行文件：", d.supersededBy);
    return banner;
  }

  function relationList(title, hits, anchorId) {
    if (!hits || hits.length === 0) return null;
    return el("section", { class: "relations card", "aria-labelledby": anchorId },
      el("h2", { id: anchorId }, title),
      el("ul", null, hits.map(h => el("li", null, el("a", { href: docLink(h) }, h.title || h.docNumber || h.id),
        h.docNumber ? el("span", { class: "hint" }, "　" + h.docNumber) : null, badges(h)))));
  }

  function fullText(text) {
    const body = el("div", { class: "doc-text", id: "doc-text" });
    // Paragraph by paragraph, each as a text node: never parsed as HTML.
    for (const line of (text || "").split(/\r?\n/)) {
      if (line.trim() === "") continue;
      body.append(el("p", null, line));
    }
    if (!body.firstChild) body.append(el("p", { class: "hint" }, "（本文件没有可显示的正文，请下载原文。）"));
    return body;
  }

  async function start() {
    let d;
    try {
      d = await api("/api/documents/" + encodeURIComponent(id));
    } catch (e) {
      document.title = "未找到文件 - 政府信息公开目录";
      clear(root).append(el("h1", null, "未找到文件"), el("p", { role: "alert" }, e.status === 404 ? "该文件不存在或未公开。" : e.message),
        el("p", null, el("a", { href: "/" }, "返回检索")));
      root.removeAttribute("aria-busy");
      return;
    }
    document.title = d.title + " - 政府信息公开目录";
    const invalid = d.validity === "失效" || d.validity === "废止" || d.withdrawn;
    if (invalid) root.classList.add("is-invalid");
    const unresolved = (d.unresolvedReferences || []).length
      ? el("section", { class: "relations card", "aria-labelledby": "rel-unresolved" }, el("h2", { id: "rel-unresolved" }, "引用的其他文件（未收录）"),
          el("ul", null, d.unresolvedReferences.map(r => el("li", null, r))))
      : null;
    // G.append skips the sections a document does not have (native append would print "null").
    append(clear(root), [
      invalidBanner(d),
      d.isSample ? el("div", { class: "banner-sample", role: "note" }, el("span", { class: "badge sample" }, "示例"), " 这是演示用的示例文件，不是真实公文。") : null,
      catalogTable(d),
      el("h1", { class: "doc-title", id: "doc-title" }, d.title || "（无标题）"),
      el("p", { class: "actions" }, badges(d),
        el("a", { class: "button secondary", id: "download", href: "/api/documents/" + encodeURIComponent(d.id) + "/original", download: "" }, "下载原文"),
        d.url ? el("a", { href: d.url, rel: "noopener noreferrer nofollow" }, "原发布页面") : null),
      relationList("政策解读", d.interpretations, "rel-interpretations"),
      relationList("本文解读的政策", d.interprets, "rel-interprets"),
      fullText(d.text),
      d.attachments && d.attachments.length ? el("section", { class: "card" }, el("h2", null, "附件"), el("ul", null, d.attachments.map(a => el("li", null, a)))) : null,
      relationList("本文引用的文件", d.references, "rel-references"),
      unresolved,
      relationList("引用本文的文件", d.citedBy, "rel-citedby")]);
    root.removeAttribute("aria-busy");
  }

  document.addEventListener("DOMContentLoaded", start);
})();
