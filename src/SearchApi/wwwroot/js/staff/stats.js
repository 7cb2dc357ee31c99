// 年度统计: GET /api/stats/annual?year= as tables, and the month × kind chart. When the statistics
// answer has no month × kind breakdown, the chart counts public documents per month and kind with
// /api/search facets instead (without the staff cookie, so only proactively published ones count).
"use strict";

(() => {
  const { el, clear, api, showError } = G;
  const form = document.getElementById("stats-form");
  const yearInput = document.getElementById("stats-year");
  const status = document.getElementById("stats-status");
  const chartBox = document.getElementById("chart");
  const tables = document.getElementById("stats-tables");
  const LABELS = { byKind: "按类别", byOrgan: "按发布机构", byMonth: "按月份", byCategory: "按主题分类", interpretationsPerPolicy: "政策解读（按所解读的政策）", byValidity: "按有效性" };
  const NAME_KEYS = ["value", "kind", "organ", "category", "month", "policy", "title", "key", "name", "label"];

  /** [label, count] pairs from an array of objects or a plain {label: count} object. */
  function pairs(x) {
    if (Array.isArray(x)) return x.map(item => {
      if (typeof item !== "object" || item === null) return [String(item), ""];
      const name = NAME_KEYS.find(k => item[k] !== undefined && typeof item[k] !== "object");
      const count = item.count ?? item.total ?? item.value;
      return [name ? String(item[name]) : JSON.stringify(item), typeof count === "number" ? count : ""];
    });
    if (x && typeof x === "object") return Object.entries(x).map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : v]);
    return [];
  }

  function table(key, value) {
    const rows = pairs(value);
    if (rows.length === 0) return null;
    return el("table", { class: "stats", id: "stats-" + key }, el("caption", null, LABELS[key] || key),
      el("thead", null, el("tr", null, el("th", { scope: "col" }, "项目"), el("th", { scope: "col" }, "数量"))),
      el("tbody", null, rows.map(([k, v]) => el("tr", null, el("th", { scope: "row" }, k), el("td", { class: "num" }, String(v))))));
  }

  /** Month × kind rows from the statistics answer, if it has them in a shape we know. */
  function monthKindRows(stats) {
    const list = stats.byMonthAndKind || stats.byMonthKind;
    if (Array.isArray(list)) return list.map(r => ({ month: Number(r.month), kind: r.kind, count: r.count }));
    if (Array.isArray(stats.byMonth) && stats.byMonth.some(m => m.byKind || m.kinds)) {
      return stats.byMonth.flatMap(m => pairs(m.byKind || m.kinds).map(([kind, count]) => ({ month: Number(m.month), kind, count: Number(count) })));
    }
    return null;
  }

  async function monthKindFromSearch(year) {
    const rows = [];
    for (let m = 1; m <= 12; m++) {
      const last = new Date(year, m, 0).getDate();
      const mm = String(m).padStart(2, "0");
      const r = await fetch(`/api/search?size=1&from=${year}-${mm}-01&to=${year}-${mm}-${last}`, { credentials: "omit" });
      if (!r.ok) throw new Error("统计失败（" + r.status + "）");
      for (const f of (await r.json()).facets.kind || []) rows.push({ month: m, kind: f.value, count: f.count });
    }
    return rows;
  }

  async function run(year) {
    history.replaceState(null, "", "/staff/stats?year=" + year);
    status.textContent = "正在统计…";
    clear(tables);
    clear(chartBox);
    let stats = null;
    try { stats = await api("/api/stats/annual?year=" + year); }
    catch (err) { tables.append(el("p", { class: "notice" }, "年度统计接口不可用：" + err.message + "。下图按公开检索数据统计。")); }
    try {
      const rows = (stats && monthKindRows(stats)) || await monthKindFromSearch(year);
      const { chart, legend, total } = Chart.stackedByMonth(rows, year);
      chartBox.append(chart, legend, el("p", { class: "hint" }, `${year} 年共 ${total} 件`));
      for (const [key, value] of Object.entries(stats || {})) {
        if (key === "year") continue;
        if (value && typeof value === "object") { const t = table(key, value); if (t) tables.append(t); }
        else tables.append(el("p", null, `${LABELS[key] || key}：${value}`));
      }
      status.textContent = `${year} 年统计完成`;
    } catch (err) { showError(status, err); }
  }

  form.addEventListener("submit", e => { e.preventDefault(); run(Number(yearInput.value)); });
  document.addEventListener("DOMContentLoaded", () => {
    const year = Number(new URLSearchParams(location.search).get("year")) || new Date().getFullYear() - 1;
    yearInput.value = year;
    run(year);
  });
})();
