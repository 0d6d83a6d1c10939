// Afterview's few behaviours that need a script (kept out of the HTML for the CSP).
"use strict";

(function () {
  // Keep the highlight backdrop scrolled with the draft textarea.
  function syncScroll() {
    var text = document.getElementById("body");
    var back = document.getElementById("backdrop");
    if (text && back) { back.scrollTop = text.scrollTop; }
  }

  // Show the suggestion of the finding under the caret (focus) in a small bubble.
  function showTip() {
    var text = document.getElementById("body");
    var tip = document.getElementById("tip");
    if (!text || !tip) { return; }
    var at = text.selectionStart;
    var items = document.querySelectorAll(".finding-item");
    var hit = null;
    items.forEach(function (item) {
      var s = parseInt(item.dataset.start, 10), e = parseInt(item.dataset.end, 10);
      item.classList.remove("active");
      if (e > s && at >= s && at <= e && hit === null) { hit = item; }
    });
    if (hit === null) { tip.hidden = true; return; }
    hit.classList.add("active");
    var sug = hit.querySelector(".suggestion");
    var msg = hit.querySelector("p");
    tip.textContent = hit.dataset.rule + ": " + (sug ? sug.textContent : (msg ? msg.textContent : ""));
    tip.hidden = false;
  }

  function selectFinding(item) {
    var text = document.getElementById("body");
    if (!text) { return; }
    var s = parseInt(item.dataset.start, 10), e = parseInt(item.dataset.end, 10);
    text.focus();
    text.setSelectionRange(s, e > s ? e : s);
    showTip();
  }

  function copy(value, status) {
    if (navigator.clipboard) {
      navigator.clipboard.writeText(value).then(function () {
        if (status) { status.textContent = "Copied."; }
      });
    }
  }

  document.addEventListener("scroll", syncScroll, true);
  document.addEventListener("input", function (ev) {
    if (ev.target && ev.target.id === "body") { syncScroll(); }
  });
  ["keyup", "click", "focusin"].forEach(function (name) {
    document.addEventListener(name, function (ev) {
      if (ev.target && ev.target.id === "body") { showTip(); }
    });
  });
  document.addEventListener("focusout", function (ev) {
    var tip = document.getElementById("tip");
    if (tip && ev.target && ev.target.id === "body") { tip.hidden = true; }
  });
  document.addEventListener("htmx:afterSwap", function () { syncScroll(); showTip(); });

  document.addEventListener("click", function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    if (!target) { return; }
    var go = target.closest(".finding-go");
    if (go) { selectFinding(go.closest(".finding-item")); return; }
    if (target.closest(".js-copy")) {
      var subject = document.getElementById("subject");
      var body = document.getElementById("body");
      var all = (subject ? "Subject: " + subject.value + "\n\n" : "") + (body ? body.value : "");
      copy(all, document.querySelector(".copied"));
      return;
    }
    if (target.closest(".js-copy-feed")) {
      var feed = document.querySelector("input.feed");
      if (feed) { copy(feed.value, null); target.textContent = "Copied"; }
    }
  });

  // A form whose live preview is out waits for it before it is submitted, and sends no
  // new preview once it is on its way: leaving the page with a request in flight would
  // cut it off, which htmx reports as an error.
  function formOf(ev) {
    var elt = ev.detail && ev.detail.elt;
    return elt instanceof Element ? elt.closest("form") : null;
  }
  document.addEventListener("htmx:beforeRequest", function (ev) {
    var form = formOf(ev);
    if (!form) { return; }
    if (form.dataset.submitting) { ev.preventDefault(); return; }
    form.dataset.inFlight = String((parseInt(form.dataset.inFlight || "0", 10)) + 1);
  });
  document.addEventListener("htmx:afterRequest", function (ev) {
    var form = formOf(ev);
    if (!form || !form.dataset.inFlight) { return; }
    var left = Math.max(0, parseInt(form.dataset.inFlight, 10) - 1);
    form.dataset.inFlight = String(left);
    if (left === 0 && form.dataset.submitting === "waiting") {
      form.dataset.submitting = "now";
      form.submit();
    }
  });
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-waits-for-preview")) {
      return;
    }
    if (parseInt(form.dataset.inFlight || "0", 10) > 0) {
      ev.preventDefault();
      form.dataset.submitting = "waiting";
      return;
    }
    form.dataset.submitting = "now";
  });
  // Back from the next page (the browser's page cache), the form may be used again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      delete form.dataset.submitting;
    });
  });

  // Hovering a finding in the list lights up its passage in the draft.
  document.addEventListener("mouseover", function (ev) {
    var target = ev.target instanceof Element ? ev.target.closest(".finding-item") : null;
    document.querySelectorAll("mark.finding.lit").forEach(function (m) { m.classList.remove("lit"); });
    if (!target) { return; }
    document.querySelectorAll("mark.finding").forEach(function (m) {
      if ((" " + m.dataset.findings + " ").indexOf(" " + target.dataset.index + " ") >= 0) {
        m.classList.add("lit");
      }
    });
  });
})();
