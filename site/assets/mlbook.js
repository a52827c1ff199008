// mlbook pages: theme toggle, copy buttons, the sidebar on phones, search, printing answers.
(function () {
  "use strict";
  var root = document.documentElement;

  // Theme: follows the system until the reader picks one; the pick is remembered.
  var themeButton = document.querySelector(".theme-toggle");
  if (themeButton) {
    themeButton.addEventListener("click", function () {
      var dark = root.dataset.theme
        ? root.dataset.theme === "dark"
        : window.matchMedia("(prefers-color-scheme: dark)").matches;
      root.dataset.theme = dark ? "light" : "dark";
      try { localStorage.setItem("mlbook-theme", root.dataset.theme); } catch (e) {}
    });
  }

  // Sidebar on narrow screens.
  var toggle = document.querySelector(".sidebar-toggle");
  var sidebar = document.getElementById("sidebar");
  if (toggle && sidebar) {
    toggle.addEventListener("click", function () {
      var open = sidebar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Swift | Python tabs on cells with a python twin: one choice for the whole site, remembered.
  function showLanguage(lang) {
    root.dataset.codeLang = lang;
    document.querySelectorAll(".lang-tab").forEach(function (tab) {
      tab.setAttribute("aria-selected", tab.dataset.lang === lang ? "true" : "false");
    });
  }
  document.querySelectorAll(".lang-tab").forEach(function (tab) {
    tab.addEventListener("click", function () {
      showLanguage(tab.dataset.lang);
      try { localStorage.setItem("mlbook-code-lang", tab.dataset.lang); } catch (e) {}
    });
  });
  showLanguage(root.dataset.codeLang === "python" ? "python" : "swift");

  // Copy buttons on code (a hidden program's button is hidden with it, so Copy copies what is shown).
  document.querySelectorAll("pre.code").forEach(function (pre) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code");
    button.addEventListener("click", function () {
      var text = pre.querySelector("code").innerText;
      var done = function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
      } else {
        fallbackCopy(text);
        done();
      }
    });
    pre.appendChild(button);
  });
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    area.remove();
  }

  // Answers print expanded.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.answer").forEach(function (d) { d.dataset.wasOpen = d.open; d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details.answer").forEach(function (d) { d.open = d.dataset.wasOpen === "true"; });
  });

  // A box that scrolls (a long output, a wide formula or table) must be reachable from the
  // keyboard (WCAG 2.1.1). Only boxes whose content really overflows join the tab order, and
  // they are watched, so a resize, a font that loads late or an opened answer is followed.
  var scrollables = ".output, .table-wrap, .math.display, math[display=block]";
  function markScroller(box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (scrolls && !box.hasAttribute("tabindex")) {
      box.tabIndex = 0;
      box.setAttribute("data-scrolls", "");
      if (box.localName !== "math" && !box.hasAttribute("role")) box.setAttribute("role", "region");
      if (!box.hasAttribute("aria-label") && box.localName !== "math") {
        box.setAttribute("aria-label", box.classList.contains("table-wrap") ? "Table" : box.classList.contains("output") ? "Output" : "Formula");
      }
    } else if (!scrolls && box.hasAttribute("data-scrolls")) {
      box.removeAttribute("tabindex");
      box.removeAttribute("data-scrolls");
    }
  }
  var boxes = document.querySelectorAll(scrollables);
  if ("ResizeObserver" in window) {
    var watcher = new ResizeObserver(function (entries) { entries.forEach(function (e) { markScroller(e.target); }); });
    boxes.forEach(function (box) { watcher.observe(box); if (box.firstElementChild) watcher.observe(box.firstElementChild); });
  }
  function markAll() { boxes.forEach(markScroller); }
  markAll();
  window.addEventListener("load", markAll);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(markAll);
  document.addEventListener("toggle", markAll, true);

  // Search over the static index (assets/search-index.js), no server needed.
  // The index is loaded on first use, so reading a page never pays for it.
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (!input || !results) return;
  var indexState = "absent";
  function withIndex(then) {
    if (indexState === "loaded") return then();
    if (indexState === "loading") return;
    indexState = "loading";
    var script = document.createElement("script");
    script.src = "assets/search-index.js";
    script.onload = function () { indexState = "loaded"; then(); };
    script.onerror = function () { indexState = "absent"; };
    document.head.appendChild(script);
  }
  function words(text) { return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  function search(query) {
    var index = window.MLBOOK_SEARCH_INDEX || [];
    var terms = words(query);
    results.textContent = "";
    if (!terms.length) return;
    var scored = [];
    index.forEach(function (entry) {
      var title = entry.title.toLowerCase();
      var text = entry.text.toLowerCase();
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var t = terms[i];
        var inTitle = title.indexOf(t) >= 0;
        var at = text.indexOf(t);
        if (!inTitle && at < 0) return;
        score += (inTitle ? 10 : 0) + (at >= 0 ? 1 + Math.min(5, text.split(t).length - 1) : 0);
      }
      scored.push({ entry: entry, score: score });
    });
    scored.sort(function (a, b) { return b.score - a.score; });
    scored.slice(0, 12).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = hit.entry.url;
      a.textContent = hit.entry.title;
      li.appendChild(a);
      var at = hit.entry.text.toLowerCase().indexOf(terms[0]);
      if (at >= 0) {
        var snippet = document.createElement("span");
        snippet.className = "search-snippet";
        snippet.textContent = (at > 40 ? "…" : "") + hit.entry.text.slice(Math.max(0, at - 40), at + 80) + "…";
        li.appendChild(snippet);
      }
      results.appendChild(li);
    });
    if (!scored.length) {
      var none = document.createElement("li");
      none.textContent = "No results";
      results.appendChild(none);
    }
  }
  input.addEventListener("focus", function () { withIndex(function () {}); });
  input.addEventListener("input", function () { withIndex(function () { search(input.value); }); });
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) {
    input.value = params.get("q");
    withIndex(function () { search(input.value); });
  }
})();
