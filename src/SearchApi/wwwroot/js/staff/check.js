// 已发布核查: POST /api/check with the pasted text (JSON) or an uploaded file (multipart); each match
// is shown beside the draft with the shared passages marked in both.
"use strict";

(() => {
  const { el, clear, api, badges, metaList, docLink, showError } = G;
  const form = document.getElementById("check-form");
  const result = document.getElementById("check-result");
  const status = document.getElementById("check-status");

  function request() {
    const file = form.elements.file.files[0];
    const title = form.elements.title.value.trim(), docNumber = form.elements.docNumber.value.trim();
    if (file) {
      const data = new FormData();
      data.append("file", file);
      if (title) data.append("title", title);
      if (docNumber) data.append("docNumber", docNumber);
      return { method: "POST", body: data };
    }
    return { method: "POST", json: { text: form.elements.text.value, title: title || null, docNumber: docNumber || null } };
  }

  async function matchCard(match, draft, index) {
    const similarity = typeof match.similarity === "number" ? Math.round(match.similarity * 100) + "%" : "—";
    const reported = match.sharedPassages || match.passages || [];
    const card = el("li", { class: "card match" },
      el("h3", null, el("a", { href: docLink(match) }, match.title || match.id), badges(match)),
      metaList(match),
      el("p", null, "相似度：", el("span", { class: "similarity" }, similarity)));
    let published = "";
    try { published = (await api("/api/documents/" + encodeURIComponent(match.id))).text || ""; } catch { /* shown as missing below */ }
    const draftText = draft || reported.map(p => typeof p === "string" ? p : (p && (p.draft || p.text)) || "").join("\n");
    const keys = Passages.shared(draftText, published, reported);
    const left = Passages.render(draftText, keys), right = Passages.render(published, keys);
    card.append(
      el("p", { class: "hint" }, `相同段落：${right.marked} 处（黄色标出）`),
      el("div", { class: "side-by-side" },
        el("section", { "aria-label": "文稿" }, el("h4", null, "文稿"), el("div", { class: "pane", id: "draft-" + index }, left.nodes)),
        el("section", { "aria-label": "已公开文件" }, el("h4", null, "已公开文件"), el("div", { class: "pane", id: "published-" + index }, published ? right.nodes : "（无法读取已公开文件的正文）"))));
    return card;
  }

  form.addEventListener("submit", async e => {
    e.preventDefault();
    const opts = request();
    if (!opts.body && !form.elements.text.value.trim() && !form.elements.title.value.trim() && !form.elements.docNumber.value.trim()) {
      showError(status, "请粘贴文稿正文、填写标题或文号，或上传文件。");
      return;
    }
    status.textContent = "正在核查…";
    clear(result);
    try {
      const data = await api("/api/check", opts);
      const matches = data.matches || [];
      const verdict = data.published
        ? el("p", { class: "verdict yes", id: "verdict" }, "已发布：找到相同或高度相似的已公开文件")
        : el("p", { class: "verdict no", id: "verdict" }, "未发现已发布的相同文件");
      const list = el("ol", { class: "results", "aria-label": "相似文件" });
      result.append(verdict, matches.length ? list : el("p", { class: "hint" }, "没有相似的文件。"));
      for (const [i, m] of matches.entries()) list.append(await matchCard(m, form.elements.file.files[0] ? "" : form.elements.text.value, i));
      status.textContent = data.published ? "核查完成：已发布" : "核查完成：未发现已发布的相同文件";
    } catch (err) {
      showError(status, err);
    }
  });
})();
