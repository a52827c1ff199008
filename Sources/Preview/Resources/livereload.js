// mlbook serve: reloads the page when the site has been rebuilt (keeping the
// scroll position) and shows a failed build's errors over the last good page
// until they are fixed.
(function () {
  "use strict";
  var scrollKey = "mlbook-serve-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(scrollKey);
    if (saved !== null) {
      sessionStorage.removeItem(scrollKey);
      var restore = function () { window.scrollTo(0, parseFloat(saved)); };
      restore();
      window.addEventListener("load", restore);
    }
  } catch (e) {}

  var generation = null;
  var overlay = null;

  function hideOverlay() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showOverlay(problems) {
    hideOverlay();
    overlay = document.createElement("div");
    overlay.id = "mlbook-error-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText =
      "position:fixed;left:0;right:0;bottom:0;max-height:55vh;overflow:auto;z-index:2147483647;" +
      "background:rgba(24,24,27,.96);color:#f4f4f5;border-top:4px solid #ef4444;" +
      "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:12px 16px;" +
      "box-shadow:0 -4px 24px rgba(0,0,0,.35)";
    var head = document.createElement("div");
    head.style.cssText = "display:flex;justify-content:space-between;align-items:baseline;gap:1em";
    var title = document.createElement("strong");
    title.textContent = "mlbook: the build failed \u2014 the page below is the last good build";
    title.style.color = "#fca5a5";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "font:inherit;background:#3f3f46;color:inherit;border:0;padding:2px 10px;cursor:pointer";
    close.onclick = hideOverlay;
    head.appendChild(title);
    head.appendChild(close);
    overlay.appendChild(head);
    problems.forEach(function (problem) {
      var where = document.createElement("div");
      where.style.cssText = "margin-top:10px;font-weight:bold";
      where.textContent = problem.location + ": " + problem.message;
      var pre = document.createElement("pre");
      pre.style.cssText = "margin:4px 0 0;white-space:pre;overflow:auto;color:#e4e4e7";
      pre.textContent = problem.snippet;
      overlay.appendChild(where);
      if (problem.snippet) overlay.appendChild(pre);
    });
    document.body.appendChild(overlay);
  }

  function apply(state) {
    if (generation !== null && state.generation !== generation) {
      try { sessionStorage.setItem(scrollKey, String(window.scrollY)); } catch (e) {}
      location.reload();
      return;
    }
    generation = state.generation;
    if (state.problems.length > 0) showOverlay(state.problems); else hideOverlay();
  }

  function connect(delay) {
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__mlbook/ws");
    socket.onmessage = function (event) { apply(JSON.parse(event.data)); };
    socket.onopen = function () { delay = 250; };
    socket.onclose = function () {
      setTimeout(function () { connect(Math.min(delay * 2, 4000)); }, delay);
    };
  }
  connect(250);
})();
