"""Public names a note may hold without naming anyone in it: the singer a peer loves, the character
she sees herself in, the footballer he quotes (issue 12's twelfth round).

A rule-based name detector cannot tell "Taylor Swift" from "Tayla Smith", and a third of the false
refusals on text written apart from our corpora were such names. Three gazetteers, written from general
knowledge and never from a corpus (data/README.md says how), say which are public:

- ``people.txt``: real public figures by their full names ("Serena Williams", "A. R. Rahman"),
- ``mononyms.txt``: figures and characters known by one word that no one is given ("Beyoncé",
  "Dumbledore"); ordinary given names ("Drake", "Adele") are left out on purpose,
- ``works.txt``: shows, films, books, games and bands, each with its characters or members. A
  character's full name is public anywhere ("Meredith Grey"); a single name only in a note that names
  the work: "Nick and Charlie" are private people until the note says "Heartstopper".

`public_spans` finds them in a text; the detector hides them before it reads names. A private person
who shares a famous full name passes; that is the price of not refusing every note about a film.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
# Words, with an apostrophe or hyphen inside ("O'Connor", "J-Hope"); a possessive is read without its 's.
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|['’](?=[^\W_])|[-.](?=[^\W_]))*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# What may stand between the words of one name: a space, or after an initial its full stop ("A. R. Rahman").
_SPACE = re.compile(r"[ \t]+")
_AFTER_AN_INITIAL = re.compile(r"\.[ \t]*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    """
    dr mr mrs ms miss mx prof professor sir dame lord lady king queen prince princess captain capt
    detective det officer agent sergeant sgt nurse sister brother father mother uncle aunt aunty auntie
    grandma grandpa nana ah saint st the a
    """
)
# Lowercase particles inside a name as written ("Ludwig van Beethoven", "Bashar al-Assad").
_PARTICLES = _words("van von der den de da das dos du del della di la le el al bin binti ibn y")


def fold(word: str) -> str:
    """Lowercase without diacritics or a possessive: "Beyoncé's" → "beyonce"."""
    word = _POSSESSIVE.sub("", word)
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _keys(name: str) -> tuple[str, ...]:
    return tuple(fold(token) for token in _TOKEN.findall(name))


@dataclass(frozen=True)
class Gazetteer:
    names: frozenset[tuple[str, ...]]
    # a work's title as written (its capitals matter: "Dune", not "dune") → its characters' names
    works: dict[tuple[str, ...], frozenset[tuple[str, ...]]]
    longest: int
    # the first word of every name and title, so most words of a note are passed over at one look-up
    name_starts: frozenset[str]
    title_starts: frozenset[str]


def _lines(filename: str) -> Iterator[str]:
    for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@cache
def gazetteer() -> Gazetteer:
    """Read once per process (a few thousand lines, milliseconds)."""
    names = {_keys(line) for line in _lines("people.txt")}
    names |= {_keys(line) for line in _lines("mononyms.txt")}
    works: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for line in _lines("works.txt"):
        title, _, characters = line.partition("|")
        written = tuple(_POSSESSIVE.sub("", token) for token in _TOKEN.findall(title))
        if not written:
            continue
        cast = works.setdefault(written, set())
        cast.update(_keys(character) for character in characters.split(";") if _keys(character))
    # A character's full name is as public as a figure's ("Meredith Grey", "Gordon Gekko"); a first
    # name alone ("Meredith") only beside its work.
    # Not one that a title opens ("Dr Patel", "Mr D", "Ah Ma": any ward or family has one).
    names |= {
        character
        for cast in works.values()
        for character in cast
        if len(character) >= 2 and character[0].rstrip(".") not in _TITLES and min(map(len, character)) >= 2
    }
    names.discard(())
    longest = max([len(name) for name in names] + [len(title) for title in works] + [1])
    starts = {name[0] for name in names} | {character[0] for cast in works.values() for character in cast}
    return Gazetteer(
        frozenset(names),
        {title: frozenset(cast) for title, cast in works.items()},
        longest,
        frozenset(starts),
        frozenset(title[0] for title in works),
    )


def public_spans(text: str) -> list[tuple[int, int]]:
    """Where public names stand in `text`: works' titles, public figures, and the characters of works
    the text names. Longest match first, so "Logan Roy" is one name, not "Logan" and "Roy"."""
    data = gazetteer()
    matches = list(_TOKEN.finditer(text))
    # Every name and title opens with a capital: only such words are looked at (about one in five).
    capitals = [index for index, match in enumerate(matches) if match.group(0)[:1].isupper()]
    if not capitals:
        return []
    tokens = [(match.start(), match.end(), match.group(0)) for match in matches]
    written = [
        word if "'" not in word and "’" not in word else _POSSESSIVE.sub("", word) for _, _, word in tokens
    ]
    keys: list[str | None] = [None] * len(tokens)

    def key(index: int) -> str:
        found = keys[index]
        if found is None:
            found = keys[index] = fold(written[index])
        return found

    def longest_run(index: int) -> int:
        """How many words from `index` on are joined as one name's are (a space, or an initial's stop)."""
        length = 1
        while index + length < len(tokens) and length < data.longest:
            before, after = tokens[index + length - 1], tokens[index + length]
            gap = text[before[1] : after[0]]
            if not (_SPACE.fullmatch(gap) or (len(before[2]) == 1 and _AFTER_AN_INITIAL.fullmatch(gap))):
                break
            length += 1
        return length

    spans: list[tuple[int, int]] = []
    characters: set[tuple[str, ...]] = set()
    for index in capitals:
        if written[index] not in data.title_starts:
            continue
        for length in range(longest_run(index), 0, -1):
            title = tuple(written[index : index + length])
            if title in data.works:
                characters |= data.works[title]
                spans.append((tokens[index][0], tokens[index + length - 1][1]))
                break
    index = 0
    while index < len(tokens):
        if not written[index][:1].isupper() or key(index) not in data.name_starts:
            index += 1
            continue
        for length in range(longest_run(index), 0, -1):
            # Written as a name is, capitalised ("Taylor Swift"), not "a little sister" in passing.
            if not all(word[:1].isupper() or word in _PARTICLES for word in written[index : index + length]):
                continue
            name = tuple(key(i) for i in range(index, index + length))
            if name in data.names or name in characters:
                spans.append((tokens[index][0], tokens[index + length - 1][1]))
                index += length
                break
        else:
            index += 1
    return spans
