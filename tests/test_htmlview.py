"""The HTML view: quotes where the records say, input escaped, nothing loaded; and in a real browser."""
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from quotes import View, extract, htmlview, render

ATTACK = ('Judul Berita\n\n<script>document.body.setAttribute("data-pwned", "script")</script> '
          '"><img src=x onerror="document.body.setAttribute(\'data-pwned\', \'img\')"> '
          '"Kami tidak takut <b>apa pun</b>," kata Kapolres AKBP Budi Santoso.')


class Collect(HTMLParser):
    """Text per quote id, the attributes of every element, and all text outside scripts."""

    def __init__(self, only=None):
        super().__init__()
        self.stack, self.quotes, self.elements, self.text, self.script = [], {}, [], [], 0
        self.only = only  # the article whose quotes are keyed by quote id alone

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag in ("script", "style"):
            self.script += 1
        if tag not in ("meta", "br", "img", "input", "link"):
            self.stack.append(attrs)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.script -= 1
        if tag not in ("meta", "br", "img", "input", "link") and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.script:
            return
        self.text.append(data)
        article = next((a["data-id"] for a in self.stack if "data-id" in a), None)
        quote = next((a["data-q"] for a in self.stack if "data-q" in a), None)
        if quote:
            key = quote if article is None or article == self.only else (article, quote)
            self.quotes[key] = self.quotes.get(key, "") + data


def parse(page, only=None):
    c = Collect(only)
    c.feed(page)
    return c


def test_highlighted_quotes_are_where_the_records_say():
    text = (ROOT / "corpus" / "examples" / "banjir-kalbar.txt").read_text(encoding="utf-8")
    record = extract(text, "banjir")
    found = parse(render(record, text), "banjir")
    assert found.quotes == {q["id"]: q["text"] for q in record["quotes"]}
    assert "".join(found.text).count(text.splitlines()[2][:40]) == 1


def test_input_markup_is_text_and_nothing_is_loaded():
    record = extract(ATTACK, "attack")
    page = render(record, ATTACK)
    found = parse(page, "attack")
    assert not [t for t, _a in found.elements if t in ("img", "b", "link", "iframe")]
    assert sum(1 for t, _a in found.elements if t == "script") == 2  # the page's own: behaviour and data
    assert "<script>document.body" in "".join(found.text)
    assert "http://" not in page and "https://" not in page and "src=" not in page.replace('src=x', '')
    assert found.quotes == {"q1": "Kami tidak takut <b>apa pun</b>"}


def test_view_for_jupyter_and_from_a_doc(nlp):
    text = '"Kami siap," kata pelatih Budi.'
    assert "Budi" in View(extract(text), text)._repr_html_()
    assert parse(render(nlp(text)), "doc").quotes == {"q1": "Kami siap"}
    with pytest.raises(TypeError):
        render(extract(text))


def test_view_from_a_doc_of_a_records_only_pipeline():
    # (its Doc holds no tokens: the text is the one it was given)
    from quotes.pipeline import build
    text = '"Kami siap," kata pelatih Budi.'
    assert parse(render(build("id", tokens=False)(text)), "doc").quotes == {"q1": "Kami siap"}


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_in_a_real_browser(tmp_path):
    text = (ROOT / "corpus" / "examples" / "banjir-kalbar.txt").read_text(encoding="utf-8")
    records = [(extract(text, "banjir"), text), (extract(ATTACK, "attack"), ATTACK)]
    page = tmp_path / "view.html"
    page.write_text(htmlview.page(records, title="test"), encoding="utf-8")
    profile = tmp_path / "profile"
    url = page.as_uri() + "#quote=banjir/q2"
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=3000",
                          "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    found = parse(dom)
    # the quotes are where the records say, in the DOM the browser built
    expected = {(rec["id"], q["id"]): q["text"] for rec, _text in records for q in rec["quotes"]}
    assert found.quotes == expected
    # the injected markup did not run
    body = next(a for t, a in found.elements if t == "body")
    assert "data-pwned" not in body
    # the page's own script ran: the linked quote's details are shown
    detail = "".join(found.text)
    assert "Yohanes Arif Kurniawan" in detail and "Pembicara" in detail
    shot = ROOT / "artifacts" / "htmlview.png"
    shot.parent.mkdir(exist_ok=True)
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1100",
                    f"--screenshot={shot}", url], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
