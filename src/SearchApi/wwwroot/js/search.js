// The search page. Its whole state lives in the URL (/?q=住房公积金&year=2017): every result list is a
// link, facets and pages are plain <a href>, so sharing, bookmarking and back/forward need no script.
"use strict";

(() => {
  const { el, clear, api, safeSnippet, badges, metaList, docLink, showError } = G;
  const PAGE_SIZE = 10;
  const FILTERS = ["year", "organ", "kind", "category", "validity", "from", "to"];
  const PARAMS = ["q", ...FILTERS, "sort", "page", "docno", "indexno", "browse"];
  const FACETS = [["category", "主题分类"], ["organ", "发布机构"], ["year", "年份"], ["kind", "类别"], ["validity", "有效性"]];
  const FILTER_LABELS = { year: "年份", organ: "发布机构", kind: "类别", category: "主题分类", validity: "有效性", from: "起始日期", to: "截止日期", docno: "文号", indexno: "索引号" };

  const params = new URLSearchParams(location.search);
  const state = Object.fromEntries(PARAMS.map(p => [p, (params.get(p) || "").trim()]));
  const content = document.getElementById("content");
  const status = document.getElementById("status");

  /** The page URL with some parameters changed; empty values are dropped and the page resets unless given. */
  function href(changes) {
    const next = Object.assign({}, state, { page: "", browse: "" }, changes);
    const qs = new URLSearchParams();
    for (const p of PARAMS) if (next[p]) qs.set(p, next[p]);
    const s = qs.toString();
    return s ? "/?" + s : "/";
  }

  function fillForm() {
    for (const id of ["q", "docno", "indexno", "organ", "from", "to"]) document.getElementById(id).value = state[id];
    document.getElementById("sort-adv").value = state.sort;
    if (state.docno || state.indexno || state.from || state.to || state.organ) document.getElementById("advanced").open = true;
  }

  function onSubmit(event) {
    event.preventDefault();
    const form = event.target;
    const changes = {};
    for (const name of ["q", "docno", "indexno", "organ", "from", "to"]) changes[name] = form.elements[name].value.trim();
    changes.sort = form.elements.sort.value;
    location.assign(href(changes));
  }

  function searchQuery() {
    const qs = new URLSearchParams();
    if (state.q) qs.set("q", state.q);
    for (const f of FILTERS) if (state[f]) qs.set(f, state[f]);
    if (state.sort) qs.set("sort", state.sort);
    else if (!state.q) qs.set("sort", "date");
    qs.set("page", String(Math.max(1, parseInt(state.page, 10) || 1)));
    qs.set("size", String(PAGE_SIZE));
    return "/api/search?" + qs.toString();
  }

  function resultItem(hit) {
    return el("li", { class: "result" },
      el("article", { "aria-labelledby": "t-" + hit.id },
        el("h2", null, el("a", { id: "t-" + hit.id, href: docLink(hit) }, hit.title || "（无标题）"), badges(hit)),
        metaList(hit),
        hit.snippet ? el("p", { class: "snippet" }, safeSnippet(hit.snippet)) : null));
  }

  function facetList(key, label, values) {
    if (!values || values.length === 0) return null;
    const id = "facet-" + key;
    return el("section", { "aria-labelledby": id },
      el("h2", { id }, label),
      el("ul", null, values.map(v => {
        const active = state[key] === v.value;
        return el("li", null, el("a", { href: href({ [key]: active ? "" : v.value }), "aria-current": active ? "true" : null,
          "aria-label": `${label}：${v.value}，${v.count} 条${active ? "（已选，点击取消）" : ""}` },
          el("span", null, v.value), el("span", { class: "count" }, String(v.count))));
      })));
  }

  function activeFilters() {
    const chips = Object.keys(FILTER_LABELS).filter(k => state[k]).map(k =>
      el("li", null, el("a", { href: href({ [k]: "" }), "aria-label": `取消筛选 ${FILTER_LABELS[k]}：${state[k]}` }, `${FILTER_LABELS[k]}：${state[k]} ×`)));
    return chips.length ? el("ul", { class: "chips", "aria-label": "已选条件" }, chips) : null;
  }

  function pagination(total, page) {
    const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
    if (pages <= 1) return null;
    const link = (p, text, label) => el("li", null, el("a", { href: href({ page: p === 1 ? "" : String(p) }), "aria-label": label, "aria-current": p === page && !text ? "page" : null }, text || String(p)));
    const items = [];
    if (page > 1) items.push(link(page - 1, "上一页", "上一页"));
    const first = Math.max(1, page - 3), last = Math.min(pages, first + 6);
    for (let p = first; p <= last; p++) items.push(link(p, null, `第 ${p} 页`));
    if (page < pages) items.push(link(page + 1, "下一页", "下一页"));
    return el("nav", { class: "pagination", "aria-label": "分页" }, el("ul", null, items), el("p", { class: "hint" }, `第 ${page} / ${pages} 页`));
  }

  function sortSelect() {
    const select = el("select", { id: "sort", "aria-label": "排序方式" },
      [["", "按相关度"], ["date", "按日期（新→旧）"], ["date_asc", "按日期（旧→新）"]].map(([v, t]) => el("option", { value: v }, t)));
    select.value = state.sort;
    select.addEventListener("change", () => location.assign(href({ sort: select.value })));
    return el("div", null, el("label", { for: "sort", class: "visually-hidden" }, "排序"), select);
  }

  async function runSearch() {
    const data = await api(searchQuery());
    const page = data.page || 1;
    document.title = (state.q ? state.q + " - " : "") + "检索结果 - 政府信息公开目录";
    const organs = document.getElementById("organ-list");
    for (const o of (data.facets.organ || [])) organs.append(el("option", { value: o.value }));
    const facets = el("aside", { class: "facets card", "aria-label": "筛选" }, FACETS.map(([k, l]) => facetList(k, l, data.facets[k])));
    const summary = el("p", { id: "summary" }, `共找到 ${data.total} 条结果` + (data.relaxed ? "（未找到完全匹配的文件，以下为部分匹配）" : ""));
    const list = data.hits.length
      ? el("ol", { class: "results", start: String((page - 1) * PAGE_SIZE + 1) }, data.hits.map(resultItem))
      : el("p", { class: "notice" }, "没有找到符合条件的文件。可以减少检索词或取消部分筛选条件。");
    clear(content).append(el("div", { class: "layout" }, facets,
      el("section", { "aria-labelledby": "summary" }, activeFilters(), el("div", { class: "result-head" }, summary, sortSelect()), list, pagination(data.total, page))));
    status.textContent = `共找到 ${data.total} 条结果`;
  }

  async function runLookup() {
    const numbers = [state.docno, state.indexno].filter(Boolean);
    const seen = new Set(), hits = [];
    for (const n of numbers) {
      let found = [];
      // A failing lookup must not leave the visitor empty-handed: the search below still runs.
      try { found = (await api("/api/lookup?number=" + encodeURIComponent(n))).hits; } catch { found = []; }
      for (const h of found) if (!seen.has(h.id)) { seen.add(h.id); hits.push(h); }
    }
    let notice = null;
    if (hits.length === 0) {
      // No exact number: the full-text search still ranks the documents naming it first.
      const data = await api("/api/search?size=" + PAGE_SIZE + "&q=" + encodeURIComponent(numbers.join(" ")));
      hits.push(...data.hits);
      notice = el("p", { class: "notice" }, "没有找到该文号或索引号的文件，以下为包含该编号的检索结果。");
    }
    const summary = el("p", { id: "summary" }, `按文号/索引号查找：${hits.length} 条结果`);
    clear(content).append(el("section", { "aria-labelledby": "summary" }, activeFilters(), summary, notice,
      hits.length ? el("ol", { class: "results" }, hits.map(resultItem)) : null));
    status.textContent = summary.textContent;
  }

  /** The catalog browse: facets over the whole catalog, with the newest documents. */
  async function runBrowse() {
    const data = await api("/api/search?sort=date&size=" + PAGE_SIZE);
    document.title = "目录浏览 - 政府信息公开目录";
    const group = (key, label) => {
      const values = data.facets[key] || [];
      return el("section", { class: "card facets", "aria-labelledby": "b-" + key }, el("h2", { id: "b-" + key }, "按" + label),
        el("ul", null, values.map(v => el("li", null, el("a", { href: href({ [key]: v.value }), "aria-label": `${label}：${v.value}，${v.count} 条` },
          el("span", null, v.value), el("span", { class: "count" }, String(v.count)))))));
    };
    clear(content).append(
      el("h2", { id: "browse-title" }, `目录浏览（共 ${data.total} 件）`),
      el("div", { class: "browse" }, group("category", "主题分类"), group("organ", "发布机构"), group("year", "年份")),
      el("h2", null, "最新公开"),
      el("ol", { class: "results" }, data.hits.map(resultItem)),
      el("p", null, el("a", { href: "/?sort=date&page=2" }, "查看更多")));
    status.textContent = `目录共 ${data.total} 件`;
  }

  function isBrowse() {
    return state.browse || (!state.q && !state.docno && !state.indexno && !state.page && !state.sort && FILTERS.every(f => !state[f]));
  }

  async function start() {
    fillForm();
    document.getElementById("search-form").addEventListener("submit", onSubmit);
    Suggest.attach(document.getElementById("q"), document.getElementById("suggestions"), text => location.assign(href({ q: text })));
    content.setAttribute("aria-busy", "true");
    try {
      if (state.docno || state.indexno) await runLookup();
      else if (isBrowse()) await runBrowse();
      else await runSearch();
    } catch (e) {
      showError(content, e);
    } finally {
      content.removeAttribute("aria-busy");
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
