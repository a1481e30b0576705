"""Gazetteer matcher for entity linking (pure Python, no Django).

Every name and alias is tokenised and normalised (``articles.text.normalize``) and stored in a token
trie: nested dicts keyed by normalised words. A multi-word form is also stored with adjacent
words joined (كراود سترايك → كراودسترايك, عبد الله → عبدالله), and while walking the text two
adjacent words may be joined to match a one-word form, so spacing differences match both ways.

The text is walked once, left to right. At each word every proclitic reading of that word
(و ف ب ك ل ال لل and combinations, ``articles.text.clitics``) is looked up at the trie root; the
following words of a name must match exactly and be separated only by spaces. The longest
match wins (ties: the reading that strips least) and the walk resumes after it, so nested
names are consumed by the longer one («الاتحاد» inside «الاتحاد الأوروبي» is not the club).
The cost is proportional to the text length and independent of the gazetteer size.

Matching is by whole words: مصر never matches inside مصرف or المصارف, and the article ال must
agree (name روسيا does not match الروسية, name الكرملين does not match كرملين), so nisba
adjectives never match. Which of the found candidates are real mentions (homographs such as
«فتح باب», «جفاف العين», «لولا الأمطار», eponyms) is decided in ``articles.text.mention_rules``;
what the descriptions say of where places are (a namesake «أريحا بريف إدلب», a festival's
city) in ``articles.text.whereabouts``; what the whole article says beyond a candidate's
adjacent words (a work's title, a list of common nouns, a namesake once named) in
``articles.text.article_rules``; what the text's own spelling rules out (vowel marks, a hamza
or a ة a name does not have) in ``articles.text.spelling``. When a word reads both as a name
and as و + another name («وجدة»), the reading the article's words speak for wins.

Typical use by the Django side::

    gazetteer = Gazetteer.build(GazetteerEntry(e.pk, e.name, tuple(e.aliases), e.kind) ...)
    text, body_offset = article_text(article.title, article.summary, article.body)
    mentions = gazetteer.find(text)                     # {key: Mention(count, first span, forms)}
    spans = gazetteer.first_mentions(text, start=body_offset, keys=linked_keys,
                                     assume_present=editor_keys)
    # body-relative span of entity k: (spans[k][0] - body_offset, spans[k][1] - body_offset)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import product

from articles.text import article_rules as whole
from articles.text import lexicon as lx
from articles.text import mention_rules as rules
from articles.text import spelling, wordfreq
from articles.text.clitics import Analysis, analyses
from articles.text.letters import TASHKEEL
from articles.text.normalize import Token, normalize, tokenize
from articles.text.whereabouts import Whereabouts, place_stem, without_article

KINDS = ("person", "place", "organization", "event", "other")
_END = ""  # trie key of a node's terminal forms; never a token
# Words of one name may be separated by spaces and invisible marks, never by a line break or
# punctuation; the context words the rules read must be adjacent in the same way.
_SAME_LINE_GAP = re.compile(
    "[ \t\u00a0\u00ad\u061c\u1680\u2000-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]*"
)
# The end of a quoted name before the word that describes it, on the same line
_CLOSING_QUOTE = re.compile(r"[»”\"] ?")
_OPENING_QUOTE = re.compile(r" ?[«“\"] ?")
_MAX_JOINED_WORDS = 6
# Of an entity of the key's kind, the kind of entity its name may hold and name too: an
# event its place, a product («other») its maker (see `Gazetteer._hosts`).
_NAMED_INSIDE = {"event": "place", "other": "organization"}
# A word of the description this frequent says nothing about which sense is meant.
_DESCRIPTION_WORD_MAX_ZIPF = 5.0
_DESCRIPTION_WORDS_NEEDED = 2
_SPORT_WORDS_FOR_OPPONENTS = 2
_SPORT_WORDS_FOR_A_CLUB = 4  # ...for a club no other club linked here speaks for
# To choose between entities sharing a form, frequent words count too («لبنان», «ليبيا»):
# only which description the article follows more matters, not whether it is distinctive.
_CONTEXT_WORD_MAX_ZIPF = 6.0
# A proclitic reading of a listed word is kept only if the word is this much rarer (Zipf)
# than what remains without the clitic (see `_reading_keys`).
_CLITIC_FORM_MARGIN = -0.3
_KIND_HEADS = lx.ORGANIZATION_HEADS | lx.EVENT_HEADS


@dataclass(frozen=True)
class Learned:
    """What editors decided about earlier links, keyed by entity key and normalised form.

    ``doubted``: forms editors removed more often than they confirmed (they need evidence);
    ``trusted``: forms confirmed more often than removed (no longer doubted as common words);
    ``refused``: (key, form, word before) removed in that very context: never linked there.
    """

    doubted: frozenset[tuple[Hashable, str]] = frozenset()
    trusted: frozenset[tuple[Hashable, str]] = frozenset()
    refused: frozenset[tuple[Hashable, str, str | None]] = frozenset()


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    key: Hashable
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    description: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """An accepted mention: ``text[start:end] == surface``.

    The span leaves out a leading و ف ب ك ل (so «وموسكو» links «موسكو») but keeps the ل of لل
    («للكرملين» stays whole, since «لكرملين» alone is not a word).
    """

    key: Hashable
    start: int
    end: int
    surface: str
    form: str  # the gazetteer name or alias that matched, as written there
    strong: bool


@dataclass(frozen=True, slots=True)
class Mention:
    count: int
    first_start: int
    first_end: int
    forms: tuple[str, ...]  # distinct surfaces, in order of appearance


def article_text(title: str, summary: str, body: str) -> tuple[str, int]:
    """The text an article is linked on (title, summary, body with blank lines between) and
    the offset of ``body`` in it: a body span is ``(start - offset, end - offset)``."""
    head = f"{title}\n\n{summary}\n\n"
    return head + body, len(head)


class Gazetteer:
    """Names and aliases of entities compiled into a token trie (see the module docstring)."""

    def __init__(self, entries: list[GazetteerEntry], root: dict) -> None:
        self.entries = entries
        self._root = root
        self._kinds = [e.kind for e in entries]
        self._index = {e.key: i for i, e in enumerate(entries)}
        self._description_words = [_description_words(e) for e in entries]
        self._context_words = [
            _description_words(e, max_zipf=_CONTEXT_WORD_MAX_ZIPF, stems=True) for e in entries
        ]
        self._where = Whereabouts(entries)
        # The entities the gazetteer knows by an Arabic name, not only a Latin one.
        self._arabic_named = frozenset(
            i for i, e in enumerate(entries) if any(map(rules.ARABIC.search, (e.name, *e.aliases)))
        )
        # the names outlets go by after their kind noun («الرياض» of «صحيفة الرياض»)
        self._outlets_named = frozenset(
            " ".join(t.norm for t in words[1:])
            for entry in entries
            if entry.kind == "organization"
            for text in (entry.name, *entry.aliases)
            if len(words := tokenize(text)) > 1 and words[0].norm in lx.OUTLET_NOUNS
        )
        self._names, self._named_by = self._relations()
        by_stem: dict[str, set[int]] = {}
        for i, entry in enumerate(self.entries):
            for text in (entry.name, *entry.aliases) if entry.kind == "place" else ():
                if len(words := tokenize(text)) == 1:
                    by_stem.setdefault(place_stem(words[0].norm), set()).add(i)
        # the places of the gazetteer by the stems of their one-word forms (لبنان → لبن,
        # «السعودية» of «المملكة العربية السعودية» → سعود), for nisbas
        self._place_stems = {stem: frozenset(v) for stem, v in by_stem.items()}
        self._by_nisba = self._places_by_nisba()
        self._generic = _generic_forms(entries)
        self._bracketed = _bracketed_places(entries)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def build(cls, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """Compile ``entries``; raises ValueError for an unknown kind."""
        entries = list(entries)
        root: dict = {}
        compiled = []
        for index, entry in enumerate(entries):
            if entry.kind not in KINDS:
                raise ValueError(f"unknown entity kind {entry.kind!r} for {entry.name!r}")
            hamza = {
                form: _hamza_spellings(form.text, words) for form, words in _forms(index, entry)
            }
            spelled = {
                form: {p for w in spellings for p in _join_variants(w)}
                for form, spellings in hamza.items()
            }
            compiled.append((hamza, spelled))
        # (a name's «أبي»/«أبا» case only where no entry spells a name so: a gazetteer may
        # hold «أبا هريرة» beside «أبو هريرة»)
        everyones = {p for _, spelled in compiled for paths in spelled.values() for p in paths}
        for hamza, spelled in compiled:
            # (a plural's other case only where none of the entry's own forms is spelled so:
            # «الحوثيين» beside «الحوثيون» is one form, not two)
            own = set().union(*spelled.values())
            for form, spellings in hamza.items():
                for w in spellings:
                    oblique = _oblique_plural(w)
                    if oblique is not None:
                        spelled[form] |= {p for p in _join_variants(oblique) if p not in own}
                    for case in _kinship_cases(w):
                        spelled[form] |= {p for p in _join_variants(case) if p not in everyones}
            for form, paths in spelled.items():
                for path in paths:
                    node = root
                    for word in path:
                        node = node.setdefault(word, {})
                    node.setdefault(_END, []).append(form)
        _prefer_canonical_owners(root)
        return cls(entries, root)

    # -- public API -------------------------------------------------------------------------

    def find_all(
        self,
        text: str,
        *,
        assume_present: Collection[Hashable] = (),
        learned: Learned | None = None,
        topics: Collection[str] = (),
    ) -> list[Match]:
        """Every accepted mention in ``text`` (one whole article), in text order.

        ``assume_present``: keys an editor linked to this article by hand; they count as
        linked, so their one-word forms need no further evidence (vetoes still apply).
        ``learned``: editors' earlier decisions on other articles (see `Learned`).
        ``topics``: the article's tags. A tag that is a whole name of an entity (not a
        common word: a tag «صور» may be a gallery's) counts like an editor's link; the
        tags' words count with the article's as evidence from descriptions («رياضة»).
        """
        tokens = tokenize(text)
        candidates = self._candidates(text, tokens, learned)
        linked = self._linked(tokens, candidates, assume_present, topics)
        return [
            self._match(text, tokens, cand, form)
            for cand in candidates
            for form in cand.forms
            if form.entity in linked and form.entity not in cand.veto
        ]

    def find_spans(
        self,
        text: str,
        *,
        assume_present: Collection[Hashable] = (),
        learned: Learned | None = None,
        topics: Collection[str] = (),
    ) -> list[tuple[Hashable, int, int]]:
        """``(key, start, end)`` of every accepted mention, in text order."""
        found = self.find_all(text, assume_present=assume_present, learned=learned, topics=topics)
        return [(m.key, m.start, m.end) for m in found]

    def contexts(self, text: str, key: Hashable) -> set[tuple[str, str | None]]:
        """``(form, word before)`` of every candidate of entity ``key`` in ``text``, accepted
        or not: what an editor's decision about the entity's link in this text is about."""
        index = self._index.get(key)
        tokens = tokenize(text)
        return {
            (form.norm, cand.before)
            for cand in self._candidates(text, tokens, None)
            for form in cand.forms
            if form.entity == index
        }

    def find(
        self,
        text: str,
        *,
        assume_present: Collection[Hashable] = (),
        learned: Learned | None = None,
    ) -> dict[Hashable, Mention]:
        """``{key: Mention}`` for every entity mentioned in ``text``: how often, where first."""
        grouped: dict[Hashable, list[Match]] = {}
        for match in self.find_all(text, assume_present=assume_present, learned=learned):
            grouped.setdefault(match.key, []).append(match)
        return {
            key: Mention(
                len(ms), ms[0].start, ms[0].end, tuple(dict.fromkeys(m.surface for m in ms))
            )
            for key, ms in grouped.items()
        }

    def first_mentions(
        self,
        text: str,
        *,
        start: int = 0,
        end: int | None = None,
        keys: Collection[Hashable] | None = None,
        assume_present: Collection[Hashable] = (),
    ) -> dict[Hashable, tuple[int, int]]:
        """``{key: (start, end)}`` of each entity's first mention inside ``text[start:end]``.

        Decisions use the whole ``text`` (pass the whole article, see ``article_text``) while
        only spans inside the window are returned, as offsets into ``text``. ``keys``
        restricts the result, e.g. to the article's current links.
        """
        stop = len(text) if end is None else end
        spans: dict[Hashable, tuple[int, int]] = {}
        for m in self.find_all(text, assume_present=assume_present):
            inside = start <= m.start and m.end <= stop
            if inside and m.key not in spans and (keys is None or m.key in keys):
                spans[m.key] = (m.start, m.end)
        return spans

    def explain(self, text: str) -> list[tuple[str, str, bool, str]]:
        """``(surface, entity name, accepted, why)`` for every candidate, for debugging."""
        tokens = tokenize(text)
        candidates = self._candidates(text, tokens, None)
        linked = self._linked(tokens, candidates)
        rows = []
        for cand in candidates:
            for form in cand.forms:
                accepted = form.entity in linked and form.entity not in cand.veto
                why = cand.veto.get(form.entity) or rules.label(cand, form)
                if not accepted and not cand.veto.get(form.entity):
                    why += " (no evidence in the article)"
                surface = self._match(text, tokens, cand, form).surface
                rows.append((surface, self.entries[form.entity].name, accepted, why))
        return rows

    # -- internals --------------------------------------------------------------------------

    def _linked(
        self,
        tokens: list[Token],
        candidates: list[rules.Candidate],
        assume_present: Collection[Hashable] = (),
        topics: Collection[str] = (),
    ) -> set[int]:
        """The entities the article names, from its candidates and the evidence around them
        (one pipeline for `find_all` and `explain`; vetoes are marked on the candidates)."""
        topic_tokens = [t for topic in topics for t in tokenize(topic)]
        evidenced, topic = self._evidenced(tokens + topic_tokens, candidates)
        rules.family_names(candidates, self._kinds)
        rules.heading_a_place(candidates, self._kinds)
        # The article's words, clitics off, read only when a rule below asks for them.
        stems = cache(lambda: frozenset(a.stem for t in tokens for a in analyses(t.norm)))
        # ...and as place stems («الأردنية» → اردن)
        places = cache(
            lambda: frozenset(place_stem(a.key) for t in tokens for a in analyses(t.norm))
        )
        on_topic = self._on_topic(tokens, candidates, stems)
        rules.off_topic_heads(candidates, on_topic)
        rules.off_topic_words(candidates, on_topic)
        rules.clubs_towns(candidates, lambda: not stems().isdisjoint(lx.SPORT_TOPIC_WORDS))
        whole.unqualified(
            tokens,
            candidates,
            self._kinds,
            places,
            self._where.place_stems,
            self._where.place_of_nisba,
        )
        whole.listed_as_its_kind(tokens, candidates)
        whole.listed_together(candidates)
        whole.elsewhere_than_its_brackets(
            tokens, candidates, self._bracketed, lambda e, place: place in self._names.get(e, ())
        )
        # (a country the article names by its nisba only, «المنتخب السعودي», speaks for the
        # namesakes its places' descriptions relate to it, as one it names would)
        by_nisba = self._nisba_places(tokens)
        related = partial(self._related, by_nisba=by_nisba)
        # (which of namesakes the article's kind nouns speak for: «قناة» the channel's)
        cued = {
            f.entity
            for c in candidates
            if len(c.forms) > 1
            for f in c.forms
            if not _kinds_of(f.heads).isdisjoint(stems())
        }
        # (…and which of them the article's places speak for: the one whose home it names,
        # between namesakes of one kind, as the papers of two countries are; not a home named
        # by the very form: «صحيفة … تصدر في الرياض» for «الرياض»)
        homed = {
            f.entity
            for c in candidates
            if len(c.forms) > 1 and len({self._kinds[f.entity] for f in c.forms}) == 1
            for f in c.forms
            if f.home and f.home - {place_stem(f.norm)} & places()
        }
        linked = rules.linked_entities(
            candidates, evidenced, topic, related, self._kinds, cued, homed
        )

        def sport() -> int:
            return len(stems() & lx.SPORT_TOPIC_WORDS - lx.AIMS)

        if siblings := self._siblings_of_linked(candidates, linked, evidenced, sport):
            # (the clubs the story names choose between namesakes too, as a kind noun would)
            linked = rules.linked_entities(
                candidates,
                evidenced | siblings,
                topic,
                related,
                self._kinds,
                cued | siblings,
                homed,
            )
            linked |= siblings
        linked |= {f.entity for c in candidates if c.host_of in linked for f in c.forms}
        linked.update(self._index[k] for k in assume_present if k in self._index)
        linked |= self._named_by_tags(topics)
        linked |= rules.among_other_names(candidates, linked)
        linked |= rules.kin_of_linked(candidates, linked)
        linked |= rules.coordinated(candidates, linked, self._kinds)
        return linked - self._another_of_its_kind(candidates, linked)

    def _siblings_of_linked(
        self,
        candidates: list[rules.Candidate],
        linked: set[int],
        evidenced: set[int],
        sport: Callable[[], int],
    ) -> set[int]:
        """In a story of sport, an organisation of a common-word or short form after a word
        that names an opponent or a team's member («أمام الفتح», «ضد الشباب», «مدرب الفتح»,
        «على ضيفه الاتفاق»), or before its place in the table («عن الهلال صاحب المركز
        الثاني», «عن النصر الثالث»), whose description says what the description of another
        organisation linked here says («نادٍ سعودي لكرة القدم من الأحساء» beside the linked
        «نادٍ سعودي لكرة القدم من بريدة»), or a club by its name or description where the
        story is all sport: the clubs the story names speak for it as its words would."""
        waiting = [
            [
                f
                for f in c.forms
                if (f.common or f.short)
                and f.entity not in linked
                and f.entity not in evidenced
                and f.entity not in c.veto
                and self._kinds[f.entity] == "organization"
            ]
            for c in candidates
            if c.before in lx.OPPONENT_WORDS
            or c.before in lx.TEAM_ROLE_WORDS
            or c.after in lx.STANDINGS_WORDS
        ]
        if not any(waiting) or sport() < _SPORT_WORDS_FOR_OPPONENTS:
            return set()
        # the kinds the linked organisations' names or descriptions say they are («نادي»)
        linked_kinds = _kinds_of(
            frozenset(h for c in candidates for f in c.forms if f.entity in linked for h in f.heads)
        )

        # (a club needs no other where its name or description says it is one, «نادي الخلود»,
        # in a story of sport through and through)
        all_sport = sport() >= _SPORT_WORDS_FOR_A_CLUB

        def sibling(form: rules.Form) -> bool:
            e = form.entity
            club = all_sport and not lx.TEAM_NOUNS.isdisjoint(form.heads)
            return (
                club
                or not _kinds_of(form.heads).isdisjoint(linked_kinds)
                or any(
                    s != e
                    and self._kinds[s] == self._kinds[e]
                    and len(self._description_words[s] & self._description_words[e])
                    >= _DESCRIPTION_WORDS_NEEDED
                    for s in linked
                )
            )

        # (of namesakes, «الفتح» the club or the Iraqi alliance, the one the clubs speak for;
        # none where they speak for two)
        found = [{f.entity for f in forms if sibling(f)} for forms in waiting]
        return {e for entities in found if len(entities) == 1 for e in entities}

    def _another_of_its_kind(self, candidates: list[rules.Candidate], linked: set[int]) -> set[int]:
        """The entities the article names only by a generic form («المملكة» of Saudi Arabia)
        while it names another entity that form may stand for («مملكة البحرين» is Bahrain's):
        "the kingdom" of an article on Bahrain is Bahrain."""
        out = set()
        mentions = Counter(
            f.entity
            for c in candidates
            for f in c.forms
            if f.entity in linked and f.entity not in c.veto
        )
        for entity in linked & self._generic.keys():
            forms = {
                f.norm
                for c in candidates
                for f in c.forms
                if f.entity == entity and entity not in c.veto
            }
            generic = self._generic[entity]
            if not forms or not forms <= generic.keys():
                continue
            # (another kingdom named once beside "the kingdom" named twice is not what it
            # stands for: the article's own kingdom is)
            mates = linked & frozenset().union(*(generic[f] for f in forms))
            if any(mentions[mate] > mentions[entity] for mate in mates):
                out.add(entity)
        return out

    def _related(self, entities: Collection[int], by_nisba: Collection[int] = ()) -> rules.Related:
        """For each entity, how many of ``entities`` name it in their descriptions or are
        named in its description («صلالة», "a city in the south of the Sultanate of Oman",
        speaks for Oman, not Amman), by name or by nisba, as do the places ``by_nisba`` the
        article names by their nisbas only; and the entities their descriptions name."""
        either: Counter[int] = Counter()
        named: set[int] = set()
        for e in entities:
            either.update(self._names.get(e, ()))
            either.update(self._named_by.get(e, ()))
            either.update(self._by_nisba.get(e, ()))
            named.update(self._names.get(e, ()))
        for e in set(by_nisba) - set(entities):
            either.update(self._by_nisba.get(e, ()))
        return rules.Related(either, frozenset(named))

    def _nisba_stem(self, norm: str) -> str | None:
        """The place stem of a word that is a nisba by its ending (اللبنانية، السعودي), not
        a word that loses its ending to a place's stem: «المملكة» names no kingdom's nisba."""
        if not without_article(norm).endswith(("ي", "يه")):
            return None
        return self._where.place_of_nisba(norm)

    def _nisba_places(self, tokens: list[Token]) -> frozenset[int]:
        """The places the article names by their nisbas (see `_places_by_nisba`)."""
        found: set[int] = set()
        for token in tokens:
            stem = self._nisba_stem(token.norm)
            places = self._place_stems.get(stem, frozenset()) if stem else frozenset()
            if len(places) == 1:
                found |= places
        return frozenset(found)

    def _places_by_nisba(self) -> dict[int, frozenset[int]]:
        """For each place, the entities whose descriptions name it by its nisba only
        («طرابلس الشام», "ثانية كبرى المدن اللبنانية", for Lebanon), when one place of the
        gazetteer has the nisba's stem. They speak for one namesake over another of a shared
        form (the Lebanese Tripoli beside «لبنان»), never for a name being one: a country
        named does not make «مشهد» the Iranian city rather than "a scene"."""
        described: dict[int, set[int]] = {}
        for i, entry in enumerate(self.entries):
            for token in tokenize(entry.description) if entry.description else ():
                stem = self._nisba_stem(token.norm)
                places = set(self._place_stems.get(stem, ())) - {i} if stem else set()
                if len(places) == 1:
                    described.setdefault(next(iter(places)), set()).add(i)
        return {place: frozenset(v) for place, v in described.items()}

    def _relations(self) -> tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]]:
        """For each entity, the entities its description names by a form of one entity only;
        and for each entity, the entities whose descriptions name it."""
        names: dict[int, set[int]] = {}
        named_by: dict[int, set[int]] = {}
        for i, entry in enumerate(self.entries):
            text = entry.description
            for cand in self._candidates(text, tokenize(text), None) if text else ():
                others = {f.entity for f in cand.forms if f.entity not in cand.veto} - {i}
                if len(others) == 1:
                    (other,) = others
                    names.setdefault(i, set()).add(other)
                    named_by.setdefault(other, set()).add(i)
        return (
            {i: frozenset(v) for i, v in names.items()},
            {i: frozenset(v) for i, v in named_by.items()},
        )

    def _named_by_tags(self, topics: Collection[str]) -> set[int]:
        """Entities a whole tag names by a form that is no common word («الكويت»، «فلسطين»;
        not «صور», which may tag a gallery): the editors said the article is about them."""
        named: set[int] = set()
        for topic in topics:
            tokens = tokenize(topic)
            for cand in self._candidates(topic, tokens, None):
                if cand.first == 0 and cand.last == len(tokens) and not cand.reading.proclitics:
                    named.update(f.entity for f in cand.forms if not f.common)
        return named

    def _on_topic(
        self,
        tokens: list[Token],
        candidates: list[rules.Candidate],
        stems: Callable[[], frozenset[str]],
    ) -> Callable[[int], bool]:
        """Whether the article is about an entity's world: it names an entity related to it
        by a description («حماة» and «سوريا»), or uses its description's distinctive words
        (``stems``: the article's words, clitics off). An entity without a description is
        given the benefit of the doubt."""
        present = {f.entity for c in candidates for f in c.forms}
        words = cache(lambda: stems() | frozenset(t.norm for t in tokens))

        def on_topic(entity: int) -> bool:
            if not self.entries[entity].description:
                return True
            related = self._names.get(entity, frozenset()) | self._named_by.get(entity, frozenset())
            if not related.isdisjoint(present):
                return True
            return len(self._description_words[entity] & words()) >= _DESCRIPTION_WORDS_NEEDED

        return on_topic

    def _evidenced(
        self, tokens: list[Token], candidates: list[rules.Candidate]
    ) -> tuple[set[int], dict[int, int]]:
        """Entities with a common-word form here whose description's distinctive words the
        article uses too («جدة» with «السعودية»، «الساحل»): the article's topic speaks for
        the name; and how many such words it uses for each entity of a common or shared
        form. Read only when such a form was found, so most articles pay nothing."""
        wanted = {
            f.entity
            for c in candidates
            for f in c.forms
            if f.common or f.phrase or f.epithet or len(c.forms) > 1
        }
        wanted = {e for e in wanted if self._context_words[e]}
        if not wanted:
            return set(), {}
        words = {a.stem for t in tokens for a in analyses(t.norm)}
        evidenced = {
            e
            for e in wanted
            if len(self._description_words[e] & words) >= _DESCRIPTION_WORDS_NEEDED
        }
        return evidenced, {e: len(self._context_words[e] & words) for e in wanted}

    def _candidates(
        self, text: str, tokens: list[Token], learned: Learned | None
    ) -> list[rules.Candidate]:
        """Leftmost-longest trie matches over ``tokens``, each judged in its context."""
        n = len(tokens)
        adjacent = [False] + [
            _SAME_LINE_GAP.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
            for i in range(1, n)
        ]
        found: list[rules.Candidate] = []
        words: set[str] | None = None  # the article's words, clitics off, read when needed
        stems: set[str] | None = None  # the same as description words are keyed
        root_get = self._root.get
        i = 0
        while i < n:
            best: tuple[int, Analysis, list[rules.Form]] | None = None
            tied: list[tuple[int, Analysis, list[rules.Form]]] = []
            joinable = (
                i + 1 < n
                and adjacent[i + 1]
                and _joinable(tokens[i].norm)
                and _joinable(tokens[i + 1].norm)
            )
            for key, reading in _reading_keys(tokens[i].norm):
                if _vowelled_otherwise(tokens[i].text, reading):
                    continue
                for node, j in (
                    (root_get(key), i + 1),
                    (root_get(key + tokens[i + 1].norm) if joinable else None, i + 2),
                ):
                    hit = _descend(node, tokens, adjacent, j) if node is not None else None
                    if hit and (best is None or hit[0] > best[0]):
                        best = (hit[0], reading, hit[1])
                        tied = [best]
                    elif hit and best is not None and hit[0] == best[0]:
                        tied.append((hit[0], reading, hit[1]))
            if len(tied) > 1:
                # «الرياض وجدة»: the whole word (Oujda) or و + a name (Jeddah); the reading
                # whose entities the article's words speak for more wins, the whole word
                # when they say nothing.
                if stems is None:
                    stems = {a.stem for t in tokens for a in analyses(t.norm)}
                # ...and then the descriptions of the entities named before it («الرياض»)
                named = {w for c in found for f in c.forms for w in self._context_words[f.entity]}
                best = max(
                    tied,
                    key=lambda hit: (
                        self._topic_score(hit[2], stems),
                        self._topic_score(hit[2], named),
                    ),
                )
            # A clitic reading `_reading_keys` drops may still start a longer name: the
            # words after it confirm the reading («وتل أبيب»).
            for key, reading in _dropped_reading_keys(tokens[i].norm):
                node = root_get(key)
                hit = _descend(node, tokens, adjacent, i + 1) if node is not None else None
                if hit and hit[0] > i + 1 and (best is None or hit[0] > best[0]):
                    best = (hit[0], reading, hit[1])
            if best is None:
                i += 1
                continue
            before = tokens[i - 1].norm if i > 0 and adjacent[i] else None
            quoted = before is None and whole.named_by_a_kind_noun(text, tokens, i, best[0])
            if quoted:
                before = tokens[i - 1].norm
            forms = spelling.written_alike(best[2], tokens[i : best[0]])
            if best[0] == i + 1:
                word = tokens[i].text[_proclitic_length(tokens[i].text, best[1]) :]
                forms = spelling.fitting(forms, word, best[1], tokens[i].norm)
            if learned is not None:
                forms = self._apply_learned(forms, learned, before)
            if any(f.weak and f.word for f in forms):
                if words is None:
                    words = {a.key for t in tokens for a in analyses(t.norm)}
                forms = _mark_word_in_use(forms, words)
            if not forms:
                i += 1
                continue
            cand = rules.Candidate(i, best[0], best[1], forms)
            cand.before = before
            cand.quoted_and = (
                i > 0
                and tokens[i - 1].norm == "و"
                and _OPENING_QUOTE.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
            )
            cand.after = tokens[best[0]].norm if best[0] < n and adjacent[best[0]] else None
            if (
                quoted
                and best[0] < n
                and _CLOSING_QUOTE.fullmatch(text, tokens[best[0] - 1].end, tokens[best[0]].start)
            ):
                cand.after = tokens[best[0]].norm  # «صحيفة «الوطن» الكويتية»: whose it is
            # «التونسية جابر»: a person's origin before the name (not «السياسي الحكيم»)
            cand.before_demonym = (
                before is not None
                and before.startswith("ال")
                and rules.is_nisba(before)
                and self._where.place_of_nisba(before) is not None
            )
            context = rules.Context(
                before=before,
                before2=tokens[i - 2].norm if before and i > 1 and adjacent[i - 1] else None,
                after=tokens[best[0]].norm if best[0] < n and adjacent[best[0]] else None,
                after_text=tokens[best[0]].text if best[0] < n and adjacent[best[0]] else None,
                after2=tokens[best[0] + 1].norm
                if best[0] + 1 < n and adjacent[best[0]] and adjacent[best[0] + 1]
                else None,
            )
            if context.after is not None and rules.is_nisba(context.after):
                context = replace(
                    context,
                    after_describes=self._describes_a_place(context.after, forms),
                    after_in_description=any(
                        context.after[2:] in self._description_words[f.entity] for f in forms
                    ),
                )
            rules.judge(cand, context, self._kinds)
            if (own := self._own_longer_name(tokens, adjacent, cand)) is not None:
                i = own  # «الملك حمد بن عيسى آل خليفة»: read from the name, whole
                continue
            if any(f.phrase for f in forms) and whole.in_guillemets(text, tokens, i, best[0]):
                # «باب الحارة» يعود: a title set in guillemets, the marks titles take
                cand.licensed.update(f.entity for f in forms if f.phrase)
            for form in forms:
                if (reason := self._another_thing(text, tokens, adjacent, cand, form)) is not None:
                    cand.veto[form.entity] = reason
            months = [f for f in forms if f.weak and f.norm in lx.MONTHS]
            if months and best[0] == i + 1 and whole.beside_a_date(text, tokens, i):
                for form in months:
                    cand.veto[form.entity] = "a month beside a date"
            found.append(cand)
            found.extend(self._hosts(text, tokens, cand))
            i = best[0]
        whole.one_place_per_article(found)
        whole.beside_common_nouns(tokens, adjacent, found, self._kinds)
        whole.acronyms_of_other_names(text, tokens, found, self._arabic_named)
        return found

    def _own_longer_name(
        self, tokens: list[Token], adjacent: list[bool], cand: rules.Candidate
    ) -> int | None:
        """Where the entity's own longer name starts inside a short form that goes on with
        بن (the title and given name «الملك حمد» of «الملك حمد بن عيسى آل خليفة»), or None:
        the short form is vetoed as another person's, the whole name is this one's."""
        vetoed = {f.entity for f in cand.forms if cand.veto.get(f.entity) == rules.LONGER_BY_BEN}
        if not vetoed:
            return None
        for k in range(cand.first + 1, cand.last):
            node = self._root.get(tokens[k].norm)
            hit = _descend(node, tokens, adjacent, k + 1) if node is not None else None
            if hit and hit[0] > cand.last and vetoed & {f.entity for f in hit[1]}:
                return k
        return None

    def _another_thing(
        self,
        text: str,
        tokens: list[Token],
        adjacent: list[bool],
        cand: rules.Candidate,
        form: rules.Form,
    ) -> str | None:
        """Why the form names here another thing than its entity, by where it stands: in a
        work's title, after a noun the entity's kind of place does not take, or put in
        another place than its description's (`articles.text.whereabouts`)."""
        # (ELSEWHERE first: `article_rules.one_place_per_article` carries it through the article)
        place = self._where.locative_after(tokens, adjacent, cand.last)
        if place is not None and self._where.located_elsewhere(form.entity, place):
            return f"{whole.ELSEWHERE} ({place})"
        # «طرابلس اللبنانية» of a Libyan city: the nisba after the name says whose it is
        if cand.after is not None and rules.is_nisba(cand.after):
            place = self._where.place_of_nisba(cand.after)
            if place is not None and self._where.located_elsewhere(form.entity, place):
                return f"{whole.ELSEWHERE} ({place})"
            if self._where.of_another_country(form.entity, cand.after):
                return "a namesake of another country"
        if self._where.natural(form.entity) and rules.reads_as(cand.before, lx.PROVINCE_NOUNS):
            return "a province named after a river or a mountain"
        if self._where.settled(form.entity) and rules.reads_as(cand.before, lx.COUNTRY_NOUNS):
            return "a town named like a country"
        if (
            self._where.country(form.entity)
            and not cand.reading.proclitics  # «13 محافظة باليمن»: in Yemen
            and rules.reads_as(cand.before, lx.PROVINCE_NOUNS | lx.NATURAL_PLACE_NOUNS)
        ):
            return "a state or a river named like a country"
        # (a name of several words there is an outlet's credit: «عين اليوم – متابعات»)
        if (
            form.weak
            and self._kinds[form.entity] != "place"
            and whole.opens_a_dateline(text, tokens, cand.first, cand.last)
        ):
            return "a dateline's town"
        if self._kinds[form.entity] == "place" and whole.told_to_a_quoted_outlet(
            text, tokens, cand.first, cand.last
        ):
            return "an outlet someone spoke to"
        # «كشفت «الشرق الأوسط» أمس»: a name set off by quotes that a paper, a body or a
        # work shares with a place is theirs (a paper's too, named after its kind noun:
        # «تكشف "الرياض"» of «صحيفة الرياض»)
        if (
            self._kinds[form.entity] == "place"
            and (
                any(self._kinds[f.entity] != "place" for f in cand.forms if f.norm == form.norm)
                or form.norm in self._outlets_named
            )
            and whole.quoted_whole(text, tokens, cand.first, cand.last)
        ):
            return "a quoted name a namesake of another kind bears"
        if whole.inside_a_title(text, tokens, cand.first, cand.last):
            return "a word of a work's title"
        if self._kinds[form.entity] not in _WORKS_KINDS and whole.a_works_title(
            text, tokens, cand.first, cand.last
        ):
            return "a work's title"
        return None

    def _hosts(
        self, text: str, tokens: list[Token], cand: rules.Candidate
    ) -> list[rules.Candidate]:
        """The places named inside an event's name that its description says it is held in
        («مهرجان جرش»: "held in the city of Jerash"; not «أفريقيا» of the Africa Cup): a
        festival named after its city names the city. So does a product its maker, when
        its description says who makes it («بوينغ 737 ماكس»: "made by Boeing")."""
        holders = [
            f.entity for f in cand.forms if f.strong and self._kinds[f.entity] in _NAMED_INSIDE
        ]
        if not holders or all(e in cand.veto for e in holders):
            return []
        hosts = []
        # (the words after the first, and before the last: a maker opens its product's name)
        for shift, inner in (
            (cand.first + 1, tokens[cand.first + 1 : cand.last]),
            (cand.first, tokens[cand.first : cand.last - 1]),
        ):
            hosts += self._named_inside(text, inner, holders, shift)
        return list({(h.first, h.last): h for h in hosts}.values())

    def _named_inside(
        self, text: str, inner: list[Token], holders: list[int], shift: int
    ) -> list[rules.Candidate]:
        """The candidates in ``inner`` (a holder's name's words from token ``shift``) of
        entities a holder's description names, of the kind its name may hold."""
        hosts = []
        for sub in self._candidates(text, inner, None):
            # (by a place's own name: «اليرموك» of «معركة اليرموك» is the river's, and the
            # camp's short form names the camp named after it, not the battlefield)
            held = tuple(
                f
                for f in sub.forms
                if not f.short
                and any(
                    self._kinds[f.entity] == _NAMED_INSIDE[self._kinds[e]]
                    and self._where.held_in(e, f.norm)
                    for e in holders
                )
            )
            if held:
                hosts.append(
                    rules.Candidate(
                        sub.first + shift, sub.last + shift, sub.reading, held, host_of=holders[0]
                    )
                )
        return hosts

    def _topic_score(self, forms: list[rules.Form], stems: set[str]) -> int:
        """How many words of the article the best described of ``forms``' entities has in
        its description."""
        return max(len(self._context_words[f.entity] & stems) for f in forms)

    def _describes_a_place(self, nisba: str, forms: tuple[rules.Form, ...]) -> bool:
        """Whether a nisba after a name describes it rather than continues it: derived
        from a place of the gazetteer («فالنسيا الإسباني»); a region's adjective only
        after a town, whose southern suburb is still the town («بيروت الجنوبية»), not
        after a country or a continent («أمريكا الجنوبية», a continent of its own). Of
        an entity the gazetteer does not describe, the nisba's place decides."""
        if nisba not in lx.REGION_ADJECTIVES:
            return self._where.place_of_nisba(nisba) is not None
        return any(
            self._where.settled(f.entity)
            or (
                not self.entries[f.entity].description
                and self._where.place_of_nisba(nisba) is not None
            )
            for f in forms
        )

    def _apply_learned(
        self, forms: tuple[rules.Form, ...], learned: Learned, before: str | None
    ) -> tuple[rules.Form, ...]:
        out = []
        for form in forms:
            key = self.entries[form.entity].key
            if (key, form.norm, before) in learned.refused:
                continue
            if (key, form.norm) in learned.doubted and form.weak:
                form = replace(form, common=True, homograph=True, unique=False)
            elif (key, form.norm) in learned.trusted:
                form = replace(form, common=False, homograph=False, unique=True)
            out.append(form)
        return tuple(out)

    def _match(
        self, text: str, tokens: list[Token], cand: rules.Candidate, form: rules.Form
    ) -> Match:
        first = tokens[cand.first]
        start = first.start + _proclitic_length(first.text, cand.reading)
        end = tokens[cand.last - 1].end
        key = self.entries[form.entity].key
        return Match(key, start, end, text[start:end], form.text, form.strong)


_LATIN_ACRONYM_MAX = 4


def _generic_forms(entries: Sequence[GazetteerEntry]) -> dict[int, dict[str, frozenset[int]]]:
    """For each entity with a generic alias, a common noun with the article alone («المملكة»,
    «السلطنة»), the other entities whose longer names that noun heads («مملكة البحرين»,
    «المملكة المغربية»): those the generic form may stand for too."""
    headed: dict[str, set[int]] = {}
    generic: list[tuple[int, str]] = []
    for i, entry in enumerate(entries):
        for text in (entry.name, *entry.aliases):
            words = normalize(text).split()
            if len(words) > 1:
                headed.setdefault(without_article(words[0]), set()).add(i)
            # (an alias only: a name is the entity's own, «الجزيرة» of the channel)
            elif text != entry.name and words and _generic_shaped(words[0]):
                generic.append((i, words[0]))
    out: dict[int, dict[str, frozenset[int]]] = {}
    for i, form in generic:
        if mates := headed.get(form[2:], set()) - {i}:
            out.setdefault(i, {})[form] = frozenset(mates)
    return out


def _bracketed_places(entries: Sequence[GazetteerEntry]) -> dict[int, tuple[int, frozenset[str]]]:
    """The entities named with a place in brackets («المرج (ليبيا)»), each with that place
    (one place of the gazetteer so named) and the stems of its name's words."""
    places: dict[str, set[int]] = {}
    for i, entry in enumerate(entries):
        for text in (entry.name, *entry.aliases) if entry.kind == "place" else ():
            places.setdefault(normalize(text), set()).add(i)
    out = {}
    for i, entry in enumerate(entries):
        inside = _BRACKETS.search(entry.name)
        where = normalize(inside[1]) if inside else ""
        found = places.get(where, set()) - {i}
        if len(found) == 1:
            out[i] = (next(iter(found)), frozenset(place_stem(w) for w in where.split()))
    return out


_BRACKETS = re.compile(r"\(([^()]+)\)\s*$")


def _seat(rest: tuple[str, ...]) -> frozenset[str]:
    """The stems of the place the rest of a name puts it in («بصنعاء», «في إسلام آباد»), or
    none."""
    if len(rest) > 1 and rest[0] == "في":
        rest = rest[1:]
    elif rest and rest[0].startswith("ب") and len(rest[0]) > _SEAT_MIN_CHARS:
        rest = (rest[0][1:], *rest[1:])
    else:
        return frozenset()
    return frozenset(place_stem(w) for w in rest)


_SEAT_MIN_CHARS = 3


def _generic_shaped(word: str) -> bool:
    """A common noun with the article («المملكة»), not a nisba («السعودية»)."""
    return (
        word.startswith("ال")
        and len(word) > _GENERIC_MIN_CHARS
        and not wordfreq.nisba_shaped(word[2:])
    )


_GENERIC_MIN_CHARS = 4


def _forms(index: int, entry: GazetteerEntry) -> list[tuple[rules.Form, list[str]]]:
    """The distinct forms (name first, then aliases) of an entry with their normalised words."""
    spelled: dict[tuple[str, ...], str] = {}
    for text in (entry.name, *entry.aliases):
        words = tuple(t.norm for t in tokenize(text))
        if words and words not in spelled:
            spelled[words] = text
    # A word of a longer form is a short form, except the name a kind noun heads («الزمالك»
    # of «نادي الزمالك»): the noun only says what it is, the word alone is the whole name.
    in_longer = {
        w
        for words in spelled
        if len(words) > 1
        and not (
            len(words) == 2 and words[0] in _KIND_HEADS and wordfreq.is_word_in_no_reading(words[1])
        )
        for w in words
    }
    # What kind of thing it is (`mention_rules._other_kind_noun`): the noun a short form
    # drops from a longer one («نادي» of «نادي الهلال» beside «الهلال»، «مسبار» of «مسبار
    # الأمل»; not «أرامكو» of «أرامكو السعودية»), or a kind noun its description starts
    # with («نادي كرة قدم ...»). A person's or a place's longer form starts with a given name
    # or a title.
    firsts = [
        without_article(words[0])
        for words in spelled
        if len(words) > 1 and (words[0] in lx.KIND_NOUNS or words[1:] in spelled)
    ]
    # the forms a kind noun heads among the others: («الجمهورية»,) of «جريدة الجمهورية»
    kind_headed = {words[1:] for words in spelled if len(words) > 1 and words[0] in lx.KIND_NOUNS}
    # (a defective noun with tanween drops its ي: «نادٍ لكرة القدم» is a «نادي»)
    opening = [
        word + "ي" if word + "ي" in lx.KIND_NOUNS else word
        for word in (without_article(t.norm) for t in tokenize(entry.description)[:1])
    ]
    heads = frozenset(
        word
        for word in (*firsts, *(w for w in opening if w in lx.KIND_NOUNS))
        if entry.kind not in ("person", "place")
    )
    given_names = frozenset(
        words[0] for words in spelled if len(words) > 1 and entry.kind == "person"
    )
    name = tuple(t.norm for t in tokenize(entry.name))
    own_words = {without_article(w) for words in spelled for w in words}
    namesakes = _namesakes_ruled_out(entry.description)
    # Filed as a work (`_phrase`): of kind "other", or a programme filed as an organisation,
    # its description opening with what kind of work it is («الاتجاه المعاكس», "a talk show on
    # Al Jazeera", is "the opposite direction" as often); not a body its description names
    # again («الديوان الملكي», "the Saudi royal court", whose first word is a poet's
    # collection's too)
    programme = not lx.WORK_NOUNS.isdisjoint(set(opening) - {without_article(w) for w in name[:1]})
    work = entry.kind == "other" or (entry.kind == "organization" and programme)
    # (a district's name that may be read as a word is read as one unless the context says
    # otherwise: a homograph is as common as a common word there)
    district = entry.kind == "place" and not lx.DISTRICT_NOUNS.isdisjoint(opening)
    described = frozenset(
        word
        for t in tokenize(entry.description)
        for word in (without_article(t.norm), *(a.stem for a in analyses(t.norm)))
    )
    home = _home(entry.description)
    forms = []
    for words, text in spelled.items():
        single = len(words) == 1
        latin = any(c.isalpha() for c in words[0]) and not rules.ARABIC.search(words[0])
        # «بعقوبة السجن»: a name that also reads as a proclitic and a commoner word is read
        # as that word wherever the context says so, like a homograph.
        clitic_word = single and _reads_as_clitic_and_word(words[0])
        dated = (
            len(words) == 3
            and words[0] in lx.DAY_ORDINALS
            and words[1] == "من"
            and words[2] in lx.MONTHS
        )
        # «كان 2025» of the Africa Cup: a grammar word and a year also read «وكان 2025 عاماً»
        # ("and 2025 was a year"), so the form is as weak as the word.
        word_and_year = (
            len(words) == 2 and words[1].isdigit() and _of_closed_class(words[0], lx.FUNCTION_WORDS)
        )
        nickname = (
            single
            and text != entry.name
            and words[0].startswith("ال")
            and not _shares_a_word(words[0], spelled)
            and not (len(name) == 1 and place_stem(words[0]) == place_stem(name[0]))
        )
        # The nisba the entity's name adds to this form («المصرية» of «دار الإفتاء المصرية»).
        name_nisba = name[-1] if name[:-1] == words and rules.is_nisba(name[-1]) else ""
        of_words = not any(wordfreq.is_word_in_no_reading(w) for w in words)
        form = rules.Form(
            entity=index,
            text=text,
            norm=" ".join(words),
            canonical=text == entry.name,
            strong=not single and not word_and_year,
            # (a name that is the word its kind noun's alias names, «الجمهورية» beside «جريدة
            # الجمهورية», is as short as an alias would be: the word, not the paper, mostly)
            short=single
            and (text != entry.name or (words in kind_headed and wordfreq.is_homograph(words[0])))
            and without_article(words[0]) in {without_article(w) for w in in_longer},
            # (a weekday for a short form, «الخميس» of «خميس مشيط», is as closed a class: the
            # day wherever the article does not name the town otherwise)
            function_word=word_and_year
            or (
                single
                and (
                    _of_closed_class(words[0], lx.FUNCTION_WORDS | lx.QUANTIFIERS)
                    or (text != entry.name and _of_closed_class(words[0], lx.WEEKDAYS))
                )
            ),
            latin=latin,
            definite=words[0].startswith("ال"),
            heads=heads,
            # Only a form of common words is every country's (مجلس الأمة، البنك المركزي);
            # «أرامكو» of «أرامكو السعودية» is a name of its own.
            qualifier=name_nisba if of_words else "",
            name_nisba=name_nisba,
            seat=_seat(name[len(words) :])
            if name[: len(words)] == words and of_words
            else frozenset(),
            own_nisba=single
            and text != entry.name
            and rules.is_nisba(words[0])
            and len(name) == 1
            and place_stem(words[0]) == place_stem(name[0]),
            given_names=given_names if single else frozenset(),
            described=described,
            ruled_out=_ruled_out(namesakes, words, own_words),
            home=home,
            acronym=single and latin and _acronym(text),
            epithet=nickname and not rules.is_nisba(words[0]),
            nickname=nickname,
            district=district,
            phrase=_phrase(entry, text, words, described, heads, spelled, work) or dated,
            dated=dated,
            word_too=single and not latin and rules.word_too(words[0]),
            common=single
            and (
                words[0] in lx.PARTICLES
                or words[0] in lx.MONTHS
                or words[0] in lx.PREPOSITIONS_WITH_PRONOUNS
                or wordfreq.is_common_word(words[0])
                or (district and wordfreq.is_homograph(words[0]))
                # (the place its own description puts it in: «السعودية» of the airline
                # "based in Saudi Arabia" names the country as often)
                or (entry.kind != "place" and place_stem(words[0]) in home)
            ),
            homograph=single
            and (
                wordfreq.is_homograph(words[0])
                or clitic_word
                or words[0] in lx.PREPOSITIONS_WITH_PRONOUNS
            ),
            # A nisba shape (سورية/السورية، القباني/قباني، العربي/عربي) takes and loses the
            # article as an adjective or a family name, which says nothing of a common noun.
            word=single
            and wordfreq.ambiguity(words[0]) != wordfreq.NOT_A_WORD
            and not wordfreq.nisba_shaped(words[0]),
            # An alias may be an epithet (المحروسة، الشهباء): only a name is unique.
            unique=single
            and text == entry.name
            and not clitic_word
            and wordfreq.is_unique_name(words[0]),
            no_word=single
            and text == entry.name
            and not clitic_word
            and wordfreq.is_word_in_no_reading(words[0]),
        )
        forms.append((form, list(words)))
    # A currency spoken of as «الجنيه» is counted bare: «١٠٠ ألف جنيه».
    if not described.isdisjoint(lx.UNIT_NOUNS):
        for form, spelt in list(forms):
            bare = without_article(spelt[0])
            if len(spelt) == 1 and form.definite and (bare,) not in spelled:
                counted = replace(
                    form,
                    text=bare,
                    norm=bare,
                    canonical=False,
                    definite=False,
                    counted_only=True,
                    word_too=rules.word_too(bare),
                )
                forms.append((counted, [bare]))
    return forms


def _home(description: str) -> frozenset[str]:
    """The place stems of where the description's first clause puts the entity, after «في»
    or «بـ» («صحيفة يومية خاصة في مصر» → مصر; not «… وتشترك في اسمها مع صحيفة جزائرية»)."""
    first_clause = _CLAUSE_END.split(description, maxsplit=1)[0]
    words = [without_article(t.norm) for t in tokenize(first_clause)]
    placed = []
    for i, word in enumerate(words):
        if word == "في":
            # (past the nouns and directions before the name: «في شمال إقليم كردستان»)
            placed += [w for w in words[i + 1 :] if w not in _BEFORE_A_PLACE][:1]
        elif word.startswith("بال") and len(word) > 5:
            placed.append(word[1:])
    return frozenset(place_stem(without_article(w)) for w in placed)


_CLAUSE_END = re.compile(r"[،,.؛;]")

# Nouns and directions that stand between «في» and a place's name
_BEFORE_A_PLACE = frozenset(
    without_article(w)
    for w in lx.DIRECTIONS | lx.PROVINCE_NOUNS | lx.TOWN_NOUNS | lx.PLACE_NOUNS | lx.PLACES_AT_LARGE
)


def _namesakes_ruled_out(description: str) -> list[list[str]]:
    """The names of the namesakes the description rules out («… وليست عرابة البطوف في
    الجليل», «not the Canadian London»), as normalised words."""
    return [[t.norm for t in tokenize(c)] for c in _NOT_THIS.findall(normalize(description))]


def _ruled_out(namesakes: list[list[str]], words: tuple[str, ...], own: set[str]) -> frozenset[str]:
    """What the `namesakes` write next to the form, as ``before:``/``after:`` keys: the words
    around the form in the namesake's name, or, where that name does not hold the form
    («وليست الهيئة المصرية … في الأزهر»), its own words after the form, as place stems."""
    keys: set[str] = set()
    for phrase in namesakes:
        n = len(words)
        spots = [i for i in range(len(phrase) - n + 1) if tuple(phrase[i : i + n]) == words]
        for i in spots:
            keys.update(["before:" + phrase[i - 1]] if i else [])
            keys.update(["after:" + phrase[i + n]] if i + n < len(phrase) else [])
        if not spots:
            keys.update(
                "after:" + place_stem(word)
                for word in phrase
                if without_article(word) not in own
                and not _of_closed_class(word, lx.FUNCTION_WORDS | _NAMESAKE_TALK)
            )
    return frozenset(keys)


# «وليست …», «وليس …», «لا يُقصد بها …», «not …»: up to the clause's end
_NOT_THIS = re.compile(r"(?:^|[\s،,(])و?(?:ليس|ليست|لا يقصد بها|لا يقصد به|not)\s+([^.،,؛;()]+)")
# («التي تحمل الاسم نفسه»: words saying there is a namesake, not words of its name)
_NAMESAKE_TALK = frozenset(
    normalize(w)
    for w in (
        *("التي", "الذي", "اللتين", "تحمل", "يحمل", "تحملان", "الاسم", "اسم", "اسمها", "اسمه"),
        *("نفسه", "نفسها", "ذات", "ذاته"),
    )
)


def _shares_a_word(word: str, spelled: Collection[tuple[str, ...]]) -> bool:
    """Whether ``word`` (article off) is, or begins or ends like, a word of another of the
    entity's forms: «الزمالك» of «نادي الزمالك», «الحوثيين» of «جماعة الحوثي»."""
    bare = without_article(word)
    for other in spelled:
        if other == (word,):
            continue
        for w in map(without_article, other):
            if len(w) >= 3 and (bare.startswith(w) or w.startswith(bare)):
                return True
    return False


# A work is filed as "other"; a person may be the title of a book about them.
_WORKS_KINDS = frozenset({"other", "person"})


def _beside_its_namesake(words: Sequence[str], entry: GazetteerEntry) -> bool:
    """Whether a place's short form of two words or more names, in the place's own
    description, what the place is named after: «البحر الأحمر» of «محافظة البحر الأحمر»,
    "a governorate on the western coast of the Red Sea". The sea is written so far more
    often than the governorate («قرب ساحل البحر الأحمر»)."""
    if len(words) < 2:
        return False
    phrase = " ".join([without_article(words[0]), *words[1:]])
    described = normalize(entry.description)
    found = re.search(rf"(?<![^\W_])[وفبك]?(?:ال|لل|ل)?{re.escape(phrase)}(?![^\W_])", described)
    return found is not None


def _common_phrase(words: Sequence[str]) -> bool:
    """Whether every word of a title is a common word (the article off): «ذاكرة الجسد»."""
    return all(
        wordfreq.zipf(w) >= _PHRASE_WORD_ZIPF
        or wordfreq.zipf(without_article(w)) >= _PHRASE_WORD_ZIPF
        for w in words
    )


_PHRASE_WORD_ZIPF = 3.5


def _phrase(
    entry: GazetteerEntry,
    text: str,
    words: tuple[str, ...],
    described: frozenset[str],
    heads: frozenset[str],
    spelled: Collection[tuple[str, ...]],
    work: bool,
) -> bool:
    """Whether a form is a phrase anyone may write (see `rules.Form.phrase`): a work's title
    of common words («ذاكرة الجسد»; not a dam's, a prize's or a project's), one common word
    or a noun with its pronoun («المهجر», «موطني» "my homeland"); a body's short name of two
    common nouns joined by و («العدالة والتنمية» of «حزب العدالة والتنمية»)."""
    if entry.kind == "place" and text != entry.name and _beside_its_namesake(words, entry):
        return True
    if work and rules.is_work(described):
        if len(words) == 1:  # «موطني» "my homeland", «المهجر» "the diaspora"
            return _possessed_noun(words[0]) or _common_phrase(words)
        return words[0] not in lx.WORK_NOUNS and _common_phrase(words)  # not «فيلم الممر»
    return (
        entry.kind == "organization"
        and text != entry.name
        and bool(heads)
        and (_coordinated_nouns(words) or _noun_and_adjective(words, spelled, described))
    )


def _noun_and_adjective(
    words: Sequence[str], spelled: Collection[tuple[str, ...]], described: frozenset[str]
) -> bool:
    """Two common words with the article, a noun and its adjective («الصحة العالمية»,
    «اللجان العمالية»): a body's short name anyone may write of any such body. Not the
    body's own name and the adjective its description gives it («الهلال السعودي» of a
    Saudi club named «الهلال», «الاتصالات السعودية» of "a Saudi telecoms company")."""
    if len(words) != 2 or not all(w.startswith("ال") for w in words):
        return False
    adjective = without_article(words[1])
    own = (words[0],) in spelled or adjective in described or adjective + "ه" in described
    return not own and _common_phrase(words)


def _coordinated_nouns(words: Sequence[str]) -> bool:
    """Two common nouns with the article joined by و («العدالة والتنمية»)."""
    return (
        len(words) == 2
        and words[0].startswith("ال")
        and words[1].startswith("وال")
        and _common_phrase([words[0], words[1][1:]])
    )


def _possessed_noun(word: str) -> bool:
    """A common noun with a possessive pronoun (موطني، بلادي، حبيبها; not بغداد)."""
    return any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= 3
        and wordfreq.zipf(word[: -len(suffix)]) >= _PHRASE_WORD_ZIPF
        for suffix in _POSSESSIVE_SUFFIXES
    )


_POSSESSIVE_SUFFIXES = ("ي", "ه", "ها", "نا", "هم", "ك")


def _acronym(text: str) -> bool:
    """A short form in Latin capitals (RAM, WHO; not Zain, G20)."""
    return text.isalpha() and text.isupper() and len(text) <= _LATIN_ACRONYM_MAX


def _reads_as_clitic_and_word(word: str) -> bool:
    """Whether a one-word name is also a proclitic (و ف ب ك ل) before a word commoner than
    the name itself: بعقوبة is ب + عقوبة "punishment", وجدة و + جدة; لبنان is no ل + بنان,
    which is rarer than the name. A name the lists do not know as a word is no such word."""
    own = wordfreq.zipf(word)
    return own > 0 and any(
        a.proclitics and not a.article and len(a.stem) > 2 and wordfreq.zipf(a.stem) > own
        for a in analyses(word)
    )


def _of_closed_class(word: str, words: frozenset[str]) -> bool:
    """One of a closed class of ``words`` (grammar words, weekdays), or one with و/ف before
    it (وأين "and where" is no واين, Wayne; «والخميس»)."""
    return word in words or any(
        a.proclitics in ("و", "ف") and a.key in words for a in analyses(word)
    )


def _hamza_spellings(text: str, words: list[str]) -> list[list[str]]:
    """A form's words, and as often written with the hamza's seat and no hamza («الموتمر»
    for «المؤتمر»، «حايل» for «حائل»): the text's spelling folds ؤ ئ to ء, which a
    dropped hamza does not reach."""
    dropped = [t.norm for t in tokenize(text.replace("ؤ", "و").replace("ئ", "ي"))]
    return [words, dropped] if dropped != words and len(dropped) == len(words) else [words]


def _oblique_plural(words: list[str]) -> list[str] | None:
    """A form's words with a sound masculine plural in the case it takes as an object or
    after a preposition («هجمات الحوثيين» for «الحوثيون», «جماعة الإخوان المسلمين» for
    «الإخوان المسلمون»): Arabic inflects the plural's ending; None when no word is one."""
    oblique = [
        w[:-2] + "ين" if w.endswith("ون") and len(w.removeprefix("ال")) >= _PLURAL_LETTERS else w
        for w in words
    ]
    return oblique if oblique != words else None


_PLURAL_LETTERS = 5  # a stem of three letters and «ون»: «مسلمون», not «عون» or «كون»


# «أبو» and «ذو» open names and inflect with their case: «أبيات الشاعر أبي القاسم الشابي»,
# «في إمارة أبي ظبي», «رأيت أبا بكر», «محافظة ذي قار».
_KINSHIP_CASES = {"ابو": ("ابي", "ابا"), "ذو": ("ذي", "ذا")}


def _kinship_cases(words: list[str]) -> list[list[str]]:
    """A name opened by «أبو» or «ذو» with that word in its other cases."""
    cases = _KINSHIP_CASES.get(words[0], ()) if len(words) > 1 else ()
    return [[case, *words[1:]] for case in cases]


def _join_variants(words: list[str]) -> list[tuple[str, ...]]:
    """The word sequence with every choice of adjacent words joined (long names: all or none);
    never all in one word that is a word of the language; initials never all in one word
    («أ ف ب» may be written «أف ب», but «أ ب» of Associated Press is not «آب», August); a
    family's «آل» never joined to its name («آل طالب» in one word is «الطالب», the
    student)."""
    apart = frozenset(i for i, word in enumerate(words[:-1]) if word == _FAMILY)
    variants = _join_variants_all(words, apart)
    if len(words) > 1 and any(len(w) == 1 for w in words):
        return [v for v in variants if len(v) > 1]
    # (nor joined into a word of the language: «بي إن» of beIN in one word is «بيان», a
    # statement; «عبد الله» joined is still only a name)
    return [v for v in variants if len(v) > 1 or len(words) == 1 or not wordfreq.is_homograph(v[0])]


_FAMILY = normalize("آل")  # folded as the article is: «ال»


def _join_variants_all(words: list[str], apart: frozenset[int]) -> list[tuple[str, ...]]:
    if len(words) > _MAX_JOINED_WORDS:
        return [tuple(words)] if apart else [tuple(words), ("".join(words),)]
    variants = []
    for joins in product((False, True), repeat=len(words) - 1):
        if any(joins[i] for i in apart):
            continue
        out = [words[0]]
        for word, join in zip(words[1:], joins, strict=True):
            if join:
                out[-1] += word
            else:
                out.append(word)
        variants.append(tuple(out))
    return variants


def _descend(
    node: dict, tokens: list[Token], adjacent: list[bool], j: int
) -> tuple[int, list[rules.Form]] | None:
    """Longest terminal reachable from ``node`` by exact words of ``tokens[j:]``."""
    best = (j, node[_END]) if _END in node else None
    if len(node) == (best is not None) or j >= len(tokens) or not adjacent[j]:
        return best  # a leaf, or the name would continue across punctuation
    word = tokens[j].norm
    child = node.get(word)
    if child is not None:
        hit = _descend(child, tokens, adjacent, j + 1)
        if hit and (best is None or hit[0] > best[0]):
            best = hit
    if (
        j + 1 < len(tokens)
        and adjacent[j + 1]
        and _joinable(word)
        and _joinable(tokens[j + 1].norm)
    ):
        child = node.get(word + tokens[j + 1].norm)
        if child is not None:
            hit = _descend(child, tokens, adjacent, j + 2)
            if hit and (best is None or hit[0] > best[0]):
                best = hit
    return best


@lru_cache(maxsize=1 << 16)
def _reading_keys(norm: str) -> tuple[tuple[str, Analysis], ...]:
    """Distinct trie keys of a word's proclitic readings (الكرملين is read twice).

    When the whole word is a listed Arabic word, a proclitic reading is dropped if it leaves
    a two-letter stem (بين → ب + ين، فشل → ف + شل: a three-letter word is far likelier a
    word than a clitic and a two-letter name), or if the word is about as frequent as what
    remains, or more (كبرى is no ك + برى, وليد no و + ليد): a clitic before a name is
    written far less often than the bare name (بمصر, والعراق: a tenth of مصر, العراق).
    """
    readings = analyses(norm)
    if own := wordfreq.zipf(norm):
        readings = tuple(
            a
            for a in readings
            if not a.proclitics
            or (
                (a.article or len(a.stem) > 2 or _short_name_stem(a))
                and own - wordfreq.zipf(a.key) < _clitic_margin(a.proclitics)
            )
        )
    return tuple({a.key: a for a in reversed(readings)}.items())[::-1]


def _short_name_stem(reading: Analysis) -> bool:
    """Whether a conjunction before a two-letter stem that is no grammar word reads well,
    the word itself rarer than the stem («وقم» "and Qom" beside «قم»): a name's, where a
    preposition glued to a short stem is far likelier the word's own letter (بين، فشل)."""
    return reading.proclitics == "و" and reading.key not in lx.PARTICLES


# The vowel a proclitic is written with: و ف ك with fatha, ب with kasra, ل with either
# (لَ of emphasis). A first letter written with another mark, a sukun or a shadda is the
# word's own («فُرشت» "was furnished", not ف + رشت).
_PROCLITIC_VOWELS = {
    "و": "\u064e",
    "ف": "\u064e",
    "ك": "\u064e",
    "ب": "\u0650",
    "ل": "\u064e\u0650",
}


def _vowelled_otherwise(written: str, reading: Analysis) -> bool:
    """Whether the marks written on the word's first letter deny its proclitic reading."""
    if not reading.proclitics:
        return False
    letter, marks = written[:1], ""
    for char in written[1:]:
        if char not in TASHKEEL:
            break
        marks += char
    allowed = _PROCLITIC_VOWELS.get(letter)
    return allowed is not None and any(m not in allowed for m in marks)


def _clitic_margin(proclitics: str) -> float:
    """How much rarer than its stem a listed word must be to be read as clitics and the
    stem: ف is written before a noun far less often than و، ب or ل, so a word opening
    with it as frequent as a tenth of the rest is a word of its own («فسرت» "was explained",
    not ف + سرت)."""
    return _FA_MARGIN if proclitics.startswith("ف") else _CLITIC_FORM_MARGIN


_FA_MARGIN = -1.0


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")


@lru_cache(maxsize=1 << 16)
def _joinable(norm: str) -> bool:
    """Whether a word may be half of a name written as one word (كراود سترايك → كراودسترايك):
    not a single letter, nor a grammar word, bare or with a pronoun (عن، إلى، إنه), which
    no name is cut from («عن ان» is not عنان, «بري إنه» not بريانه)."""
    if len(norm) < 2 or norm in lx.PARTICLES:
        return False
    return not any(norm.endswith(p) and norm[: -len(p)] in lx.PARTICLES for p in _OBJECT_PRONOUNS)


@lru_cache(maxsize=1 << 16)
def _dropped_reading_keys(norm: str) -> tuple[tuple[str, Analysis], ...]:
    """The readings `_reading_keys` drops (a listed word read as a clitic and a two-letter
    stem, or a stem rarer than the word), for names of several words only."""
    if not wordfreq.zipf(norm):
        return ()
    kept = {key for key, _ in _reading_keys(norm)}
    dropped = {a.key: a for a in analyses(norm) if a.key not in kept}
    return tuple(dropped.items())


def _description_words(
    entry: GazetteerEntry, *, max_zipf: float = _DESCRIPTION_WORD_MAX_ZIPF, stems: bool = False
) -> frozenset[str]:
    """The distinctive words of an entity's description (not its own names' words, not
    grammar words, not words more frequent than ``max_zipf``), as the article's words are
    keyed (clitics off); with ``stems``, each word's stems too."""
    own = {without_article(t.norm) for text in (entry.name, *entry.aliases) for t in tokenize(text)}
    words = set()
    for token in tokenize(entry.description):
        readings = {a.stem for a in analyses(token.norm)} if stems else ()
        for word in (without_article(token.norm), *readings):
            if (
                len(word) >= 3
                and word not in own
                and word not in lx.FUNCTION_WORDS
                and wordfreq.zipf(word) < max_zipf
            ):
                words.add(word)
    # One word, one vote: «المصرية» is read as itself and as «مصرية», and is counted once.
    return frozenset(w for w in words if not (w.startswith("ال") and w[2:] in words))


@cache
def _kinds_of(heads: frozenset[str]) -> frozenset[str]:
    """Every kind noun of the kinds an entity's ``heads`` name («قناة» of «قناة الجزيرة» →
    «قناتي», «فضائية» …: `lexicon.KIND_NOUN_GROUPS`)."""
    return frozenset().union(*(g for g in lx.KIND_NOUN_GROUPS if not g.isdisjoint(heads)))


def _mark_word_in_use(forms: tuple[rules.Form, ...], words: set[str]) -> tuple[rules.Form, ...]:
    """Mark the one-word forms whose other state (±ال) the article writes as a word
    («الصور» beside «صور»): a name does not take or lose the article, a common noun does."""
    return tuple(
        replace(f, common=f.common or not f.definite, unique=False, word_in_use=True)
        if f.weak and f.word and wordfreq.other_state(f.norm) in words
        else f
        for f in forms
    )


def _prefer_canonical_owners(root: dict) -> None:
    """Keep one form per entity per trie path. A path that spells one entity's name and
    another's alias stays shared («برشلونة»: the city, and the club's alias): the context
    chooses (`mention_rules._choose`), the name's owner only when it says nothing."""
    stack = [root]
    while stack:
        node = stack.pop()
        for key, value in node.items():
            if key != _END:
                stack.append(value)
                continue
            per_entity: dict[int, rules.Form] = {}
            for form in value:
                kept = per_entity.get(form.entity)
                if kept is None or (form.canonical, form.strong) > (kept.canonical, kept.strong):
                    per_entity[form.entity] = form
            node[_END] = tuple(per_entity.values())


def _proclitic_length(surface: str, reading: Analysis) -> int:
    """How many characters of ``surface`` the proclitics left outside a link take."""
    letters = len(reading.proclitics) - (reading.article and reading.proclitics.endswith("ل"))
    pos = 0
    while letters > 0 and pos < len(surface):
        letters -= bool(normalize(surface[pos]))
        pos += 1
    while 0 < pos < len(surface) and not normalize(surface[pos]):
        pos += 1  # the proclitic's own tashkeel/tatweel: «وَموسكو», «بـموسكو»
    return pos
