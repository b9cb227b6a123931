"""Quotes from marks, cues and source phrases: each tied to its cue, speaker mention and sources.

Direct quotes are marked spans with a cue after them ("…," ujar X), before them (X mengatakan,
"…"), in the next sentence ("Hal itu disampaikan X"), or a speaker carried over from the previous
paragraph. Indirect quotes are the content clause of a reporting verb, of "menurut X", of a
post-posed cue ("…, kata X") or of a report attribution ("Dilansir AFP, …"). A marked span inside
an indirect clause makes it mixed. Which person a mention refers to is ``entities.py``'s job.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import bisect
import dataclasses
import itertools

import regex

from . import mentions, sources
from .lang import Grammar
from .layout import RE_TRAILING_SPACE, RE_WORDS, Layout, Spans
from .mentions import RE_FIRST_WORD, Context
from .records import Cue, Mark, Mention, Quote, Source
from .sources import SourcePhrase

RE_GAP = regex.compile(r"(?:\s|&nbsp;|,)*")
# the spaces and one comma or colon that end a text, read from its end ((?r)): read forwards, a
# run of spaces made every search cubic in its length
RE_PRE_END = regex.compile(r"(?r)(?:\s|&nbsp;)*[,:]?(?:\s|&nbsp;)*$")
RE_ANY_MARK = regex.compile(r"[\"“”„‘’«»]|&(?:quot|ldquo|rdquo|#8220|#8221|lsquo|rsquo);")
RE_OPEN_MARK = regex.compile(r"(?:\s|&nbsp;)*(?:[\"“”„‘'«]|&(?:quot|ldquo|rdquo|#8220|#8221|#39|lsquo);)")
# the stops that end a text, read from its end ((?r)): one try instead of one per position
RE_FINAL_STOP = regex.compile(r"(?r)[.;:,]+$")
# the editor's code after an article's last stop: ". (*)", ". (ant)", ". (ZAK/red)"
RE_EDITOR_CODE = regex.compile(r"(?r)(?<=[.!?])(?:\s|&nbsp;)+\((?:\*|[\p{L}/]{2,12})\)(?:\s|&nbsp;)*$")

RE_ADVERB_TO_MARK = regex.compile(r"(?:(?:\s|&nbsp;)+\p{Ll}+){1,2}(?:\s|&nbsp;)*[,:](?:\s|&nbsp;)*(?:[\"“”«‘]|&quot;)")
RE_LOWER_WORDS = regex.compile(r"(?:(?:\s|&nbsp;)+\p{Ll}+){0,2}(?:\s|&nbsp;)*$")
SHORT_CLAUSE_WORDS = 7
MAX_ADJUNCT_WORDS = 4  # "bersuara pada Rabu pagi": a short phrase of time or place after a verb says no claim
DENIED_MIN_WORDS = 2  # "membantah makanannya basi": a subject and its predicate
DENIED_CLAUSE_WORDS = 3  # "membantah adanya permainan dalam seleksi", but "membantah seluruh keterangan saksi"
RE_INTRODUCES_QUOTE = regex.compile(r"(?:(?:\s|&nbsp;)+\p{Ll}+){0,2}(?:\s|&nbsp;)*[,:](?:\s|&nbsp;)*(?:[\"“”„‘'«]|&quot;)")
RE_SENTENCE_OR_MARK = regex.compile(r"[.!?\"“”]")
RE_STOP_OR_MARK = regex.compile(r"[.!?](?![\p{L}\p{N}])|[\"“”]")
RE_SPACES = regex.compile(r"(?:\s|&nbsp;)+")
RE_LAST_WORD = regex.compile(r"(?r)(\p{L}+)\W*$")
RE_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*")
RE_LOWER_NEXT = regex.compile(r" \p{Ll}")
RE_NAME_NEXT = regex.compile(r" (?:\p{Lu}|(?:dia|ia|beliau)(?![\p{L}\p{N}]))")  # (a name, or a pronoun: ", kata dia")
RE_TO_COMMA = regex.compile(r"[^,]{0,60},(?:\s|&nbsp;)*")
# "dilansir Reuters, …", "Dalam berita Tempo sebelumnya, …": the phrase ends at a comma, a word or two on
RE_COMMA_AFTER_OUTLET = regex.compile(r"(?:\s|&nbsp;)*(?:\([^()]{1,20}\))?(?:(?:\s|&nbsp;)+\p{Ll}+){0,2}(?:\s|&nbsp;)*,")
# what may follow a post-posed speaker before the sentence ends: "…, menurut Budi, Senin (3/10)."
RE_SENTENCE_REST = regex.compile(r"[^,;:]*(?:,[^,;:]*)?[.!?…]?[\"”’]?(?:\s|&nbsp;)*")
MIN_CLAUSE_WORDS = 3
MIN_COMPLEMENT_WORDS = 2  # ... after a complementizer ("bahwa harga naik")
MAX_OPENER_WORDS = 4  # "Setelah pemeriksaan itu, kata dia, …": the words that may open a sentence before a cue
MAX_SUBJECT_WORDS = 10  # "Penyaluran beras Stabilisasi Pasokan dan Harga Pangan (SPHP), lanjutnya, …": a subject set off
MAX_RELATIVE_WORDS = 8  # ... and a relative clause in it: "Cadangan devisa yang tercatat 149,7 miliar dollar AS pada akhir September, kata Ratna, …"
PARAGRAPH_OPENING = 12  # a source phrase this close to a paragraph's start may cover the paragraph
OPENING_ADJUNCT = 60  # ... or one after an adjunct of this many characters that opens it
MIN_UNATTRIBUTED_WORDS = 8
MAX_ACTOR_WORDS = 12  # "Darmawan tak terpancing.": a short sentence of what someone did, before their quote
RE_LOWERCASE_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])")
RE_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}")
MAX_DESCRIBED_ACTOR_WORDS = 8  # "Pengacara asal Medan itu": a description that acts, up to its demonstrative
RE_WEB_SUFFIX = regex.compile(r"(?i)\.(?:com|co\.id|co|id|net)$")
INVERTED_MAX_WORDS = 5
MIXED_MAX_SHARE = 0.9


@dataclass
class _Ctx:
    text: str
    layout: Layout
    marks: list[Mark]
    cues: list[Cue]
    phrases: list[SourcePhrase]
    mctx: Context
    cue_at: dict[int, Cue]
    cue_starts: list[int]
    mark_spans: Spans = field(init=False)
    phrase_spans: Spans = field(init=False)
    phrase_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.marks = sorted(self.marks, key=lambda m: m.start)
        self.phrases = sorted(self.phrases, key=lambda ph: ph.start)
        # a mark never closed ends at its own cue: what follows that cue is narrative again
        self.marks = [_closed_by_cue(self, m) if m.close is None else m for m in self.marks]
        self.mark_spans = Spans((m.start, m.end) for m in self.marks)
        self.phrase_spans = Spans((ph.start, ph.start + 1) for ph in self.phrases)
        self.phrase_starts = [ph.start for ph in self.phrases]

    @property
    def grammar(self) -> Grammar:
        return self.mctx.lang.grammar


def _words(text: str) -> int:
    return len(RE_WORDS.findall(text))


def _clitic(cue: Cue) -> Mention:
    return Mention(cue.text, cue.start, cue.end, cue.text, None, "clitic")


def _cues_in(c: _Ctx, lo: int, hi: int) -> list[Cue]:
    """The cues that start in [lo, hi), in text order."""
    return c.cues[bisect.bisect_left(c.cue_starts, lo):bisect.bisect_left(c.cue_starts, hi)]


def _inside_mark(c: _Ctx, pos: int) -> Mark | None:
    i = c.mark_spans.index_at(pos)
    return c.marks[i] if i is not None else None


def _next_cue(c: _Ctx, pos: int, limit: int) -> Cue | None:
    """The cue that starts at `pos` after skipping spaces and commas, if any."""
    m = RE_GAP.match(c.text, pos, limit)
    return c.cue_at.get(m.end()) if m else None


def _speaker_after(c: _Ctx, cue: Cue, limit: int) -> Mention | None:
    if cue.clitic:
        return _clitic(cue)
    # (a verb's object is no report that names its maker: '”Kal0ng” mengklaim data itu diambil dari server Tokoria')
    return mentions.after(c.text, cue.end, limit, c.mctx, reports=cue.kind != "verb")


def _sentence(c: _Ctx, pos: int) -> tuple[int, int]:
    return c.layout.sentence_at(pos) or (pos, pos)


RE_TITLE_CASED = regex.compile(r"\p{Lu}[\p{L}\p{N}'.-]*(?: \p{Lu}[\p{L}\p{N}'.-]*){0,3}")  # "Sumber Rezeki"


def _paragraph_end(c: _Ctx, pos: int) -> int:
    i = c.layout.paragraph_at(pos)
    return c.layout.paragraphs[i].end if i is not None else len(c.text)


# -- direct quotes -------------------------------------------------------------------------------

def _post(c: _Ctx, mark: Mark) -> tuple[Cue, Mention | None, str] | None:
    """`"…," ujar X` and `"…," X menambahkan.`"""
    if mark.close is None:
        return None
    limit = _paragraph_end(c, mark.close - 1)
    cue = _next_cue(c, mark.close, limit)
    if cue is not None and cue.kind in ("short", "verb", "passive", "according"):
        who = _speaker_after(c, cue, limit)
        if who is None and _opens_inside_sentence(c, mark) and RE_TITLE_CASED.fullmatch(c.text, mark.start, mark.end):
            return None  # ('Kelompok Tani Ternak “Sumber Rezeki” menyatakan …': a name in marks inside the subject's)
        return cue, who, "direct.post"
    gap = RE_GAP.match(c.text, mark.close, limit).end()
    m = _p(c, "demikian").match(c.text, gap, limit)
    if m:
        words = _cut_end(RE_TRAILING_SPACE, m.group())  # ("demikian Bambang": the cue is the word alone)
        cue = Cue(words, m.start(), m.start() + len(words), words.split()[0].casefold(), "short", "cue.demikian")
        return cue, mentions.after(c.text, _skip_oleh(c, m.end()), limit, c.mctx), "direct.post_demikian"
    # inverted: a mention, then the verb ("…," Budi menambahkan.)
    # (not marks inside the writer's own sentence: 'grup arisan "Lisa Berkah" di WhatsApp itu mengakui')
    if _opens_inside_sentence(c, mark):
        return None
    end = c.layout.sentence_at(mark.close)
    stop = end[1] if end else limit
    for cue in _cues_in(c, mark.close + 1, stop):
        if cue.kind == "passive":
            return None  # ('…’ Hal itu disampaikan Lukas menanggapi …': the passive says who, the next sentence's rule)
        if cue.kind in ("verb", "short") and not cue.clitic:
            gap = c.text[mark.close:cue.start]
            if _words(gap) > INVERTED_MAX_WORDS or _p(c, "inverted_break").search(gap):
                return None
            if RE_INTRODUCES_QUOTE.match(c.text, cue.end):
                return None  # '"…?" Rio menjawab, "…"': the verb opens the next quote
            who = mentions.before(c.text, mark.close, cue.start, c.mctx)
            if who is not None:
                return cue, who, "direct.post_inverted"
            return None
    return None


def _pre(c: _Ctx, mark: Mark, previous: Quote | None) -> tuple[Cue, Mention | None, str] | None:
    """`X mengatakan, "…"`, `Menurut X, "…"` and the second half of `"A," kata X, "B."`."""
    sent_start = _sentence(c, mark.open)[0]
    lo = max(sent_start, _paragraph_start(c, mark.open))
    trimmed = c.text[lo:RE_PRE_END.search(c.text, lo, mark.open).start()]
    if not trimmed:
        return None
    end = lo + len(trimmed)
    # "A," kata X, "B." : the second half has the speaker of the first
    if previous is not None and previous.cue is not None and lo <= previous.cue.start and previous.end < mark.open:
        # "A," ujar X kepada CNBC, Rabu, "B." : one sentence, nothing but its cue between the marks
        between = c.text[previous.cue.end:mark.open]
        # (a dot inside a word ends nothing: "seperti dikutip Liputan6.com dari AFP")
        if RE_PRE_END.search(between).group().strip() == "," and not RE_STOP_OR_MARK.search(between):
            return previous.cue, previous.mention, "direct.split"
    first = next(iter(_cues_in(c, lo, end)), None)
    if (first is not None and first.kind == "short" and first.start == lo and not first.clitic
            and c.text[end:mark.open].strip() in (",", ":")):
        # 'Kata Sukardi, "Dulu banjir paling lama sehari."': a short cue opening the sentence, its
        # speaker after it
        who = _speaker_after(c, first, end + 1)
        if who is not None:
            return first, who, "direct.pre_cue_first"
    if c.text[end:mark.open].strip().endswith(":"):
        found = speaker_of_sentence(c, lo, end)
        if found is not None:
            return found[0], found[1], "direct.pre_colon"
    for cue in reversed(_cues_in(c, lo, end)):
        if cue.kind == "according":
            return cue, _speaker_after(c, cue, end + 1), "direct.pre_menurut"
        # the cue ends the text before the mark, but for an adverb or two ("menjawab singkat,")
        # ... or for whom and where it is said ("mengatakan kepada The Kyiv Independent,", "menulis di
        # akun Instagram-nya,")
        # (set off by a comma: "tuturnya dalam lokakarya daring ”Merawat Kain Tenun”" names the seminar)
        if cue.kind in ("verb", "short") and (RE_LOWER_WORDS.fullmatch(c.text, cue.end, end)
                                              or _p(c, "before_marks").fullmatch(c.text, cue.end, end)
                                              and c.text[end:mark.open].strip() in (",", ":")):
            if cue.clitic:
                return cue, _clitic(cue), "direct.pre"
            who = mentions.before(c.text, lo, cue.start, c.mctx)
            if cue.kind == "short" and (who is None or c.text[cue.end:end].strip()):
                break  # a short cue before a mark needs its speaker: "kata kunci "…"" is a keyword
            return cue, who, "direct.pre"
        break
    return None


def _paragraph_start(c: _Ctx, pos: int) -> int:
    i = c.layout.paragraph_at(pos)
    return c.layout.paragraphs[i].start if i is not None else 0


def _next_sentence(c: _Ctx, mark: Mark) -> tuple[Cue, Mention | None, str] | None:
    """`"…." Hal itu disampaikan X …` or `"…." X mengatakan hal itu …`"""
    if mark.close is None:
        return None
    limit = _paragraph_end(c, mark.close - 1)
    cur = c.layout.sentence_at(mark.close - 1)
    nxt = c.layout.sentence_at(cur[1] + 1) if cur else None
    following = False
    if nxt is None or nxt[0] > limit or nxt[0] < mark.close:
        # the closing mark may end its sentence: the next one starts after it
        gap = RE_SPACES.match(c.text[mark.close:limit])
        nxt = c.layout.sentence_at(mark.close + gap.end()) if gap else None
        if nxt is None:
            # ("“…”" alone in its paragraph, then "Pernyataan itu disampaikan X …" opening the next)
            nxt, following = _next_paragraph_opening(c, mark, limit), True
            if nxt is None:
                return None
    s, e = nxt
    sentence = c.text[s:e]
    for cue in _cues_in(c, s, e):
        if cue.kind == "passive" and _words(c.text[s:cue.start]) <= 5 and (
                _p(c, "backref").match(sentence) or _p(c, "demonstrative_end").search(c.text, s, cue.start)):
            who = mentions.after(c.text, _skip_oleh(c, cue.end), e, c.mctx)
            if who is None and following:
                return None  # (a paragraph after: only where it names who said it)
            return cue, who, "direct.next_passive"
    for cue in _cues_in(c, s, e) if not following else ():
        if cue.kind == "verb" and _p(c, "backref_object").match(c.text, cue.end):
            return cue, mentions.before(c.text, s, cue.start, c.mctx), "direct.next_active"
    return None


def _next_paragraph_opening(c: _Ctx, mark: Mark, limit: int) -> tuple[int, int] | None:
    """The first sentence of the paragraph after the mark's, where the quote is all its paragraph holds."""
    i = c.layout.paragraph_at(mark.open)
    if i is None or i + 1 >= len(c.layout.paragraphs) or c.layout.paragraphs[i + 1].kind != "body":
        return None
    if c.text[c.layout.paragraphs[i].start:mark.open].strip() or c.text[mark.close:limit].strip(" .\n"):
        return None
    return c.layout.sentence_at(c.layout.paragraphs[i + 1].start)


def _skip_oleh(c: _Ctx, pos: int) -> int:
    m = _p(c, "agent_marker").match(c.text[pos:pos + 8])
    return pos + m.end() if m else pos


def speaker_of_sentence(c: _Ctx, s: int, e: int) -> tuple[Cue, Mention] | None:
    """The first cue of a sentence with the speaker it names, outside quotation marks."""
    for cue in _cues_in(c, s, e):
        if _inside_mark(c, cue.start):
            continue
        who = None
        if cue.clitic:
            who = _clitic(cue)
        elif cue.kind == "verb":
            who = mentions.before(c.text, s, cue.start, c.mctx)
        elif cue.kind in ("passive", "short", "according"):
            who = mentions.after(c.text, _skip_oleh(c, cue.end), e, c.mctx)
        if who is not None:
            return cue, who
    return None


def _previous_sentence(c: _Ctx, mark: Mark) -> tuple[Cue, Mention] | None:
    """`Hal senada diungkapkan X. "…"`: a quote opening a sentence, its cue in the sentence before."""
    s = _sentence(c, mark.open)
    if s[0] < mark.open - 1 or s[0] <= _paragraph_start(c, mark.open):
        return None
    prev = c.layout.sentence_at(s[0] - 2) or c.layout.sentence_at(s[0] - 1)
    if prev is None or prev[0] < _paragraph_start(c, mark.open) or _inside_mark(c, prev[1] - 2):
        return None
    return speaker_of_sentence(c, prev[0], prev[1])


def _previous_actor(c: _Ctx, mark: Mark) -> Mention | None:
    """`Kevin tersenyum. "Itu bukan alasan."`, `Heru mengangguk. "Personel kami ..."`: a quote with no
    cue of its own, opening a sentence after a short one of its paragraph that tells what a person
    did: that person speaks."""
    s = _sentence(c, mark.open)
    para_start = _paragraph_start(c, mark.open)
    if s[0] < mark.open - 1 or s[0] <= para_start:
        return None
    prev = c.layout.sentence_at(s[0] - 2) or c.layout.sentence_at(s[0] - 1)
    if prev is None or prev[0] < para_start or _inside_mark(c, prev[1] - 2):
        return None
    # ("Saat ditanya soal peluang lolos, Hendra menggeleng.": a subordinate clause first, then the one acting)
    comma = c.text.find(", ", prev[0], prev[1])
    opens = comma + 2 if comma > 0 and mentions.opens_subordinate(c.text, prev[0], comma, c.grammar) else prev[0]
    if _words(c.text[opens:prev[1]]) > MAX_ACTOR_WORDS:
        return None
    verb = RE_LOWER_WORD.search(c.text, opens, prev[1])
    who = mentions.before(c.text, opens, verb.start(), c.mctx) if verb is not None else None
    if who is None or who.start != opens or who.kind not in ("person", "pronoun", "anaphor"):
        # ("Pengacara asal Medan itu belum memutuskan langkah hukum lanjutan. "Kami pelajari dulu ..."":
        # a description up to its demonstrative)
        words = itertools.islice(RE_WORDS.finditer(c.text, opens, prev[1]), MAX_DESCRIBED_ACTOR_WORDS)
        at = next((w.end() for k, w in enumerate(words) if k and w.group().casefold() in c.grammar.words("anaphoric")), None)
        who = mentions.before(c.text, opens, at + 1, c.mctx) if at is not None else None
        if who is not None and who.kind != "anaphor":
            return None
    if who is None or who.kind not in ("person", "pronoun", "anaphor") or who.start != opens \
            or who.text.casefold() in c.grammar.words("plural_pronouns"):
        return None
    return who


def _answerer(c: _Ctx, found: list[Quote]) -> Mention | None:
    """Who says a quote with no cue that opens the paragraph after the last one: its speaker, but
    after a question put to someone ('"Berapa jumlahnya?" cecar Andika.' in court or at a press
    conference), the one who answered before it, who answers again."""
    previous = found[-1]
    if not (previous.text.rstrip().endswith("?") and previous.cue is not None
            and previous.cue.lemma in c.grammar.words("asking_lemmas")):
        return previous.mention
    asker = previous.mention.text
    return next((q.mention for q in reversed(found[:-1]) if q.mention is not None and q.mention.text != asker
                 and not q.text.rstrip().endswith("?")), previous.mention)


def _opens_inside_sentence(c: _Ctx, mark: Mark) -> bool:
    """The mark opens right after a word of the writer's sentence, no punctuation between
    ('mengelola grup arisan "Lisa Berkah"'): a name or a term, not a quote that a cue may follow."""
    before = c.text[_paragraph_start(c, mark.open):mark.open].rstrip()
    return bool(before) and before[-1].isalnum() and _sentence(c, mark.open)[0] < mark.open - 1


def _is_fragment(c: _Ctx, mark: Mark) -> bool:
    """A span that sits inside a sentence of the writer's own: a title, a scare quote."""
    before = c.text[_paragraph_start(c, mark.open):mark.open].rstrip()
    after = c.text[mark.close or mark.end:_paragraph_end(c, mark.end)].lstrip()
    starts_sentence = not before or before[-1] in ".!?:\"”" or _sentence(c, mark.open)[0] >= mark.open - 1
    return not starts_sentence or (after[:1].isalpha() and after[:1].islower())


def _direct(c: _Ctx) -> list[Quote]:
    found: list[Quote] = []
    previous: Quote | None = None
    prev_para: int | None = None
    for mark in c.marks:
        para = c.layout.paragraph_at(mark.open)
        if _names_a_term(c, mark):
            continue  # 'menyoroti istilah ”efisiensi demokrasi” yang …': a term in marks, no one's words
        how = _post(c, mark) or _pre(c, mark, previous if previous and previous.type == "direct" else None) \
            or _next_sentence(c, mark)
        quote = None
        if how is not None and how[1] is None and how[2] == "direct.post_demikian":
            # '"…," demikian bunyi pernyataan itu.': the statement the sentence before told of (in the
            # paragraph before, where the quote opens its own)
            earlier = _previous_sentence(c, mark) or (
                _previous_paragraph(c, para) if para is not None and c.layout.paragraphs[para].start == mark.open else None)
            if earlier is not None:
                how = (how[0], earlier[1], how[2])
        if how is not None:
            cue, who, rule = how
            quote = Quote("direct", c.text[mark.start:mark.end], mark.start, mark.end, rule, cue, who)
        elif not _is_fragment(c, mark):
            at_para_start = para is not None and c.layout.paragraphs[para].start == mark.open
            earlier = _previous_sentence(c, mark)
            actor = _previous_actor(c, mark) if earlier is None else None
            if earlier is not None:
                cue, who = earlier
                quote = Quote("direct", c.text[mark.start:mark.end], mark.start, mark.end, "direct.previous_sentence",
                              cue, who)
            elif actor is not None:
                quote = Quote("direct", c.text[mark.start:mark.end], mark.start, mark.end, "direct.previous_actor",
                              None, actor)
            elif previous is not None and previous.mention is not None and prev_para is not None and (
                    (at_para_start and _adjacent(c, prev_para, para)) or prev_para == para):
                quote = Quote("direct", c.text[mark.start:mark.end], mark.start, mark.end, "direct.continued",
                              None, _answerer(c, found) if at_para_start else previous.mention)
            elif at_para_start and (reported := _previous_paragraph(c, para)) is not None:
                cue, who = reported
                quote = Quote("direct", c.text[mark.start:mark.end], mark.start, mark.end,
                              "direct.previous_paragraph", cue, who)
            elif _words(c.text[mark.start:mark.end]) >= MIN_UNATTRIBUTED_WORDS:
                quote = Quote("direct", c.text[mark.start:mark.end], mark.start, mark.end, "direct.unattributed")
        if quote is not None:
            found.append(quote)
            previous, prev_para = quote, c.layout.paragraph_at(mark.end - 1)
    return found


def _after_relative(c: _Ctx, s: int, cue: Cue) -> bool:
    """The word before the cue is a relative pronoun ("yang meminta")."""
    before = RE_LAST_WORD.search(c.text, max(s, cue.start - LAST_WORD_CHARS), cue.start)
    return before is not None and before.group(1).casefold() in c.grammar.words("relative")


def _names_a_term(c: _Ctx, mark: Mark) -> bool:
    """The marks follow a noun that names what they hold ("istilah", "program", "julukan") and
    a lowercase word follows them: the span is a term the sentence speaks of."""
    before = RE_LAST_TERM_WORD.search(c.text, max(0, mark.open - LAST_WORD_CHARS), mark.open)
    after = c.text[(mark.close or mark.end):(mark.close or mark.end) + 2].lstrip()
    return (before is not None and before.group(1).casefold() in c.grammar.words("term_nouns")
            and not c.text[before.end(1):mark.open].strip() and (after[:1].islower() or after[:1] == ","))


LAST_WORD_CHARS = 30
RE_LAST_TERM_WORD = regex.compile(r"(?r)([\p{L}-]+)\W*$")  # "in-game" whole, before "‘Draxx’"


def _closed_by_cue(c: _Ctx, mark: Mark) -> Mark:
    """A mark never closed whose words run into ', seru Rafael' or ', ujarnya': the quote ends at
    that comma, where the closing mark was left out."""
    for cue in _cues_in(c, mark.start, mark.end):
        if cue.kind == "short" and c.text[cue.start - 2:cue.start] == ", " and (
                cue.clitic or RE_NAME_NEXT.match(c.text, cue.end)):
            return Mark(mark.start, cue.start - 2, mark.open, cue.start - 1, "marks.closed_by_cue")
    return mark


def _previous_paragraph(c: _Ctx, para: int) -> tuple[Cue, Mention] | None:
    """A quote standing alone as a paragraph, after one that ends by telling who said what
    ("X menyatakan komisinya siap menampung usulan." then "“Pintu kami terbuka.”"): X's."""
    if para < 1 or not _adjacent(c, para - 1, para):
        return None
    s, e = _sentence(c, c.layout.paragraphs[para - 1].end - 1)
    return speaker_of_sentence(c, s, e)


def _adjacent(c: _Ctx, a: int, b: int | None) -> bool:
    """Paragraph b follows paragraph a with nothing but body text between (no headline, caption)."""
    if b is None or b <= a:
        return b == a
    return all(p.kind == "body" for p in c.layout.paragraphs[a + 1:b + 1]) and b - a <= 2


# -- indirect quotes ----------------------------------------------------------------------------

MAX_AGENT_WORDS = 3  # "para tersangka" in "modus yang digunakan para tersangka tergolong rapi"


def is_content_clause(clause: str, grammar: Grammar, *, strict: bool = True, request: bool = False,
                      predicate: bool = False, short: int = SHORT_CLAUSE_WORDS) -> bool:
    """A clause with a predicate ("harga akan naik"), not an object ("kronologi insiden itu").

    Args:
        strict: for verbs that often take a noun phrase (menjelaskan, mengungkapkan), a short clause
            needs a predicate; after a verb of saying (mengatakan, memastikan) it need not.
        request: look for the predicate only before "untuk"/"kepada" too (after "meminta").
        predicate: however long, the clause needs a predicate ("BI mencatat posisi cadangan devisa
            … sebesar US$154,5 miliar" records a figure; "BPS mencatat inflasi mencapai 2,87 persen" claims).
        short: the most words a strict clause with no predicate found may have and be no claim.
    """
    words = _clause_words(clause)
    if words and all(w.isdigit() or w.capitalize() in grammar.words("day_names") or w.capitalize() in grammar.words("months")
                     for w in words):
        return False  # ("Menurut Sitti, Senin (18/8/2025).": when, not what)
    # ("menyebut soal dan perlengkapan ujian masih tertahan": "soal" listed with another noun is the
    # noun, exam questions, not "about")
    if not words or words[0] in grammar.words("topic_markers") and not (
            len(words) > 2 and words[1] in grammar.words("list_conjunctions")):
        return False
    # (for a verb that needs a predicate, one after "dengan" is an adjunct's: "memaparkan empat opsi
    # anggaran dengan kondisi teknis berbeda", "menjawab keluhan itu dengan memperluas program")
    breaks = (grammar.words("clause_breaks") | (grammar.words("predicate_breaks") if predicate else frozenset())
              | (grammar.words("request_breaks") if request else frozenset()))
    if (words[0] in grammar.words("time_conjunctions") and len(words) > 1 and _predicate(words[1], grammar)
            and "," not in clause and not any(_predicate(w, grammar) for w in words[2:])):
        # "berbicara saat naik angkutan umum": when, not what ("saat ini harga naik", "sebelum
        # berangkat, seluruh penumpang …" and "setelah tiba di Jakarta Hendra Kusuma akan diperiksa …"
        # say what)
        return False
    predicate_at = next((i for i, w in enumerate(_until(words, breaks)) if _predicate_in(words, i, grammar)), None)
    if predicate_at is None:
        # ("sebagian ekonom yang disurvei memperkirakan BI menahan suku bunga": a relative clause of one
        # passive verb, then the clause's own predicate)
        # ("modus yang digunakan para tersangka tergolong rapi": its agent after the passive verb)
        k = next((i for i, w in enumerate(words) if i and w in grammar.words("relative")), None)
        if k is not None and k + 2 < len(words) and grammar.pattern("passive").match(words[k + 1]):
            # (with words after it: "kisah yang dialami warga desa terpencil" ends on an adjective)
            predicate_at = next((j for j in range(k + 2, min(len(words) - 1, k + 2 + MAX_AGENT_WORDS + 1))
                                 if not grammar.pattern("passive").match(words[j]) and _predicate_in(words, j, grammar)
                                 and not (j > k + 2 and words[j - 1] in grammar.words("relative"))), None)
            if predicate_at is not None and any(_predicate(w, grammar) or w in breaks for w in words[k + 2:predicate_at]):
                predicate_at = None  # (the agent is a noun phrase: no verb, no break before the predicate)
    if strict and predicate_at == 0 and _nominalised(words[0], grammar):
        # "menyoroti meningkatnya kredit macet …", "mengeluhkan berkurangnya jadwal kapal": a verb made a
        # noun by -nya names what is spoken of; the clause claims only with a predicate after it
        # ("menilai meningkatnya kredit macet menjadi ancaman")
        predicate_at = next((i for i, w in enumerate(_until(words, breaks)) if i and _predicate_in(words, i, grammar)), None)
        if predicate_at is None:
            return False
    if strict and words[0] in grammar.words("topic_nouns") and predicate_at is None:
        return False  # "menyoroti istilah … yang ramai dipakai", "menyinggung program …": a topic, no claim
    if (predicate_at is None and len(words) <= MAX_ADJUNCT_WORDS and "," not in clause
            and words[0] in grammar.words("adjunct_prepositions") | grammar.words("place_prepositions")):
        return False  # "kembali bersuara pada Rabu pagi": when and where, not what
    if strict and words[0] in grammar.words("nominal_heads"):
        return False  # "menekankan pentingnya tafsir bersyarat": the importance of something, no claim
    after_object, demonstratives = grammar.words("after_object"), grammar.words("demonstratives")
    for d, w in enumerate(words[:4]):
        if w in demonstratives and (predicate_at is None or predicate_at > d):
            if d == len(words) - 1:
                return False
            # "kronologi insiden itu kepada wartawan": an object; but "inflasi provinsi itu pada
            # Oktober mencapai 2,87 persen" has its own predicate after the time
            if words[d + 1] in after_object and (predicate_at is None or any(
                    x in grammar.words("list_conjunctions") for x in words[d + 1:predicate_at])):
                return False
    if predicate:
        # (in the clause itself, not in a relative clause of its object: "mencontohkan sejumlah
        # kebocoran data … yang tak pernah jelas penyelesaiannya" names examples, claims nothing;
        # and a count is recorded, not claimed, unless its own predicate comes before a comma:
        # "mencatat 48.312 kasus malaria sepanjang semester I, naik 18 persen")
        if predicate_at is not None and (words[0][:1].isdigit() or words[0] in grammar.words("quantity_words")
                                         or words[0] in grammar.words("amount_openers")):
            # (an apposition set off by commas is no end: "dua klub Premier League, yakni Brentford dan
            # Fulham, telah mengirim pemandu bakat")
            parts = clause.split(", ")
            set_off = [bool(RE_WORDS.findall(part)[:1]) and RE_WORDS.findall(part)[0].casefold()
                       in grammar.words("appositive_markers") for part in parts]
            head = next((k for k in range(1, len(parts)) if not set_off[k] and not set_off[k - 1]), len(parts))
            return predicate_at < len(RE_WORDS.findall(", ".join(parts[:head])))
        return predicate_at is not None
    return predicate_at is not None or not strict or len(words) > short


def _clause_words(clause: str) -> list[str]:
    """The words of a clause in lower case, but for the capitalised ones after the first: names
    ("Medan", "Merauke"), never a verb whatever their shape."""
    return [w.casefold() if i == 0 or not w[:1].isupper() else w for i, w in enumerate(RE_WORDS.findall(clause))]


def _until(words: list[str], breaks: frozenset[str]) -> list[str]:
    """The words up to the first break word (a break word first in the clause does not count)."""
    for i, w in enumerate(words):
        if i and w in breaks:
            return words[:i]
    return words


def _nominalised(word: str, grammar: Grammar) -> bool:
    """A verb or adjective made a noun by -nya ("meningkatnya", "berkurangnya", "adanya")."""
    return word.endswith("nya") and len(word) > MIN_NOMINALISED_CHARS and _predicate(word[:-3], grammar)


MIN_NOMINALISED_CHARS = 5  # ("adanya"; not "nya" of a short word)


def _predicate(word: str, grammar: Grammar) -> bool:
    return word in grammar.words("predicate_words") or grammar.is_verb(word)


def _predicate_in(words: list[str], i: int, grammar: Grammar) -> bool:
    """words[i] is a predicate of the clause. "baru" is one before a predicate or an amount ("harga baru
    naik", "realisasi baru 30 persen"), an adjective elsewhere ("menolak sejumlah pasal baru", "tarif
    impor baru Amerika Serikat"); a ber-/ter- word before a demonstrative or a relative clause is one
    too ("perseteruan terbuka itu", "pupuk bersubsidi yang ...")."""
    if not i and _opens_with_feeling(words, grammar):
        return True  # "mengaku kecewa dengan putusan tersebut", "tidak gentar": how the subject feels, said of itself
    if not _predicate(words[i], grammar):
        return False
    if not i:
        return True
    after = words[i + 1] if i + 1 < len(words) else None
    if words[i] in grammar.words("adjectival_predicates"):
        return after is not None and (_predicate(after, grammar) or after[0].isdigit()
                                      or after in grammar.words("quantity_words"))
    if grammar.pattern("adjectival_verb").match(words[i]):
        return not (after in grammar.words("demonstratives") or after in grammar.words("relative"))
    return True


def _is_request(clause: str, grammar: Grammar) -> bool:
    """'meminta pimpinan DPRD segera menjadwalkan …' is a request; 'meminta bantuan kepada NATO
    untuk …' is an act: a request names who is to act, then what, before any "untuk"/"kepada"."""
    words = _clause_words(clause)
    breaks = grammar.words("clause_breaks") | grammar.words("request_breaks")
    relative = grammar.words("relative")
    skip = False
    for i, w in enumerate(words):
        if skip and _predicate(w, grammar):
            skip = False  # "meminta warga yang mengungsi tidak kembali": the relative clause's own verb
            continue
        if w in relative and i > 0:
            skip = True
            continue
        if w in breaks:
            return False
        if _predicate_in(words, i, grammar):
            return i > 0
    return False


def _entry(c: "_Ctx", cue: Cue):
    """The lexicon entry of a cue found in the text, or None."""
    return c.mctx.lang.cues.get(" ".join(cue.text.casefold().split()))


def _p(c: "_Ctx", name: str) -> regex.Pattern:
    """A pattern of the language's grammar data."""
    return c.grammar.pattern(name)


FRAGMENT_MAX_CHARS = 80  # a fragment in marks that a clause goes on after is short
RE_LOWER_WORD_AFTER = regex.compile(r" (\p{Ll}+)\b")
RE_JOINING_WORD = regex.compile(r"(\p{Ll}+) ")  # "maupun " before the verb it joins
SWITCHED_SUBJECT_WORDS = 8  # words of another subject between a conjunction and its verb


def _clause(c: _Ctx, start: int, end: int, *, coordinated: bool = True,
            least: int = MIN_CLAUSE_WORDS) -> tuple[int, int] | None:
    """Trim a content clause: no final stop, no trailing source phrase, at least a few words, and
    not the next statement of the same speaker ("menyebut A dan meminta B"; with `coordinated`
    False, a clause after "Menurut X," whose speaker has no verb of their own to coordinate with:
    "investor kini lebih selektif dan menuntut jalur yang jelas" is one)."""
    tail = _p(c, "clause_tail").search(c.text, start, end)
    if tail:
        end = tail.start()
    first = RE_FIRST_WORD.match(c.text, start, end)
    if first is not None and first.group().casefold() in c.grammar.words("own_side_subjects"):
        # "menyatakan kliennya akan kooperatif, tetapi membantah menerima uang": a clause whose subject
        # is the speaker's own side has the verb coordinated after it as its own, one claim
        coordinated = False
    for cue in _cues_in(c, start, end) if coordinated else ():
        joined = _p(c, "verb_coordination").search(c.text, start, cue.start) if cue.kind == "verb" else None
        if joined is not None:
            end = joined.start()
            break
        switched = _switched_subject(c, start, cue) if cue.kind == "verb" else None
        if switched is not None:
            end = switched
            break
    stripped = _cut_end(RE_TRAILING_SPACE, _cut_end(RE_FINAL_STOP, _cut_end(RE_TRAILING_SPACE, _cut_end(
        RE_EDITOR_CODE, c.text[start:end]))))
    end = start + len(stripped)
    if not _has_words(stripped, least):
        return None
    return start, end


def _switched_subject(c: _Ctx, start: int, cue: Cue) -> int | None:
    """Where a clause ends before another person's own statement, joined by a conjunction: in "Bima
    mengaku mereka kehilangan fokus, sementara Laras menyebut servis pendeknya kerap dibaca lawan",
    Laras's is no part of what Bima admits."""
    switch = None
    for switch in _p(c, "subject_switch").finditer(c.text, start, cue.start):
        pass
    if switch is None or _words(c.text[switch.end():cue.start]) > SWITCHED_SUBJECT_WORDS:
        return None
    who = mentions.before(c.text, switch.end(), cue.start, c.mctx)
    return switch.start() if who is not None and who.kind == "person" else None


def _cut_end(pattern: regex.Pattern, text: str) -> str:
    """`text` without what `pattern` (anchored at the end) matches."""
    m = pattern.search(text)
    return text if m is None else text[:m.start()] + text[m.end():]


def _has_words(text: str, n: int) -> bool:
    """`text` has at least `n` words (counted no further than that)."""
    return n <= 0 or any(i >= n for i, _m in enumerate(RE_WORDS.finditer(text), 1))


def _content_start(c: _Ctx, pos: int, end: int) -> tuple[int, str | None]:
    for _ in range(3):
        at = _clause_start(c, pos, end)[0]
        # "mengaku kepada kantor berita tersebut sudah dua kali melapor": whom it was said to (an
        # outlet the source phrases read), before any adjunct up to a comma
        told = _told_at(c, at)
        if told is not None:
            pos = told
            continue
        m = _p(c, "adjunct").match(c.text, at, end)
        if not m or _clause_not_adjunct(c, m.group()):
            break
        pos = m.end()
    return _clause_start(c, pos, end)


def _clause_not_adjunct(c: _Ctx, words: str) -> bool:
    """What the adjunct pattern read up to a comma is a clause of its own after a preposition that
    opens it ("dalam sepekan terakhir bangsal anak merawat 63 pasien DBD,"): a preposition's phrase
    holds no verb of its own but in a relative clause ("dalam rapat yang membahas anggaran,")."""
    said = _clause_words(words)
    grammar = c.grammar
    if not said or said[0] not in grammar.words("adjunct_prepositions"):
        return False
    # (from the word after the preposition's object: "dalam menjalankan tugas," is one)
    for w in said[2:]:
        if w in grammar.words("relative"):
            return False
        if grammar.pattern("active_verb").match(w) and grammar.is_verb(w):
            return True
    return False


def _told_at(c: _Ctx, pos: int) -> int | None:
    """Where a "kepada <outlet>" phrase starting at `pos` ends, if one does."""
    i = bisect.bisect_left(c.phrase_starts, pos)
    if i < len(c.phrases) and c.phrases[i].start == pos and c.phrases[i].kind == "kepada":
        return c.phrases[i].outlets[-1].end
    return None


def _clause_start(c: _Ctx, pos: int, end: int) -> tuple[int, str | None]:
    m = _p(c, "clause_start").match(c.text, pos, end)
    return m.end(), m.group("comp")


def _indirect_verb(c: _Ctx, cue: Cue) -> Quote | None:
    s, e = _sentence(c, cue.start)
    last = RE_LAST_WORD.search(c.text, max(s, cue.start - LAST_WORD_CHARS), cue.start)
    if last is not None and last.group(1).casefold() in c.grammar.words("intent_words"):
        return None  # "Pemprov DKI berencana melanjutkan normalisasi": what someone means to do, not said
    if (last is not None and last.group(1).casefold() in c.grammar.words("negations") and last.end(1) + 1 == cue.start
            and cue.lemma not in c.grammar.words("denial_lemmas")):
        return None  # "tidak menjawab pesan", "belum memastikan": nothing said (but "tak menampik" admits)
    start, comp = _content_start(c, cue.end, e)
    joined = RE_JOINING_WORD.match(c.text, start, e)
    if joined is not None and joined.group(1) in c.grammar.words("list_conjunctions") and joined.end() in c.cue_at:
        return None  # "tidak membantah maupun membenarkan", "mengatakan dan menegaskan …": the verbs joined
    entry = _entry(c, cue)
    if entry is not None and entry.needs_complementizer and _after_relative(c, s, cue):
        return None  # "seorang warga yang meminta namanya tidak ditulis": a request that describes its asker
    if ("," in c.text[cue.end:start] or ", " in c.text[cue.end:e]) and _in_opening_clause(c, s, cue.start):
        return None  # "Belum sempat Sugeng menjawab, kuasa hukumnya menyela": the comma ends a subordinate clause
    same = _p(c, "same_thing").match(c.text, cue.end)
    if same is not None:
        # "mengatakan hal senada saat meninjau posko": the same thing as someone before, not what; but
        # "mengatakan hal senada: <clause>" says it again
        if not same.group("colon"):
            return None
        start = same.end()
    if (RE_OPEN_MARK.match(c.text, start) and not (start == cue.end + 1 and _fragment_opens(c, start, e))
            or (back := _p(c, "backref_object").match(c.text, cue.end)) is not None and not _predicate_follows(c, back.end(), e)
            or RE_ADVERB_TO_MARK.match(c.text, cue.end)):  # ("berkata pendek, "…"": the marks are the quote)
        return None
    # (after "bahwa" two words are a claim: "mengatakan bahwa harga naik")
    least = (MIN_COMPLEMENT_WORDS if comp in c.grammar.words("request_complementizers")
             # ("mengaku menyesal", "mengaku tidak gentar": how the subject feels is a claim however
             # short; "membantah makanannya basi": so is what is denied, with its predicate)
             else 1 if _feeling(c, start, e) else DENIED_MIN_WORDS if cue.lemma in c.grammar.words("denial_lemmas")
             else MIN_CLAUSE_WORDS)
    span = _clause(c, start, e, least=least)
    if span is None:
        return None
    clause = c.text[span[0]:span[1]]
    strict = (entry is None or entry.object_prone) and comp is None
    # ("menyampaikan, pengadaan masker dalam proses pengujian": a comma opens a clause)
    predicate = entry is not None and entry.needs_predicate and comp is None and "," not in c.text[cue.end:start]
    who = None
    if (strict or predicate) and getattr(entry, "reports", False):
        # "The Guardian juga melaporkan sebagian area …": what an outlet reports is the clause after its
        # verb, which needs no comma nor predicate's shape to be one (a person "melaporkan kasus itu ke
        # polisi" reports a case, an outlet a story)
        who = mentions.before(c.text, _after_fronted_source(c, s, cue.start), cue.start, c.mctx)
        if _outlet_named(c, who) is not None:
            strict = predicate = False
    if entry is not None and entry.needs_complementizer and comp not in c.grammar.words("request_complementizers"):
        if not _is_request(clause, c.grammar):
            return None
    elif not is_content_clause(clause, c.grammar, strict=strict, predicate=predicate,
                               # (what is denied is a claim however short: "membantah pasokan beras langka")
                               short=DENIED_CLAUSE_WORDS if cue.lemma in c.grammar.words("denial_lemmas") else SHORT_CLAUSE_WORDS):
        return None
    if who is None:
        who = mentions.before(c.text, _after_fronted_source(c, s, cue.start), cue.start, c.mctx)
    if who is None:
        who = _shared_subject(c, s, cue, last)
    if who is None:
        return None
    span = _past_addressee(c, span)
    return Quote("indirect", c.text[span[0]:span[1]], span[0], span[1], "indirect.verb", cue, who)


def _fragment_opens(c: _Ctx, start: int, end: int) -> bool:
    """The clause at `start` opens with words in marks that its own predicate goes on after, inside
    the sentence: 'Ia menyebut “hujan ekstrem di luar musim” makin sering terjadi' is mixed."""
    i = bisect.bisect_left(c.marks, start, key=lambda m: m.open)
    mark = c.marks[i] if i < len(c.marks) and c.marks[i].open == start else None
    if mark is None or mark.close is None or mark.close >= end or mark.end - mark.start > FRAGMENT_MAX_CHARS:
        return False
    after = RE_LOWER_WORD_AFTER.match(c.text, mark.close, end)
    # (not a quote of its own, closed by its stop or comma: '"…," yang berarti …' glosses it)
    return (after is not None and c.cue_at.get(after.start(1)) is None and after.group(1) not in c.grammar.words("relative")
            and c.text[mark.end - 1:mark.end] not in ",.!?")


def _predicate_follows(c: _Ctx, pos: int, end: int) -> bool:
    """A predicate opens the words at `pos`: "mengatakan hal itu masih dibahas" reports that the matter
    is still discussed ("hal itu" is the clause's subject), "mengatakan hal itu kepada wartawan" does not."""
    words = _clause_words(c.text[pos:end])
    k = next((i for i, w in enumerate(words) if w not in c.grammar.words("predicate_adverbs")), len(words))
    return k < len(words) and _predicate_in(words, k, c.grammar)


def _feeling(c: _Ctx, start: int, end: int) -> bool:
    """The clause at `start` opens with how its subject feels."""
    return _opens_with_feeling(_clause_words(c.text[start:end])[:3], c.grammar)


def _opens_with_feeling(words: list[str], grammar: Grammar) -> bool:
    """The words open with how their subject feels, negated, graded or not ("menyesal", "tidak gentar",
    "masih trauma", "sangat kecewa")."""
    k = 0
    while k < len(words) and (words[k] in grammar.words("negations") or words[k] in grammar.words("feeling_modifiers")):
        k += 1
    # (a word doubled with a hyphen is read as two: "pikir-pikir", a stance on a verdict)
    return k < len(words) and (words[k] in grammar.words("feeling_words")
                               or "-".join(words[k:k + 2]) in grammar.words("feeling_words"))


def _in_opening_clause(c: _Ctx, s: int, pos: int) -> bool:
    """`pos` stands in a subordinate clause that opens its sentence (at `s`) and has no comma before
    it: "Saat Budi menjelaskan", "Belum sempat Sugeng menjawab"."""
    return ", " not in c.text[s:pos] and mentions.opens_subordinate(c.text, s, pos, c.grammar)


def _past_addressee(c: _Ctx, span: tuple[int, int]) -> tuple[int, int]:
    """"mengingatkan para distributor lain di Sumsel agar tidak menghalangi penyidikan": whom a
    request is made of comes before "agar" (a phrase with no predicate); what is asked follows it."""
    m = _p(c, "addressee").match(c.text, span[0], span[1])
    if m is None or any(_predicate(w, c.grammar) for w in _clause_words(m.group(1))):
        return span
    return (m.end(), span[1]) if _has_words(c.text[m.end():span[1]], MIN_CLAUSE_WORDS) else span


def _shared_subject(c: _Ctx, s: int, cue: Cue, last: regex.Match | None) -> Mention | None:
    """"Sugeng terdiam beberapa saat sebelum mengakui …": a verb after "sebelum", "sambil", "lalu"
    (`last`: the word before the cue) has the subject that opens the sentence (its words in
    capitals up to the first verb)."""
    if last is None or last.group(1) not in c.grammar.words("shared_subject_links"):
        return None
    run = RE_CAPITALISED_RUN.match(c.text, s, cue.start)
    if run is None or not RE_LOWER_NEXT.match(c.text, run.end()):
        return None
    who = mentions.before(c.text, s, run.end() + 1, c.mctx)
    # (a person the article names in full: "Sugeng" of "Sugeng Riyadi", not "Donor darah dilakukan")
    if who is None or not (who.kind == "pronoun" or who.kind == "person" and (
            " " in who.name or c.mctx.pairs_from(who.name))):
        return None
    return who


def _reporting_outlet(c: _Ctx, q: Quote):
    """The outlet that `q` attributes to by "menurut" ("Menurut (laporan) Reuters, …") or by a verb
    of reporting ("Kantor berita Kyodo melaporkan, …"), if any."""
    if q.cue is None or not (q.cue.kind == "according" or q.cue.kind == "verb" and getattr(_entry(c, q.cue), "reports", False)):
        return None
    return _outlet_named(c, q.mention)


def _described_outlet_before(c: _Ctx, m: Mention) -> bool:
    """What an outlet is, and where from, set off before the mention ("Media Thailand, Siam Sport,",
    "Surat kabar Nigeria, Punch,"): the mention names an outlet."""
    lang = c.mctx.lang
    if c.text[m.start - 2:m.start] != ", ":
        return False
    before = c.text[max(0, m.start - 60):m.start - 2]
    for prefix in lang.outlet_prefixes:
        at = before.casefold().rfind(prefix.casefold())
        if at < 0 or (at and before[at - 1].isalnum()):
            continue
        # ("Kantor berita resmi Senegal, APS,": what kind of outlet, and whose)
        rest = mentions.without_outlet_modifiers(before[at + len(prefix):].strip(), lang)
        if not rest or rest in lang.countries:
            return True
    return False


def _outlet_named(c: _Ctx, m: Mention | None):
    """The gazetteer outlet an organisation's mention names, as written or by its canonical name."""
    if m is None or m.kind != "organization":
        return None
    lang = c.mctx.lang
    defined = _defined_outlet(c, m.text)
    found = lang.outlet_by_alias.get((defined or m.text).casefold()) or lang.outlet_by_alias.get(m.name.casefold())
    short = sources.RE_SHORT_FORM_AFTER.search(m.text) if found is None else None
    if short is not None and short.end() == len(m.text):
        # "Saudi Press Agency (SPA) melaporkan": the outlet under its name or the short form it is given
        found = (lang.outlet_by_alias.get(m.text[:short.start()].casefold())
                 or lang.outlet_by_alias.get(short.group(1).casefold()))
    return found


def _coordinated(c: _Ctx, cue: Cue, found: list[Quote]) -> Quote | None:
    """"X menyebut A dan meminta B", "X mengatakan A, tetapi menilai B": the second verb's statement
    is X's too."""
    previous = found[-1] if found else None
    s, e = _sentence(c, cue.start)
    if previous is None or previous.cue is None or previous.cue.start < s or previous.mention is None \
            or previous.end > cue.start or not _p(c, "verb_coordination").search(c.text, previous.end, cue.start):
        return None
    start, comp = _content_start(c, cue.end, e)
    span = _clause(c, start, e)
    if span is None or not is_content_clause(c.text[span[0]:span[1]], c.grammar, strict=False):
        return None
    entry = _entry(c, cue)
    if (entry is not None and entry.needs_complementizer and comp not in c.grammar.words("request_complementizers")
            and not _is_request(c.text[span[0]:span[1]], c.grammar)):
        return None  # "memeriksa 23 saksi dan meminta audit dari Inspektorat": an act, no request
    return Quote("indirect", c.text[span[0]:span[1]], span[0], span[1], "indirect.coordinated", cue, previous.mention)


def _after_fronted_source(c: _Ctx, s: int, pos: int) -> int:
    """Where the subject may start: after a source phrase that opens the sentence ("Dikutip
    detikHealth dari Kyodo, Jepang mengonfirmasi ..."), which is no part of it."""
    for phrase in c.phrases[bisect.bisect_left(c.phrase_starts, s):]:
        if phrase.start > pos:
            break
        if not c.text[s:phrase.start].strip(" ,") and phrase.outlets[-1].end < pos:
            m = RE_TO_COMMA.match(c.text[phrase.outlets[-1].end:pos])
            if m is not None:
                return phrase.outlets[-1].end + m.end()
    return s


def _indirect_post(c: _Ctx, cue: Cue) -> Quote | None:
    """`<clause>, kata X.` and `<clause>, menurut X.`"""
    s, e = _sentence(c, cue.start)
    comma = c.text.rfind(",", s, cue.start)
    if comma < 0 or c.text[comma + 1:cue.start].strip():
        return None
    if RE_OPEN_MARK.match(c.text, s) or _inside_mark(c, comma - 1):
        return None
    who = _speaker_after(c, cue, e)
    if who is None:
        return None
    if cue.kind == "according" and (not RE_SENTENCE_REST.fullmatch(c.text, who.end, e)
                                    or _ends_with_conjunction(c, s, comma) or _adjunct_before(c, s, who.end, e)):
        return None  # "Sebab, …, menurut Doni, masyarakat …", "… dan, menurut X, …": the content follows
    span = _clause(c, s, comma)
    if span is None:
        return None
    return Quote("indirect", c.text[span[0]:span[1]], span[0], span[1], "indirect.post", cue, who)


def _adjunct_before(c: _Ctx, s: int, end: int, e: int) -> bool:
    """"Dalam konteks desa, menurut Gunawan, pembatasan … sudah cukup": the sentence opens with an
    adjunct (a preposition's phrase) and a clause follows the speaker: that clause is what they hold."""
    first = RE_FIRST_WORD.match(c.text, s)
    rest = c.text[end:e]
    return (first is not None and first.group().casefold() in c.grammar.words("fronted_adjunct_prepositions")
            and rest.startswith(",") and _words(rest) >= MIN_CLAUSE_WORDS)


def _ends_with_conjunction(c: _Ctx, s: int, pos: int) -> bool:
    """The words before `pos` end with "dan", "tetapi", ...: what follows is a clause of its own."""
    last = RE_LAST_WORD.search(c.text, s, pos)
    return last is not None and last.group(1).casefold() in c.grammar.words("clause_conjunctions")


def _fronted_clitic(c: _Ctx, cue: Cue) -> bool:
    """A clitic cue before the clause it reports, as "Menurutnya,": "Katanya, tahun lalu ia …" opening
    the sentence, or any one set off inside it ("Sejauh ini, lanjutnya, pihaknya …"); a sentence
    that opens with "Jelasnya," or "Tegasnya," says "in short"."""
    if not cue.clitic or c.text[cue.end:cue.end + 1] != ",":
        return False
    s, _e = _sentence(c, cue.start)
    if c.text[s:cue.start].strip():
        return c.text[s:cue.start].rstrip().endswith(",")
    return cue.lemma in c.grammar.words("sentence_opening_clitic_cues")


def _after_opener(c: _Ctx, cue: Cue) -> bool:
    """"Sejauh ini, kata dia, penyidik sudah menyita …", "Untuk itu, kata Hadi, pihaknya …": a short
    cue set off by commas after a few words that open the sentence and say no claim of their own
    (no predicate): what it reports follows it."""
    return not cue.clitic and _set_off_after(c, cue, MAX_OPENER_WORDS)


def _set_off_after(c: _Ctx, cue: Cue, most: int) -> bool:
    """The cue is set off by commas after at most `most` words that open its sentence, none of them
    a predicate but in a relative clause ("Istilah 'zona kemanusiaan' yang dijanjikan sejumlah pihak,
    kata Rinaldi, ...": the clause tells which term)."""
    s, _e = _sentence(c, cue.start)
    opener = c.text[s:cue.start]
    if not opener.rstrip().endswith(","):
        return False
    words = _clause_words(opener)
    if 0 < len(words) <= most and words[0] in c.grammar.words("fronted_adjunct_prepositions") | c.grammar.words("subordinators"):
        return True  # ("Dalam sehari melaut, kata dia, ia kini …": an adjunct, its verb no claim)
    relative = next((k for k, w in enumerate(words) if k and w in c.grammar.words("relative")), len(words))
    return 0 < len(words) <= most and not any(_predicate(w, c.grammar) for w in words[:relative])


def _with_subject(c: _Ctx, cue: Cue, q: Quote | None) -> Quote | None:
    """The quote after a cue set off inside its sentence, from the sentence's start where the words
    before the cue are the subject of what follows it: "Draf revisi, kata dia, baru bisa diakses …"
    says that the draft became readable only late, the cue inside it. A clause with its own subject
    after the cue ("Tahun ini, kata dia, gudang koperasi …") keeps the words before as an adjunct."""
    if q is None or q.start < cue.end:
        return q
    s, _e = _sentence(c, cue.start)
    grammar = c.grammar
    # ("Namun, salah satu pelaku, kata dia, menodongkan …", "Sementara itu, …": a connective set off
    # first opens the sentence, not the subject)
    s = _past_connective(c, s, cue.start)
    opener = c.text[s:cue.start].rstrip()
    words = _clause_words(opener)
    if (not opener.endswith(",") or RE_SETTING_OFF_COMMA.search(opener[:-1]) or not 0 < len(words) <= _most_subject_words(words, grammar)
            or words[0] in grammar.words("fronted_adjunct_prepositions") | grammar.words("subordinators")
            | grammar.words("clause_conjunctions") | grammar.words("adjunct_openers")
            or RE_OPEN_MARK.match(c.text, s)):
        return q
    after = _clause_words(q.text)
    k = next((i for i, w in enumerate(after) if w not in grammar.words("predicate_adverbs")), len(after))
    if k == len(after) or not _predicate_in(after, k, grammar):
        return q
    start = s + len(c.text[s:cue.start]) - len(c.text[s:cue.start].lstrip())
    return dataclasses.replace(q, start=start, text=c.text[start:q.end])


RE_SETTING_OFF_COMMA = regex.compile(r",(?!\d)")  # not the decimal comma of "5,11 persen"


def _most_subject_words(words: list[str], grammar: Grammar) -> int:
    """The most words a subject set off before a cue may have: more where a relative clause tells which."""
    return MAX_SUBJECT_WORDS + (MAX_RELATIVE_WORDS if any(k and w in grammar.words("relative") for k, w in enumerate(words)) else 0)


def _past_connective(c: _Ctx, s: int, end: int) -> int:
    """Where the sentence at `s` goes on past a connective set off by a comma ("Namun, ", "Sementara
    itu, ", "Meski demikian, "); `s` where none opens it."""
    comma = c.text.find(", ", s, end)
    words = _clause_words(c.text[s:comma]) if comma > s else []
    grammar = c.grammar
    if (len(words) == 1 and words[0] in grammar.words("clause_conjunctions")
            or " ".join(words) in grammar.words("connectives")):
        return comma + 2
    return s


def _closes_description(c: _Ctx, start: int, end: int) -> bool:
    """text[start:end] is a word or two in lower case and a demonstrative (" nonaktif tersebut")."""
    words = c.text[start:end].split()
    return (1 < len(words) <= MAX_DESCRIPTION_TAIL + 1 and words[-1] in c.grammar.words("anaphoric")
            and all(mentions.is_lower(w[:1]) and w.isalpha() for w in words))


MAX_DESCRIPTION_TAIL = 2  # words in lower case between a fronted speaker's capitals and its "tersebut"


def _indirect_fronted(c: _Ctx, cue: Cue) -> Quote | None:
    """`Menurut X, <clause>`, `Menurutnya, <clause>`, `Ditambahkan X, <clause>`."""
    s, e = _sentence(c, cue.start)
    opener = c.text[s:cue.start]
    if opener.strip() and not opener.rstrip().endswith(","):
        return None
    if cue.clitic:
        who, after = _clitic(cue), cue.end
    else:
        who = mentions.after(c.text, _skip_oleh(c, cue.end), e, c.mctx)
        if who is None:
            return None
        after = who.end
    comma = c.text.find(",", after, e)
    # ("Menurut KPK, AH diduga menerima suap dari tiga kontraktor, yakni …": a verb after the name set
    # off makes it the subject of what the speaker holds)
    if (not cue.clitic and "," in c.text[cue.end:who.end]
            and (comma < 0 or _words(c.text[after:comma]) > 12
                 or any(c.grammar.is_verb(w) for w in RE_LOWERCASE_WORD.findall(c.text, after, comma)))):
        # "Menurut Kapolres, DV saat kejadian mabuk": the speaker ends at the comma, the name after it
        # opens what the speaker holds (no second comma closes it as the speaker's)
        cut = c.text.find(",", cue.end, who.end)
        who = mentions.after(c.text, _skip_oleh(c, cue.end), cut, c.mctx)
        if who is None:
            return None
        after, comma = who.end, cut
    if comma < 0 or _words(c.text[after:comma]) > 12:
        return None
    if not cue.clitic and _closes_description(c, after, comma):
        # "Menurut Bupati Manggarai Barat nonaktif tersebut,": the role and the words in lower case
        # after it are one description, which its demonstrative closes
        whole = mentions.classify(c.text, mentions.tokens(c.text, who.start, comma), c.mctx)
        if whole is not None and whole.kind == "anaphor":
            who = whole
    start, _comp = _content_start(c, comma + 1, e)
    if RE_OPEN_MARK.match(c.text, start):
        return None
    if who.kind == "person" and who.role is not None and c.text.find(who.role, who.end, e) >= start:
        # "Menurut Listyani, Kemendagri bisa turun tangan": the capitals after the comma are the
        # clause's subject, not the speaker's role
        who = dataclasses.replace(who, role=None)
    span = _clause(c, start, e, coordinated=cue.kind != "according")
    # ("Menurut dia, stok aman": what follows the comma is what they hold, however short)
    if span is None or not is_content_clause(c.text[span[0]:span[1]], c.grammar, strict=False):
        return None
    if any(ph.start <= span[0] and span[1] <= max([ph.end, *(n.end for n in ph.outlets)])
           for ph in (c.phrases[i] for i in c.phrase_spans.between(s, span[1]))):
        return None  # "«…», ujar Marchal kepada wartawan, seperti dikutip AFP": the source, not what was said
    return Quote("indirect", c.text[span[0]:span[1]], span[0], span[1], f"indirect.{cue.kind}_fronted", cue, who)


def _indirect_referred_back(c: _Ctx, cue: Cue) -> Quote | None:
    """"Polisi telah memeriksa tujuh saksi. Hal itu disampaikan Kapolres Malang AKBP Wahyu …": the
    sentence before, in the paragraph, with no quotation mark nor reporting verb of its own, is what
    the one named after the passive cue of "Hal itu …" said."""
    s, e = _sentence(c, cue.start)
    if _words(c.text[s:cue.start]) > MAX_BACKREF_WORDS or not _p(c, "backref").match(c.text, s):
        return None
    who = mentions.after(c.text, _skip_oleh(c, cue.end), e, c.mctx)
    before = c.layout.sentence_before(s)
    if who is None or before is None or c.layout.paragraph_at(before[0]) != c.layout.paragraph_at(s):
        return None
    start, end = before
    stop = c.text[start:end].rstrip()
    end = start + len(stop)
    if stop.endswith("."):
        end -= 1
    if (end - start < MIN_BACKREF_CHARS or RE_ANY_MARK.search(c.text, start, end) or _cues_in(c, start, end)
            or not is_content_clause(c.text[start:end], c.grammar, strict=False)):
        return None
    return Quote("indirect", c.text[start:end], start, end, "indirect.referred_back", cue, who)


MAX_BACKREF_WORDS = 3  # "Hal itu juga disampaikan": the words before the passive cue
MIN_BACKREF_CHARS = 20


def _linking_opener(c: _Ctx, words: str) -> bool:
    """"Sebelumnya", "Sementara itu": a time word or connective set off before what a sentence says."""
    folded = words.casefold()
    return folded in c.grammar.words("connectives") or folded in c.grammar.words("time_words")


def _group_stance(c: _Ctx, q: Quote) -> bool:
    """An unnamed group's request or act after a report ("Reuters melaporkan, sejumlah pembeli di Eropa
    mulai meminta bukti …", "Dilansir The Verge, sejumlah perusahaan teknologi meminta …", "…, sejumlah
    produsen mencatat penurunan …"): what the outlet reports the group did, no speech of the group's
    ("sejumlah pejabat mengakui …", "sejumlah analis memperkirakan …" is theirs, the outlet its source)."""
    return q.mention is not None and q.mention.kind == "group" and _act_verb(c, q.cue)


def _act_verb(c: _Ctx, cue: Cue | None) -> bool:
    """A verb that asks for something or tells of an act ("meminta", "mendorong", "mencatat")."""
    entry = _entry(c, cue) if cue is not None and cue.kind == "verb" else None
    return entry is not None and (entry.needs_complementizer or entry.needs_predicate)


def _report(c: _Ctx, phrase: SourcePhrase, verbs: list[int]) -> Quote | None:
    """`Dilansir AFP, <clause>`: the outlet reports the clause itself (`verbs`: where the cues of the
    quotes found start, sorted)."""
    s, e = _sentence(c, phrase.start)
    lead, comma, _ = c.text[s:phrase.start].partition(",")
    if comma and _linking_opener(c, lead.strip()):
        # "Sebelumnya, sebagaimana dilaporkan ESPN Brasil, <clause>": when or how it links, then the report
        s += len(lead) + 1
    opener = c.text[s:phrase.start].strip(" ,")
    if opener and opener.capitalize() not in c.grammar.words("report_openers") \
            and not _p(c, "report_opener").fullmatch(c.text[s:phrase.start].lstrip()):
        return None
    last = phrase.outlets[-1]
    m = RE_TO_COMMA.match(c.text[last.end:e])
    if m is None:
        return None
    start = last.end + m.end()
    day = _p(c, "day_set_off").match(c.text, start, e)
    if day is not None and day.group(1) in c.grammar.words("day_names"):
        start = day.end()  # "Seperti dilaporkan ABC News, Jumat (17/10/2025), <clause>": when, then what
    if bisect.bisect_left(verbs, start) < bisect.bisect_left(verbs, e) or RE_OPEN_MARK.match(c.text, start):
        return None
    for cue in _cues_in(c, start, e):
        last = RE_LAST_WORD.search(c.text, max(start, cue.start - LAST_WORD_CHARS), cue.start)
        if last is not None and last.group(1).casefold() in c.grammar.words("purpose_words"):
            continue  # ("memanggil Duta Besar China untuk menyampaikan protes": what for, no one's speech)
        entry = _entry(c, cue) if cue.kind == "verb" else None
        if cue.kind == "verb" and not getattr(entry, "needs_complementizer", False):
            who = mentions.before(c.text, start, cue.start, c.mctx)
            if who is not None and not (who.kind == "group" and _act_verb(c, cue)):
                return None  # the sentence tells of someone else's speech: the outlet is its source only
    span = _clause(c, start, e)
    if span is None:
        return None
    cue_start = s if c.text[s:phrase.start].strip(" ,") else phrase.start
    cue_text = c.text[cue_start:phrase.start].strip(" ,") or phrase.cue
    cue = Cue(cue_text, cue_start, cue_start + len(cue_text), "report", "report", f"report.{phrase.id}")
    outlet = phrase.outlets[0]
    who = Mention(outlet.name if c.text[outlet.start:outlet.end] == outlet.name else c.text[outlet.start:outlet.end],
                  outlet.start, outlet.end, outlet.name, None, "organization")
    return Quote("indirect", c.text[span[0]:span[1]], span[0], span[1], "indirect.report", cue, who)


def _indirect(c: _Ctx) -> list[Quote]:
    found = []
    for cue in c.cues:
        if _inside_mark(c, cue.start):
            continue
        if found and found[-1].start <= cue.start < found[-1].end and not _reporter(found[-1], c, None):
            outlet = _reporting_outlet(c, found[-1])
            q = _indirect_verb(c, cue) if outlet is not None and cue.kind == "verb" else None
            if (q is not None and q.mention is not None and q.mention.start == found[-1].start
                    and not _group_stance(c, q)):
                # "Menurut laporan Anadolu Agency, Badan Meteorologi Turki memperingatkan …", "Kantor berita
                # Kyodo melaporkan, sejumlah pejabat menilai …": the outlet reports who said it, as "Dilansir
                # AFP, X memperingatkan" does: X speaks, the outlet is the source
                q.sources = [Source(outlet.name, found[-1].cue.text, found[-1].cue.start, found[-1].cue.end, outlet.id)]
                found[-1] = q
            continue  # "X menilai pasar terlalu cepat berharap pada …": a report inside a report is its content
        q = None
        if cue.kind == "verb":
            q = _indirect_verb(c, cue) or _coordinated(c, cue, found)
        elif cue.kind in ("short", "according") and _set_off_after(c, cue, MAX_SUBJECT_WORDS):
            # "Dapur umum itu, kata Heru, akan beroperasi …", "Harga beras, menurut dia, masih tinggi":
            # the words before the cue are the subject of what follows it, no claim of their own
            q = _with_subject(c, cue, _indirect_fronted(c, cue)) or _indirect_post(c, cue)
        elif cue.kind == "short":
            # ("Anak-anak di daerah dengan bahasa ibu berbeda, kata Hanif, juga kesulitan …": a subject
            # with a word of a predicate's shape in it, then its predicate after the cue)
            fronted = _indirect_fronted(c, cue)
            q = (subject if (subject := _with_subject(c, cue, fronted)) is not None and subject.start < cue.start
                 else _indirect_post(c, cue) or (fronted if _fronted_clitic(c, cue) or _after_opener(c, cue) else None))
        elif cue.kind == "according":
            q = _indirect_post(c, cue) or _indirect_fronted(c, cue)
        elif cue.kind == "passive":
            q = _indirect_fronted(c, cue) or _indirect_referred_back(c, cue)
        if (q is not None and found and q.mention is not None and found[-1].start <= q.mention.start < found[-1].end
                and q.start > found[-1].end):
            # "Xinhua melaporkan, Beijing menyambut baik … dan mendesak semua pihak menahan diri": a verb
            # whose subject is inside the clause before continues that clause, whoever reports it
            prev = found[-1]
            prev.end, prev.text = q.end, c.text[prev.start:q.end]
            continue
        if q is not None:
            found.append(q)
    # a report attribution holds only a clause with no reporting verb of its own (but a group's stance)
    reported = sorted(q.cue.start for q in found if q.cue is not None and not _group_stance(c, q))
    for phrase in c.phrases:
        if phrase.kind in ("source", "report") and not _inside_mark(c, phrase.start):
            q = _report(c, phrase, reported)
            if q is not None:
                found = [f for f in found if not q.start <= f.start < q.end] + [q]
    return found


# -- merge and sources -------------------------------------------------------------------------

def _merge(direct: list[Quote], indirect: list[Quote], text: str) -> list[Quote]:
    """A marked span inside an indirect clause makes it mixed; overlaps keep the first found."""
    out: list[Quote] = []
    consumed: set[int] = set()
    direct = sorted(direct, key=lambda d: d.start)
    starts = Spans((d.start, d.start + 1) for d in direct)
    for q in sorted(indirect, key=lambda q: q.start):
        inner = [i for i in starts.between(q.start, q.end) if direct[i].end <= q.end]
        if inner:
            covered = sum(direct[i].end - direct[i].start for i in inner)
            if covered >= MIXED_MAX_SHARE * (q.end - q.start):
                continue
            q.type = "mixed"
            consumed.update(inner)
        out.append(q)
    out.extend(d for i, d in enumerate(direct) if i not in consumed)
    out.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    for q in out:
        if kept and q.start < kept[-1].end:
            if q.type == "direct" and kept[-1].type != "direct":
                kept[-1] = q
            continue
        kept.append(q)
    return kept


def _opens_with_comma(c: _Ctx, ph: SourcePhrase) -> bool:
    """"Seperti dilansir Reuters, …": the phrase and its outlets stand before a comma."""
    return bool(RE_COMMA_AFTER_OUTLET.match(c.text[ph.outlets[-1].end:ph.outlets[-1].end + 30]))


def _opens_paragraph(c: _Ctx, p_start: int, ph: SourcePhrase) -> bool:
    """The phrase opens its paragraph: at its start, or after an adjunct that opens it ("Di sisi
    lain, seperti dilansir The Guardian, …", "Dalam konferensi pers yang dikutip Tempo dari Arab
    News, …"; not "Presiden Joko Widodo mengatakan, seperti dilansir Antara, …")."""
    if ph.start - p_start < PARAGRAPH_OPENING:
        return True
    m = RE_OPENING_ADJUNCT.fullmatch(c.text, p_start, ph.start)
    return (m is not None and ph.start - p_start <= OPENING_ADJUNCT and not _cues_in(c, p_start, ph.start)
            and (m.group(1).casefold() in c.grammar.words("fronted_adjunct_prepositions")
                 or m.group(1).casefold() in c.mctx.lang.function_words))


def _attach_sources(c: _Ctx, quotes: list[Quote], publisher: str | None) -> None:
    lang = c.mctx.lang
    # (a publisher named by its site, "Tribunpekanbaru.com", is the outlet of that name)
    pub = (lang.outlet_by_alias.get(publisher.casefold()) or lang.outlet_by_alias.get(RE_WEB_SUFFIX.sub("", publisher).casefold())
           if publisher else None)
    for q in quotes:
        lo, hi = _sentence(c, q.start)[0], _sentence(c, max(q.start, q.end - 1))[1]
        # the source phrase may stand in the sentence of the quote, its cue or its speaker
        for part in (q.cue, q.mention):
            if part is not None:
                s, e = _sentence(c, part.start)
                lo, hi = min(lo, s), max(hi, e)
        para = c.layout.paragraph_at(q.start)
        near = set(c.phrase_spans.between(lo, hi))
        if para is not None:
            p_start = c.layout.paragraphs[para].start
            near.update(c.phrase_spans.between(p_start, p_start + OPENING_ADJUNCT))
        chosen, chosen_here = None, False
        for ph in (c.phrases[i] for i in sorted(near)):
            in_region = lo <= ph.start < hi and not (q.start <= ph.start < q.end and q.type == "direct")
            opening = (para is not None and c.layout.paragraphs[para].start == _sentence(c, ph.start)[0]
                       and _opens_paragraph(c, c.layout.paragraphs[para].start, ph)
                       and c.layout.paragraph_at(ph.start) == para and _opens_with_comma(c, ph))
            if not (in_region or opening):
                continue
            if _inside_mark(c, ph.start) is not None:
                continue
            if ph.kind in ("kepada", "again") and _publishers_own(lang, ph, pub):
                continue
            chosen, chosen_here = ph, in_region
            if in_region:
                break  # (a phrase of the quote's own sentence over the one its paragraph opens with:
                # "Sebagaimana dilaporkan Al Jazeera, … . Melansir Le Monde, <clause>")
        if chosen is None and para is not None:
            chosen = _source_said_after(c, hi, c.layout.paragraphs[para].end, pub)
            chosen_here = chosen is not None
        if chosen is not None:
            q.sources = [Source(n.name, chosen.cue, chosen.start, chosen.end, n.outlet) for n in chosen.outlets]
        if (not q.sources or not chosen_here) and q.cue is not None and getattr(_entry(c, q.cue), "reports", False):
            # (an outlet's own report in a paragraph another source phrase opens is that outlet's:
            # "Dilansir Politico Europe, … . AFP melaporkan tingkat partisipasi …")
            if q.mention is not None and q.mention.kind == "organization" and (
                    _described_outlet_before(c, q.mention)
                    or _outlet_named(c, q.mention) is None and mentions._described_outlet(q.mention.text, lang)):
                # ("harian lokal Shafaq News melaporkan": an outlet by what it is)
                q.sources = [Source(q.mention.name, q.cue.text, q.cue.start, q.cue.end, None)]
                continue
            outlet = _outlet_named(c, q.mention)
            # (an outlet whose name is a word or a first name reports only where the article never
            # writes it as one: "Fajar menyebut" in an article on Fajar Wicaksono is Fajar speaking)
            if outlet is not None and not (outlet.common_word and c.mctx.pairs_from(q.mention.text)):
                q.sources = [Source(outlet.name, q.cue.text, q.cue.start, q.cue.end, outlet.id)]


def _source_said_after(c: _Ctx, end: int, limit: int, pub) -> SourcePhrase | None:
    """The sentence after the quote's says where it was said, referring back to it ("… . Hal itu ia
    sampaikan dalam wawancara dengan CNBC International", "Hal tersebut disampaikannya …, seperti
    dilansir Reuters"): that sentence's source is the quote's (in the same paragraph)."""
    gap = RE_SPACES.match(c.text, end, limit)
    nxt = c.layout.sentence_at(gap.end() if gap else end)
    if nxt is None or nxt[0] < end or nxt[0] >= limit or not _p(c, "backref").match(c.text, nxt[0]):
        return None
    lang = c.mctx.lang
    for i in sorted(c.phrase_spans.between(*nxt)):
        ph = c.phrases[i]
        if ph.kind not in ("source", "kepada") or _inside_mark(c, ph.start) is not None:
            continue
        if ph.kind == "kepada" and (ph.outlets[0].outlet is None or _publishers_own(lang, ph, pub)):
            continue
        return ph
    return None


def _publishers_own(lang, ph: SourcePhrase, pub) -> bool:
    """The phrase's outlet is the publisher (or its parent or child): it talking to its own
    interviewee is no source ("kata X kepada Kompas.com" in a Kompas article)."""
    o = lang.outlet(ph.outlets[0].outlet) if ph.outlets[0].outlet else None
    return pub is not None and o is not None and (o.id == pub.id or o.parent == pub.id or pub.parent == o.id)


RE_WORDS_BEFORE = regex.compile(r"(?r)((?:\p{L}+ ){1,3})$")
RE_OPENING_ADJUNCT = regex.compile(r"(\p{L}++)[^,.;:!?\"“”«»\n]*(?:,)?(?:\s|&nbsp;)+")


def _reporter(q: Quote, c: _Ctx, publisher: str | None) -> bool:
    """The reporter's own question is no quote ("Wartawan sempat bertanya", "Kompas menanyakan")."""
    m = q.mention
    # "Rusdi tersenyum ketika seorang wartawan bertanya, "…?"": the words right before the cue say who asks
    # (the last word or two, "awak media"; not "pendukung Newcastle di media sosial mendesak", nor the
    # agent of a passive: "Dedi, saat dihubungi wartawan menyatakan")
    words = RE_WORDS_BEFORE.search(c.text, max(0, q.cue.start - 40), q.cue.start) if q.cue is not None else None
    last = words.group(1).casefold().split()[-2:] if words is not None else []
    asking = c.grammar.words("asking_reporters")
    if last and (last[-1] in asking or " ".join(last) in asking) and not (
            len(last) > 1 and (c.grammar.pattern("passive").match(last[0]) or last[0] in c.grammar.words("object_prepositions")
                               or last[0] in c.grammar.words("agent_markers"))):
        return True
    if m is None:
        return False
    # "Wartawan", "seorang jurnalis", "salah satu wartawan"
    unnamed = c.grammar.words("unnamed")
    head = next((w for w in m.text.casefold().split(maxsplit=3) if w not in unnamed), "")
    if head in c.mctx.lang.words.get("reporter", ()) and not (m.kind == "organization" and m.name != m.text):
        return True  # (but "media tersebut" naming an outlet cited before is that outlet)
    asks = q.cue is not None and getattr(_entry(c, q.cue), "lemma", None) == "tanya"
    outlet = c.mctx.lang.outlet_by_alias.get(m.text.casefold())
    return asks and outlet is not None and publisher is not None and outlet.name == publisher


def find_quotes(text: str, layout: Layout, marks: list[Mark], cues: list[Cue], phrases: list[SourcePhrase],
                mctx: Context, publisher: str | None = None) -> list[Quote]:
    cues = sorted(cues, key=lambda cue: cue.start)
    c = _Ctx(text, layout, marks, cues, phrases, mctx, {cue.start: cue for cue in cues}, [cue.start for cue in cues])
    # (the reporter's questions go first: they keep no statement they overlap from being found)
    direct, indirect = _direct(c), _indirect(c)
    _outlets_speaking(c, direct + indirect)  # ("media tersebut" is then no reporter asking)
    quotes = _merge(*([q for q in found if not _reporter(q, c, publisher)] for found in (direct, indirect)), text)
    _mark_mixed(c, quotes)
    _attach_sources(c, quotes, publisher)
    return quotes


def _mark_mixed(c: _Ctx, quotes: list[Quote]) -> None:
    """An indirect quote holding words in quotation marks is mixed, whether or not the marks were read
    as a quote of their own: 'menilai kongres kali ini “panggung sandiwara yang naskahnya ditulis jauh
    sebelum peserta datang”', 'kurang memberi “angin segar” bagi saham perbankan' (not a term the
    sentence names: 'program “Makan Bergizi Gratis” yang …')."""
    for q in quotes:
        if q.type != "indirect":
            continue
        for i in c.mark_spans.between(q.start, q.end):
            mark = c.marks[i]
            if mark.close is not None and q.start <= mark.open and mark.close <= q.end and not _names_a_term(c, mark):
                q.type = "mixed"
                break


def _defined_outlet(c: _Ctx, short: str) -> str | None:
    """The outlet the article names in full before the short form it then uses, where another outlet
    goes by that short form too: "kantor berita Taiwan, Central News Agency (CNA)" ... "CNA menyebut"
    is not Channel NewsAsia."""
    if not short.isupper() or f"({short})" not in c.text:
        return None
    found = mentions.near_parenthesis(regex.compile(r"(\p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){1,5}) \("
                                                    + regex.escape(short) + r"\)"), short, c.mctx)
    if found is None:
        return None
    outlet = c.mctx.lang.outlet_by_alias.get(found.group(1).casefold())
    return outlet.name if outlet is not None else None


def _outlets_speaking(c: _Ctx, quotes: list[Quote]) -> None:
    """An outlet that speaks is the whole of its name ("tulis Gazzetta dello Sport", not a person
    "Gazzetta"), and one named again by what it is ("Surat kabar yang berbasis di London itu juga
    melaporkan", "Menurut harian asal Singapura itu") is the outlet the article named last before,
    of that kind."""
    lang = c.mctx.lang
    for q in quotes:
        m = q.mention
        if m is None or m.kind == "pronoun" or not m.text[:1].isalpha():
            continue
        known = sources.known_at(c.text, m.start, lang)
        if known is not None and known.end() >= m.end and (q.cue is None or not m.start < q.cue.start < known.end()):
            outlet = lang.outlet_by_alias[known.group().casefold()]
            if not ((outlet.common_word or not mentions.written_as(outlet, known.group())) and m.kind == "person"):
                q.mention = Mention(known.group(), m.start, known.end(), _defined_outlet(c, known.group()) or outlet.name,
                                    None, "organization")
            continue
        if m.kind == "person":
            if _described_outlet_before(c, m):
                # "Media Thailand, Siam Sport, melaporkan": an outlet the gazetteer lacks, named by what it is
                q.mention = Mention(m.text, m.start, m.end, m.name, None, "organization")
            continue
        meant = sources.outlet_meant(c.text, m.start, c.phrases, lang)
        if meant is not None and (q.cue is None or not m.start < q.cue.start < meant.end):
            q.mention = Mention(c.text[m.start:meant.end], m.start, meant.end, meant.name, None, "organization")
