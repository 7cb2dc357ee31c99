// A stacked bar chart of publications by month and kind, drawn as inline SVG (no library). The same
// numbers are given as a table for screen readers, the chart itself carries a summary label.
"use strict";

const Chart = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const COLORS = ["#b7191f", "#1d4f91", "#e39b2d", "#2e8b57", "#6b3fa0", "#7a7f87", "#00838f", "#c2185b"];

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** rows: [{month: 1..12, kind, count}]. Returns the <svg> and a legend list. */
  function stackedByMonth(rows, year) {
    const kinds = [...new Set(rows.map(r => r.kind))];
    const totals = Array.from({ length: 12 }, (_, m) => rows.filter(r => r.month === m + 1).reduce((s, r) => s + r.count, 0));
    const max = Math.max(1, ...totals);
    const W = 640, H = 300, left = 40, bottom = 30, top = 10, plotH = H - top - bottom, slot = (W - left - 10) / 12, barW = slot * 0.6;
    const total = totals.reduce((a, b) => a + b, 0);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", id: "month-chart",
      "aria-label": `${year} 年按月份发布数量，共 ${total} 件；` + totals.map((t, i) => `${i + 1}月 ${t} 件`).join("，") });
    const step = Math.max(1, Math.ceil(max / 5));
    for (let v = 0; v <= max; v += step) {
      const y = top + plotH - (v / max) * plotH;
      chart.append(svg("line", { x1: left, x2: W - 10, y1: y, y2: y, stroke: "#e3e6ea" }), svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 11, fill: "#5c6370" }, String(v)));
    }
    for (let m = 0; m < 12; m++) {
      const x = left + m * slot + (slot - barW) / 2;
      let y = top + plotH;
      kinds.forEach((kind, k) => {
        const count = rows.filter(r => r.month === m + 1 && r.kind === kind).reduce((s, r) => s + r.count, 0);
        if (!count) return;
        const h = (count / max) * plotH;
        y -= h;
        const bar = svg("rect", { x, y, width: barW, height: h, fill: COLORS[k % COLORS.length], class: "bar", "data-month": m + 1, "data-kind": kind });
        bar.append(svg("title", {}, `${m + 1}月 ${kind}：${count} 件`));
        chart.append(bar);
      });
      chart.append(svg("text", { x: x + barW / 2, y: H - 10, "text-anchor": "middle", "font-size": 11, fill: "#5c6370" }, `${m + 1}月`));
    }
    const legend = document.createElement("ul");
    legend.className = "legend";
    kinds.forEach((kind, k) => {
      const li = document.createElement("li");
      const swatch = svg("svg", { width: 14, height: 14, "aria-hidden": "true", class: "swatch" });
      swatch.append(svg("rect", { width: 14, height: 14, fill: COLORS[k % COLORS.length] }));
      li.append(swatch, document.createTextNode(kind));
      legend.append(li);
    });
    return { chart, legend, total };
  }

  return { stackedByMonth };
})();
