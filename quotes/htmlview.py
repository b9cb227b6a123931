"""An HTML view of articles and their quotes, for people: one self-contained page.

Quotes are highlighted by type, cues underlined, speaker mentions and source phrases marked;
clicking or focusing a quote shows its speaker, cue and sources; beside the text, a table of who
said what. Everything from the input is escaped; the page loads nothing from the network. Only
rendering: the records come from ``pipeline``.
"""
from __future__ import annotations

import html
import json
from collections import OrderedDict
from typing import Any, Iterable

LAYERS = ("quote", "source", "mention", "cue")  # outermost first when spans nest
TYPE_LABEL = {"direct": "langsung (direct)", "indirect": "tidak langsung (indirect)", "mixed": "campuran (mixed)"}

CSS = """
:root { --direct: #0072B2; --indirect: #E69F00; --mixed: #CC79A7; --ink: #1b1b1b; --muted: #5a5a5a; }
* { box-sizing: border-box; }
body { font: 16px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0; background: #fafafa; }
header.page { padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; font-family: system-ui, sans-serif; }
.legend span { margin-right: 16px; white-space: nowrap; }
article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 1.3fr); gap: 24px;
          padding: 16px 24px 32px; border-bottom: 2px solid #ccc; background: #fff; margin-bottom: 16px; }
article h2 { grid-column: 1 / -1; margin: 0; font: 600 18px/1.3 system-ui, sans-serif; }
article h2 small { font-weight: 400; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.q { cursor: pointer; padding: 1px 0; }
.q-direct { background: rgba(0, 114, 178, .16); border-bottom: 3px solid var(--direct); }
.q-indirect { background: rgba(230, 159, 0, .18); border-bottom: 3px dashed var(--indirect); }
.q-mixed { background: rgba(204, 121, 167, .18); border-bottom: 3px dotted var(--mixed); }
.q.active { outline: 2px solid var(--ink); }
.cue { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; font-weight: 600; }
.mention { font-weight: 700; border: 1px dotted var(--ink); border-radius: 3px; padding: 0 2px; }
.source { font-style: italic; background: repeating-linear-gradient(135deg, rgba(0,0,0,.08) 0 3px, transparent 3px 6px); }
aside { font: 14px/1.45 system-ui, sans-serif; }
aside table { border-collapse: collapse; width: 100%; margin-bottom: 12px; }
aside th, aside td { text-align: left; border-bottom: 1px solid #e3e3e3; padding: 4px 6px; vertical-align: top; }
.detail { border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; min-height: 5em; background: #f6f6f6; }
.detail dt { font-weight: 600; } .detail dd { margin: 0 0 4px 0; }
.swatch { display: inline-block; width: 1.6em; height: .9em; vertical-align: middle; margin-right: 4px; }
@media print {
  body { background: #fff; } article { display: block; page-break-inside: avoid; }
  .q-direct, .q-indirect, .q-mixed { background: none; } .detail { display: none; }
  .q::after { content: " [" attr(data-label) "]"; font: 10px system-ui, sans-serif; color: var(--muted); }
}
"""

SCRIPT = r"""
document.addEventListener('DOMContentLoaded', function () {
  function show(el) {
    var art = el.closest('article'); var data = JSON.parse(art.querySelector('script.quotes-data').textContent);
    var q = data[el.getAttribute('data-q')]; var panel = art.querySelector('.detail');
    art.querySelectorAll('.q.active').forEach(function (x) { x.classList.remove('active'); });
    art.querySelectorAll('.q[data-q="' + el.getAttribute('data-q') + '"]').forEach(function (x) { x.classList.add('active'); });
    panel.textContent = '';
    var dl = document.createElement('dl');
    [['Kutipan', q.type], ['Pembicara', q.speaker], ['Peran', q.role], ['Jenis', q.kind], ['Kata kunci', q.cue],
     ['Sumber', q.sources]].forEach(function (row) {
      var dt = document.createElement('dt'); dt.textContent = row[0]; var dd = document.createElement('dd');
      dd.textContent = row[1] || '—'; dl.appendChild(dt); dl.appendChild(dd);
    });
    panel.appendChild(dl);
  }
  document.querySelectorAll('.q').forEach(function (el) {
    el.addEventListener('click', function () { show(el); });
    el.addEventListener('focus', function () { show(el); });
  });
  // a link to one quote: page.html#quote=<article id>/<quote id>
  var m = /^#quote=(.+)\/(q[0-9]+)$/.exec(decodeURIComponent(location.hash));
  if (m) {
    document.querySelectorAll('article').forEach(function (art) {
      if (art.getAttribute('data-id') === m[1]) {
        var el = art.querySelector('.q[data-q="' + m[2] + '"]'); if (el) { show(el); }
      }
    });
  }
});
"""


def _spans(record: dict[str, Any]) -> list[tuple[int, int, str, dict[str, str]]]:
    """Every marked stretch of the text: (start, end, layer, attributes)."""
    spans = []
    for q in record.get("quotes", []):
        label = _summary(q)
        spans.append((q["start"], q["end"], "quote", {"class": f"q q-{q['type']}", "data-q": q["id"],
                                                      "data-label": label, "title": label}))
        if q.get("cue") and q["cue"].get("end", 0) > q["cue"].get("start", 0):
            spans.append((q["cue"]["start"], q["cue"]["end"], "cue", {"class": "cue", "data-cue": q["id"]}))
        sp = q.get("speaker")
        if sp and sp["end"] > sp["start"]:
            spans.append((sp["start"], sp["end"], "mention", {"class": "mention", "data-mention": q["id"]}))
        for src in q.get("sources", []):
            if src["end"] > src["start"]:
                spans.append((src["start"], src["end"], "source", {"class": "source", "data-source": q["id"]}))
    return spans


def _summary(q: dict[str, Any]) -> str:
    sp = q.get("speaker") or {}
    who = sp.get("name") or "tanpa pembicara"
    if sp.get("role"):
        who += f", {sp['role']}"
    sources = " ← ".join(s["name"] for s in q.get("sources", []))
    return f"{q['type']}: {who}" + (f" (sumber: {sources})" if sources else "")


def _marked_text(text: str, record: dict[str, Any]) -> str:
    """The escaped text with its spans; overlapping spans are cut at each other's edges."""
    spans = _spans(record)
    cuts = sorted({0, len(text)} | {s for s, _e, _l, _a in spans} | {e for _s, e, _l, _a in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        piece = html.escape(text[a:b], quote=False)
        active = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        for _s, _e, layer, attrs in sorted(active, key=lambda sp: LAYERS.index(sp[2]), reverse=True):
            attr = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
            if layer == "quote":
                attr += ' tabindex="0"'
            piece = f"<span{attr}>{piece}</span>"
        out.append(piece)
    return "".join(out)


def _table(record: dict[str, Any]) -> str:
    who: "OrderedDict[str, dict]" = OrderedDict()
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        key = sp.get("name") or "(tanpa pembicara)"
        row = who.setdefault(key, {"count": 0, "sources": OrderedDict(), "role": sp.get("role") or ""})
        row["count"] += 1
        for src in q.get("sources", [])[:1]:
            row["sources"][src["name"]] = True
    rows = "".join(
        f"<tr><td>{html.escape(name)}<br><small>{html.escape(r['role'])}</small></td><td>{r['count']}</td>"
        f"<td>{html.escape(', '.join(r['sources']) or '—')}</td></tr>" for name, r in who.items())
    return ("<table class=\"speakers\"><thead><tr><th>Pembicara</th><th>Kutipan</th><th>Sumber</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _data(record: dict[str, Any]) -> str:
    """The quotes' details for the click panel, as JSON that cannot close its <script>."""
    data = {}
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        data[q["id"]] = {"type": TYPE_LABEL.get(q["type"], q["type"]), "speaker": sp.get("name"),
                         "role": sp.get("role"), "kind": sp.get("kind"), "cue": (q.get("cue") or {}).get("text"),
                         "sources": " ← ".join(s["name"] for s in q.get("sources", [])) or None}
    raw = json.dumps(data, ensure_ascii=False)
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def article(record: dict[str, Any], text: str) -> str:
    """One article's section of the page."""
    rid = html.escape(str(record.get("id", "")))
    if "error" in record:
        return f"<article><h2>{rid} <small>error: {html.escape(record['error']['message'])}</small></h2></article>"
    publisher = html.escape(record.get("publisher") or "tidak diketahui")
    n = len(record.get("quotes", []))
    return (f"<article data-id=\"{rid}\"><h2>{rid} <small>· penerbit: {publisher} · {n} kutipan</small></h2>"
            f"<div class=\"text\">{_marked_text(text, record)}</div>"
            f"<aside>{_table(record)}<div class=\"detail\" aria-live=\"polite\">Klik sebuah kutipan untuk melihat "
            f"pembicara, kata kunci dan sumbernya.</div>"
            f"<script type=\"application/json\" class=\"quotes-data\">{_data(record)}</script></aside></article>")


def page(pairs: Iterable[tuple[dict[str, Any], str]], title: str = "quotes") -> str:
    """A whole self-contained page for (record, text) pairs."""
    legend = "".join(f'<span><i class="swatch q-{t}"></i>{html.escape(label)}</span>' for t, label in TYPE_LABEL.items())
    legend += ('<span><span class="cue">kata kunci</span> (cue)</span><span><span class="mention">pembicara</span>'
               ' (speaker)</span><span><span class="source">sumber</span> (source)</span>')
    body = "".join(article(rec, text) for rec, text in pairs)
    return ("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'; img-src data:\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style><script>{SCRIPT}</script></head><body>"
            f"<header class=\"page\"><strong>{html.escape(title)}</strong><div class=\"legend\">{legend}</div></header>"
            f"{body}</body></html>")


def render(record: Any, text: str | None = None) -> str:
    """The page of one record (with the text it was extracted from), or of a processed spaCy Doc."""
    if text is None and hasattr(record, "_"):
        from .components import text_of
        from .pipeline import record as to_record
        doc = record
        return page([(to_record(doc, "doc", doc.lang_), text_of(doc))])
    if text is None:
        raise TypeError("render(record, text): the record holds offsets, the text is needed to show them")
    return page([(record, text)], title=str(record.get("id", "quotes")))


class View:
    """A record with its text, shown as the HTML view in Jupyter (as displaCy does)."""

    def __init__(self, record: dict[str, Any], text: str):
        self.record, self.text = record, text

    def _repr_html_(self) -> str:
        return page([(self.record, self.text)], title=str(self.record.get("id", "quotes")))
