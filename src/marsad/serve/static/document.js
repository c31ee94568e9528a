// Document view: clicking a fact highlights its words and its sentence in the
// original text and scrolls to them; /documents/ID#span-START-END opens with
// that span highlighted. Segments of the text carry their offsets
// (data-s, data-e), so any span is found by offsets alone.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) { return; }
  var segments = Array.prototype.slice.call(text.querySelectorAll("[data-s]"));
  var facts = Array.prototype.slice.call(document.querySelectorAll(".fact[data-span]"));

  function pair(value) {
    var parts = (value || "").split(" ").map(Number);
    return parts.length === 2 && !isNaN(parts[0]) && !isNaN(parts[1]) ? parts : null;
  }

  // Cut the segment holding ``offset`` in two, so that a range that is not a
  // fact (a search hit's sentence) can be highlighted exactly. Offsets count
  // code points, as the server does.
  function cutAt(offset) {
    for (var i = 0; i < segments.length; i++) {
      var seg = segments[i], s = Number(seg.dataset.s), e = Number(seg.dataset.e);
      if (s < offset && offset < e) {
        var chars = Array.from(seg.textContent);
        var rest = seg.cloneNode(false);
        rest.textContent = chars.slice(offset - s).join("");
        rest.dataset.s = String(offset);
        seg.textContent = chars.slice(0, offset - s).join("");
        seg.dataset.e = String(offset);
        seg.parentNode.insertBefore(rest, seg.nextSibling);
        segments.splice(i + 1, 0, rest);
        return;
      }
    }
  }

  function within(range) {
    cutAt(range[0]);
    cutAt(range[1]);
    return segments.filter(function (seg) {
      var s = Number(seg.dataset.s), e = Number(seg.dataset.e);
      return s >= range[0] && e <= range[1] && e > s;
    });
  }

  function clear() {
    segments.forEach(function (seg) { seg.classList.remove("hl-span", "hl-sentence"); });
    facts.forEach(function (f) { f.classList.remove("active"); f.removeAttribute("aria-current"); });
  }

  function highlight(span, sentence, fact) {
    clear();
    if (sentence) { within(sentence).forEach(function (s) { s.classList.add("hl-sentence"); }); }
    var words = within(span);
    words.forEach(function (s) { s.classList.add("hl-span"); });
    if (fact) { fact.classList.add("active"); fact.setAttribute("aria-current", "true"); }
    var first = words[0] || (sentence && within(sentence)[0]);
    if (first) { first.scrollIntoView({ block: "center" }); }
    return words.length;
  }

  function activate(fact) {
    var span = pair(fact.dataset.span);
    if (!span) { return; }
    highlight(span, pair(fact.dataset.sentence), fact);
    history.replaceState(null, "", "#span-" + span[0] + "-" + span[1]);
  }

  facts.forEach(function (fact) {
    fact.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }  // entity links still navigate
      activate(fact);
    });
    fact.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); activate(fact); }
    });
  });

  function fromHash() {
    var match = /^#span-(\d+)-(\d+)$/.exec(location.hash);
    if (!match) { return; }
    var span = [Number(match[1]), Number(match[2])];
    var fact = facts.filter(function (f) {
      var own = pair(f.dataset.span);
      return own && own[0] === span[0] && own[1] === span[1];
    })[0];
    if (fact) {
      highlight(span, pair(fact.dataset.sentence), fact);
      fact.scrollIntoView({ block: "nearest" });
      var words = text.querySelector(".hl-span");
      if (words) { words.scrollIntoView({ block: "center" }); }
    } else {
      highlight(span, null, null);
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
