// Small enhancements only: every page works without this file.
"use strict";

// Citation markers are <details>: keep one open at a time, close with Escape or a click elsewhere.
document.addEventListener("toggle", (event) => {
  const opened = event.target;
  if (!(opened instanceof HTMLDetailsElement) || !opened.classList.contains("cite") || !opened.open) return;
  for (const other of document.querySelectorAll("details.cite[open]")) {
    if (other !== opened) other.open = false;
  }
}, true);

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const d of document.querySelectorAll("details.cite[open]")) d.open = false;
});

document.addEventListener("click", (event) => {
  if (event.target.closest("details.cite")) return;
  for (const d of document.querySelectorAll("details.cite[open]")) d.open = false;
});

// Article page: the address names a cited span (#q-START-END); mark every piece of it, since
// overlapping citations split a span into several <mark> elements.
function markTarget() {
  for (const m of document.querySelectorAll("mark.target")) m.classList.remove("target");
  const key = decodeURIComponent(location.hash.slice(1));
  if (!/^q-\d+-\d+$/.test(key)) return;
  const pieces = [...document.querySelectorAll("mark[data-spans]")]
    .filter((m) => m.dataset.spans.split(" ").includes(key));
  for (const m of pieces) m.classList.add("target");
  if (pieces.length) pieces[0].scrollIntoView({ block: "center" });
}
window.addEventListener("hashchange", markTarget);
document.addEventListener("DOMContentLoaded", markTarget);
