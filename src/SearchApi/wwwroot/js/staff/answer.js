// 依申请公开答复: POST /api/answer {request} → candidates with their citation blocks and a draft reply
// the staff member edits, copies, or downloads as .docx (/api/answer/reply.docx).
"use strict";

(() => {
  const { el, append, clear, api, badges, metaList, docLink, showError, download } = G;
  const form = document.getElementById("answer-form");
  const result = document.getElementById("answer-result");
  const status = document.getElementById("answer-status");
  const LABELS = { title: "标题", docNumber: "文号", organ: "发布机构", writtenDate: "成文日期", publishedDate: "发布日期", indexNumber: "索引号", link: "链接", url: "链接", permalink: "链接" };

  /** The citation as text: the API may give it as a ready string or as named fields. */
  function citationText(c, hit) {
    if (typeof c === "string") return c;
    const source = c && typeof c === "object" ? c : hit;
    return Object.entries(LABELS).filter(([k]) => source[k]).map(([k, label]) => `${label}：${source[k]}`).join("\n");
  }

  function candidateItem(c, i) {
    const box = el("input", { type: "checkbox", id: "cand-" + i, checked: true, "data-id": c.id });
    return el("li", { class: "card candidate" },
      el("div", { class: "actions" }, box, el("label", { for: "cand-" + i }, "在答复中引用")),
      el("h3", null, el("a", { href: docLink(c) }, c.title || c.id), badges(c)),
      metaList(c),
      el("div", { class: "citation", "aria-label": "引用信息" }, citationText(c.citation, c)));
  }

  async function downloadDocx(requestText, reply) {
    const ids = [...result.querySelectorAll("input[type=checkbox][data-id]")].filter(b => b.checked).map(b => b.dataset.id);
    let response = await fetch("/api/answer/reply.docx", { method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify({ request: requestText, reply, ids }) });
    if (response.status === 405)
      response = await fetch("/api/answer/reply.docx?request=" + encodeURIComponent(requestText), { credentials: "same-origin" });
    if (!response.ok) throw new Error("下载失败（" + response.status + "）");
    download(await response.blob(), "答复意见.docx");
  }

  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Without clipboard permission, select the text so Ctrl+C finishes the job.
      const area = document.getElementById("reply");
      area.focus();
      area.select();
      document.execCommand("copy");
    }
    button.textContent = "已复制";
    setTimeout(() => { button.textContent = "复制答复"; }, 2000);
  }

  form.addEventListener("submit", async e => {
    e.preventDefault();
    const requestText = form.elements.request.value.trim();
    if (!requestText) { showError(status, "请填写申请内容。"); return; }
    status.textContent = "正在查找…";
    clear(result);
    try {
      const data = await api("/api/answer", { method: "POST", json: { request: requestText } });
      const candidates = data.candidates || [];
      const reply = el("textarea", { id: "reply", "aria-describedby": "reply-hint" });
      reply.value = data.reply || "";
      const copyButton = el("button", { type: "button", id: "copy", class: "secondary" }, "复制答复");
      copyButton.addEventListener("click", () => copy(reply.value, copyButton));
      const docxButton = el("button", { type: "button", id: "download-docx", class: "secondary" }, "下载 Word（.docx）");
      docxButton.addEventListener("click", () => downloadDocx(requestText, reply.value).catch(err => showError(status, err)));
      append(result, [
        el("p", { class: data.answerable ? "verdict no" : "verdict yes", id: "answerable" },
          data.answerable ? "已找到可答复的已公开文件" : "未找到已公开的相关文件"),
        candidates.length ? el("ol", { class: "results", "aria-label": "候选文件" }, candidates.map(candidateItem)) : null,
        el("section", { class: "card", "aria-labelledby": "reply-label" },
          el("label", { for: "reply", id: "reply-label" }, "答复意见（可编辑）"), reply,
          el("p", { class: "hint", id: "reply-hint" }, "依据《政府信息公开条例》第三十六条第（一）项。编辑后可复制或下载。"),
          el("div", { class: "actions" }, copyButton, docxButton))]);
      status.textContent = data.answerable ? `找到 ${candidates.length} 件候选文件` : "未找到已公开的相关文件";
    } catch (err) {
      showError(status, err);
    }
  });
})();
