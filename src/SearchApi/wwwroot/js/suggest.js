// Suggestions under the search box (/api/suggest): an ARIA combobox with a listbox. Arrow keys move,
// Enter opens the suggested document (or searches its text), Escape closes; mouse works too.
"use strict";

const Suggest = (() => {
  const { el, clear, api, docLink } = G;

  function attach(input, list, search) {
    let items = [], active = -1, timer = 0, seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(item) {
      close();
      if (item.id) location.assign(docLink(item));
      else search(item.text);
    }

    function highlight(index) {
      active = index;
      [...list.children].forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
      if (index >= 0) input.setAttribute("aria-activedescendant", list.children[index].id);
      else input.removeAttribute("aria-activedescendant");
    }

    async function load() {
      const text = input.value.trim();
      const mine = ++seq;
      if (text.length < 2) { close(); return; }
      let data;
      try { data = await api("/api/suggest?q=" + encodeURIComponent(text)); } catch { close(); return; }
      if (mine !== seq) return; // a later keystroke already asked again
      items = data.suggestions || [];
      clear(list);
      items.forEach((s, i) => list.append(el("li", { id: "sg-" + i, role: "option", "aria-selected": "false",
        onmousedown: e => { e.preventDefault(); choose(s); } }, s.text)));
      if (items.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }

    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 200); });
    input.addEventListener("blur", () => setTimeout(close, 100));
    input.addEventListener("keydown", e => {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
      else if (e.key === "Escape") { e.preventDefault(); close(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(items[active]); }
    });
  }

  return { attach };
})();
