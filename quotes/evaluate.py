"""Score the extractor against gold articles (ANNOTATION.md format, or PFSA-ID CoNLL).

Predicted and gold quotes are matched one-to-one, greedily by overlap, under two rules:
``overlap`` (shared characters ≥ 0.5 of the union of the two spans) and ``ggt`` (the prediction
covers > 0.3 of the gold span, the rule of the GenderGapTracker evaluation). On matched quotes it
scores the type (direct, indirect, mixed: the buckets above put mixed with indirect), the cue
(strict: as written; lenient: one holds the other, "meminta" for "meminta agar"), the speaker
(strict: canonical names equal; lenient: one name's words contain the other's, a short form the
article defines read as the name written before it) and the source; end to end, a quote counts only with its speaker (lenient) and source right.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import regex

from . import lang as langdata
from . import pipeline, schema
from .entities import fold
from .errors import GoldError

RULES: dict[str, Callable[[tuple[int, int], tuple[int, int]], float]] = {}
THRESHOLDS = {"overlap": 0.5, "ggt": 0.3}
BUCKETS = {"direct": ("direct",), "indirect": ("indirect", "mixed")}
RE_NAME_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _overlap(g: tuple[int, int], p: tuple[int, int]) -> float:
    inter = max(0, min(g[1], p[1]) - max(g[0], p[0]))
    union = max(g[1], p[1]) - min(g[0], p[0])
    return inter / union if union else 0.0


def _ggt(g: tuple[int, int], p: tuple[int, int]) -> float:
    inter = max(0, min(g[1], p[1]) - max(g[0], p[0]))
    return inter / (g[1] - g[0]) if g[1] > g[0] else 0.0


RULES["overlap"], RULES["ggt"] = _overlap, _ggt


def _passes(rule: str, score: float) -> bool:
    return score >= THRESHOLDS[rule] if rule == "overlap" else score > THRESHOLDS[rule]


def words(name: str | None) -> set[str]:
    return set(RE_NAME_WORD.findall(fold(name or "")))


RE_SITE_SUFFIX = regex.compile(r"\.(?:co\.id|com|id|net|org|co)$")


def same_strict(a: str | None, b: str | None) -> bool:
    return " ".join(RE_NAME_WORD.findall((a or "").casefold())) == " ".join(RE_NAME_WORD.findall((b or "").casefold()))


def same_lenient(a: str | None, b: str | None) -> bool:
    wa, wb = words(a), words(b)
    return bool(wa and wb and (wa <= wb or wb <= wa))


RE_SHORT_FORM = regex.compile(r"\((\p{Lu}[\p{L}\p{N}-]+)\)")
RE_STOP = regex.compile(r"[.;:!?\"“”]$")
MAX_LONG_FORM = 12  # words of the name written before a short form in parentheses
LONG_FORM_REACH = 200  # characters read back from a short form for them


def short_forms(text: str, lang: langdata.Lang) -> dict[str, list[tuple[str, ...]]]:
    """The short forms an article defines, each with the capitalised words written right before it:
    "Komisi Pemberantasan Korupsi (KPK)" gives {"kpk": [("komisi", "pemberantasan", "korupsi")]}
    ("dan", "untuk" and the like may stand between them: "Badan Meteorologi, Klimatologi, dan
    Geofisika (BMKG)")."""
    grammar = lang.grammar
    connectors = grammar.words("body_name_connectors") | grammar.words("list_conjunctions")
    found: dict[str, list[tuple[str, ...]]] = {}
    for m in RE_SHORT_FORM.finditer(text):
        run: list[str] = []
        before = text[max(0, m.start() - LONG_FORM_REACH):m.start()].split()
        if m.start() > LONG_FORM_REACH:
            before = before[1:]  # (the window's first word may be cut)
        for tok in reversed(before):
            if RE_STOP.search(tok) or len(run) == MAX_LONG_FORM:
                break
            tok = tok.rstrip(",")
            if tok[:1].isupper():
                run.append(tok)
            elif tok.casefold() not in connectors:
                break
        long = tuple(w for tok in reversed(run) for w in RE_NAME_WORD.findall(fold(tok)))
        if long:
            found.setdefault(fold(m.group(1)), []).append(long)
    return found


def same_speaker(a: str | None, b: str | None, defined: dict[str, list[tuple[str, ...]]]) -> bool:
    """Lenient, where a short form the article defines reads as the name written before it: "KPK"
    is "Komisi Pemberantasan Korupsi", "Walhi Sulawesi Tenggara" is "Wahana Lingkungan Hidup
    Indonesia Sulawesi Tenggara" (ANNOTATION.md: spelling variants are one speaker)."""
    if same_lenient(a, b):
        return True
    wa, wb = words(a), words(b)
    for x, y in ((wa, wb), (wb, wa)):
        for short in y - x:
            for long in defined.get(short, ()):
                # the name is the run's last words, two or more ("Ketua Komisi ... (KPK)": not "Ketua")
                for k in range(len(long) - 1):
                    tail = set(long[k:])
                    if tail <= x:
                        z = (y - {short}) | tail
                        if z <= x or x <= z:
                            return True
    return False


def outlet(name: str, lang: langdata.Lang) -> langdata.Outlet | None:
    """The outlet a name stands for, also as a site is written ("TribunJateng.com" is Tribun Jateng)."""
    key = name.casefold()
    return lang.outlet_by_alias.get(key) or lang.outlet_by_alias.get(RE_SITE_SUFFIX.sub("", key))


def same_outlet(a: str | None, b: str | None, lang: langdata.Lang) -> bool:
    """Two names of one outlet of the gazetteer ("AP" and "The Associated Press")."""
    oa, ob = (outlet(a, lang) if a else None), (outlet(b, lang) if b else None)
    return oa is not None and ob is not None and oa.id == ob.id


def same_source(a: str | None, b: str | None, lang: langdata.Lang) -> bool:
    if not a or not b:
        return not a and not b
    oa, ob = outlet(a, lang), outlet(b, lang)
    if oa is not None and ob is not None:
        return oa.id == ob.id
    return same_lenient(a, b)


@dataclass
class Pair:
    doc: str
    gold: dict | None
    pred: dict | None
    score: float = 0.0


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0

    def prf(self) -> dict[str, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "gold": self.gold, "predicted": self.pred, "matched": self.matched}


@dataclass
class Report:
    documents: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    exact: int = 0
    types_right: int = 0  # matched quotes whose type (direct, indirect, mixed) is the gold's
    cues_right: int = 0  # ... whose cue is the gold's, as written (case aside)
    cues_near: int = 0  # ... or holds it or is held in it ("meminta" for "meminta agar")
    type_confusions: dict[str, int] = field(default_factory=dict)  # "mixed as indirect": how many
    speaker_total: int = 0
    speaker_strict: int = 0
    speaker_lenient: int = 0
    role_total: int = 0  # matched quotes whose gold gives a role and whose speaker is right
    role_strict: int = 0
    role_lenient: int = 0
    source_gold: int = 0
    source_pred: int = 0
    source_right: int = 0
    end_to_end: Tally = field(default_factory=Tally)
    pairs: list[Pair] = field(default_factory=list)

    def tally(self, key: str) -> Tally:
        return self.tallies.setdefault(key, Tally())

    def figures(self) -> dict[str, Any]:
        main = self.tally("overlap/all")
        ratio = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
        return {
            "documents": self.documents,
            "quotes": {k: t.prf() for k, t in sorted(self.tallies.items())},
            "exact_boundaries": ratio(self.exact, main.matched),
            "cue_accuracy": {"strict": ratio(self.cues_right, main.matched),
                             "lenient": ratio(self.cues_right + self.cues_near, main.matched)},
            "type_accuracy": {"accuracy": ratio(self.types_right, main.matched),
                              "confusions": dict(sorted(self.type_confusions.items(), key=lambda kv: (-kv[1], kv[0])))},
            "speaker_accuracy": {"strict": ratio(self.speaker_strict, self.speaker_total),
                                 "lenient": ratio(self.speaker_lenient, self.speaker_total),
                                 "quotes_with_gold_speaker": self.speaker_total},
            "role_accuracy": {"strict": ratio(self.role_strict, self.role_total),
                              "lenient": ratio(self.role_lenient, self.role_total),
                              "quotes_with_gold_role": self.role_total},
            "source": {"precision": ratio(self.source_right, self.source_pred),
                       "recall": ratio(self.source_right, self.source_gold),
                       "gold": self.source_gold, "predicted": self.source_pred, "right": self.source_right},
            "end_to_end": self.end_to_end.prf(),
        }


def _unnamed(speaker: str, data: langdata.Lang) -> bool:
    """A speaker given only as a title, rank or pronoun: no name to compare with."""
    kinds = ("title", "rank", "pronoun", "role_word", "honorific")
    return all(any(w in data.words.get(k, ()) or w.capitalize() in data.words.get(k, ()) or w.casefold() in data.words.get(k, ())
                   for k in kinds) for w in speaker.split())


def _span(q: dict, text: str) -> tuple[int, int]:
    if "start" in q and "end" in q:
        return q["start"], q["end"]
    s = text.find(q["text"])
    return s, s + len(q["text"])


def match(gold: list[dict], pred: list[dict], text: str, rule: str) -> tuple[list[tuple[int, int, float]], list[int], list[int]]:
    """Greedy one-to-one matching by score: (gold index, pred index, score), unmatched gold, unmatched pred."""
    fn = RULES[rule]
    cands = []
    for gi, g in enumerate(gold):
        gs = _span(g, text)
        for pi, p in enumerate(pred):
            score = fn(gs, (p["start"], p["end"]))
            if _passes(rule, score):
                cands.append((score, _overlap(gs, (p["start"], p["end"])), gi, pi))
    cands.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for score, _o, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, score))
    return pairs, [i for i in range(len(gold)) if i not in used_g], [i for i in range(len(pred)) if i not in used_p]


SUBSTRINGS = ("speaker_mention", "cue", "source_cue", "channel_cue")


def gold_problems(article: dict) -> Iterator[str]:
    """Every way a gold article breaks the format: the schema first, then what the schema cannot say.

    A quote's ``text`` must sit at its offsets (or occur once, when it has none), and the mention,
    cue and phrases ANNOTATION.md calls exact substrings must occur in the text.
    """
    found = list(schema.problems(article, schema.CORPUS))
    if found:
        yield from found
        return
    text = article["text"]
    for i, q in enumerate(article["quotes"]):
        s, e = _span(q, text)
        if s < 0 or text[s:e] != q["text"]:
            yield f"$.quotes[{i}].text is not at its offsets in the text: {q['text'][:40]!r}"
        elif "start" not in q and text.count(q["text"]) > 1:
            yield f"$.quotes[{i}].text occurs more than once; give start/end"
        for key in SUBSTRINGS:
            if q.get(key) is not None and q[key] not in text:
                yield f"$.quotes[{i}].{key} is not in the text: {q[key][:40]!r}"


def check_gold(article: dict, where: str) -> None:
    """Raise GoldError for an article that does not follow the gold format."""
    for problem in gold_problems(article):
        raise GoldError(f"{where}: {problem}")


def read_gold(paths: Iterable[str], fmt: str = "gold") -> Iterator[dict]:
    from . import pfsa

    for path in paths:
        with open(path, encoding="utf-8") as fh:
            if fmt == "pfsa":
                for article in pfsa.read_articles(fh, prefix=path.rsplit("/", 1)[-1].rsplit(".", 1)[0]):
                    yield pfsa.gold(article)
                continue
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    article = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{lineno}: not JSON: {exc.msg}") from None
                check_gold(article, f"{path}:{lineno}")
                yield article


def evaluate(articles: Iterable[dict], *, lang: str = "id", keep_pairs: bool = False,
             mention_counts: bool = False, only: tuple[str, ...] | None = None) -> Report:
    """Run the extractor on every gold article and score it.

    Args:
        mention_counts: where the gold speaker is a title or pronoun alone ("Presiden", "dia"), as in
            PFSA-ID which links no mention to a person, a predicted mention or role that matches it
            counts as right (lenient).
        only: score only predictions of these types (PFSA-ID tags direct quotes only).
    """
    nlp = pipeline.load(lang, tokens=False)
    data = langdata.load(lang)
    report = Report()
    for art in articles:
        report.documents += 1
        text = art["text"]
        doc = nlp(pipeline.make_doc(nlp, text, art.get("outlet")))
        pred = [q for q in pipeline.record(doc, art["id"], lang)["quotes"] if only is None or q["type"] in only]
        gold = art["quotes"]
        defined = short_forms(text, data)
        for rule in RULES:
            for bucket, types in (("all", None), *BUCKETS.items()):
                g = [q for q in gold if types is None or q["type"] in types]
                p = [q for q in pred if types is None or q["type"] in types]
                pairs, _mg, _mp = match(g, p, text, rule)
                t = report.tally(f"{rule}/{bucket}")
                t.gold += len(g)
                t.pred += len(p)
                t.matched += len(pairs)
        pairs, missed, spurious = match(gold, pred, text, "overlap")
        e2e = 0
        for gi, pi, score in pairs:
            g, p = gold[gi], pred[pi]
            if _span(g, text) == (p["start"], p["end"]):
                report.exact += 1
            gold_cue, cue = (g.get("cue") or "").casefold(), ((p.get("cue") or {}).get("text") or "").casefold()
            report.cues_right += gold_cue == cue
            report.cues_near += gold_cue != cue and bool(gold_cue and cue) and (gold_cue in cue or cue in gold_cue)
            if g["type"] == p["type"]:
                report.types_right += 1
            else:
                confusion = f"{g['type']} as {p['type']}"
                report.type_confusions[confusion] = report.type_confusions.get(confusion, 0) + 1
            name = (p.get("speaker") or {}).get("name")
            # an outlet speaking (a report attribution) is right under any of its names
            outlet_named = bool(g["speaker"]) and same_outlet(name, g["speaker"], data)
            speaker_ok = (same_speaker(name, g["speaker"], defined) or outlet_named) if g["speaker"] else name is None
            if g["speaker"] and not speaker_ok and mention_counts and _unnamed(g["speaker"], data):
                # PFSA-ID links no mention to a person: where its gold is a title or pronoun alone
                # ("kata Presiden"), the mention next to the cue is all there is to compare
                sp = p.get("speaker") or {}
                speaker_ok = same_lenient(sp.get("mention"), g["speaker_mention"]) or same_lenient(sp.get("role"), g["speaker_mention"])
            if g["speaker"]:
                report.speaker_total += 1
                report.speaker_strict += same_strict(name, g["speaker"]) or outlet_named
                report.speaker_lenient += speaker_ok
            if g.get("role") and g["speaker"] and speaker_ok:
                # the role as the article gives it: equal, or one's words within the other's
                role = (p.get("speaker") or {}).get("role")
                report.role_total += 1
                report.role_strict += bool(role) and " ".join(role.casefold().split()) == " ".join(g["role"].casefold().split())
                report.role_lenient += same_speaker(role, g["role"], defined)
            psrc = (p.get("sources") or [{}])[0].get("name")
            report.source_gold += bool(g["source"])
            report.source_pred += bool(psrc)
            report.source_right += bool(g["source"] and psrc and same_source(psrc, g["source"], data))
            if speaker_ok and same_source(psrc, g["source"], data):
                e2e += 1
            if keep_pairs and not (speaker_ok and same_source(psrc, g["source"], data)):
                report.pairs.append(Pair(art["id"], {**g, "_text": text}, p, score))
        report.end_to_end.gold += len(gold)
        report.end_to_end.pred += len(pred)
        report.end_to_end.matched += e2e
        if keep_pairs:
            report.pairs.extend(Pair(art["id"], {**gold[i], "_text": text}, None) for i in missed)
            report.pairs.extend(Pair(art["id"], None, {**pred[i], "_text": text}) for i in spurious)
    return report


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def describe(pair: Pair) -> str:
    """One error of `--show-errors`, with the text around it."""
    if pair.pred is None:
        g = pair.gold
        s, e = _span(g, g["_text"])
        return (f"MISSED   {pair.doc} {g['type']:8} speaker={g['speaker']!r} cue={g['cue']!r}\n"
                f"         {_context(g['_text'], s, e)}")
    if pair.gold is None:
        p = pair.pred
        return (f"SPURIOUS {pair.doc} {p['type']:8} speaker={(p.get('speaker') or {}).get('name')!r} rule={p['rule']}\n"
                f"         {_context(p['_text'], p['start'], p['end'])}")
    g, p = pair.gold, pair.pred
    src = (p.get("sources") or [{}])[0].get("name")
    return (f"WRONG    {pair.doc} {g['type']:8} speaker={(p.get('speaker') or {}).get('name')!r} (gold {g['speaker']!r}) "
            f"source={src!r} (gold {g['source']!r}) rule={p['rule']}\n"
            f"         {_context(g['_text'], *_span(g, g['_text']))}")


def table(figures: dict[str, Any], title: str) -> str:
    """The figures as a small text table."""
    q = figures["quotes"]
    lines = [f"{title}: {figures['documents']} documents",
             f"{'':22}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for key in ("overlap/all", "overlap/direct", "overlap/indirect", "ggt/all", "ggt/direct", "ggt/indirect"):
        t = q.get(key) or Tally().prf()
        lines.append(f"{key:22}{t['precision']:8.3f}{t['recall']:8.3f}{t['f1']:8.3f}{t['gold']:7d}{t['predicted']:7d}")
    sp, src, e2e = figures["speaker_accuracy"], figures["source"], figures["end_to_end"]
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
    role = figures["role_accuracy"]
    types = figures["type_accuracy"]
    confused = ", ".join(f"{k} {v}" for k, v in types["confusions"].items())
    lines += [f"exact boundaries      {fmt(figures['exact_boundaries'])}",
              f"type                  {fmt(types['accuracy'])}" + (f"  ({confused})" if confused else ""),
              f"cue                   strict {fmt(figures['cue_accuracy']['strict'])}  lenient {fmt(figures['cue_accuracy']['lenient'])}",
              (f"speaker accuracy      strict {fmt(sp['strict'])}  lenient {fmt(sp['lenient'])}  "
               f"(on {sp['quotes_with_gold_speaker']} matched quotes)"),
              (f"role (speaker right)  strict {fmt(role['strict'])}  lenient {fmt(role['lenient'])}  "
               f"(on {role['quotes_with_gold_role']} quotes with a gold role)"),
              (f"source                P {fmt(src['precision'])}  R {fmt(src['recall'])}  "
               f"(gold {src['gold']}, predicted {src['predicted']})"),
              f"end to end            P {e2e['precision']:.3f}  R {e2e['recall']:.3f}  F1 {e2e['f1']:.3f}"]
    return "\n".join(lines)
