// 目录管理: upload a file (POST /api/documents → 202 {jobId}, then GET /api/jobs/{id} until done),
// correct a document's catalog metadata (PATCH /api/documents/{id}, only the fields changed) and
// withdraw it from public view (POST /api/documents/{id}/withdraw).
"use strict";

(() => {
  const { el, clear, api, badges, metaList, docLink, showError } = G;
  const KINDS = ["规范性文件", "政府文件", "政策解读", "年度报告", "法律法规", "其他"];
  const VALIDITIES = ["有效", "失效", "废止", "已修改"];
  const FIELDS = [["title", "名称", "text"], ["docNumber", "文号", "text"], ["organ", "发布机构", "text"], ["writtenDate", "成文日期", "date"],
    ["publishedDate", "发布日期", "date"], ["kind", "类别", KINDS], ["category", "主题分类", "text"], ["validity", "有效性", VALIDITIES],
    ["repealedDate", "废止/失效日期", "date"], ["supersededBy", "替代文件（文号或名称）", "text"]];
  const DONE = ["succeeded", "failed", "completed", "done", "deleted", "error"];

  // ---- upload with job progress
  const uploadForm = document.getElementById("upload-form");
  const uploadStatus = document.getElementById("upload-status");

  function jobState(job) { return String(job.state || job.status || "").toLowerCase(); }

  async function follow(jobId) {
    const bar = el("progress", { max: "100", "aria-label": "处理进度" });
    const text = el("p", { id: "job-state" }, "已提交，任务 " + jobId);
    clear(uploadStatus).append(text, bar);
    const until = Date.now() + 5 * 60 * 1000;
    while (Date.now() < until) {
      const job = await api("/api/jobs/" + encodeURIComponent(jobId));
      const state = jobState(job);
      let progress = typeof job.progress === "number" ? job.progress : null;
      if (progress !== null && progress <= 1) progress *= 100;
      if (progress !== null) bar.value = progress;
      text.textContent = `任务 ${jobId}：${job.state || job.status || "处理中"}` + (job.message ? "，" + job.message : "");
      if (DONE.includes(state)) {
        bar.value = 100;
        const errors = [].concat(job.errors || [], job.error ? [job.error] : []);
        if (errors.length) uploadStatus.append(el("ul", { class: "error", role: "alert" }, errors.map(x => el("li", null, typeof x === "string" ? x : JSON.stringify(x)))));
        const ids = [].concat(job.documentIds || [], job.documentId ? [job.documentId] : []);
        if (ids.length) uploadStatus.append(el("p", null, "已入库：", ids.map(id => el("a", { href: docLink({ id }) }, id + " "))));
        return;
      }
      await new Promise(r => setTimeout(r, 500));
    }
    uploadStatus.append(el("p", { class: "error" }, "任务仍在处理中，请稍后刷新查看。"));
  }

  uploadForm.addEventListener("submit", async e => {
    e.preventDefault();
    const data = new FormData();
    for (const input of uploadForm.elements) {
      if (!input.name) continue;
      if (input.type === "file") { if (input.files[0]) data.append("file", input.files[0]); }
      else if (input.value.trim()) data.append(input.name, input.value.trim());
    }
    uploadStatus.textContent = "正在上传…";
    try {
      const accepted = await api("/api/documents", { method: "POST", body: data });
      await follow(accepted.jobId);
    } catch (err) { showError(uploadStatus, err); }
  });

  // ---- find, correct, withdraw
  const findResult = document.getElementById("find-result");
  const editArea = document.getElementById("edit-area");

  function field([name, label, type], doc) {
    const id = "meta-" + name;
    const input = Array.isArray(type)
      ? el("select", { id, name }, el("option", { value: "" }, "（未填）"), type.map(v => el("option", { value: v }, v)))
      : el("input", { id, name, type });
    input.value = doc[name] || "";
    return el("div", { class: "field" }, el("label", { for: id }, label), input);
  }

  async function edit(id) {
    clear(editArea);
    let doc;
    try { doc = await api("/api/documents/" + encodeURIComponent(id)); } catch (err) { showError(editArea, err); return; }
    const form = el("form", { id: "edit-form", "aria-labelledby": "edit-doc-title" }, el("div", { class: "grid two" }, FIELDS.map(f => field(f, doc))),
      el("div", { class: "actions" }, el("button", { type: "submit" }, "保存修改")));
    const editStatus = el("div", { role: "status", "aria-live": "polite", id: "edit-status" });
    form.addEventListener("submit", async e => {
      e.preventDefault();
      const changes = {};
      for (const [name] of FIELDS) {
        const value = form.elements[name].value.trim();
        if (value !== (doc[name] || "")) changes[name] = value || null;
      }
      if (Object.keys(changes).length === 0) { editStatus.textContent = "没有修改。"; return; }
      try {
        await api("/api/documents/" + encodeURIComponent(id), { method: "PATCH", json: changes });
        editStatus.textContent = "已保存：" + Object.keys(changes).map(k => FIELDS.find(f => f[0] === k)[1]).join("、");
        Object.assign(doc, changes);
      } catch (err) { showError(editStatus, err); }
    });

    const reason = el("input", { id: "withdraw-reason", type: "text" });
    const confirmBox = el("input", { id: "withdraw-confirm", type: "checkbox" });
    const withdrawButton = el("button", { type: "submit", id: "withdraw" }, "撤回");
    const withdrawStatus = el("div", { role: "status", "aria-live": "polite" });
    const withdrawForm = el("form", { class: "card", "aria-labelledby": "withdraw-title" },
      el("h3", { id: "withdraw-title" }, "撤回文件"),
      el("p", { class: "hint" }, "撤回后公众立即无法检索和查看；原文件和目录记录保留，并记录操作人和时间。"),
      el("div", { class: "field" }, el("label", { for: "withdraw-reason" }, "撤回原因"), reason),
      el("div", { class: "actions" }, confirmBox, el("label", { for: "withdraw-confirm" }, "确认撤回此文件"), withdrawButton), withdrawStatus);
    withdrawForm.addEventListener("submit", async e => {
      e.preventDefault();
      if (!confirmBox.checked) { showError(withdrawStatus, "请先勾选“确认撤回此文件”。"); return; }
      try {
        await api("/api/documents/" + encodeURIComponent(id) + "/withdraw", { method: "POST", json: { reason: reason.value.trim() || null } });
        withdrawStatus.textContent = "已撤回。";
        withdrawButton.disabled = true;
      } catch (err) { showError(withdrawStatus, err); }
    });

    editArea.append(el("h3", { id: "edit-doc-title" }, el("a", { href: docLink(doc) }, doc.title), badges(doc)),
      el("p", { class: "hint" }, `文件编号 ${doc.id} · 来源 ${doc.source} · 公开方式 ${doc.openness || "—"}`), form, editStatus, withdrawForm);
  }

  document.getElementById("find-form").addEventListener("submit", async e => {
    e.preventDefault();
    const q = document.getElementById("find-q").value.trim();
    clear(findResult);
    try {
      const data = await api("/api/search?size=20&q=" + encodeURIComponent(q));
      findResult.append(el("p", null, `找到 ${data.total} 件`), el("ol", { class: "results" }, data.hits.map(h =>
        el("li", { class: "result" }, el("h4", null, el("a", { href: docLink(h) }, h.title), badges(h)), metaList(h),
          el("button", { type: "button", class: "secondary", onclick: () => edit(h.id) }, "修改 / 撤回")))));
    } catch (err) { showError(findResult, err); }
  });
})();
