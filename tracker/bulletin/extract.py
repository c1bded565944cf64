"""Bulletin text → events and tallies: the rules that read a quake's story out of prose.

The pass runs paragraph by paragraph over the passages that talk about earthquakes:

1. tallies first ("110 aftershocks", "six magnitude 5 to 6 quakes"), so the magnitudes that bound
   a count never become quakes of their own;
2. in each sentence, *items* in reading order: magnitude mentions, count groups that introduce
   quakes ("Two magnitude 5.7 earthquakes …"), and anchors that name a quake without a magnitude
   ("Saturday's quake", "the second tremor");
3. attributes (time pieces, depth, place, coordinates) go to the nearest item before them in the
   sentence, else the first after; a sentence with no item speaks about the quake in focus;
4. drafts that are one quake are merged (a dated anchor into the quake of that date, a repeated
   magnitude with agreeing details), and times are resolved in the bulletin's zone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import replace

from tracker.bulletin import patterns as P
from tracker.bulletin.attributes import _Attributes, _clean_place
from tracker.bulletin.counts import _Counts
from tracker.bulletin.drafts import (
    _ORDINALS,
    _PLACE_RANK,
    _QUAL_TYPE,
    _SUPERLATIVES,
    Draft,
    Item,
    _canon_type,
    _clause_tail,
    _fmt_mag,
    _Group,
    _role_of,
    _roles_agree,
)
from tracker.bulletin.finish import _Finish
from tracker.bulletin.numbers import decimal_value, word_value
from tracker.bulletin.segment import QUAKE_WORD, Span, paragraphs, reference_paragraphs, sentences
from tracker.bulletin.tables import Row, find_tables
from tracker.bulletin.timex import _GATE_ANY_MONTH, TimePiece, anchor_date, find_pieces
from tracker.model import ParseResult, Tally, text_sha256

ANCHOR = re.compile(
    r"\b(?P<det>an?|the|this|that|its|another|(?P<poss>yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s)\s+"
    r"(?P<mods>(?:[\w-]+,?\s+){0,3}?)"
    r"(?P<noun>earthquake|quake|aftershock|after-shock|foreshock|main\s?shock|tremor|temblor|shock|jolt|"
    r"(?:seismic\s+)?event|movement|shaking|epicent(?:er|re))\b(?!-)",
    re.I,
)
#: Before a quake named as a sentence's subject: nothing but its article ("The 1999 İzmit earthquake …").
_SUBJECT_START = re.compile(r"[\s\"“‘']*")
#: After it, in its sentence: what a quake does, past an aside ("(also known as the Kocaeli earthquake)").
_SUBJECT_ACTS = re.compile(r"(?:\s*\([^()]{0,120}\))?,?\s+(?:struck|hit|occurred|shook|jolted|rocked|ruptured|"
                           r"took\s+place|was\s+(?:felt|centred|centered))\b")
#: A sentence whose subject is "it": "With a moment magnitude of 7.3, it was …", "It had …".
_IT_SUBJECT = re.compile(r"(?:^|[,;]\s+|\.\s+)(?:[Ii]t|[Ii]ts\s+\w+)\s+(?:was|had|is|measured|registered|struck)\b|^\s*It\b")
#: Right before a quake used as a reference point ("before the mainshock", "since the quake").
_REFERENCE_POINT = re.compile(r"\b(?:before|after|since|following|than|preceding)\s+$", re.I)
#: "it was / is / became the (largest …)": a predicate, right before an anchor.
_COPULA_BEFORE = re.compile(r"\b(?:was|is|became|remains|remained|be|been|as)\s+$", re.I)
#: "the shock occurred / struck / was felt …": a shock that acts as a quake does is one.
_SHOCK_ACTS = re.compile(r"\s+(?:occurred|struck|hit|jolted|rattled|shook|originated|was\s+(?:felt|centred|centered|located)|had\s+a)\b")
POSS_DAY = re.compile(
    r"\b(?P<day>yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\b(?=\s*(?:in\b|at\b|near\b|off\b|was\b|,|(?:quake|earthquake|tremor|temblor|aftershock|one)\b))",
    re.I,
)
PRONOUN = re.compile(r"\b(?P<p>[Ii]t|[Tt]his|which)\b(?=\s+(?:was|had|occurred|struck|hit|took|originated|is|were|measured|registered|lay|came|happened|also"
                     r"|(?:now\s+|probably\s+|likely\s+)?(?:appears?|appeared|seems?|seemed)\s+to\s+(?:have\s+been|be)\b))")
QUAKE_VERB = re.compile(
    r"\b(?:struck|strikes?|hit|hits|occurr\w*|record\w*|jolt\w*|rock\w*|shook|shake|felt|detect\w*|register\w*|"
    r"measur\w*|took\s+place|happen\w*|originat\w*|locat\w*|centred|centered|epicent\w*|depth|strike|striking|"
    r"rattl\w*|trembl\w*|followed|triggered|reported)\b",
    re.I,
)
#: A cheap first look: a sentence with none of these cannot hold a quake's magnitude or a count.
INTEREST = re.compile(
    r"magnitud|richter|\bM[wlsbLjd]?\s?\d|\bmag\b|quake|aftershock|foreshock|main\s?shock|tremor|temblor|seism|epicent|"
    r"hypocent|depth|deep\b|kedalaman|kedlmn|gempa|shaking|movement|jolt|geonet|emsc|geofon|kandilli|day['’]s\s+(?:\w+\s+)?\d\.\d|\d\.\d\s*\((?:later|initially)",
    re.I,
)
#: Plain patterns on the folded text that match wherever INTEREST, QUAKE_WORD and ANCHOR can (the
#: word gates made by patterns.rare_gate find each word at its rarest letter)
#: (see patterns.folded): a sentence or paragraph they miss is passed over without the full pattern.
_INTEREST_GATE = re.compile(
    r"mag|richter|m[wlsbjd]?\s?\d|quake|shock|tremor|temblor|seism|epicent|hypocent|depth|deep|kedalaman|kedlmn|gempa|"
    r"shaking|movement|jolt|geonet|emsc|geofon|kandilli|day['’]s|\((?:later|initially)"
)
#: (Each word found at its rarest letter, with the rest checked behind and after it: the engine stops
#: only at those letters, a tenth of a page's, not at every "s", "t" or "e". _QUAKE_WORD_REACH counts
#: from a match's start to its letter: "after-shoc|k".)
_QUAKE_WORD_GATE = re.compile(
    r"quake|k(?<=shock)|m(?<=trem)or|b(?<=temb)lor|m(?<=seism)|p(?<=ep)icent|p(?<=hyp)ocent|c(?<=ric)hter|m(?<=tsunam)i"
    r"|gempa|m(?<=sism)o|m(?<=terrem)oto|é(?<=sé)isme|jolt|k(?<=shak)ing|geonet|m(?<=em)sc|geofon|kandilli|'(?<=day')s"
    r"|’(?<=day’)s|\((?:later|initially)|m[dlwsbj][a-z]{0,2}\s?\d\.\d"
)
_ANCHOR_GATE = P.rare_gate(("quake", "shock", "tremor", "temblor", "jolt", "event", "movement", "shaking", "epicent"))
#: Read in reversed text from a point: the rest of its word, then up to five more words before it.
_CHUNKS_BACK = re.compile(r"\S*(?:\s+\S+){0,5}")
#: ANCHOR itself, written for the folded text and read from the character before it (it starts at a
#: word's start): patterns.gated_finditer with ``before``, which stops only at spaces and stops.
_ANCHOR_STARTS = P.first_char_gate(
    "^a-z",
    r"[^a-z](?:an?|the|this|that|its|another|(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+"
    r"(?:[\w-]+,?\s+){0,3}?"
    r"(?:earthquake|quake|aftershock|after-shock|foreshock|main\s?shock|tremor|temblor|shock|jolt|"
    r"(?:seismic\s+)?event|movement|shaking|epicent(?:er|re))\b(?!-)"
)
_QUAKE_VERB_GATE = P.rare_gate(
    ("struck", "strik", "hit", "occurr", "record", "jolt", "rock", "shook", "shake", "felt", "detect", "register", "measur",
     "happen", "originat", "locat", "centred", "centered", "epicent", "depth", "rattl", "trembl", "followed", "triggered",
     "reported"), r"took\s+place")
_FINANCE_GATE = P.rare_gate(
    ("market", "stock", "share", "currenc", "bond", "index", "indices", "econom", "inflation", "investor", "trader", "fed",
     "election", "poll", "political", "recession", "earnings", "tariff", "coalition", "resignation", "cabinet", "percent",
     "%"), r"central\s+bank")
_ASTRONOMY_GATE = P.rare_gate(
    ("star", "nova", "asteroid", "comet", "telescope", "brightness", "brighten", "planet", "galaxy", "apparent", "absolute",
     "stellar", "visual", "binocular", "constellation", "sky", "orbit", "meteor"))
#: A header row that names a magnitude column and a date or time column.
_TABLE_HINT = re.compile(
    r"(?im)^[^\n]{0,120}?\b(?:date|time|origin|utc|datetime)\b[^\n]{0,120}?(?:\s\s|\t)(?:mag(?:nitude)?|m[lwbsdj]?\w{0,3})\b|"
    r"^[^\n]{0,120}?\b(?:mag(?:nitude)?|m[lwbsdj]?\w{0,3})\b[^\n]{0,120}?(?:\s\s|\t)[^\n]{0,40}?\b(?:date|time|origin|utc|datetime)\b"
)
#: Where _YEAR_CONTEXT can match: a year after any space.
_YEAR_STEMS = (" 19", " 20", "\n19", "\n20", "\t19", "\t20")
#: Where INITIAL_VALUE can start: "initially", "originally", "first", "earlier".
_INITIAL_WORDS = ("initial", "original", "first", "earlier")
_INITIAL_GATE = P.rare_gate(_INITIAL_WORDS)
#: Where PRONOUN can match: "it", "this" or "which" and any space after it.
# (written to begin with a character class, which lets the engine skip to the next "i", "t" or "w"
# where a leading \b would be tried at every position)
_PRONOUN_LOOK = re.compile(r"[itw](?<=\bi|\bt|\bw)(?:(?<=i)t|(?<=t)his|(?<=w)hich)\s")
#: "a slightly lower value of Mw 5.6 for the same shock": another agency's value.
_SAME_SHOCK_AFTER = re.compile(r"\s*(?:for|of)\s+the\s+same\s+(?:shock|quake|earthquake|event|tremor)\b", re.I)
#: "a swarm that began on 8 August": the start of something, not a quake's time.
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|starting|beginning)\s+(?:on\s+|in\s+)?$", re.I)
#: "6.4 on the local magnitude scale", "7.8 on the moment magnitude scale".
_SCALE_OF_FEELING = re.compile(r"(?i)\bRichter\s+scale\s+(?:of|for)\s+(?!magnitude)[a-z]")
_SCALE_AFTER = re.compile(r"\s+on\s+the\s+(local|moment|body[- ]wave|surface[- ]wave)\s+magnitude\s+scale", re.I)
_JOINED = re.compile(r"\s*(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?)?\s*,?\s*and\s+(?:a|an|the)?\s*", re.I)
_GENERIC_CLAUSE = re.compile(r"\b(?:would|typically|usually|generally|tends?\s+to|generic|model|on\s+average|for\s+example)\b", re.I)
_GENERIC_AFTER = re.compile(
    r"\s*(?:earthquakes?|quakes?|tremors?)?\s*(?:is|are|releases?|produces?|causes?|can|rarely|usually|typically|generally|"
    r"often|would|will)\b", re.I)
_CLAUSE_BREAK_ANY = re.compile(r"(?:,\s+and|;|,\s+while|,\s+but)\s", re.I)
#: Only a comma, an article and "magnitude" between a date and the quake it dates.
_TO_MENTION = re.compile(r"[\s,]*(?:(?:the|a|an)\s+)?(?:magnitude\s+)?", re.I)
_CLAUSE_BREAK = re.compile(r"(?:(?:,\s+and|;|:|,\s+while)\s+(?:on|in|at)?|\band\s+(?:on|in|at))\s*$", re.I)
#: A sentence that opens on its day: "Yesterday (13 August), …", "On Monday, …", "Earlier on 14 June, …".
_NARRATIVE_LEAD = re.compile(
    r"(?:Yesterday|Today|Earlier(?:\s+on)?|Later(?:\s+on)?|On|Last\s+night|This\s+morning|Overnight)\b[^,.;\n]{0,30},",
)
#: A year 1800–2099 ("\b(?:1[89]|20)\d\d\b", led by a class so the engine skips to the next "1" or "2").
_YEAR = re.compile(r"[12](?<=\b[12])(?:(?<=1)[89]|(?<=2)0)\d\d\b")
#: A sentence about several quakes together that dates them: "… earthquakes … struck … on 19 March 2024".
_PLURAL_QUAKES_DATED = re.compile(r"(?i)\b(?:earthquakes|quakes|tremors|doublet|pair\s+of\s+\w+\s+earthquakes)\b"
                                  r"[^.;]{0,160}?\b(?:on|in)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
                                  r"\b(?:earthquakes|quakes|tremors)\b[^.;]{0,160}?\b(?:on|in)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")
#: What every _PLURAL_QUAKES_DATED match holds (lower-cased): its noun.
_PLURAL_DATED_STEMS = ("quakes", "tremors", "doublet")
_DAY_WORD = re.compile(r"(?i)\b(?:yesterday|today|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
#: "in July 2019", "in 2019": the year the following yearless dates of a paragraph belong to.
_YEAR_CONTEXT = re.compile(r"(?i)\b(?:in|of|since)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|"
                           r"november|december)\s+)?((?:19|20)\d\d)\b")
#: "UPDATE 7:45 a.m.:", "Posted at 10:02": when the story was written, not when a quake struck.
_STAMP_BEFORE = re.compile(r"(?i)\b(?:update[ds]?|posted|published|issued|last\s+modified)\s*:?\s*(?:at\s+|on\s+)?$")
_DEADLINE_BEFORE = re.compile(r"\b(?:as\s+of|as\s+at|since|until|till|through|by)\s+(?:\w+\s+)?$", re.I)
#: A magnitude type written after the value: "4.6 MLv", "4.1 (ML)", "3.2 MN" (agency bulletins).
_TYPE_AFTER = re.compile(r"[ \t]*\(?(?P<t>M[Ll]v?|M[Ww][wbcrp]?|m[Bb]|M[Ss]|M[Dd]|M[Nn]|M[Jj](?:ma|MA)?|mb_?Lg|MLr)\)?(?![\w])")
def _same_value_type(target: Draft, d: Draft) -> None:
    """The same value told again with its type ("M 4.7 …", then "Magnitude 4.7 mww"): keep the type."""
    if target.mag_type is None and d.mag_type and target.magnitude is not None and d.magnitude is not None \
            and abs(target.magnitude - d.magnitude) < 0.051:
        target.mag_type = d.mag_type


_TYPE_AFTER_FIELD = re.compile(r"[ \t]*\(?(?P<t>m(?:ww|wr|wb|wc|wp|w|lv|l|b_?lg|b|s|d|j))\)?(?![\w])")
LITERAL_QUAKE_RE = P.LITERAL_QUAKE
_REVISION_WORDS = P.rare_gate(("revis", "upgrad", "downgrad", "updat", "correct", "lower", "rais", "adjust", "chang",
                                "initially", "originally", "first"), r"later\s+put")
#: Substrings every match of QUAKE_WORD / INTEREST contains (lower case): a cheap test first.
_QUAKE_STEMS = ("quake", "shock", "tremor", "md", "ml", "mw", "mb", "ms", "mj", "temblor", "seism", "epicent", "hypocent", "richter", "tsunami",
                "gempa", "sismo", "terremoto", "séisme", "jolt", "shaking", "geonet", "emsc", "geofon", "kandilli", "'s ", "’s ",
                "'s\n", "’s\n", "'s\t", "’s\t", "(later", "(initially")
#: How far before the first gate match a QUAKE_WORD / INTEREST match can start ("after-shoc|k",
#: "after|shock"); see _gated_has.
_QUAKE_WORD_REACH = 10
_INTEREST_REACH = 5
#: The same for QUAKE_VERB and its rare-letter gate: "follo|wed", "struc|k".
_QUAKE_VERB_REACH = 5
_INTEREST_STEMS = ("magnitud", "richter", "m", "quake", "shock", "tremor", "temblor", "seism", "epicent", "hypocent",
                   "depth", "deep", "kedalaman", "kedlmn", "gempa", "shaking", "movement", "jolt", "geonet", "emsc",
                   "geofon", "kandilli", "'s ", "’s ", "'s\n", "’s\n", "'s\t", "’s\t", "(later", "(initially")
KV_LINE = re.compile(
    # (possessive: "=" and ":" are not in the key's class, so giving back characters never helps)
    r"^[ \t*•\-]*+(?:[A-Za-z][A-Za-z /().]{0,28}+[=:]|(?:origin\s+time|date|time|depth|location|coordinates|region|"
    r"epicent\w+|magnitude|lat\w*|lon\w*)\b)",
    re.M | re.I,
)
#: "HUALIEN, April 24 -", "Mexico City, Sept 20 (AP) —": where and when the story was filed, not a quake time.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,30}|[A-Z][A-Za-z .'’-]{1,40}(?=[^\n]{0,40}\((?:AP|AFP|Reuters|Xinhua|Kyodo|Bernama|Anadolu|dpa|IANS|PTI|ANI|CNA|UPI|Yonhap|Antara|EFE)\)))"
    r"(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,?\s*(?:\(?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\)?)?\s*"
    r"(?:(?:\(?(?:AP|AFP|Reuters|Xinhua|Kyodo|Bernama|Anadolu|dpa|IANS|PTI|ANI|CNA|UPI|Yonhap|Antara|EFE)\)?)?\s*[-–—]+\s"
    # "Taipei, March 17 (CNA) A magnitude 5.8 …": the agency in brackets, no dash
    r"|\((?:AP|AFP|Reuters|Xinhua|Kyodo|Bernama|Anadolu|dpa|IANS|PTI|ANI|CNA|UPI|Yonhap|Antara|EFE)\)\s+(?=[A-Z]))"
)
#: "The USGS put the magnitude at 5.9", "initially measured it at 7.5": another value for the quake in focus.
ALT_VALUE = re.compile(
    r"(?:\b(?:puts?|gave|gives|estimated|estimates|measured|measures|rated|rates|calculated|recorded|registered|assessed|listed|lists|reported|reports)\s+(?:the|its|it|that|this|[a-z]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:at|as)\s+(?:magnitude\s+|M[wlbsdj]?[a-z]{0,2}\s*)?[0-9]|"
    r"\b(?:the|its)\s+(?:preliminary\s+|initial\s+)?magnitude\s+(?:at|as)\s+[0-9])",
    re.I,
)
ISSUED_LINE = re.compile(
    r"[ \t*•\-]*(?:issued|updated|released|published|sent|prepared|report(?:ed)?\s+(?:at|time|issued)|"
    r"(?:this\s+)?(?:message|bulletin|report|forecast)\s+(?:was\s+)?(?:issued|updated|sent)|next\s+update|diterbitkan)\b",
    re.I,
)


# --- the role of a mention (_Pass._role_for), from the words round it ---------------------------------
_ROLE_HEADING = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}(?P<w>aftershock|foreshock|main\s?shock)(?:\s+(?:so\s+far|to\s+date))?\s*:?\s*", re.I)
_ROLE_AFTER = re.compile(r"^[\s'’-]*(?:[\w-]+\s+){0,2}?(?P<w>aftershocks?|after-shocks?|foreshocks?|main\s?shocks?|mainshock)\b", re.I)
_ROLE_PRED = re.compile(
    r"^(?:[^.;]|\.(?=\w)|(?<=[ap]\.m)\.){0,110}?\b(?:were|was|is|are|as|being|been)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?P<w>aftershocks?|foreshocks?|main\s?shocks?)\b",
    re.I)
_ROLE_FOLLOWED = re.compile(
    r"^(?:[^.;]|\.\d){0,80}?\b(?:was\s+)?(?:followed\s+(?:[\w-]+\s+){0,4}?by|triggered|generated|produced|spawned|caused)\b"
    r"(?:[^.;]|\.\d){0,50}?\baftershocks?\b", re.I)
_ROLE_PRECEDED = re.compile(r"^[^.;]{0,40}?\b(?:was|were|had\s+been)\s+preceded\s+by\b", re.I)
_ROLE_APPOSITIVE = re.compile(
    r",\s+(?:the|its|their)\s+(?:(?:strongest|largest|biggest|most\s+powerful|first|latest|"
    r"second|third|main|initial|only)\s+)?(?P<w>aftershocks?|foreshocks?|main\s?shocks?)\b[^,;]{0,40}[.!]?\s*$", re.I)
_TITLE_LINE = re.compile(r"\s*([^\n]{5,150})\n")
_YEAR_WORD = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_SINCE_POINT = re.compile(r"(?i)\b(?:since|than)\s+(?:the\s+)?$")
_POINT_AFTER_ROLE = re.compile(r"(?i)\b(?:since|than|after|following)\b")
#: Words that put a quake outside the sequence, after it in its sentence.
_NOT_OF_SEQUENCE = re.compile(
    r"(?i)\b(?:(?:a|as)\s+(?:\w+\s+)?separate\s+(?:earthquake|quake|event|shock)|rather\s+than\s+(?:an?\s+)?(?:aftershock|foreshock)"
    r"|not\s+(?:an?\s+)?(?:aftershock|foreshock)|unrelated\s+to\s+(?:the|this)\b|(?:not|unlikely\s+to\s+be|unlikely\s+to\s+have\s+been)\s+(?:been\s+)?(?:related|linked|connected)\s+to\s+(?:the|this)\b)")
_VALUE_OR_MAGNITUDE = re.compile(r"(?i)\d[.,]\d|magnitude")
_AFTERSHOCKS_OF = re.compile(
    r"\baftershocks?\s+(?:of|to|from|following|after|(?:(?:have|has|had)\s+)?followed)\s+"
    r"(?:the\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?(?:[\w,'’-]+\s+){0,4}$", re.I)
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|after|following|of|to|from|by)\s+(?:the\s+|a\s+|an\s+)?$")
_AND_WHILE_BUT = re.compile(r"\b(?:and|while|but)\b")
_AFTERSHOCK_WORD = re.compile(r"\baftershocks?\b", re.I)


# --- look-ups used per sentence or per mention, compiled once (re's own cache costs a look-up a call)
#: "It …", "The quake …": a sentence after a quake sentence that goes on about it.
_IT_OR_THE_QUAKE = re.compile(r"\b(?:[Ii]t|[Tt]he\s+(?:quake|earthquake|tremor))\b")
#: A line opening on an agency stamp "2024-04-03 …": a field line.
_DATE_STAMP_LEAD = re.compile(r"\s*(?:19|20)\d{2}-\d{2}-\d{2}")
_TWO_ALNUM = re.compile(r"[A-Za-z0-9]{2}")
#: The separator of a "Key: value" line.
_KEY_SEP = re.compile(r"[:=]")
_ISSUED_KEY = re.compile(r"(?i)\b(?:issued|updated|released|sent)\b")
_SINCE_END = re.compile(r"(?i)\bsince\s+$")
_WHEN_AFTER = re.compile(r",?\s+when\b")
#: What may stand between a skipped time and the next one that goes with it ("until 08:00 hora local on …").
_LOCAL_GAP = re.compile(r"[\s,]*(?:hora\s+local|local\s+time)?[\s,]*(?:on|of)?\s*")
_BY_AFTER = re.compile(r"\s+by\b")
_MAG_NUM_RE = re.compile(P.MAG_NUM)
_BRACKETED = re.compile(r"\([^()]*\)")
_QUAL_MAGNITUDE = re.compile(r"(?i)\b(moment|local)\s+magnitude")
#: "recorded aftershocks measuring 4.1, 4.5 and 3.9": the noun before a list of values.
_LIST_ROLE_BEFORE = re.compile(r"(?i)\b(aftershocks|foreshocks)\s+(?:[\w-]+\s+){0,2}$")
#: Words that make a sentence plainly about a quake, for a bare "5.9".
_QUAKE_TALK = re.compile(r"(?i)magnitude|richter|shaking|tremor|temblor|jolt|geonet|emsc|geofon|kandilli")
_REVISION_BRACKET = re.compile(r"\s*\((?:later|initially|revised|downgraded|upgraded)")
_DAYS_BEFORE = re.compile(r"(?i)day['’]s\s+(?:\w+\s+)?$")
_PLURAL_MAGNITUDES = re.compile(r"(?i)\b(?:earthquakes|quakes|tremors|temblors|aftershocks)\s+(?:of\s+)?(?:magnitudes?|measuring)\b")
_PLACE_PREP_AFTER = re.compile(r"[ \t]+(?:in|off|near|at)\b")
#: A magnitude named before a continued list value ("… magnitude 6.1, and a 6.0 at 5:26 p.m.").
_MAGNITUDE_NAMED = re.compile(r"(?i)magnitude|\bM\s?\d|richter|quakes|aftershocks|tremors|temblors|\ban?\s+\d\.\d\b")
_DASH_END = re.compile(r"[-–]\s*$")
_DIGIT_DASH_END = re.compile(r"\d\s*[-–]\s*$")
#: What follows an "M 4.5" on a catalogue list line: "- 10 km NE of …", "- Fiji", "strikes 3 km …".
_USGS_AFTER = re.compile(r"\s*[-–]\s*(?:\d+(?:\.\d)?\s*km\s+[NSEW]{1,3}\s+of\b|[A-Z])|\s+(?:strikes|hits|jolts|shakes)\s+\d")
_SUCH_BEFORE = re.compile(r"\b(?:such|similar)\s+(?:an?\s+)?$", re.I)
_COMPARISON_BEFORE = re.compile(r"(?i)\b(?:as|than|like|every|each|any)\s+(?:a|an)?\s*$")
#: "signals likened to a magnitude 2.3 quake", "energy equivalent to a magnitude 5": a size to compare with.
_LIKENED_BEFORE = re.compile(r"(?i)\b(?:likened|compared|comparable|equivalent|similar|akin|equal)\s+to\s+(?:that\s+of\s+)?(?:a|an)\s+$")
#: "The strongest of them, with …", "the largest one, " right before a value in its sentence.
_SUPERLATIVE_OF = re.compile(r"(?i)\b(?:strongest|largest|biggest|most\s+powerful)(?:\s+(?:of\s+(?:them|these|those|which)|one))?"
                             r"\s*,?\s+(?:(?!(?:since|than|after|following)\b)\w+\s+){0,4}?$")
#: A list of quakes announced by their kind before a colon: "Several aftershocks followed …: one of …".
_COLON_LIST_ROLE = re.compile(r"(?i)\b(aftershocks|foreshocks)\b[^:.;]{0,80}:\s")
#: A quake named as one of a group just counted: "…, including a magnitude 5.1 quake", "including one of M4.2".
_INCLUDING_BEFORE = re.compile(r"(?i)\bincluding\s+(?:an?\s+|one\s+(?:of\s+)?)?(?:(?:strong|moderate|powerful)\s+)?$")
_SUPERLATIVE_STEMS = re.compile(r"strongest|largest|biggest|most\s+powerful")
#: "a magnitude 4.1 followed at 7:46": a quake that came after the ones just counted.
_FOLLOWED_AFTER = re.compile(r"(?:\s+(?:quake|earthquake|tremor|shock))?\s+(?:then\s+|soon\s+)?followed\b(?!\s+by\b)", re.I)
_THE_MAGNITUDE_BEFORE = re.compile(r"(?i)\b(?:the|its|whose)\s+(?:(?:preliminary|initial|final|revised)\s+)?$")
_MAGNITUDE_PREDICATE = re.compile(
    r"(?i)(?:(?:preliminary|initial|final|revised|estimated)\s+)?magnitudes?\s+(?:was|is|had\s+been|has\s+been|estimated|put|measured|reached)\b")
_ANY_DIGIT = re.compile(r"\d")
#: Modifiers of an anchor noun that make "a … quake" no new quake ("a similar quake", "a magnitude …").
_NOT_NEW_MODS = re.compile(r"\b(?:magnitude|such|similar|big|next|possible|major\s+one|future)\b")
#: Each ordinal and superlative with its whole-word pattern, in the order they are tried.
_ORDINAL_WORDS = tuple((o, re.compile(rf"\b{o}\b")) for o in _ORDINALS + _SUPERLATIVES)
#: The ordinals a pair or a short run of quakes is told by (drafts._ORDINALS, first to fifth).
_FIRST_FIVE = "|".join(_ORDINALS[:5])
#: "put the magnitude of the first quake at 5.3": another agency's value for one of a pair.
_OF_THE_ORDINAL = re.compile(rf"(?i)\bof\s+the\s+({_FIRST_FIVE})\b(?![-\s]+(?:largest|strongest|biggest))")
#: A date of quakes told together in passing: "as the quakes of January 18, 2017", "the January 18, 2017 quakes".
_OF_PLURAL_QUAKES = re.compile(r"(?i)\b(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:earth)?quakes\s+(?:of|on)\s+$")
_PLURAL_QUAKES_AFTER = re.compile(r"(?i)\s*(?:(?!and\b|or\b)[\w-]+\s+)?(?:earth)?quakes\b")
#: After "the epicenter": "of the magnitude 5.4 quake" names the quake it was the epicentre of.
_EPICENTER_OF = re.compile(r"\s+of\s+(?:the|a|an|last|this)\b")
#: A key/value line whose key says UTC: "Hora UTC / UTC time:", "Origin time (GMT) =".
_UTC_KEY = re.compile(r"[^:=\n]{0,30}\b(?:UTC|GMT)\b[^:=\n]{0,20}[:=]")
#: A full date with its year: "January 7, 2020", "7 January 2020".
_DATED_YEAR = re.compile(r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+)"
                         r"((?:1[5-9]|20)\d\d)\b")
#: Words of the screen: a quake in a paragraph with two of them is a film's or a series' ("episode two, a
#: magnitude 7.8 'aftershock'", "San Andreas (2015) … a magnitude 9.6 tore California apart").
_FICTION = re.compile(r"(?i)\b(?:episodes?|dramas?|films?|movies?|cinemas?|actors?|actress|starring|screenplay|blockbusters?"
                      r"|box\s+office|trailers?|sequels?|fictional|Netflix|viewers|sitcom)\b")
_FICTION_LOOK = ("episode", "drama", "film", "movie", "cinema", "actor", "actress", "starring", "screenplay", "blockbuster",
                 "box", "trailer", "sequel", "fictional", "netflix", "viewers", "sitcom")
_FICTION_LOOK_RE = P.rare_gate(_FICTION_LOOK)
def _last_plural_is_aftershocks(text: str, lo: int, hi: int) -> bool:
    """Whether the quakes named last in the plural in ``text[lo:hi]`` (if any) are aftershocks: "… a sequence of
    powerful earthquakes …, the largest of magnitude 6.3" is none of the aftershocks told before."""
    named = list(P.PLURAL_QUAKES.finditer(text, lo, hi))
    return not named or named[-1].group(0).lower().replace("-", "").startswith("aftershock")


#: A role noun after "be" says what a quake was ("turned out to be a foreshock"); unlike _COPULA_BEFORE,
#: not after "as", which _CLASSED_AS reads with its verb; and not after "there was", which tells a new one.
_BE_BEFORE = re.compile(r"(?i)\b(?:was|is|were|are|be|been|became)\s+$")
_THERE_BEFORE = re.compile(r"(?i)\bthere\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+$")
#: "The scientist said the two events were not related".
_PAIR_UNRELATED = re.compile(r"(?i)\b(?:the|these|those)\s+two\s+(?:events|quakes|earthquakes|tremors|shocks)\s+(?:were|are)\s+"
                             r"(?:not\s+related|unrelated)\b")
#: Verbs that class a quake "as" a kind: "described it as", "reclassified the first event as".
_CLASSING = r"(?:described|classified|reclassified|re-classified|considered|regarded|identified|treated|counted|listed|labell?ed|characteri[sz]ed)"
#: A quake classed by someone, right before its kind: "described it as an", "was classified as a".
_CLASSED_AS = re.compile(rf"(?i)\b{_CLASSING}\s+(?:(?:it|this|them|the\s+\w+)\s+)?as\s+$")
#: "Seismologists described it as an aftershock", "the INFP does not consider it a foreshock": "it" is the quake told.
_PRONOUN_CLASSED = re.compile(rf"(?i)\b(?:{_CLASSING}\s+(?P<p>it|this)\s+as\b|(?:consider|considers|considered|deem|deems|deemed)"
                              r"\s+(?P<q>it|this)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:aftershock|foreshock|main\s?shock)\b)")
#: A role denied: "the INFP does not consider it a foreshock".
_NEGATION_BEFORE = re.compile(r"(?i)\b(?:not|no\s+longer|never)\b[^.;]{0,30}$|n['’]t\b[^.;]{0,30}$")
#: "The second, measuring 4.7", "the first one, of magnitude 5.1": an ordinal right before a value.
_ORDINAL_LEAD = re.compile(rf"(?i)\bthe\s+({_FIRST_FIVE})(?:\s+(?:one|quake|earthquake|tremor|shock))?\s*,?\s*"
                           r"(?:(?:measuring|registering|of|with|at)\s+)?(?:(?:a\s+)?(?:preliminary\s+)?magnitude\s+(?:of\s+)?)?$")
#: A quake's date right after its noun: "the earthquake of 4 March 1977", "of Friday, 8 September 2023", "on Nov. 30, 2018".
_OF_DATE_AFTER = re.compile(r"\s+(?:of|on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                            r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                            r"(?:1[5-9]|20)\d\d\b)")
#: "the second-largest", "the third strongest": a rank by size, not one of the quakes told before.
_ORDINAL_OF_SIZE = re.compile(rf"\b(?:{_FIRST_FIVE})[-\s]+(?:largest|strongest|biggest|most|highest|deadliest)\b")
_COMMA_END = re.compile(r",\s*$")
_SAME_QUAKE_AFTER = re.compile(r"\s+(?:to\s+(?:hit|strike|rock|jolt|shake)|(?:in|of|this|since)\b)")
_MAIN_MODS = re.compile(r"\b(?:main|initial|original)\b")
_ROLE_RIGHT = re.compile(r"^[\s,]*(?:or\s+)?['‘’\"]?(?P<w>main\s?shock|aftershock|foreshock)", re.I)
_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.I)
#: Between a value and a second one in brackets: "ML 7.6 (Mw 7.8)", "5.1 / 5.3".
_PAREN_GAP = re.compile(r"\s*[(\[/,]\s*(?:or\s+)?")
#: Words between an anchor and a value that make the value another quake's.
_GAP_BREAK = re.compile(r"\b(?:after|before|than|following|followed|preceded|since|triggered|by|and\s+an?|while|but|(?:to|of|from)\s+the)\b", re.I)


#: "a political earthquake": a quake word that its adjective makes a figure of speech.
_FIGURATIVE_BEFORE = re.compile(r"(?i)\b(?:political|electoral|financial|economic|diplomatic|social|cultural|market|corporate)\s+$")


def _line_start(text: str, pos: int, reach: int = 300) -> int:
    """Where the line holding ``pos`` starts, looked for within ``reach`` characters: farther back, the
    line is too long to be a catalogue row or a heading, and ``pos - reach`` stands for its start (a
    text of one long line must not be scanned back to its start for every mention)."""
    return text.rfind("\n", max(0, pos - reach), pos) + 1 or (max(0, pos - reach) if pos > reach else 0)


def _gated_has(pattern: re.Pattern[str], gate: re.Pattern[str], reach: int, text: str, fold: str | None, lo: int, hi: int) -> bool:
    """Whether ``pattern`` (QUAKE_WORD, INTEREST, QUAKE_VERB) matches in ``text[lo:hi]``, found from its ``gate``.

    Every match holds a gate match (in ``fold``, the folded text) and starts at most ``reach``
    characters before it ("after|shock", "follo|wed"), so none starts before the first gate match
    less ``reach``: the case-blind pattern, which the engine tries at every place, is tried from
    there on. Only "5.9 (later …" can start further back. Without ``fold`` the pattern alone answers.
    """
    if fold is None:
        return pattern.search(text, lo, hi) is not None
    g = gate.search(fold, lo, hi)
    if g is None:
        return False
    if pattern.search(text, max(lo, g.start() - reach), hi) is not None:
        return True
    return (fold.find("(later", lo, hi) >= 0 or fold.find("(initially", lo, hi) >= 0) and pattern.search(text, lo, hi) is not None


def _has_kv_quake(text: str, fold: str | None) -> bool:
    """``patterns.KV_QUAKE.search(text) is not None``: every block names a "mag…" field, so a text without
    "mag" (most pages) is settled by one substring scan instead of a case-blind regex scan."""
    return (fold is None or "mag" in fold) and P.KV_QUAKE.search(text) is not None


def _anchor_floor(low: str, lo: int, hi: int) -> int:
    """The earliest offset at which an :data:`ANCHOR` match in ``low[lo:hi]`` (folded text) can start; -1: none can.

    An anchor ends at a quake noun that holds an :data:`_ANCHOR_GATE` match and starts at most five
    spaces before it ("the | strong | shallow | magnitude | main | shock"), so no match starts before
    the fifth word back from the first gate match; the engine need not try every place before that.
    """
    noun = _ANCHOR_GATE.search(low, lo, hi)
    if noun is None:
        return -1
    back = _CHUNKS_BACK.match(low[lo:noun.start()][::-1])
    return noun.start() - (len(back.group()) if back else 0)


@functools.cache
def _stems_re(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``stems`` as written (literal, case-sensitive), each at its rarest character."""
    return P.rare_gate(stems)


def _doc_is_about_quakes(text: str) -> bool:
    """False for a text about money, votes or politics that borrows quake words as figures of speech.

    A story about real quakes may mention markets, but its quake words outnumber them; an election
    story that "landed like an earthquake" uses one or two of them against dozens of money words.
    """
    if not P.FINANCE.search(text):
        return True
    literal = (m for m in P.STRONG_QUAKE.finditer(text) if not _FIGURATIVE_BEFORE.search(text, max(0, m.start() - 16), m.start()))
    strong = sum(1 for _ in itertools.islice(literal, 4))
    if strong == 0:
        return False
    money = sum(1 for _ in itertools.islice(P.FINANCE_WORDS.finditer(text), 3 * strong + 6))
    # a digest of many stories has many quake words where it tells a quake: only a text that uses a
    # handful of them, all against money, is figurative throughout
    return not (strong <= 3 and money >= 6 and money >= 3 * strong)


#: What every :data:`_TABLE_HINT` match holds between its two column names (in folded text): a gap of
#: two spaces or a tab. (Written "\s(?:\s|(?<=\t))" for "(?:\s\s|\t)": a leading class lets the
#: engine skip ahead fast.) The anchored hint is then tried on that line only.
_TABLE_GATE = re.compile(r"\s(?:\s|(?<=\t))")
#: A date or time column's name, one of which every _TABLE_HINT match holds (folded, at rare letters).
_TABLE_WORDS = P.rare_gate(("date", "time", "origin", "utc"))
#: What every :data:`patterns.LIST_LINE` match holds on its line: "M 4.5", "M4.5".
_LIST_GATE = re.compile(r"M[ \t]?\d")


def _has_table_hint(text: str, fold: str | None) -> bool:
    """``_TABLE_HINT.search(text) is not None``, trying the pattern only on lines the gate points to.

    A match starts at a line start and holds a gate match on that line (or at its newline).
    """
    if fold is None:
        return _TABLE_HINT.search(text) is not None
    tried = -1
    at = 0
    while (g := _TABLE_GATE.search(fold, at)) is not None:
        line = fold.rfind("\n", 0, g.start()) + 1
        if line != tried:
            # the hint needs a date or time column's name on the line, or after a line break within
            # its reach (two spaces, then up to 40 characters): most lines have none, and one
            # rare-letter scan of them is far cheaper than the hint's own
            eol = fold.find("\n", line)
            if _TABLE_WORDS.search(fold, line, len(fold) if eol < 0 else eol + 60) is not None \
                    and _TABLE_HINT.match(text, line):
                return True
        tried = line
        # the hint is anchored at the line start, so one try per line: go on at the next line (the
        # gate's match may end on the newline, so that line is still looked at)
        nl = fold.find("\n", g.start())
        at = len(fold) if nl < 0 else nl + 1 if nl > g.start() else g.start() + 1
    return False


def _has_list_line(text: str) -> bool:
    """``patterns.LIST_LINE.search(text) is not None``, tried only on lines that hold an "M 4.5"."""
    tried = -1
    for g in _LIST_GATE.finditer(text):
        line = text.rfind("\n", 0, g.start()) + 1
        if line != tried and P.LIST_LINE.match(text, line):
            return True
        tried = line
    return False


def _without_restated(tallies: list[Tally]) -> list[Tally]:
    """"128 aftershocks recorded" in a headline over "… had recorded 128 aftershocks ranging from magnitude
    1.4 to 4.3": a count told again with less, in the same story, is the same count, kept once as told in full.

    Only a tally whose every stated field the other states the same, and that states less, goes:
    two counts told alike ("42 aftershocks on Monday and 42 on Tuesday") both stay. "The same story"
    is a few thousand characters either way, so a long digest costs linear time.
    """
    def told(t: Tally) -> tuple[object, ...]:
        return (t.mag_min, t.mag_max, t.felt, t.as_of_local)

    def less(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
        # (an as-of day is less than the same day with its clock: "by Sunday morning" beside "By 9 am on Sunday")
        same = all(x is None or x == y or (isinstance(x, str) and isinstance(y, str) and y.startswith(f"{x}T"))
                   for x, y in zip(a, b, strict=True))
        return same and a != b and sum(x is not None for x in a) <= sum(y is not None for y in b)

    reach = 5000
    alike: dict[tuple[int, str], list[tuple[int, tuple[object, ...]]]] = {}
    for t in tallies:
        alike.setdefault((t.count, t.what), []).append((t.span[0] if t.span else 0, told(t)))
    for group in alike.values():
        group.sort(key=lambda x: x[0])
    out = []
    for t in tallies:
        group = alike[(t.count, t.what)]
        at, mine = (t.span[0] if t.span else 0), told(t)
        lo = bisect.bisect_left(group, at - reach, key=lambda x: x[0])
        hi = bisect.bisect_right(group, at + reach, key=lambda x: x[0])
        if not any(less(mine, other) for _, other in group[lo:hi]):
            out.append(t)
    return out


def extract(text: str, published: dt.date | None = None, tz: str | None = None) -> ParseResult:
    """Events and tallies in ``text``; see the module docstring for the pass."""
    if not text:
        return ParseResult()
    low = text.lower()
    fold = P.folded(text, low)
    # a text with no quake word, catalogue line, agency block or table is about something else
    quake = _gated_has(QUAKE_WORD, _QUAKE_WORD_GATE, _QUAKE_WORD_REACH, text, fold, 0, len(text))
    if not (quake or _has_list_line(text) or _has_kv_quake(text, fold) or _has_table_hint(text, fold)):
        return ParseResult()
    return _Pass(text, published, tz, low).run()


class _Pass(_Counts, _Attributes, _Finish):
    def __init__(self, text: str, published: dt.date | None, tz: str | None, low: str | None = None) -> None:
        self.text = text
        self.published = published
        self.tz = tz
        self.drafts: list[Draft] = []
        self.tallies: list[Tally] = []
        self.groups: list[_Group] = []
        self.consumed: list[tuple[int, int]] = []
        self.focus: Draft | None = None
        self.group_seq = 0
        self.sent_no = 0
        self._pending_groups: list[tuple[int, int, int, float, str | None]] = []
        self._para_start = -1
        # a text about votes or markets with no real quake word: its magnitudes are figures of speech
        self._doc_strong = _doc_is_about_quakes(text)
        self._narrative: dt.date | None = None
        self._year_hint: int | None = None
        #: Without a publication date, the year a page's title names ("List of earthquakes in 2018 in
        #: Peru"): the year of its dates written without one ("14 January – M7.1 …")
        title = _TITLE_LINE.match(text) if published is None else None
        years = _YEAR_WORD.findall(title.group(1)) if title else []
        self._title_year: int | None = int(years[0]) if len(years) == 1 else None
        low = text.lower() if low is None else low
        # str.lower can change lengths (Turkish dotted I); offsets must stay valid to use it
        self._low_all: str | None = low if len(low) == len(text) else None
        # the text as the cheap gates of patterns.py read it (None: use the full patterns alone)
        self._fold = P.folded(text, low)
        # with no publication date, weekdays resolve against the text's own first full date
        self.anchor = anchor_date(text) if published is None else None
        self._para_quake: dict[int, bool] = {}
        self._pieces_memo: dict[tuple[int, int, int | None], list[TimePiece]] = {}
        self._kvq = False
        # set by _Counts._tallies_in for the sentence it reads: a PLURAL_QUAKES match there
        self._plural_in_sentence = False
        self._main: tuple[dt.date | None, tuple[int, int, int | None] | None] | None = None
        self._id_key = ""  # the text's id prefix (run)
        self._paras: list[Span] = []
        self._fiction: dict[int, bool] = {}  # paragraph number → tells of a film or series (_fiction_paragraph)
        #: (start, end, role) of list lines that a count introduced: their quakes take its role
        self._role_spans: list[tuple[int, int, str]] = []
        self._current_main: Draft | None = None  # this sequence's mainshock (_finish)
        self._by_mag: dict[int, Draft] = {}
        self._sigs: dict[tuple[int, int, str | None], tuple[dt.date | None, int | None, frozenset[str]]] = {}

    # --- driver ------------------------------------------------------------------------------------
    def run(self) -> ParseResult:
        paras = self._paras = paragraphs(self.text)
        relevant = self._relevant(paras)
        table_rows = find_tables(self.text, 0, len(self.text)) if _has_table_hint(self.text, self._fold) else []
        for row in table_rows:
            self._table_row(row)
        row_spans = [(r.start, r.end) for r in table_rows]
        for pi, para in enumerate(paras):
            if not relevant[pi]:
                self.focus = None
                continue
            sents = sentences(self.text, para)
            self._para_start = para.start
            block_target = self._kv_block(para, pi)
            self._count_fields(para)
            prev_hit = False
            self._narrative = None
            self._year_hint = self._title_year
            for s in sents:
                self.sent_no += 1
                lead = _NARRATIVE_LEAD.match(self.text, s.start, s.end)
                if lead:
                    days = [p.date for p in find_pieces(self.text, self.published, self.tz, s.start, lead.end(), self.anchor)
                            if p.date is not None]
                    self._narrative = days[-1] if days else self._narrative
                elif self._maybe(s.start, s.end, ("day", "night")) and _DAY_WORD.search(self.text, s.start, s.end) \
                        and not P.MAGNITUDE_HINT.search(self.text, s.start, s.end):
                    # "…recorded moderate activity across Greece on Wednesday": the day the paragraph tells of
                    days = [p.date for p in self._pieces(s.start, s.end, None)
                            if p.date is not None and p.relative and not p.in_range]
                    self._narrative = days[-1] if days else self._narrative
                elif self._maybe(s.start, s.end, _PLURAL_DATED_STEMS) and _PLURAL_QUAKES_DATED.search(self.text, s.start, s.end) \
                        and not P.MAGNITUDE_HINT.search(self.text, s.start, s.end):
                    # "The 2024 Esmeraldas earthquakes were a pair … that struck … on 19 March 2024. The
                    # first, of Mw 6.4, occurred at 09:48 …": quakes told together, then one by one
                    days = [p.date for p in self._pieces(s.start, s.end,
                                                         self._year_hint) if p.date is not None and not p.in_range]
                    self._narrative = days[-1] if len(set(days)) == 1 else self._narrative
                years = _YEAR_CONTEXT.findall(self.text, s.start, s.end) if self._maybe(s.start, s.end, _YEAR_STEMS) else []
                if years:
                    self._year_hint = int(years[-1])  # "That happened in California in July 2019. … on 4 July"
                if row_spans and any(a <= s.start < b for a, b in row_spans):
                    continue  # a table row, read above
                # most sentences of a mixed page say nothing about a quake: skip them cheaply, but
                # keep one after a quake sentence, which may give its time or place
                hit = block_target is not None or self._interest(s.start, s.end)
                if hit or (prev_hit and (P.has_number(self.text, s.start, s.end)
                                         or _IT_OR_THE_QUAKE.search(self.text[s.start:s.end]))):
                    self._sentence(s, pi, block_target)
                    # a run of short lines after a quake line (a list entry's stamp, coordinates, depth) stays in
                    hit = hit or s.end - s.start < 80
                prev_hit = hit
        # ids as the store keeps them: "<sha256 prefix>:<n>", "<prefix>:t<n>", counted from 1 (_finish
        # gives each event its own as it makes it)
        key = self._id_key = text_sha256(self.text)[:12]
        events = self._finish()
        tallies = [replace(t, tally_id=f"{key}:t{n}") for n, t in enumerate(_without_restated(self.tallies), 1)]
        return ParseResult(tuple(events), tuple(tallies))

    def _table_row(self, row: Row) -> None:
        """One quake from one table row: magnitude, time, depth, coordinates and place by column."""
        cells = row.cells
        mag = mtype = None
        for name, (value, _, _) in cells.items():
            cell = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)(?:\s*(M[a-zA-Z]{1,3}))?", value)
            v = decimal_value(cell.group(1)) if cell else None
            if re.match(r"(?i)^(?:mag(?:nitude)?|m|ml|mw|mb|ms|md|mwp|mww|mjma)\b", name) and v is not None and 0 < v < 10:
                mag = v
                t = re.sub(r"(?i)^mag(?:nitude)?\.?\s*", "", name).strip("() ")
                mtype = _canon_type(t) if re.fullmatch(r"(?i)m[a-z]{1,3}", t) else None
                if cell and cell.group(2):
                    mtype = _canon_type(cell.group(2))
                break
        if mag is None:
            return
        d = Draft(pos=row.start, sent=Span(row.start, row.end), magnitude=mag, mag_type=mtype, group=-1,
                  anchor="table", sent_no=self.sent_no)
        for name, (value, a, b) in cells.items():
            low = name.lower()
            if re.match(r"date|time|origin|utc|local", low):
                for piece in find_pieces(self.text, self.published, self.tz, a, b, self.anchor):
                    if row.zone_hint == "UTC" and piece.offset_min is None:
                        piece = replace(piece, offset_min=0)
                    d.pieces.append(piece)
            elif low.startswith("depth"):
                num = re.match(r"\d+(?:\.\d+)?", value)
                if num:
                    d.depth_km = float(num.group())
            elif low.startswith("lat") or low.startswith("lon"):
                num = re.match(r"(-?\d+(?:\.\d+)?)\s*°?\s*([NSEW])?", value)
                if num:
                    v = float(num.group(1)) * (-1 if num.group(2) in ("S", "W") else 1)
                    if low.startswith("lat"):
                        d.lat = v
                    else:
                        d.lon = v
            elif re.match(r"region|location|place|area|epicent|country", low) and re.search(r"[A-Za-z]{2}", value):
                d.place = _clean_place(value)
                d.place_rank = _PLACE_RANK["place_field"]
        self._new(d)

    def _fiction_paragraph(self, para_no: int) -> bool:
        """Whether a paragraph tells of a film or a series (two words of the screen or more), asked once each."""
        known = self._fiction.get(para_no)
        if known is None:
            para = self._paras[para_no]
            looks = _FICTION_LOOK_RE.search(self._low_all, para.start, para.end) is not None if self._low_all is not None else True
            known = self._fiction[para_no] = looks and sum(
                1 for _ in itertools.islice(_FICTION.finditer(self.text, para.start, para.end), 2)) >= 2
        return known

    def _sentence_year(self, lo: int, hi: int) -> int | None:
        """The year for a sentence's dates written without one: "whose 6.4 mainshock of January 7, 2020 … was
        preceded by a 5.8 foreshock on January 6" dates both in 2020; else the paragraph's (``_year_hint``)."""
        if not self._maybe(lo, hi, _YEAR_STEMS) or (self._fold is not None and _GATE_ANY_MONTH.search(self._fold, lo, hi) is None):
            return self._year_hint  # (no year, or no month name for a date without one)
        years = set(_DATED_YEAR.findall(self.text, lo, hi))
        return int(years.pop()) if len(years) == 1 else self._year_hint

    def _interest(self, lo: int, hi: int) -> bool:
        """Whether :data:`INTEREST` matches in ``text[lo:hi]``."""
        return self._has(INTEREST, _INTEREST_GATE, _INTEREST_REACH, _INTEREST_STEMS, lo, hi)

    def _has(self, pattern: re.Pattern[str], gate: re.Pattern[str], reach: int, stems: tuple[str, ...] | None,
             lo: int, hi: int) -> bool:
        """Whether ``pattern`` (QUAKE_WORD, INTEREST, QUAKE_VERB) matches in ``text[lo:hi]`` (see :func:`_gated_has`).

        Without the folded text, ``stems`` are a cheaper first look (the gate, a scan of its own, is
        the first look otherwise).
        """
        if self._fold is None and stems is not None and not self._maybe(lo, hi, stems):
            return False
        return _gated_has(pattern, gate, reach, self.text, self._fold, lo, hi)

    def _pieces(self, lo: int, hi: int, year_hint: int | None) -> list[TimePiece]:
        """``find_pieces`` of ``text[lo:hi]`` in this pass, asked once per span and year: the pass reads a
        sentence's dates to learn what day its paragraph tells of, then again for its quakes. The
        list is shared: callers read it and build their own."""
        key = (lo, hi, year_hint)
        found = self._pieces_memo.get(key)
        if found is None:
            found = self._pieces_memo[key] = find_pieces(self.text, self.published, self.tz, lo, hi, self.anchor, year_hint)
        return found

    def _maybe(self, lo: int, hi: int, stems: tuple[str, ...]) -> bool:
        """A fast substring look at the lower-cased text: False means the regex cannot match there."""
        low = self._low_all
        if low is None:
            return True
        # one scan for all the stems, as a plain alternation (the same answer as a test per stem, and
        # quicker than str.find per stem, measured)
        return _stems_re(stems).search(low, lo, hi) is not None

    def _relevant(self, paras: list[Span]) -> list[bool]:
        """A paragraph is read if it, or a neighbour close by, mentions earthquakes."""
        # the list and key/value layouts are rare: look for them per paragraph only if the text has them
        usgs = _has_list_line(self.text)
        kvq = self._kvq = _has_kv_quake(self.text, self._fold)
        words = [self._has(QUAKE_WORD, _QUAKE_WORD_GATE, _QUAKE_WORD_REACH, _QUAKE_STEMS, p.start, p.end) for p in paras]
        hits = [words[i] or bool((usgs and P.LIST_LINE.search(self.text, p.start, p.end))
                                 or (kvq and self._kv_in(p.start, p.end))) for i, p in enumerate(paras)]
        self._para_quake = {i: True for i, w in enumerate(words) if w}
        out = []
        for i, p in enumerate(paras):
            near = hits[i]
            if not near and i > 0 and hits[i - 1] and p.start - paras[i - 1].end < 400:
                near = True
            if not near and i + 1 < len(paras) and hits[i + 1] and paras[i + 1].start - p.end < 200 and (p.end - p.start) < 400:
                near = True
            out.append(near)
        for i in reference_paragraphs(self.text, paras):
            out[i] = False
        return out

    def _kv_in(self, lo: int, hi: int) -> bool:
        """``KV_QUAKE`` matches in the slice ``text[lo:hi]`` (a paragraph, or the stretch round a mention)."""
        if self._fold is not None:
            # every block names a magnitude and a depth field
            w = self._fold[lo:hi]
            if "mag" not in w or not ("depth" in w or "kedalaman" in w or "kedlmn" in w or "profundidad" in w):
                return False
        return P.KV_QUAKE.search(self.text[lo:hi]) is not None

    def _kv_block(self, para: Span, para_no: int) -> Draft | None:
        """Key/value blocks with one magnitude: every field in the block belongs to that quake."""
        # KV_LINE is anchored at line starts, so three fields need three lines: most paragraphs are one
        if para.end - para.start > 3000 or self.text.count("\n", para.start, para.end) < 2:
            return None
        block = self.text[para.start:para.end]
        if len(KV_LINE.findall(block)) < 3:
            return None
        mags = [m for m in P.gated_finditer(P.MAGNITUDE, P.MAGNITUDE_GATE, self.text, self._fold, para.start, para.end, before=True)
                if m.group("kv") or m.group("typed") or m.group("named")]
        if len(mags) != 1:
            return None
        return Draft(pos=mags[0].start(), sent=para, anchor="block", para=para_no, sent_no=self.sent_no + 1)

    # --- one sentence -----------------------------------------------------------------------------
    def _sentence(self, s: Span, para_no: int, block: Draft | None) -> None:
        text = self.text
        lo, hi = s.start, s.end
        n_tallies_before = len(self.tallies)
        self._low = low = text[lo:hi].lower()
        self.consumed = []  # spans used by a count are only ever checked within their sentence
        # magnitudes and counts need a number, in digits or in words
        numeric = P.has_number(text, lo, hi)
        if numeric:
            self._tallies_in(lo, hi)
        items: list[Item] = []
        for a, b, n, mag, role in self._pending_groups:
            self.group_seq += 1
            drafts = [Draft(pos=a, sent=s, magnitude=mag, role=role, group=self.group_seq, para=para_no,
                            sent_no=self.sent_no) for _ in range(n)]
            for d in drafts:
                d.role = d.role or self._role_for(a, b, s)
            items.append(Item(a, b, drafts, "group"))
        self._pending_groups = []
        revising = numeric and _REVISION_WORDS.search(low) is not None
        revisions = [(m.start("v"), m.end("v")) for m in P.REVISION.finditer(text, lo, hi)] if revising else []
        revisions += [(m.start("old"), m.end("old")) for m in P.REVISED_FROM.finditer(text, lo, hi)] if revising else []
        # "initially reported as 6.0, had a magnitude of 5.8" (no revision told): the first value is an alternate
        initial = not revisions and numeric and _INITIAL_GATE.search(low) is not None
        revisions += [(m.start("old"), m.end("old")) for m in P.INITIAL_VALUE.finditer(text, lo, hi)] if initial else []
        for m in P.gated_finditer(P.MAGNITUDE, P.MAGNITUDE_GATE, text, self._fold, lo, hi, before=True) if numeric else ():
            if revisions and any(a < m.end() and m.start() < b for a, b in revisions):
                continue
            item = self._mag_item(m, s, para_no)
            if item is not None:
                items.extend(item)
        mag_spans = [(it.start, it.end) for it in items]
        items.extend(self._anchor_items(s, para_no, mag_spans))
        items.sort(key=lambda it: it.start)
        self._merge_parenthetical(items)

        if not items and self.focus is None and block is None:
            return  # nothing here for a time, depth or place to belong to
        kv = bool(KV_LINE.match(text, lo)) or bool(_DATE_STAMP_LEAD.match(text[lo:lo + 12]))
        quake_verb = self._has(QUAKE_VERB, _QUAKE_VERB_GATE, _QUAKE_VERB_REACH, None, lo, hi)
        # with no quake named here, only a field line or a quake verb lets a time or place go to the
        # quake in focus; depth and coordinates always may
        open_ = bool(items) or block is not None or kv or quake_verb
        fragment = False
        found: list[TimePiece] | None = None
        if not open_ and self.focus is not None and self.sent_no - self.focus.sent_no <= 1 and hi - lo <= 60 and ":" in text[lo:hi]:
            # "… 5 mi W of Anza, CA. Jun 4 02:14 PDT.": a sentence that is only a date and time
            # tells when the quake in focus happened
            found = self._pieces(lo, hi, self._year_hint)
            rest, at = [], lo
            for p in found:
                rest.append(text[at:p.start])
                at = p.end
            rest.append(text[at:hi])
            open_ = fragment = bool(found) and not _TWO_ALNUM.search("".join(rest))
        if open_ and found is None:
            found = self._pieces(lo, hi, self._sentence_year(lo, hi))
        pieces = [p for p in found if not self._is_consumed(p.start, p.end)] if open_ and found else []
        if pieces and kv and _UTC_KEY.search(text, lo, min(hi, lo + 40)):
            # "Hora UTC / UTC time: 18:03:22": a clock under a UTC key is in UTC
            pieces = [replace(p, offset_min=0) if p.clock is not None and p.offset_min is None else p for p in pieces]
        attrs = self._attributes(lo, hi, places=open_)
        new_tally_starts = [t.span[0] for t in self.tallies[n_tallies_before:] if t.span]
        tally_sentence = len(self.tallies) > n_tallies_before or (
            self._plural_in_sentence if numeric  # _tallies_in has looked (same pattern, same span)
            else bool(P.gated_search(P.PLURAL_QUAKES, P.PLURAL_QUAKES_GATE, text, self._fold, lo, hi)))

        # resolve items in reading order against the focus
        resolved: list[tuple[Item, list[Draft]]] = []
        for it in items:
            if block is not None and it.kind not in ("group",) and it.drafts and it.drafts[0].magnitude is not None \
                    and block.sent.start <= it.start < block.sent.end:
                if block.magnitude is None:
                    self._fill(block, it.drafts[0])
                    self._new(block)
                else:
                    _same_value_type(block, it.drafts[0])
                resolved.append((it, [block]))
                self.focus = block
                continue
            drafts = self._resolve(it, s, para_no, resolved)
            if len(drafts) == 1 and it.drafts and drafts[0] is not it.drafts[0]:
                _same_value_type(drafts[0], it.drafts[0])
            if drafts:
                resolved.append((it, drafts))
                if not (self.focus is not None and self.focus.role is not None and drafts[-1].role is None
                        and it.kind in ("ref", "named") and _SINCE_POINT.search(text, max(s.start, it.start - 16), it.start)):
                    # "the strongest aftershock since the magnitude 7.0 earthquake": the quake counted
                    # from is named in passing; what the story goes on about is still the one before
                    self.focus = drafts[-1]
        joined: set[int] = set()

        ref_points: dict[int, bool] = {}

        def ref_point(it: Item) -> bool:
            """"before the mainshock", "since the quake": a quake a time is counted from (asked once)."""
            if it.start not in ref_points:
                ref_points[it.start] = _REFERENCE_POINT.search(text, max(lo, it.start - 12), it.start) is not None
            return ref_points[it.start]

        def owner(pos: int, end: int) -> list[Draft] | None:
            if block is not None:
                return [block.merged_into or block]
            # "Two months before the mainshock, at 9:50 p.m. …, the magnitude 6.1 … struck": a quake
            # named as the point a time is counted from does not own the times told after it
            before = [(it, ds) for it, ds in resolved if it.start <= pos and not (it.kind == "anchor-ref" and ref_point(it))]
            # an attribute inside an item (a date inside "Saturday's quake") belongs to it, and
            # one written right before a mention ("the June 15th, 2005 magnitude 7.2") too
            for it, ds in resolved:
                if (it.start <= pos and end <= it.end) or (0 <= it.start - end <= 2 and not text[end:it.start].strip()
                                                           and not (it.kind == "anchor-ref" and ref_point(it))):
                    return ds
            if len(before) > 1 and _JOINED.fullmatch(text, before[-2][0].end, before[-1][0].start):
                # "A magnitude 6.2 quake and a 5.9 aftershock shook … on Friday": one time for both
                both = before[-2][1] + before[-1][1]
                joined.add(id(both))
                return both
            if before:
                nxt = [(it, ds) for it, ds in resolved if it.start >= end]
                if nxt and nxt[0][0].start - end < pos - before[-1][0].end and (_CLAUSE_BREAK.search(
                        text, max(before[-1][0].end, pos - 14), pos) or (
                        _TO_MENTION.fullmatch(text, end, nxt[0][0].start)
                        and _CLAUSE_BREAK_ANY.search(text, before[-1][0].end, pos))):
                    # "…, and on October 12, 2021, a magnitude 6.4 quake struck", "…, and seven years
                    # after Landers, on October 16, 1999, the magnitude 7.1 … earthquake ruptured"
                    return nxt[0][1]
                return before[-1][1]
            # ("About 20 minutes after the main shock, a magnitude 5.1 aftershock": not the quake counted from)
            after = [(it, ds) for it, ds in resolved if it.start > pos and not (it.kind == "anchor-ref" and ref_point(it))]
            if after:
                return after[0][1]
            return None

        # time pieces: a group takes its pieces one per member, in order
        group_pieces: dict[int, list[TimePiece]] = {}
        named = [(it.start, it.end) for it in items if it.kind == "named"]
        skip_end = -100
        dl = DATELINE.match(text, lo) if lo == self._para_start else None
        if dl:
            named.append((dl.start(), dl.end()))
        head = text[lo:min(hi, lo + 40)]
        line_key = _KEY_SEP.split(head)[0] if _KEY_SEP.search(head) else ""
        if ISSUED_LINE.match(text, lo) or _ISSUED_KEY.search(line_key):
            pieces = []
        for p in pieces:
            if named and any(a <= p.start and p.end <= b for a, b in named):
                continue
            if p.in_range or p.year_only:
                if p.year_only:
                    ds = owner(p.start, p.end)
                    if p.text[:6].lower() == "since " or _SINCE_END.search(text[max(lo, p.start - 8):p.start]):
                        # "the strongest since 1999, when a 7.6 tremor …": the year dates the quake told
                        # after it; "the strongest since 1999" alone dates none
                        nxt = [dd for it, dd in resolved if it.start >= p.end]
                        ds = nxt[0] if nxt and _WHEN_AFTER.match(text[p.end:p.end + 8]) else None
                    for d in ds or []:
                        d.pieces.append(p)
                continue
            if not p.text.endswith(("'s", "’s")) and (
                    _DEADLINE_BEFORE.search(text, max(lo, p.start - 14), p.start)
                    or _BEGAN_BEFORE.search(text, max(lo, p.start - 16), p.start)
                    or _STAMP_BEFORE.search(text, max(lo, p.start - 22), p.start)
                    or (0 <= p.start - skip_end <= 16 and _LOCAL_GAP.fullmatch(text[skip_end:p.start]))):
                # "as of 10am yesterday", "until 08:00 hora local on Saturday 15 June", "a swarm that began on
                # 8 August": when a count was made or something began, not a quake
                skip_end = p.end
                continue
            if _OF_PLURAL_QUAKES.search(text, max(lo, p.start - 30), p.start) or _PLURAL_QUAKES_AFTER.match(text, p.end, hi):
                continue  # "the same fault system as the quakes of January 18, 2017": those quakes' day, told in passing
            ds = owner(p.start, p.end)
            if _BY_AFTER.match(text[p.end:p.end + 4]):
                nxt = [(it, dd) for it, dd in resolved if it.start >= p.end]
                if nxt:
                    ds = nxt[0][1]
            if ds is not None and new_tally_starts and p.start > min(new_tally_starts) and not any(
                    (it.start <= p.start or 0 <= it.start - p.end <= 12)  # "Wednesday's magnitude 7.2 …"
                    and it.kind in ("intro", "pred", "bare", "kv", "ref", "group") and ds is dd
                    for it, dd in resolved):
                continue
            if ds is None:
                if self.focus is None or not (kv or quake_verb or fragment) or tally_sentence:
                    continue
                if any(q.date is not None or q.clock is not None for q in self.focus.pieces) and not kv \
                        and not (fragment and p.start > lo):
                    continue
                ds = [self.focus]
            if id(ds) in joined:
                for d in ds:
                    d.pieces.append(p)
                continue
            if len(ds) > 1:
                group_pieces.setdefault(id(ds[0]), []).append(p)
                continue
            ds[0].pieces.append(p)
        for _, ds in resolved:
            gp = group_pieces.get(id(ds[0]))
            if not gp:
                continue
            dated = [p for p in gp if p.date is not None or p.relative or p.date_known]
            clocks = [p for p in gp if p.clock is not None and p not in dated]
            # "at 19:10 and 21:18": one piece each, in order, where the counts agree
            own = [q for q in (dated, clocks) if len(q) == len(ds)]
            shared = [p for p in gp if not any(p in q for q in own)]
            for q in own:
                for d, p in zip(ds, q, strict=True):
                    d.pieces.append(p)
            for d in ds:
                d.pieces.extend(shared)

        for kind, a, b, value in attrs:
            if named and any(x <= a and b <= y for x, y in named):
                continue  # "the 2011 Tōhoku earthquake": the place of a quake named, not told
            ds = owner(a, b)
            if ds is None:
                if self.focus is None:
                    continue
                if (kind.startswith("place") and not (kv or quake_verb)) or (
                        kind.startswith("place") and para_no - self.focus.para > 1):
                    continue
                ds = [self.focus]
            if len(ds) > 1 and kind not in ("depth", "place", "place_dist", "place_field", "place_adj"):
                continue
            for d in ds:
                self._set_attr(d, kind, value, (a, b))

        if self.focus is not None and self.focus.role is None and "related" in low and _PAIR_UNRELATED.search(text, lo, hi):
            # "The scientist said the two events were not related": the quake told last is none of the sequence
            self.focus.role = "other"
        for m in P.REVISION.finditer(text, lo, hi) if revising else ():
            target = (owner(m.start(), m.end()) or [self.focus] if self.focus else [None])[0]
            v = decimal_value(m.group("v"))
            if v is None or v >= 10:
                continue
            old2 = decimal_value(m.group("old2")) if m.group("old2") else None
            first = decimal_value(m.group("old")) if m.group("old") else None
            earlier = old2 if old2 is not None else first
            if target is None and earlier is not None and LITERAL_QUAKE_RE.search(text, lo, hi):
                # "BMKG later revised the quake's magnitude to 5.9 from 6.2", "THE MAGNITUDE OF THE
                # EARTHQUAKE HAS BEEN UPDATED FROM 6.8 TO 7.1": the only word of this quake so far
                target = Draft(pos=m.start("v"), sent=s, para=para_no, sent_no=self.sent_no)
            if target is None:
                continue
            if target.magnitude is None:
                # "the agency revised the quake's magnitude to 5.9 from 6.2": the quake had no value yet
                target.magnitude = earlier if earlier is not None else v
                if earlier is None:
                    continue
                if target not in self.drafts:
                    self._new(target)
            old = target.magnitude
            if target.alt and any(it.kind == "alt" and ds and ds[0] is target for it, ds in resolved):
                # "X initially put it at 7.5 and later revised it to 7.7": another agency's value moved
                target.alt.append(_fmt_mag(v, None))
                continue
            if abs(old - v) > 0.001:
                target.alt.append(_fmt_mag(old, target.mag_type))
                target.magnitude = v
                if m.group("t"):
                    target.mag_type = _canon_type(m.group("t"))
            elif m.group("t") and target.mag_type is None:
                target.mag_type = _canon_type(m.group("t"))  # "… 5.9 … the magnitude was revised to Mw 5.9"
            if first is not None and abs(first - v) > 0.001 and _fmt_mag(first, None) not in target.alt:
                target.alt.append(_fmt_mag(first, None))  # "updated from 6.8 to 7.1": 6.8 was its first value

        for m in P.REVISED_FROM.finditer(text, lo, hi) if revising else ():
            target = (owner(m.start(), m.end()) or [self.focus] if self.focus else [None])[0]
            old = decimal_value(m.group("old"))
            if target is not None and target.magnitude is not None and old is not None and abs(old - target.magnitude) > 0.001:
                target.alt.append(_fmt_mag(old, None))
        for m in P.INITIAL_VALUE.finditer(text, lo, hi) if initial else ():
            # the first value is kept as an alternate; the one told after it is the quake's
            target = next((ds[0] for it, ds in resolved if it.start > m.end() and ds and ds[0].magnitude is not None), None)
            if target is None:
                # "5.8, the EMSC said, after initially reporting it as 6.1": the value told before
                target = next((ds[0] for it, ds in reversed(resolved) if it.end <= m.start() and ds
                               and ds[0].magnitude is not None), None)
            if target is None and self.focus is not None and self.focus.magnitude is not None:
                # "It was initially reported as a magnitude 7.2 before being downgraded": the quake told before
                target = self.focus
            old = decimal_value(m.group("old"))
            if target is not None and old is not None and abs(old - target.magnitude) > 0.001:  # type: ignore[operator]
                target.alt.append(_fmt_mag(old, None))

    # --- magnitude mentions ------------------------------------------------------------------------
    def _mag_item(self, m: re.Match[str], s: Span, para_no: int) -> list[Item] | None:
        text = self.text
        a, b = m.start(), m.end()
        if self._is_consumed(a, b):
            return None
        g = m.groupdict()
        if g["lst"] or g["lst2"]:
            # "4.1 (3:20 pm), 4.5 (4:31 pm) and 3.9": the brackets hold each one's time, not values
            vals = [decimal_value(v) for v in _MAG_NUM_RE.findall(_BRACKETED.sub(" ", g["lst"] or g["lst2"]))]
            if not vals or any(v is None or v >= 10 for v in vals):
                return None
            if not self._quake_context(a, b):
                return None
            left = text[max(s.start, a - 120):a]
            if P.HYPOTHETICAL.search(_clause_tail(left)):
                return None
            self.group_seq += 1
            qual = _QUAL_MAGNITUDE.search(m.group(0))
            mtype = _QUAL_TYPE.get(qual.group(1).lower()) if qual else None
            # "recorded aftershocks measuring 4.1, 4.5 and 3.9": the noun before the list names their role
            rw = _LIST_ROLE_BEFORE.search(left[-50:])
            drafts = []
            for v in vals:
                d = Draft(pos=a, sent=s, magnitude=v, mag_type=mtype, group=self.group_seq, para=para_no,
                          sent_no=self.sent_no, role=_role_of(rw.group(1)) if rw else None)
                drafts.append(d)
            return [Item(a, b, drafts, "group")]
        raw = (g["vkv"] or g["vt"] or g["vm"] or g["vn"] or g["vp"] or g["vmeas"] or g["va"] or g["vs"] or g["vc"]
               or g["va2"] or g["vb"])
        if raw is None:
            return None
        v = decimal_value(raw) if raw[0].isdigit() else (float(word_value(raw)) if word_value(raw) else None)
        if v is None or v >= 10 or v <= 0:
            return None
        if g["bare"] and not (P.LITERAL_QUAKE.search(text, s.start, s.end) or self._para_quake.get(para_no, False)
                              or _QUAKE_TALK.search(text[s.start:s.end])
                              or _REVISION_BRACKET.match(text[b:b + 16])
                              or _DAYS_BEFORE.search(text[max(s.start, a - 20):a])):
            return None  # a bare "5.9" is a magnitude only where the sentence is plainly about a quake
        if g["cont"] and not g["art"] and not (
                _PLURAL_MAGNITUDES.search(text[s.start:a])
                and _PLACE_PREP_AFTER.match(text[b:b + 6])):
            # "Quakes of magnitude 6.0 off Vanuatu and 5.4 in northern Peru": with no article, only a
            # plural quake noun with its magnitude before lets a bare value continue the list
            return None
        if g["cont"] and not _MAGNITUDE_NAMED.search(text[s.start:a]):
            # "a 6.0 at 5:26 p.m." continues a list only where a magnitude was named before it
            return None
        vstart = m.start("vkv") if g["vkv"] else m.start("vt") if g["vt"] else m.start("vm") if g["vm"] else \
            m.start("vn") if g["vn"] else m.start("vp") if g["vp"] else m.start("vmeas") if g["vmeas"] else \
            m.start("va") if g["va"] else m.start("vs") if g["vs"] else m.start("vc") if g["vc"] else \
            m.start("va2") if g["va2"] else m.start("vb")
        vend = vstart + len(raw)
        right = text[vend:min(s.end, vend + 60)]
        if P.NOT_MAG_AFTER.match(right) and not g["post"]:
            return None
        left = text[max(s.start, a - 160):a]
        # the bound pattern is anchored at the end of ``left``: its last word, read in the folded
        # text, tells at once whether it can match there (the search tries every start)
        bound_tail = self._fold is None or self._fold[max(s.start, a - 160):a].rstrip().endswith(P.BOUND_BEFORE_TAILS)
        if (bound_tail and P.BOUND_BEFORE.search(left)) or (P.BOUND_AFTER.match(text[vend:min(s.end, vend + 30)]) and not g["post"]):
            return None
        if g["post"] and P.BOUND_AFTER.match(text[b:min(s.end, b + 30)]):
            return None
        if g["post"] and _DASH_END.search(left[-3:]) and _DIGIT_DASH_END.search(left[-6:]):
            return None
        usgs_line = bool(g["bareM"]) and bool(_USGS_AFTER.match(text[b:b + 30])
            or P.CATALOGUE_ROW.match(text, _line_start(text, a)))
        # a quake word in the paragraph settles the context at once; else look around. Whether the
        # mention sits in a key/value block is asked last, only where the answer matters
        kv_memo: list[bool] = []

        def kv_block() -> bool:
            if not kv_memo:
                kv_memo.append(not usgs_line and self._kvq and self._kv_in(max(0, a - 400), b + 400))
            return kv_memo[0]

        # a typed magnitude ("Md 2.4", "ML 3.8") names itself as seismic, in a text about quakes
        if not (usgs_line or g["bare"] or (g["typed"] and self._para_quake) or self._para_quake.get(para_no, False)
                or kv_block() or self._quake_context(a, b)
                or (g["kv"] and self._quake_context(a, b, wide=True))):
            return None
        ctx = text[max(s.start, a - 80):min(s.end, b + 80)]
        ctx_lo = max(s.start, a - 80)
        if (self._fold is None or _ASTRONOMY_GATE.search(self._fold, ctx_lo, ctx_lo + len(ctx))) \
                and P.ASTRONOMY.search(ctx) and not QUAKE_WORD.search(ctx):
            return None
        if self._doc_strong is False and not (usgs_line or g["typed"] or g["kv"] or kv_block()):
            return None  # "Tonight it moved about 7.5 on the Richter scale" in a story about a vote
        if not usgs_line and P.gated_search(P.FINANCE, _FINANCE_GATE, text, self._fold, s.start, s.end) \
                and not P.LITERAL_QUAKE.search(text, s.start, s.end) and not kv_block():
            return None
        if self._fiction_paragraph(para_no) and not usgs_line and not kv_block():
            return None  # "The first episode of the disaster drama … a magnitude 9.2 rupture": a story's quake
        tail = _clause_tail(left)
        if P.HYPOTHETICAL.search(tail) or P.HYPOTHETICAL_AFTER.match(text[b:min(s.end, b + 40)]) \
                or P.HYPOTHETICAL_CONSEQUENCE.match(text[b:min(s.end, b + 90)]):
            return None
        if _SUCH_BEFORE.search(left[-20:]):
            return None
        if "." not in raw and "," not in raw and (_GENERIC_AFTER.match(text, b, min(s.end, b + 40))
                                                  or _GENERIC_CLAUSE.search(text, b, min(s.end, b + 60))
                                                  or _GENERIC_CLAUSE.search(text, s.start, a)
                                                  or _COMPARISON_BEFORE.search(left[-12:])):
            return None  # "a magnitude 2 quake is rarely felt", "as much energy as a magnitude 5": no quake at all
        if _LIKENED_BEFORE.search(left[-40:]):
            return None  # "signals likened to a magnitude 2.3 quake"
        if _SCALE_OF_FEELING.search(text, a, min(s.end, b + 40)):
            return None  # "an 8 on the Richter scale of emotion": a figure of speech
        mtype = None
        t = g["tkv"] or g["t"] or g["t2"] or g["t3"] or g["ta2"]
        if t:
            mtype = _canon_type(t)
        elif g["q"] and g["q"].lower() in _QUAL_TYPE:
            mtype = _QUAL_TYPE[g["q"].lower()]
        elif g["q2"]:
            mtype = "Mw"
        if g["bareM"] and not mtype:
            mtype = None
        after_type = _TYPE_AFTER.match(text, b, min(s.end, b + 12)) or (
            # a field "Magnitude 4.7 mww": catalogue pages write the type in lower case
            _TYPE_AFTER_FIELD.match(text, b, min(s.end, b + 12)) if g["kv"] else None)
        if mtype is None and after_type:
            mtype = _canon_type(after_type.group("t"))
        scale = _SCALE_AFTER.match(text, b, min(s.end, b + 40))
        if mtype is None and scale:
            mtype = _QUAL_TYPE.get(scale.group(1).lower())
        kind = self._mention_kind(m, left)
        d = Draft(pos=a, sent=s, magnitude=v, mag_type=mtype, para=para_no, sent_no=self.sent_no)
        d.another = bool(P.ANOTHER_BEFORE.search(left[-40:]))
        d.role = self._role_for(a, b, s)
        if d.role is None and self._role_spans:
            # a quake of a list that a count of aftershocks introduced ("Four of them …:" over the lines)
            d.role = next((r for x, y, r in self._role_spans if x <= a < y), None)
        inner = P.ROLE_WORD.search(m.group(0))
        if inner and d.role is None:
            d.role = "aftershock" if inner.group("after") else "foreshock" if inner.group("fore") else "mainshock"
        if d.role is None and ":" in self._low:
            lead = _COLON_LIST_ROLE.search(text, s.start, a)
            if lead:  # "Several aftershocks followed …: one of magnitude 2.9 at 04:07, …"
                d.role = _role_of(lead.group(1))
        if (g["sup"] or (d.role is None and ((_SUPERLATIVE_STEMS.search(self._low) and _SUPERLATIVE_OF.search(text, s.start, a))
                                             or _FOLLOWED_AFTER.match(text, b, s.end)))) \
                and P.AFTERSHOCKS_PLURAL.search(text, max(0, s.start - 200), a) and _last_plural_is_aftershocks(text, s.start, a):
            # "N aftershocks followed, the strongest measuring 4.8", "… 19 aftershocks. The strongest of
            # them, with a magnitude of 5.0, …", "… 58 aftershocks. … a magnitude 4.1 followed at 7:46"
            d.role = "aftershock"
            d.role_guessed = True
        elif d.role is None and "including" in self._low and _INCLUDING_BEFORE.search(text, max(s.start, a - 40), a) \
                and P.AFTERSHOCKS_PLURAL.search(text, s.start, a):
            d.role = "aftershock"  # "21 aftershocks … had been observed, including a magnitude 5.1 quake at 4:46 a.m."
        if g["q"] and g["q"].lower() in ("preliminary", "initial"):
            d.alt = []
        return [Item(vstart - 2 if g["cont"] else a, b, [d], kind)]

    def _mention_kind(self, m: re.Match[str], left: str) -> str:
        g = m.groupdict()
        if g["kv"]:
            return "kv"
        if g["sup"]:
            return "intro"
        if g["altv"] or _SAME_SHOCK_AFTER.match(self.text, m.end(), m.end() + 40):
            return "alt"
        if g["named"] and _THE_MAGNITUDE_BEFORE.search(left[-30:]) \
                and _MAGNITUDE_PREDICATE.match(m.group(0)) \
                and not ALT_VALUE.search(left[-40:] + m.group(0)):
            return "pred"  # "The magnitude was estimated at 6.3": a value for the quake in focus
        lt = left[-60:]
        if ALT_VALUE.search(lt + m.group(0)):  # "put the magnitude of the first quake at 5.3"
            return "alt"
        if P.PREDICATIVE_BEFORE.search(lt):
            return "pred"
        indef = P.INDEFINITE_BEFORE.search(lt[-30:])
        definite = P.DEFINITE_BEFORE.search(lt[-40:])
        if indef and not (definite and len(lt[-40:]) - definite.start() < len(lt[-30:]) - indef.start()):
            return "intro"
        if definite:
            return "ref"  # (the nearer word decides: "a foreshock of the ML 4.9 event" names a quake told before)
        return "bare"

    def _quake_context(self, a: int, b: int, wide: bool = False) -> bool:
        """A quake word nearby: in the same paragraph stretch, within a few hundred characters."""
        reach = 900 if wide else 450
        lo, hi = max(0, a - reach), min(len(self.text), b + reach)
        window = self.text[lo:hi]
        # do not look across a blank line into another story unless the stretch is short
        rel_a = a - lo
        cut_lo = window.rfind("\n\n", 0, rel_a)
        cut_hi = window.find("\n\n", rel_a)
        x = max(0, cut_lo - (300 if cut_lo > 0 else 0)) if cut_lo >= 0 else 0
        y = (cut_hi + 300) if cut_hi >= 0 else len(window)
        near = window[x:y]
        # the same stretch of the folded text, cut the same way, so the gate sees what the pattern sees
        near_fold = self._fold[lo + x:lo + min(y, len(window))] if self._fold is not None else None
        return _gated_has(QUAKE_WORD, _QUAKE_WORD_GATE, _QUAKE_WORD_REACH, near, near_fold, 0, len(near))

    def _role_for(self, a: int, b: int, s: Span) -> str | None:
        text = self.text
        fold = self._fold

        def has(lo: int, hi: int, *words: str) -> bool:
            # a cheap look in the folded text: False where none of the words (that each pattern
            # below needs) is in text[lo:hi], so the pattern cannot match there
            if fold is None:
                return True
            return P.holds_any(fold[lo:hi], words)  # (cut once, not once per word)

        if has(b, s.end, "separate", "rather than", "not a", "unrelated", "related", "linked", "connected") \
                and _NOT_OF_SEQUENCE.search(text, b, s.end):
            return "other"  # "… it is usually treated as a separate earthquake rather than an aftershock"
        line_start = _line_start(text, a)
        if line_start > 1 and not text[line_start:a].strip() and text[line_start - 1] == "\n":
            # a heading line right above a catalogue entry: "Largest aftershock so far" / "M 5.1 - …"
            head = text[_line_start(text, line_start - 1):line_start - 1]
            hm = _ROLE_HEADING.fullmatch(head)
            if hm and len(head) <= 40:
                return _role_of(hm.group("w"))
        m = _ROLE_AFTER.match(text[b:min(s.end, b + 40)]) if has(b, min(s.end, b + 40), "shock") else None
        if m:
            return _role_of(m.group("w"))
        pred = _ROLE_PRED.match(text[b:min(s.end, b + 130)]) if has(b, min(s.end, b + 130), "shock") else None
        if pred:
            return _role_of(pred.group("w"))
        if has(b, min(s.end, b + 140), "aftershock") and _ROLE_FOLLOWED.match(text[b:min(s.end, b + 140)]):
            return "mainshock"
        if has(b, min(s.end, b + 80), "preceded") and _ROLE_PRECEDED.match(text[b:min(s.end, b + 80)]):
            return "mainshock"
        # "a magnitude 5.1 quake at 4:10 p.m. registered lower 5 in Nagaoka, the strongest aftershock so
        # far": an appositive closing the sentence names the role of its only quake
        app = _ROLE_APPOSITIVE.search(text[b:s.end]) if has(b, s.end, "shock") else None
        if app and not _VALUE_OR_MAGNITUDE.search(text[b:b + app.start()]):
            return _role_of(app.group("w"))
        left_lo = max(s.start, a - 200)
        left = text[left_lo:a]
        near_left = left[-45:]
        if has(max(left_lo, a - 80), a, "aftershock") and _AFTERSHOCKS_OF.search(left[-80:]):
            return "mainshock"
        rw = list(P.ROLE_WORD.finditer(near_left)) if has(a - len(near_left), a, "shock", "main", "initial", "original") else []
        if rw and _SINCE_BEFORE.search(near_left[:rw[-1].start()]):
            rw = []  # "since the main quake, the largest of them …": the role word names another quake
        if rw and _POINT_AFTER_ROLE.search(near_left[rw[-1].end():]):
            rw = []  # "the strongest aftershock since the magnitude 7.0 earthquake": 7.0 is what it is counted from
        if rw and not P.TRIGGER_BEFORE.search(near_left[rw[-1].end():]):
            w = rw[-1]
            if not _AND_WHILE_BUT.search(near_left[w.end():]):
                return "aftershock" if w.group("after") else "foreshock" if w.group("fore") else "mainshock"
        # "aftershocks … triggered by": only a left side that names aftershocks can make this a mainshock
        trig = list(P.TRIGGER_BEFORE.finditer(left)) if has(left_lo, a, "aftershock") else []
        if trig:
            before = left[:trig[-1].start()]
            if _AFTERSHOCK_WORD.search(before + trig[-1].group(0)):
                return "mainshock"
        if has(max(left_lo, a - 60), a, "preceded", "foreshadowed") and P.PRECEDED_BEFORE.search(left[-60:]):
            return "foreshock"
        return None

    # --- anchors --------------------------------------------------------------------------------------
    def _anchor_items(self, s: Span, para_no: int, mag_spans: list[tuple[int, int]]) -> list[Item]:
        text = self.text
        out: list[Item] = []

        def overlaps(a: int, b: int) -> bool:
            return (bool(mag_spans) and any(not (b <= x or a >= y) for x, y in mag_spans)) or self._is_consumed(a, b)

        start = s.start if self._fold is None else _anchor_floor(self._fold, s.start, s.end)
        for m in P.gated_finditer(ANCHOR, _ANCHOR_STARTS, text, self._fold, start, s.end, before=True) if start >= 0 else ():
            a, b = m.start(), m.end()
            noun = m.group("noun").lower()
            mods = (m.group("mods") or "").lower()
            det = m.group("det").lower()
            dated_after = _OF_DATE_AFTER.match(text, b, s.end) if det == "the" and not overlaps(a, b) else None
            if dated_after and not _ANY_DIGIT.search(mods):
                # "the earthquake of 4 March 1977, of magnitude Mw 7.4": named by its date like "the 1977
                # earthquake", whatever quake the story was telling before
                b = dated_after.end()
                mods = f"{mods} {dated_after.group(0).lower()}"
            if overlaps(a, b) or _ANY_DIGIT.search(mods):
                # "the March 11 earthquake", "the 2010 quake": a quake named by a date, not described
                if _ANY_DIGIT.search(mods) and not overlaps(a, b):
                    if any(0 <= x - b <= 25 or (x - b > 0 and x - b <= 80 and not _GAP_BREAK.search(text, b, x))
                           for x, _ in mag_spans):
                        # "the 1999 Izmit earthquake, magnitude 7.6": named, then given its magnitude; "the
                        # earthquake of Friday, 8 September 2023, which struck at 11:11 pm with a magnitude of 7"
                        d = Draft(pos=a, sent=s, anchor="indef", para=para_no, sent_no=self.sent_no)
                        out.append(Item(a, b, [d], "anchor-new"))
                    elif not mag_spans and _SUBJECT_START.fullmatch(text, s.start, a) \
                            and _SUBJECT_ACTS.match(text, b, s.end):
                        # "The 1992 Landers earthquake struck … at 4:57 a.m. on June 28, 1992. With a
                        # moment magnitude of 7.3, it …": an encyclopedia's lead tells the quake first
                        # and its magnitude in the next sentence, by "it"
                        d = Draft(pos=a, sent=s, anchor="named", para=para_no, sent_no=self.sent_no)
                        out.append(Item(a, b, [d], "anchor-new"))
                    else:
                        out.append(Item(a, b, [], "named"))
                continue
            if _NOT_NEW_MODS.search(mods) and det in ("a", "an"):
                continue
            if noun.startswith("epicent") and _EPICENTER_OF.match(text, b) and _COPULA_BEFORE.search(text, max(s.start, a - 24), a):
                continue  # "Pohang was the epicenter of the magnitude 5.4 quake": says where that quake was
            if det in ("a", "an") and " as " in self._low and _CLASSED_AS.search(text, max(s.start, a - 40), a):
                continue  # "described it as an aftershock of the first": what a quake told was, not another
            if det in ("a", "an") and noun.startswith(("after", "fore", "main")) \
                    and _BE_BEFORE.search(text, max(s.start, a - 24), a) and not _THERE_BEFORE.search(text, max(s.start, a - 24), a):
                continue  # "turned out to be a foreshock", "it was an aftershock": what a quake was ("there was an aftershock" is one)
            ordinal = next((o for o, pat in _ORDINAL_WORDS if pat.search(mods)), None) if mods else None
            if ordinal and det == "the" and mag_spans and min(mag_spans)[1] <= a \
                    and _COMMA_END.search(text[max(s.start, a - 3):a]) \
                    and _SAME_QUAKE_AFTER.match(text[b:b + 20]):
                continue  # "a 6.3 quake struck …, the fourth powerful tremor to hit the region": the same quake
            if ordinal and det == "the" and _COPULA_BEFORE.search(text, max(s.start, a - 24), a):
                continue  # "… 7.3, it was the largest earthquake in …": says what the quake was, names no other
            if noun in ("movement", "shaking", "shock", "jolt") and not ordinal and "seismic" not in mods \
                    and not (noun == "shock" and det in ("the", "this") and _SHOCK_ACTS.match(text, b)):
                continue  # "the shock occurred at 15:38" is the quake; "the shock of the news" is not
            if noun.endswith("event") and det not in ("this", "the") and "seismic" not in noun:
                continue
            role = _role_of(noun) if noun.startswith(("after", "fore", "main")) else None
            if _MAIN_MODS.search(mods):
                role = "mainshock"
            right = text[b:min(s.end, b + 25)]
            rr = _ROLE_RIGHT.match(right)
            if rr:
                role = _role_of(rr.group("w"))
            poss = m.group("poss")
            if poss and poss.lower() not in ("yesterday", "today") and not _WEEKDAY_WORD.match(poss):
                poss = None
            if poss or (det in ("the", "this", "that", "its") and not ordinal):
                kind = "dated" if poss else "ref"
                out.append(Item(a, b, [Draft(pos=a, sent=s, role=role, anchor=kind, para=para_no, sent_no=self.sent_no)], "anchor-" + kind))
                continue
            if det == "another" or det in ("a", "an") or ordinal:
                d = Draft(pos=a, sent=s, role=role, anchor="ordinal" if ordinal else "indef", para=para_no, sent_no=self.sent_no)
                if ordinal in _ORDINALS and not _ORDINAL_OF_SIZE.search(mods):
                    d.ordinal = _ORDINALS.index(ordinal)
                d.another = det == "another"
                out.append(Item(a, b, [d], "anchor-new"))
        low = self._low
        for m in POSS_DAY.finditer(text, s.start, s.end) if ("'s" in low or "’s" in low) else ():
            a, b = m.start(), m.end()
            if overlaps(a, b) or any(it.start <= a < it.end for it in out):
                continue
            out.append(Item(a, b, [Draft(pos=a, sent=s, anchor="dated", para=para_no, sent_no=self.sent_no)], "anchor-dated"))
        for m in PRONOUN.finditer(text, s.start, s.end) if _PRONOUN_LOOK.search(low) else ():
            a = m.start("p")
            if overlaps(a, a + 2):
                continue
            out.append(Item(a, a + len(m.group("p")), [Draft(pos=a, sent=s, anchor="ref", para=para_no, sent_no=self.sent_no)], "anchor-ref"))
        for m in _PRONOUN_CLASSED.finditer(text, s.start, s.end) if (" as " in low or "consider" in low or "deem" in low) else ():
            # "Seismologists described it as an aftershock": "it" is the quake told before; "the INFP does not
            # consider it a foreshock": it is none of the sequence
            g = "p" if m.group("p") else "q"
            a = m.start(g)
            if not overlaps(a, a + 2):
                denied = _NEGATION_BEFORE.search(text, max(s.start, m.start() - 30), m.start()) is not None
                out.append(Item(a, m.end(g), [Draft(pos=a, sent=s, anchor="ref", role="other" if denied else None, para=para_no,
                                                    sent_no=self.sent_no)], "anchor-ref"))
        return out

    def _merge_parenthetical(self, items: list[Item]) -> None:
        """"ML 7.6 (Mw 7.8)", "magnitude one (M1)": a second value in brackets is the same quake."""
        i = 1
        while i < len(items):
            prev, cur = items[i - 1], items[i]
            gap = self.text[prev.end:cur.start]
            if (prev.kind not in ("group",) and cur.kind not in ("group",) and prev.drafts and cur.drafts
                    and prev.drafts[0].magnitude is not None and cur.drafts[0].magnitude is not None
                    and _PAREN_GAP.fullmatch(gap) and not prev.kind.startswith("anchor")):
                p, c = prev.drafts[0], cur.drafts[0]
                if abs(p.magnitude - c.magnitude) > 0.001 or (c.mag_type and c.mag_type != p.mag_type):
                    p.alt.append(_fmt_mag(c.magnitude, c.mag_type))
                    if p.mag_type is None and c.mag_type and abs(p.magnitude - c.magnitude) < 0.001:
                        p.mag_type = c.mag_type
                prev.end = max(prev.end, cur.end)
                del items[i]
                continue
            i += 1

    # --- resolution -----------------------------------------------------------------------------------
    def _resolve(self, it: Item, s: Span, para_no: int, done: list[tuple[Item, list[Draft]]]) -> list[Draft]:
        focus = self.focus
        if it.kind == "named":
            return []
        if it.kind == "group":
            for d in it.drafts:
                self._new(d)
            self._apply_group_defaults(it.drafts)
            return it.drafts
        if it.kind.startswith("anchor"):
            d = it.drafts[0]
            if it.kind == "anchor-ref":
                if focus is not None and d.role is not None and focus.sent_no == self.sent_no \
                        and _REFERENCE_POINT.search(self.text, max(s.start, it.start - 12), it.start):
                    # "There was also an M3.2 …, roughly an hour before the main event": the quake a time
                    # is counted from is another than the one this sentence told
                    return []
                if focus is not None and (self.sent_no - focus.sent_no) <= 12:
                    role = d.role or self._role_for(it.start, it.end, s)
                    if role and focus.role is None:
                        focus.role = role
                    focus.seen = self.sent_no
                    return [focus]
                return []
            member = self._ordinal_member(d, self.drafts) if d.ordinal is not None else None
            if member is not None and _REFERENCE_POINT.search(self.text, max(s.start, it.start - 12), it.start):
                return []  # "less than nine hours after the second foreshock": a time counted from, no subject
            if member is not None:
                # "The first tremor was recorded at 7.42 p.m.": one of the quakes told together before
                role = d.role or self._role_for(it.start, it.end, s)
                if role is not None and member.role is None:
                    member.role = role
                member.seen = self.sent_no
                return [member]
            self._new(d)
            return [d]
        d = it.drafts[0]
        prev = done[-1] if done else None
        # an anchor just before ("a foreshock earthquake with a magnitude 6.2") takes this value
        if prev is not None and prev[0].kind in ("anchor-new", "anchor-dated", "anchor-ref") and prev[1]:
            target = prev[1][-1]
            gap = self.text[prev[0].end:it.start]
            if target.magnitude is None and len(gap) <= 60 and _roles_agree(target, d) and not _GAP_BREAK.search(gap):
                return [self._fill(target, d)]
            if target.magnitude is not None and abs(target.magnitude - d.magnitude) < 0.051 and len(gap) <= 60 and it.kind in ("pred", "ref", "bare"):
                return [target]
        if it.kind == "alt":
            # "EMSC put the magnitude of the first quake at 5.3": another value for that one of a pair
            lead = _OF_THE_ORDINAL.search(self.text, it.start, it.end)
        else:
            lead = _ORDINAL_LEAD.search(self.text, max(s.start, it.start - 40), it.start)
        if lead is not None:
            probe = Draft(pos=it.start, sent=s, para=para_no, ordinal=_ORDINALS.index(lead.group(1).lower()))
            member = self._ordinal_member(probe, self.drafts)
            if member is not None and it.kind == "alt":
                if abs(member.magnitude - d.magnitude) > 0.001:  # type: ignore[operator]
                    member.alt.append(_fmt_mag(d.magnitude, d.mag_type))
                return [member]
            if member is not None and abs(member.magnitude - d.magnitude) < 0.051:  # type: ignore[operator]
                # "Two earthquakes measuring 5.1 and 4.7 … The second, measuring 4.7, struck at 08:29": that one
                member.seen = self.sent_no
                return [member]
        if it.kind == "alt" and focus is not None and self.sent_no - focus.sent_no <= 8:
            if focus.magnitude is None and focus.anchor != "dated" and not (
                    focus.anchor == "indef" and not focus.pieces and focus.place is None and focus.depth_km is None and any(
                    x.magnitude is not None and x.merged_into is None and abs(x.magnitude - d.magnitude) <= 1.0
                    and self.sent_no - x.sent_no <= 4 for x in self.drafts[-10:])):
                # (but "… on Taiwan's intensity scale, which gauges how strongly an earthquake is felt. The early
                # warning had estimated the magnitude at 6.1": another value for the quake just told, not for
                # a quake named in passing)
                return [self._fill(focus, d)]
            # ("Sunday's earthquake … The USGS measured that quake at Mw 6.8": a quake named by its day
            # is the one told with that day, which this value is another agency's for)
            # another agency's value is for the story's main quake: the largest one told lately
            # within a unit of this value (the latest of equals), else the quake in focus
            recent = [x for x in self.drafts[-30:] if x.magnitude is not None and x.merged_into is None
                      and x.group is None and self.sent_no - x.sent_no <= 12 and abs(x.magnitude - d.magnitude) <= 1.0]
            target = max(recent, key=lambda x: (x.magnitude, x.pos)) if recent else focus  # type: ignore[arg-type,return-value]
            if abs(target.magnitude - d.magnitude) > 0.001:  # type: ignore[operator]
                target.alt.append(_fmt_mag(d.magnitude, d.mag_type))
            return [target]
        if it.kind == "pred":
            # "The second tremor took place … It had a magnitude of 4.1": a quake introduced just before;
            # a dated reference ("after Wednesday's earthquake") is never filled from another sentence
            # counted from the last sentence that spoke of the quake: "A strong earthquake jolted Ishikawa …
            # The agency says the earthquake occurred at 6:38 a.m. Its focus was … The preliminary
            # magnitude was 5.9"
            if focus is not None and focus.magnitude is None and self.sent_no - max(focus.sent_no, focus.seen) <= 2 and (
                    focus.anchor in ("indef", "ordinal") or focus.sent_no == self.sent_no
                    or (focus.anchor == "named" and _IT_SUBJECT.search(self.text[s.start:s.end]))):
                return [self._fill(focus, d)]
            if focus is not None and focus.magnitude is not None and abs(focus.magnitude - d.magnitude) < 0.051:
                return [focus]
        if it.kind == "ref":
            # the latest quake told with this magnitude (to the tenth), looked up, not searched
            same = self._by_mag.get(round(d.magnitude * 10))
            if same is not None and same.merged_into is None and same.magnitude is not None \
                    and abs(same.magnitude - d.magnitude) < 0.051 and not self._other_year(s, same):
                return [same]
        if it.kind in ("intro", "bare", "kv") and focus is not None and focus.magnitude is None \
                and (focus.anchor == "indef" or (focus.anchor == "named" and _IT_SUBJECT.search(self.text[s.start:s.end])))\
                and self.sent_no - focus.sent_no == 1 and not d.another \
                and (d.role is None or focus.role is None or d.role == focus.role):
            return [self._fill(focus, d)]
        self._new(d)
        self._apply_group_defaults([d])
        return [d]

    def _other_year(self, s: Span, same: Draft) -> bool:
        """"the magnitude 6.5 Manix earthquake of 1947": a sentence dated by a year that the quake of the
        same value told before was not dated by is about another quake."""
        years = set(_YEAR_WORD.findall(self.text, s.start, s.end))
        if not years:
            return False
        known = set(_YEAR_WORD.findall(self.text, same.sent.start, same.sent.end))
        known |= {str(p.date.year) for p in same.pieces if p.date is not None}
        return not years & known

    def _new(self, d: Draft) -> None:
        d.narrative = self._narrative
        self.drafts.append(d)
        if d.magnitude is not None:
            self._by_mag[round(d.magnitude * 10)] = d

    def _fill(self, target: Draft, d: Draft) -> Draft:
        target.magnitude = d.magnitude
        target.mag_type = target.mag_type or d.mag_type
        target.alt.extend(d.alt)
        target.role = target.role or d.role
        target.extra_spans.append((d.pos, d.pos))
        self._by_mag[round(d.magnitude * 10)] = target  # type: ignore[operator]
        if target.anchor in ("indef", "ordinal"):
            self._apply_group_defaults([target])
        return target

    def _apply_group_defaults(self, drafts: list[Draft]) -> None:
        if _YEAR.search(self.text, drafts[0].sent.start, drafts[0].sent.end):
            return  # a quake told with its year is history, not one of the group just announced
        for g in reversed(self.groups):
            if drafts[0].pos - g.pos > 3000:
                break
            if g.used >= g.n:
                continue
            for d in drafts:
                if g.used >= g.n:
                    break
                g.used += 1
                if d.role is None:
                    d.role = g.role
                if g.pieces:
                    d.defaults = list(g.pieces)
            return


