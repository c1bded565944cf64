"""The regular expressions the extractor is built from, one concept each, with the why in comments.

Every pattern is linear: bounded repeats, no nested unbounded quantifiers, so a hostile text
("magnitude magnitude 5.5.5.5 km km …") costs time in proportion to its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tracker.bulletin.numbers import COUNT, WORD_NUMBER

# A magnitude as written: 6.4, 7, 5,8 (decimal comma); never 10 or more.
MAG_NUM = r"(?:(?=[0-9])(?<![\d])(?<!\d[.,])[0-9](?:[.,][0-9]{1,2})?(?![0-9])(?![.,]\d))"
MAG_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
MAG_TYPE = r"(?:Mww|Mwp|Mwb|Mwc|Mwr|Mw|MLv|ML|Ml|mb_?Lg|mbLg|mb|mB|Mb|MS|Ms|Mjma|MJMA|Mj|MJ|Md|MD|Mlr|Mh|Mi|Mc)"

#: An agency block with magnitude and depth fields names a quake without saying "earthquake".
KV_QUAKE = re.compile(r"(?im)\bmag(?:nitude?)?\s*[:=]\s*\d[^\n]{0,200}?\b(?:depth|kedalaman|kedlmn|profundidad)\s*[:=]|^[ \t*•\-]*(?:magnitude|magnitud|mag)\b[^\n]{0,40}\n(?:[^\n]*\n){0,8}?[ \t*•\-]*(?:depth|profundidad)\b|^[ \t*•\-]*(?:depth|profundidad)\b[^\n]{0,40}\n(?:[^\n]*\n){0,8}?[ \t*•\-]*(?:magnitude|magnitud|mag)\b")

#: "M 1.9 - 6 km SW of Gladstone, NJ": a catalogue list line names a quake without saying "earthquake".
USGS_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?M[ \t]?\d(?:\.\d{1,2})?[ \t]*(?:[-–][ \t]*(?:\d+(?:\.\d)?[ \t]*km[ \t]+[NSEW]{1,3}[ \t]+of\b|[A-Z][\w .,'-]{2,60}$)|"
    r"(?:strikes|hits|jolts|shakes)[ \t]+\d+[ \t]*km)"
)

#: A catalogue row names a quake by its fields alone: an M value, a date or clock and a depth in km on
#: one line ("2024-03-11 06:22:36  M 5.2  35.21N 25.34E  10 km  Crete, Greece").
CATALOGUE_ROW = re.compile(
    r"(?m)^(?=[^\n]{0,200}?(?<![\w.])M[ \t]?\d\.\d)(?=[^\n]{0,200}?(?:\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}:\d\d\b))"
    r"(?=[^\n]{0,200}?\b\d{1,3}(?:\.\d)?[ \t]*km\b)[^\n]{0,300}"
)

#: Either kind of list line: one look-up where a text or paragraph may name quakes by lists alone.
LIST_LINE = re.compile(USGS_LINE.pattern.removeprefix("(?m)") + "|" + CATALOGUE_ROW.pattern.removeprefix("(?m)"), re.M)

QUAKE_NOUN = r"(?:earthquakes?|quakes?|aftershocks?|after-shocks?|foreshocks?|main\s?shocks?|tremors?|temblors?|shocks?|jolts?)"

#: Forms that state one magnitude. Named groups: ``v`` value, ``t``/``t2`` stated type, ``q``
#: a qualifier word (moment, local, preliminary), ``lst`` a list of values ("2.5, 3.6 and 3.7").
MAGNITUDE = re.compile(
    rf"""
    (?P<kv>(?:^[ \t*•\-]*(?:magnitude|magnitud|mag)\b[ \t]*(?:\((?P<tkv>[A-Za-z]{{1,4}})\))?[ \t]*(?:[=:]|-(?=[ \t]))?|\bmag(?:nitude)?[ \t]*[=:])[ \t]*(?P<vkv>{MAG_NUM})) # Magnitude = 4.5, Mag:5.0
  | (?P<typed>(?=[Mm])(?<![\w.])(?P<t>{MAG_TYPE})[ \t]*[=:]?[ \t]*(?P<vt>{MAG_NUM})(?![\d.]*\s*(?:\+|or\s+(?:more|higher|above|greater|larger)|and\s+(?:above|higher|over))))
  | (?P<bareM>(?=M)(?<![\w.'’])M[ \t]?(?P<vm>[0-9][.,][0-9]{{1,2}}|[0-9](?=\)|\s*(?:earthquake|quake|aftershock|event|[-–]\s*\d))))
  | (?=[omr])(?<![^\W\d_])(?:(?:(?:of[ \t]+)?(?:(?:moment|local)[ \t]+)?magnitudes?(?:[ \t]+of)?|measuring|measured|registering|of)[ \t]+(?P<lst2>{MAG_NUM}(?:[ \t]*\([^()\n]{{1,25}}\))?(?:[ \t]*,[ \t]*{MAG_NUM}(?:[ \t]*\([^()\n]{{1,25}}\))?){{0,30}},?[ \t]+(?:and|or)[ \t]+{MAG_NUM})(?!\d|[.,]\d|[ \t]*(?:km|kilomet|miles|percent|%|people)))
  | (?P<named>(?=[mlrbspie])(?<![^\W\d_])(?:(?P<q>moment|local|Richter|body[- ]wave|surface[- ]wave|preliminary|initial|revised|estimated)[ \t-]+)?
        magnitudes?(?:[ \t]*\((?P<t2>[A-Za-z]{{1,4}})\))?[ \t-]*
        (?:(?:of|was|is|at|as|reading|estimated\ at|=|:|measured\ at|put\ at|estimated|later)[ \t]+|[=:][ \t]*){{0,3}}
        (?:(?:about|around|approximately|approx\.|roughly|nearly|some|an\ estimated|a\ preliminary|preliminary|initially)[ \t]+)?
        (?:(?P<t3>{MAG_TYPE})[ \t]*)?
        (?P<vn>{MAG_NUM}|\b{MAG_WORD}\b))
  | (?P<lst>{MAG_NUM}(?:[ \t]*,[ \t]*{MAG_NUM}){{1,30}},?[ \t]+(?:and|or)[ \t]+{MAG_NUM})[ \t]+(?:magnitudes?|on\ the\ Richter)
  | (?P<post>(?P<vp>{MAG_NUM})[ \t]*(?:-[ \t]*)?(?:degrees?[ \t]+)?(?:(?P<q2>moment)[ \t-]+)?(?:magnitude(?![ \t]+(?:units?|steps?|points?|levels?))|on[ \t]+the[ \t]+(?:open-ended[ \t]+)?Richter|Richter|(?P<r>R|SR)\b))
  | (?P<sup>\b(?:strongest|largest|biggest|most\ powerful)(?:[ \t]+(?:one|being|was|measuring|measured|registering|registered|recorded|reaching|reached|had|at|with|of\ which|of\ them|of\ these|of|aftershock|so\ far|magnitude)){{0,4}}[ \t]*,?[ \t]+(?:(?:a|an|the)[ \t]+)?(?:magnitude[ \t]+|M[ \t]?)?(?P<vs>[0-9][.,][0-9])(?!\d|[.,]\d)(?![ \t]*(?:magnitude|on\ the|Richter|R\b)))
  | (?P<cont>(?:,[ \t]+(?:and[ \t]+)?|[ \t]and[ \t]+|[ \t]including[ \t]+)(?:(?P<art>an?|another[ \t]+of)[ \t]+)?(?P<vc>[0-9][.,][0-9])(?=[ \t]+(?:at|on|in|near|off|early|late|around|about|and|just|shortly|overnight|last|this|yesterday)\b|,|\.(?!\d)|$))
  | (?P<altv>(?=[pgemrcl])(?<![^\W\d_])(?:puts?|placed|places|pegged|gave|gives|estimated|estimates|measured|measures|rated|rates|calculated|recorded|registered|assessed|listed|lists)[ \t]+(?:the|its|it|a|that|this|[A-Za-z]+['’]s)[ \t]+(?:(?:[\w'’-]+[ \t]+){{0,5}}?|(?:[\w'’-]+[ \t]+){{0,4}}?[\w'’-]+,[^,;]{{1,60}}?,[ \t]+)(?:at|as|of)[ \t]+(?:(?P<ta2>{MAG_TYPE})[ \t]*|M[ \t]?)?(?P<va2>[0-9][.,][0-9]{{1,2}})(?!\d|[.,]\d))
  | (?P<bare>(?:(?<=['’]s\ )|(?<=\ba\ )|(?<=\ban\ )|(?<=\bthe\ ))(?:(?:shallow|deep|strong|powerful|moderate|light|minor)[ \t]+)?(?P<vb>[0-9][.,][0-9])(?!\d|[.,]\d)
        (?=[ \t]+(?:(?:centered|centred|struck|hit|jolted|shook|rattled|was\ felt|continued|the\ next\ day|that\ (?:struck|hit|shook)
                  |near|off|shake|jolt|(?-i:[A-Z])[\w’'-]+\ (?:earthquake|quake))\b|at\ \d)
           |[ \t]*\((?:later|initially|revised|downgraded|upgraded)|(?<=day['’]s\ \d\.\d)))
  | (?P<measuring>(?=[mr])(?<![^\W\d_])(?:measuring|measured|registering|registered|rated|reading)[ \t]+(?:at[ \t]+|as[ \t]+)?(?:a[ \t]+)?(?:preliminary[ \t]+)?(?P<vmeas>[0-9][.,][0-9]{{1,2}})(?!\d|[.,]\d))
  | (?P<adj>(?<=\ )(?=[a-zA-Z0-9])(?:(?<=\ba\ )|(?<=\ban\ )|(?<=\bthe\ ))(?:(?:strong|powerful|massive|major|moderate|minor|light|shallow|deadly|huge|big|small|mild|violent|magnitude)[ \t]+){{0,2}}(?P<va>[0-9][.,][0-9]{{1,2}})[ \t]+(?={QUAKE_NOUN}))
    """,
    re.X | re.I | re.M,
)

#: Right after a magnitude: it is a bound or a range, not one quake's value.
BOUND_AFTER = re.compile(
    r"^\s*(?:\+|(?:or|and)\s+(?:more|higher|above|greater|larger|bigger|stronger|over|up|less|lower|smaller|below|under|weaker)\b|"
    r"(?:to|[-–])\s*(?:M\s?|magnitude\s+)?\d+(?:[.,]\d+)?(?![\d.,:])(?!\s*(?:km|kilomet|mi\b|miles|°))|plus\b|and\s+\d)",
    re.I,
)
#: Right before a magnitude: a bound ("above magnitude 2", "M>6", "between 4 and").
BOUND_BEFORE = re.compile(
    r"(?:\b(?:above|over|greater\s+than|larger\s+than|bigger\s+than|higher\s+than|stronger\s+than|more\s+than|"
    r"exceed(?:ing|ed|s)?|topped|surpassed|at\s+least|of\s+at\s+least|smaller\s+than|less\s+than|lower\s+than|weaker\s+than|below|under|"
    r"up\s+to|between|ranging\s+from|from\s+(?=magnitude|M\s?\d)|range|threshold|minimum|maximum|>=?|<=?|≥|≤)\s*(?:a\s+)?(?:magnitudes?\s*(?:of\s+)?)?(?:M\s?)?|[<>≥≤]\s*)$",
    re.I,
)
#: How a :data:`BOUND_BEFORE` match can end, lower-cased and without the spaces after it: the last
#: word of each bound ("above", "… than", "at least", "up to", "ranging from"), of what may follow
#: it ("a", "magnitude(s)", "of", "M") or a sign.
BOUND_BEFORE_TAILS = (
    "above", "over", "than", "exceeding", "exceeded", "exceeds", "exceed", "topped", "surpassed", "least", "below", "under", "to", "between", "from", "range", "threshold",
    "minimum", "maximum", ">", "<", "=", "≥", "≤", "a", "magnitude", "magnitudes", "of", "m",
)
#: Units that say a number is not a magnitude.
NOT_MAG_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent|points?|pts|km\b|kilomet|miles?\b|met(?:er|re)s?|feet|ft\b|years?|times|"
    r"degrees?|°|billion|million|thousand|mph|kph|(?-i:m)\b|cm\b|inches|people|dead|deaths)",
    re.I,
)
#: A magnitude in a hypothetical or a forecast, stated before it in the clause.
HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|can|possible|plausible|conceivable|possibility|probability|chance|likely|unlikely|expect(?:ed)?(?!\s+(?:from|after|following)\s+(?:the|this|that|[A-Z]\w+['’]s)\b)|"
    r"forecast\w*|predict\w*|capable|withstand|potential|scenario|risk|hypothetical|simulat\w*|drill|exercise|"
    r"prepare\w*|if|should|plan\w*|design\w*|warn\w*\s+(?:of|that|a|an)|fears?|overdue|brace|imagine\w*|assum\w*|"
    r"(?-i:Had)\s+(?:the|it|a|an)|would\s+have|film|movie|novel|fiction|video\s+game|rated\s+for|designed\s+for|built\s+for|"
    r"engineered\s+for|certified\s+for)\b",
    re.I,
)
HYPOTHETICAL_AFTER = re.compile(
    r"^\s*(?:earthquake|quake)?s?\s*(?:could|would|might|(?-i:may)|can)\b(?!\s+(?:also\s+)?(?:be|have\s+been)\s+(?:felt|seen|heard))", re.I)
#: "A magnitude 9 quake on the Nankai Trough could kill up to 298,000 people": a scenario.
HYPOTHETICAL_CONSEQUENCE = re.compile(
    r"^[^.;]{0,60}?\b(?:could|would|might|(?-i:may))\s+(?:\w+\s+)?(?:kill|cause|trigger|strike|hit|occur|generate|destroy|"
    r"damage|happen|produce|devastate|leave|flatten|topple|collapse|send|displace|cost)\b",
    re.I,
)
ASTRONOMY = re.compile(
    r"\b(?:stars?|nova|supernova|asteroid|comet|telescope|brightness|brighten\w*|planets?|galaxy|apparent|"
    r"absolute|stellar|visual|binocular\w*|constellation|sky|orbit\w*|meteors?|meteorites?|meteoroids?)\b",
    re.I,
)

#: Where a magnitude is stated about a quake already introduced ("had a magnitude of 4.1").
PREDICATIVE_BEFORE = re.compile(
    r"(?:\b(?:had|has|have|with|measur(?:ed|ing)|register(?:ed|ing)|record(?:ed|ing)|rated|reading|was|were|is|"
    r"of|at|reached|recorded\s+at|put\s+at|estimated\s+at|revised\s+to|upgraded\s+to|downgraded\s+to|"
    r"was\s+\w+\s+at|to\s+be|to\s+have\s+been)\s+(?:a\s+|an\s+)?(?:(?:preliminary|initial|moment|local)\s+)?(?:magnitude\s+(?:of\s+)?)?)$",
    re.I,
)
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}$", re.I)
DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|its|following|after|since|before|of\s+the|last\s+week's|yesterday's|today's)\s+(?:[\w'’-]+\s+){0,2}|'s\s+)$",
    re.I,
)
ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+second|a\s+further|a\s+new|one\s+more)\s+(?:[\w-]+\s+){0,3}$", re.I)

#: "revising the magnitude down from 6.0": the old value, the new one told before.
REVISED_FROM = re.compile(
    rf"\b(?:revis\w*|downgrad\w*|upgrad\w*|lower\w*|rais\w*|adjust\w*)\s+(?:the\s+|its\s+)?(?:magnitude\s+|it\s+)?"
    rf"(?:(?:down|up)(?:ward)?s?\s+)?from\s+(?:magnitude\s+|M\s?)?(?P<old>{MAG_NUM})",
    re.I,
)
#: "the quake, initially reported as 6.0, had a magnitude of 5.8": a first value, replaced by the next one.
INITIAL_VALUE = re.compile(
    rf"\b(?:initially|first|originally|earlier)\s+(?:reported|reporting|put|putting|estimated|estimating|measured|given|"
    rf"registered|listed|recorded)\s+(?:it\s+|the\s+(?:quake|earthquake)\s+|its\s+magnitude\s+)?"
    rf"(?:at|as)\s+(?:an?\s+)?(?:magnitude\s+|M\s?)?(?P<old>{MAG_NUM})",
    re.I,
)
REVISION = re.compile(
    rf"\b(?:revis(?:ed|ing)|upgrad(?:ed|ing)|downgrad(?:ed|ing)|updat(?:ed|ing)|correct(?:ed|ing)|lower(?:ed|ing)|rais(?:ed|ing)|adjust(?:ed|ing)|chang(?:ed|ing)|later\s+put)\s+(?:it\s+|its\s+magnitude\s+|the\s+(?:[\w-]+['’]s\s+)?magnitude\s+)?"
    rf"(?:(?:down|up)(?:ward)?s?\s+)?(?:from\s+(?:magnitude\s+)?(?P<old>{MAG_NUM})\s+)?to\s+(?:a\s+)?(?:magnitude\s+)?(?:(?P<t>{MAG_TYPE})\s*|M\s?)?(?P<v>{MAG_NUM})(?:\s+from\s+(?:magnitude\s+)?(?P<old2>{MAG_NUM}))?",
    re.I,
)

# --- depths ----------------------------------------------------------------------------------------
_DNUM = rf"(?P<d>\d{{1,3}}(?:[.,]\d{{1,2}})?|{WORD_NUMBER})"
_DUNIT = r"(?P<u>km|kms|kilomet(?:er|re)s?|miles?|mi)\b"
_DALT = r"(?:\s*[(/]\s*(?P<d2>\d{1,3}(?:[.,]\d{1,2})?)\s*(?P<u2>km|kilomet(?:er|re)s?|miles?|mi)\b\s*\)?)?"
DEPTH = [
    re.compile(
        rf"""\b(?:focal\s+|hypocentral\s+|hypocenter\s+|hypocentre\s+|shallow\s+)?(?:depth|kedalaman|kedlmn|profundidad|profundidade|profondità|profondita|profondeur|Tiefe|derinlik)\b
        (?:\s*(?:of|at|was|is|:|=|-(?=\s)|about|around|approximately|roughly|some|nearly|just|only|estimated\s+at)){{0,4}}\s*
        (?:a\s+(?:shallow\s+)?(?:depth\s+of\s+)?)?(?:(?:about|around|approximately|roughly|some|nearly|just|only|~)\s*)?
        {_DNUM}\s*{_DUNIT}{_DALT}""",
        re.X | re.I,
    ),
    re.compile(
        rf"""\b{_DNUM}\s*{_DUNIT}{_DALT}\s*(?:deep|below\s+(?:the\s+)?(?:surface|sea\s+level|ground|seabed|sea\s*floor)|
        beneath\s+the\s+(?:surface|ground|seabed)|underground)\b""",
        re.X | re.I,
    ),
    re.compile(rf"\bhypocent(?:er|re)\s+(?:at|of)\s+{_DNUM}\s*{_DUNIT}{_DALT}", re.I),
    re.compile(rf"\b{_DNUM}\s*{_DUNIT}{_DALT}\s+(?:depth|deep)\b", re.I),  # "18 km (11 mi) depth"
    # a catalogue list entry's own line: "10.2 km" alone under the stamp
    re.compile(rf"(?m)^[ \t]*{_DNUM}[ \t]*(?P<u>km)[ \t]*$", re.I),
    # "with its focus about 12 kilometers below the Chuetsu region"
    re.compile(rf"\b(?:focus|hypocent(?:er|re))\s+(?:was\s+|lay\s+|is\s+)?(?:(?:about|around|some|roughly|at|of)\s+)*{_DNUM}\s*{_DUNIT}", re.I),
    # a catalogue row's own column: "M 5.2  35.21N 25.34E  10 km  Crete" (not "10 km N of …")
    re.compile(r"(?:(?<=[ \t]{2})|(?<=\t)|(?<=[-–|][ \t]))(?P<d>\d{1,3}(?:\.\d{1,2})?)[ \t]*(?P<u>km)\b"
               r"(?![ \t]+(?:[NSEW]{1,3}|north|south|east|west|of|from|off|away)\b)"),
    # "Depth of Focus (km) : 015": the unit in brackets before the value
    re.compile(r"\bdepth(?:\s+of\s+focus)?\s*\((?P<u>km)\)\s*[:=]\s*(?P<d>\d{1,3}(?:\.\d+)?)", re.I),
    # "That quake was also deep, at about 29 miles", "relatively deep at 70 km"
    re.compile(rf"\bdeep,?\s+at\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?{_DNUM}\s*{_DUNIT}{_DALT}", re.I),
]

# --- places -----------------------------------------------------------------------------------------
_DIR = (
    r"(?:(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?(?:ern)?|"
    r"[NSEW]{1,3}|[NS]\s?\d{1,3}\s?°?\s?[EW]|(?:N|S)\.?\s?(?:E|W)\.?)"
)
#: Capital letters a place name may start with: "İzmit", "Łódź", "Érd", "Çanakkale" as well as A-Z.
_UC = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_PLACE_WORDS = (
    rf"(?:the\s+)?(?:[{_UC}][\w'’.-]*|[{_UC}]{{2,}})(?:(?:\s+|,\s*|\s+(?:of|de|del|la|du|and|the|di|da|do)\s+|-)"
    rf"(?:[{_UC}][\w'’.-]*|[{_UC}]{{2,}}|\([^)\d]{{1,40}}\))){{0,7}}"
    r"(?:\s+(?:area|region|coast|district|county|province|prefecture|city|town|village|island|islands|sea|border)"
    # "the Pacific coast of Aomori Prefecture": the named stretch of a named place
    rf"(?:\s+of\s+(?:the\s+)?[{_UC}][\w'’.-]*(?:\s+[{_UC}][\w'’.-]*){{0,3}})?)?"
    r"(?:(?:\s+(?:province|county|prefecture|state|region))?['’]s\s+[A-Z][\w'’.-]*(?:\s+(?:district|county|city|town|village))?)?"
)
#: "64 kilometers west of Navidad, O'Higgins Region" — a distance and a bearing: a place, never a depth.
DISTANCE_PLACE = re.compile(
    rf"\b(?:about\s+|some\s+|around\s+|approximately\s+)?\d{{1,4}}(?:[.,]\d{{1,2}})?\s*(?i:km|kms|kilomet(?:er|re)s?|miles?|mi)\b"
    rf"(?:\s*\([^)]{{1,30}}\))?\s*(?:{_DIR}\s+)?(?i:of|from|off)\s+"
    # "18 kilometers southwest of the fishing town of Puerto Lopez"
    rf"(?:the\s+(?:[a-z]+\s+)?(?:town|city|village|port|island|municipality|district|province|capital)\s+of\s+)?{_PLACE_WORDS}",
)
#: "in Tainan's Dongshan District", "off the coast of Hualien", "near Banda Aceh".
PREP_PLACE = re.compile(
    rf"\b(?<!felt\s)(?<!felt\sas\sfar\saway\sas\s)(?<!ever\srecorded\s)(?:in|near|on(?=\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}(?:Island|Islands|Peninsula|Isle|Atoll)\b|\s+the\s+island\s+of\b)|off(?:\s+the\s+(?:(?:north|south|east|west)(?:-?(?:north|south)?(?:east|west))?(?:ern)?\s+)?(?:coast|shore)s?\s+of)?|beneath|below|under|close\s+to|outside|offshore|between|"
    rf"(?:north|south|east|west)(?:-?(?:north|south)?(?:east|west))?(?:ern)?\s+of|"
    rf"(?:located|centred|centered)\s+at|hit|struck|jolted|rocked|shook|rattled|"
    rf"(?:destroyed|devastated|levelled|leveled|flattened)(?:\s+(?:much|most|parts?|large\s+parts)\s+of)?)\s+"
    rf"(?:the\s+(?:(?:port|coastal|border|mountain|northern|southern|eastern|western|central|historic|ancient|old|small|remote|industrial|provincial|[A-Z][\w-]+)\s+)?(?:town|city|village|island|province|region|state|prefecture|district|county|municipality)\s+of\s+)?"
    rf"(?:(?:(?:north|south)-?(?:east|west)?|east|west)ern\s+|central\s+|neighbou?ring\s+|nearby\s+|adjacent\s+)?{_PLACE_WORDS}"
)
#: A catalogue list title with no distance: "M 4.4 - Fiji region".
LIST_TITLE_PLACE = re.compile(r"(?m)^[ \t]*M[ \t]?\d(?:\.\d{1,2})?[ \t]*[-–][ \t]*(?P<p>[A-Z][^\n\d]{2,60}?)[ \t]*$")
#: An agency headline: "Terremoto Md 2.4 Etna (CT), 03-07-2024 …", "Séisme ML 3.9 Pyrénées, …".
HEADLINE_PLACE = re.compile(
    rf"(?m)^[ \t]*(?:Terremoto|Sismo|Séisme|Erdbeben|Deprem|Gempa(?:bumi)?|Earthquake)[ \t]+(?:{MAG_TYPE}|M)[ \t]?\d(?:[.,]\d{{1,2}})?"
    r"[ \t]*[-–:,]?[ \t]*(?P<p>[A-ZÀ-Ý][^\n\d,;()]{1,60}?)[ \t]*(?:\([A-Z]{2}\)[ \t]*)?(?:,|$)"
)
#: A place named as an adjective of the quake: "the 1999 Izmit earthquake", "the magnitude 5.9 Woods
#: Point earthquake", "The 1932 M7.1 Cedar Mountain earthquake".
ADJ_PLACE = re.compile(
    r"(?:\b(?:1[89]|20)\d\d\s+(?:M\s?\d(?:\.\d)?\s+)?|\b(?:magnitude[ -]|M\s?)\d(?:\.\d)?\s+|\b\d(?:\.\d)?[ -]magnitude\s+)"
    r"(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:earthquake|quake|tremor|swarm|sequence)s?\b"
)
#: "Simav was hit by a 5.9-magnitude earthquake", "Mindoro was struck by a magnitude 7.1 earthquake": the
#: place a sentence opens with, struck by the quake the sentence goes on to name.
SUBJECT_PLACE = re.compile(
    rf"[ \t]*(?:The\s+(?:province|city|town|region|island|state|district|prefecture|county)\s+of\s+)?(?P<p>{_PLACE_WORDS})\s+"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:badly|hard|severely|strongly|also|again)\s+)?"
    r"(?:hit|struck|rocked|jolted|shaken|rattled|devastated)\s+by|was\s+the\s+epicent(?:er|re)\s+of)\s+(?:a|an|the|two|three)\b"
)
PLACE_FIELD = re.compile(
    r"^[ \t*•\-]*(?:location|locality|region|epicent(?:er|re)|epicentral\s+area|nearest\s+(?:place|town)|place|area|lokasi|lok)\b(?:[ \t]+name)?[ \t]*[=:]?[ \t]*(?P<p>[^\n]{2,160})",
    re.I | re.M,
)
NOT_PLACE = re.compile(
    r"^(?:the\s+)?(?:Richter|Mercalli|UTC|GMT|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|It|This|"
    r"[A-Z]{1,3}T|USGS|CWA|EMSC|GFZ|JMA|BMKG|PHIVOLCS|ONEMI|Good\s+Friday|Christmas|Easter|Boxing\s+Day|New\s+Year)\b"
)

#: "10.85N, 125.98E", "8.34 LS - 116.65 BT", "30.2 SOUTH 175.9 WEST", "23.77°N 121.67°E".
COORDS = re.compile(
    r"(?P<lat>\d{1,2}(?:[.,]\d{1,4})?)\s*°?\s*(?P<ns>N|S|LU|LS|North|South|NORTH|SOUTH)\b\.?\s*[,;/\-–]?\s*"
    r"(?:and\s+)?(?:(?i:long(?:itude)?)\.?\s*[:=]?\s*)?(?P<lon>\d{1,3}(?:[.,]\d{1,4})?)\s*°?\s*(?P<ew>E|W|BT|BB|East|West|EAST|WEST)\b",
)
COORDS_WORDS = re.compile(
    r"(?P<lat>\d{1,2}(?:\.\d{1,4})?)\s*(?:degrees?|°)\s*(?P<ns>north|south)(?:\s+latitude)?\s*(?:,|and)?\s*"
    r"(?P<lon>\d{1,3}(?:\.\d{1,4})?)\s*(?:degrees?|°)\s*(?P<ew>east|west)(?:\s+longitude)?",
    re.I,
)
#: "Latitude: 38.12" and "Longitude: 20.45" on lines of their own.
#: "Latitude: -12.76", "Latitud: -12,76" (decimal comma), "Lon = 121.6 E".
LAT_FIELD = re.compile(r"(?i)\blat(?:itude|itud)?\.?[ \t]*[:=][ \t]*(?P<v>-?\d{1,2}(?:[.,]\d{1,5})?)[ \t]*°?[ \t]*(?P<h>[NS])?\b")
LON_FIELD = re.compile(r"(?i)\blon(?:g(?:itude|itud)?)?\.?[ \t]*[:=][ \t]*(?P<v>-?\d{1,3}(?:[.,]\d{1,5})?)[ \t]*°?[ \t]*(?P<h>[EW])?\b")
#: Money, markets and politics: a "magnitude" or a "tremor" there is a figure of speech.
_MONEY = (
    r"markets?|stocks?|shares|currenc\w+|bonds?|index|indices|econom\w+|inflation|investors?|traders?|"
    r"Fed|central\s+bank|election\w*|polls?|political|recession|earnings|tariffs?|coalition|resignations?|cabinet"
)
FINANCE = re.compile(rf"\b(?:{_MONEY}|percent)\b|%", re.I)
#: The same without percentages, which forecasts and damage counts of real quakes use as much.
FINANCE_WORDS = re.compile(rf"\b(?:{_MONEY})\b", re.I)
MAGNITUDE_HINT = re.compile(r"(?i)magnitud|richter|\bM[wlsbLjd]?\s?\d|\bmag\b|\d\.\d")
#: Words that only a text about real quakes uses; a magnitude in a text with none of them is a figure of speech.
STRONG_QUAKE = re.compile(
    r"\b(?:earthquakes?|quakes?|temblors?|epicent\w+|hypocent\w+|seismolog\w+|tsunami|focal|shaking|geonet|usgs|emsc|"
    r"magnitude\s+\d|seismic\s+(?:waves?|stations?|network|intensity))\b", re.I)
LITERAL_QUAKE = re.compile(r"\b(?:earthquakes?|quakes?|aftershocks?|foreshocks?|temblors?|seismic\w*|epicent\w+|richter)\b", re.I)
#: "Latitude / longitude: 46.29 / 7.53": both fields under one label.
LATLON_PAIR = re.compile(
    r"\blat(?:itude)?\.?\s*/\s*lon(?:g(?:itude)?)?\.?\s*[:=]\s*(?P<lat>-?\d{1,2}(?:\.\d{1,5})?)\s*°?\s*(?P<ns>[NS])?\s*[/,;]\s*"
    r"(?P<lon>-?\d{1,3}(?:\.\d{1,5})?)\s*°?\s*(?P<ew>[EW])?\b",
    re.I,
)
COORDS_SIGNED = re.compile(
    r"\blat(?:itude)?\.?\s*[=:]?\s*(?P<lat>-?\d{1,2}(?:\.\d{1,4})?)\s*°?\s*(?P<ns>[NS])?\s*(?:[,;&]|and)?\s*"
    r"lon(?:g(?:itude)?)?\.?\s*[=:]?\s*(?P<lon>-?\d{1,3}(?:\.\d{1,4})?)\s*°?\s*(?P<ew>[EW])?\b",
    re.I,
)

# --- roles ----------------------------------------------------------------------------------------
ROLE_WORD = re.compile(
    r"\b(?P<after>aftershocks?|after-shocks?)\b|\b(?P<fore>foreshocks?)\b|"
    r"\b(?P<main>main\s?shocks?|main[\s-]+(?:quake|earthquake|tremor|event|shock)|initial\s+(?:quake|earthquake|shock|tremor)|"
    r"original\s+(?:quake|earthquake))\b",
    re.I,
)
TRIGGER_BEFORE = re.compile(
    r"\b(?:triggered|caused|generated|set\s+off|sparked|spawned|produced)\s+by\b|"
    # (but "aftershocks of magnitude 4 and above" tells their size, not the quake they follow)
    r"\baftershocks?\s+(?:of|to|from|following)\b(?!\s+(?:magnitudes?\b|M[wlL]?\s?\d|\d|at\s+least|over\b|above\b|between\b|up\s+to))|"
    r"\b(?:after|following|in\s+the\s+wake\s+of|a\s+day\s+after)\b",
    re.I,
)
PRECEDED_BEFORE = re.compile(r"\b(?:preceded|was\s+foreshadowed)\s+by\b", re.I)

# --- tallies -------------------------------------------------------------------------------------------
PLURAL_QUAKES = re.compile(
    r"\b(?:earthquakes|quakes|aftershocks|after-shocks|tremors|temblors|shocks|jolts|foreshocks|events|seisms|sismos)\b",
    re.I,
)
PARTITIVE = re.compile(rf"\b(?P<c>{COUNT})\s+of\s+(?:the|these|those|them)\s+(?:\w+\s+){{0,2}}?$", re.I)
#: "65 measured magnitude 5 or above", "27 of them of magnitude 5 or above": a count whose noun
#: stands in the clause before.
NOUNLESS_COUNT = re.compile(
    rf"(?<![\d.,])(?P<c>{COUNT})\s+(?P<lead>(?:of\s+(?:them|those|these|which)\s+)?(?:(?:were|was|measured|registered|had|reached|"
    rf"recorded|rated|of|with)\s+){{0,2}}(?:(?:a|at)\s+)?)(?=(?:magnitudes?\s|M\s?\d|above\s|over\s|greater\s|exceed(?:ing|ed|s)?\s|topped\s|surpassed\s|at\s+least|"
    rf"between\s|below\s|less\s|smaller\s|lower\s|weaker\s|larger\s|bigger\s|stronger\s|higher\s))",
    re.I,
)
#: "Thirty-one of them were felt nationwide", "eleven were felt in Taitung".
FELT_COUNT = re.compile(
    rf"(?<![\d.,])(?P<c>{COUNT})\s+(?:of\s+(?:them|those|these|which|the\s+\w+)\s+)?(?:were|was|had\s+been)\s+(?:\w+\s+)?felt\b",
    re.I,
)
OF_THE_COUNT = re.compile(
    rf"\b(?P<noun>aftershock|earthquake|quake|tremor)s?\s+of\s+the\s+(?!0\d)(?!(?:1[89]|20)\d\d\b)(?P<c>{COUNT})\b(?![.,]\d)(?!\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*)(?!\s*(?:[\w-]+\s+){{0,2}}(?:earthquakes|quakes|aftershocks|tremors|km|kilomet|miles|people|percent))",
    re.I,
)
FELT = re.compile(
    r"\b(?:(?:were|was|been|being|are)\s+(?:\w+\s+)?felt|felt\s+(?:by|in|across|throughout|nationwide|island-wide|widely|strongly)|"
    r"reported\s+(?:as\s+)?felt)\b",
    re.I,
)
NOT_FELT = re.compile(r"\b(?:enough\s+to\s+be\s+felt|could\s+be\s+felt|can\s+be\s+felt|may\s+be\s+felt|not\s+felt)\b", re.I)

_B = rf"(?:M\s?|magnitudes?\s+(?:of\s+)?|Mw\s?|ML\s?)?(?P<{{name}}>{MAG_NUM})"


def _b(name: str) -> str:
    return rf"(?:M[wLl]?\s?|magnitudes?\s+(?:of\s+)?|Mw\s?|ML\s?)?(?P<{name}>{MAG_NUM})"


#: The plural "aftershocks": what a count or a "the strongest of them" is about.
AFTERSHOCKS_PLURAL = re.compile(r"(?i)\baftershocks\b")
#: Magnitude bounds of a tally, each with groups lo and/or hi.
BOUNDS = [
    re.compile(rf"\branging\s+(?:in\s+magnitude\s+)?from\s+(?:the\s+lowest\s+of\s+|magnitude\s+|M\s?)?(?P<lo>{MAG_NUM})\s+(?:and|to|up\s+to)\s+(?:the\s+highest\s+of\s+|magnitude\s+|M\s?)?(?P<hi>{MAG_NUM})", re.I),
    re.compile(rf"\bbetween\s+{_b('lo')}\s+(?:and|to|-)\s+{_b('hi')}", re.I),
    re.compile(rf"{_b('lo')}\s*(?:to|[-–])\s*{_b('hi')}(?!\s*(?:km|kilomet|miles|percent|%|people))", re.I),
    re.compile(rf"{_b('lo')}\s*(?:\+|[-\s]plus\b|(?:or|and)\s+(?:more|higher|above|greater|larger|bigger|stronger|over)\b)", re.I),
    re.compile(rf"\b(?:above|over|greater\s+than|larger\s+than|bigger\s+than|higher\s+than|stronger\s+than|more\s+than|exceed(?:ing|ed|s)?|topped|surpassed|at\s+least|of\s+at\s+least|(?:equal\s+to\s+or\s+)?greater\s+than)\s+(?:or\s+equal\s+to\s+)?(?:a\s+)?{_b('lo')}", re.I),
    re.compile(rf"\bM\s?(?:>=?|≥)\s*(?P<lo>{MAG_NUM})", re.I),
    re.compile(rf"(?:>=?|≥)\s*M[wLl]?\s?(?P<lo>{MAG_NUM})", re.I),
    re.compile(rf"\b(?:smaller\s+than|less\s+than|lower\s+than|weaker\s+than|below|under|up\s+to)\s+(?:a\s+)?{_b('hi')}", re.I),
    re.compile(rf"{_b('hi')}\s*(?:or|and)\s+(?:less|lower|smaller|below|under|weaker)\b", re.I),
    re.compile(rf"\bM\s?(?:<=?|≤)\s*(?P<hi>{MAG_NUM})", re.I),
    re.compile(rf"(?:<=?|≤)\s*M[wLl]?\s?(?P<hi>{MAG_NUM})", re.I),
]

#: For each of :data:`BOUNDS`, words one of which every match holds (in ``folded`` text), or None:
#: a bound pattern starts at an optional "M" before its value, so the engine tries it at every
#: position; a look at the words first spares the search on most stretches.
BOUND_LOOKS: tuple[tuple[str, ...] | None, ...] = (
    ("ranging",),
    ("between",),
    ("to", "-", "–"),
    ("+", "plus", "more", "higher", "above", "greater", "larger", "bigger", "stronger", "over"),
    ("above", "over", "greater", "larger", "bigger", "higher", "stronger", "more", "exceed", "topped", "surpassed", "least"),
    (">", "≥"),
    (">", "≥"),
    ("smaller", "less", "lower", "weaker", "below", "under", "up"),
    ("less", "lower", "smaller", "below", "under", "weaker"),
    ("<", "≤"),
    ("<", "≤"),
)

#: A number in digits or in words: magnitudes and counts need one (see has_number).
#: The number words HINT_NUMBER finds (also has_number's rare-letter gate).
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                 "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen")
HINT_NUMBER = re.compile(rf"\d|(?i:\b(?:{'|'.join(_NUMBER_WORDS)})\b)")


# --- cheap gates -----------------------------------------------------------------------------------
# The patterns above are case-insensitive alternations that the regex engine tries at every position
# of a sentence, which is where most of the pass's time goes. A *gate* is a plain, case-sensitive
# pattern run on the lower-cased text that matches wherever its pattern could: its literal first
# characters let the engine skip ahead quickly, so a miss is proved cheaply and the full pattern is
# tried only where a match may start. Results are the same as without the gate, by construction.


def folded(text: str, low: str | None = None) -> str | None:
    """``text`` lower-cased for gates, or ``None`` where lower-casing would not match as ``re.I`` does.

    Offsets must stay valid (``"İ".lower()`` is two characters), and the dotless ``ı`` and long
    ``ſ``, which ``re.I`` matches as "i" and "s", stay themselves in lower case. ``low`` is
    ``text.lower()`` where the caller has it already.
    """
    low = text.lower() if low is None else low
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return None
    return low


def gated_finditer(pattern: re.Pattern[str], gate: re.Pattern[str], text: str, low: str | None,
                   lo: int, hi: int, before: bool = False) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, lo, hi)``, found by trying it only where ``gate`` matches.

    ``gate`` runs on ``low`` (``folded(text)``) and must match at every position where ``pattern``
    can start a match, or, with ``before``, at the character before it (a start at offset 0 has none,
    and is tried as it is). Without ``low`` this is plain ``finditer``.
    """
    if low is None:
        yield from pattern.finditer(text, lo, hi)
        return
    pos = lo
    if before and lo == 0 < hi:
        first = pattern.match(text, 0, hi)
        if first is not None:
            yield first
            pos = first.end()
    at = max(0, pos - 1) if before else pos
    while True:
        g = gate.search(low, at, hi)
        if g is None:
            return
        q = g.start()
        m = pattern.match(text, q, hi) if q >= pos else None
        if m is None and before and q + 1 < hi:
            m = pattern.match(text, q + 1, hi)
        if m is None:
            at = q + 1
            continue
        yield m
        # no pattern here matches the empty string, so the next match starts at or after this end
        pos = m.end()
        at = max(0, pos - 1) if before else pos


def gated_search(pattern: re.Pattern[str], gate: re.Pattern[str], text: str, low: str | None,
                 lo: int, hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, answered ``None`` at once where ``gate`` finds nothing in ``low``.

    ``gate`` must match (in ``low``, ``folded(text)``) inside every stretch where ``pattern`` does.
    """
    if low is not None and gate.search(low, lo, hi) is None:
        return None
    return pattern.search(text, lo, hi)


def first_char_gate(first: str, gate: str, flags: int = 0) -> re.Pattern[str]:
    """``gate`` compiled to match at the same starts, found faster: only where ``first`` (a class body) allows.

    The regex engine skips ahead fast only for a pattern that begins with one character class or
    whose alternatives all begin with a plain letter; a gate that begins with ``\\b``, a lookbehind,
    ``^`` or a mix of classes and letters is tried in full at every position. Written as "one of
    ``first``, where ``gate`` matches from that character", the engine jumps from one such character
    to the next. ``first`` must hold every character a ``gate`` match can start with (the pairs in
    tests/test_parser_gates.py check the gates built here). A match is one character long: gated
    calls use only where a gate match starts, or whether there is one.
    """
    return re.compile(f"[{first}](?<=(?=(?:{gate}))[{first}])", flags)


#: Where PLURAL_QUAKES can start, as a plain pattern on the folded text (a start gate for
#: gated_finditer, and a search gate before a plain search).
PLURAL_QUAKES_GATE = re.compile(r"earthquakes|quakes|aftershocks|after-shocks|tremors|temblors|shocks|jolts|foreshocks|events|seisms|sismos")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` is in ``text``.

    A plain loop: ``any()`` over a generator or ``map(text.__contains__, …)`` costs about half as much
    again for the few words and the sentence-long text these looks ask about (measured).
    """
    for w in words:  # noqa: SIM110 (see above)
        if w in text:
            return True
    return False


#: Letters from the rarest to the commonest in English news text (measured on the bench's mixed news).
_RARITY = "zqxjvkbwypgfcmluhdrionsate"


def rare_gate(words: Iterable[str], *extra: str) -> re.Pattern[str]:
    """A search gate for plain lower-case ``words`` (and ``extra`` alternatives, as regex): each word is
    found at its rarest letter, the rest of it checked behind and after that letter.

    A plain alternation of words makes the engine stop at every character any of them begins with
    (in English text a third of all characters for a dozen words) and try every word there; led by
    rare letters ("k" of "shock", "v" of "revised") it stops at a tenth as many. A match is the
    word from its rare letter on: use the gate to ask whether a word is there, or where at the latest
    a word's match starts (its letter's offset in the word), not where it starts.
    """
    rank = {c: i for i, c in enumerate(_RARITY)}
    alts = []
    for w in words:
        i = min(range(len(w)), key=lambda j: (rank.get(w[j], -1) if not w[j].isspace() else 99, j))
        behind = f"(?<={re.escape(w[:i + 1])})" if i else ""
        alts.append(re.escape(w[i]) + behind + re.escape(w[i + 1:]))
    return re.compile("|".join(alts + list(extra)))

#: Where a :data:`MAGNITUDE` match can start, or the character before (patterns.gated_finditer with
#: ``before``), branch by branch (see there). The branches that begin with a word begin where no letter
#: stands before it, so the gate looks for them from that character: the engine then stops only at
#: spaces, digits and punctuation, a fifth of a sentence, where it stopped at any of a dozen letters
#: (three fifths). Runs are possessive wherever what follows cannot be what the run reads.
_MAG_HERE = (
    r"\d(?:[.,]\d{1,2})?[ \t]*+(?:,|-?[ \t]*(?:deg|mo|ma|on|r|sr))"             # lst, post
    r"|,[ \t]+(?:and[ \t]+)?(?:an?[ \t]+|another[ \t]+of[ \t]+)?\d[.,]\d"        # cont
    r"|[ \t](?:and|including)[ \t]+(?:an?[ \t]+|another[ \t]+of[ \t]+)?\d[.,]\d"  # cont
    r"|^[ \t*•\-]*+mag"                                                         # kv behind bullets or spaces
)
_MAG_NEXT = (
    # the words by first letter, so that at each character the engine compares a dozen letters, not
    # forty words: kv, named and lst2 ("mag"), a qualifier before "magnitude" ("moment", "local",
    # "Richter", "body-wave", "surface-wave", "preliminary", "initial", "revised", "estimated"), sup,
    # altv ("put/placed/pegged/gave/gives/estimated/measured/rated/calculated/recorded/registered/listed
    # … the … at"), measuring ("measuring/registered/rated/reading … 6.1") and typed or bare M ("Mw 7.8")
    r"[^a-z](?:m(?:ag|om[a-z]*+(?:[- ]wave)?[ \t-]+mag|ost\ powerful"
    r"|ea[a-z]*+[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t]|ea[a-z]*+[ \t]++(?:[a-z]++[ \t]++){0,3}+\d"
    r"|(?:[wlbsjdhic][a-z_]{0,3}+[ \t]*+[=:]?[ \t]*|[ \t]?)\d)"
    r"|of[ \t]+(?:\d|mom|loc|mag)"
    r"|l(?:oc[a-z]*+(?:[- ]wave)?[ \t-]+mag|argest|is[a-z]*+[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t])"
    r"|r(?:ic[a-z]*+(?:[- ]wave)?[ \t-]+mag|ev[a-z]*+(?:[- ]wave)?[ \t-]+mag"
    r"|(?:at|ec|eg)[a-z]*+[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t]|(?:eg|at|ea)[a-z]*+[ \t]++(?:[a-z]++[ \t]++){0,3}+\d)"
    r"|b(?:od[a-z]*+(?:[- ]wave)?[ \t-]+mag|iggest)"
    r"|s(?:ur[a-z]*+(?:[- ]wave)?[ \t-]+mag|trongest)"
    r"|p(?:re[a-z]*+(?:[- ]wave)?[ \t-]+mag|(?:ut|la|eg)[a-z]*+[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t])"
    r"|ini[a-z]*+(?:[- ]wave)?[ \t-]+mag"
    r"|est[a-z]*+(?:(?:[- ]wave)?[ \t-]+mag|[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t])"
    r"|g(?:av|iv)[a-z]*+[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t]"
    r"|cal[a-z]*+[ \t]++(?:the|its|it|a|that|this|[a-z]+['’]s)[ \t])"
    r"|(?<=[sane])\ (?:\S++[ \t]++){0,2}\d[.,]\d"                              # bare, adj
)
MAGNITUDE_GATE = first_char_gate(r"^a-z", f"{_MAG_HERE}|{_MAG_NEXT}", re.M)

#: Where a count (:data:`NOUNLESS_COUNT`, :data:`FELT_COUNT`) can start: digits or a number word.
COUNT_GATE = first_char_gate(
    r"\daotfsen",
    r"(?<![\d.,])(?:\d|a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen"
    r"|twenty|thirty|forty|fifty)"
)

_DIGIT = re.compile(r"\d")
#: The number words of HINT_NUMBER, as a rare-letter gate for lower-cased text.
_NUMBER_WORD_GATE = rare_gate(_NUMBER_WORDS)


def has_number(text: str, lo: int, hi: int) -> bool:
    """``HINT_NUMBER`` matches in ``text[lo:hi]``: a digit, found by a fast scan, settles it at once."""
    if _DIGIT.search(text, lo, hi) is not None:
        return True
    # a number word: looked for in the lower-cased slice at rare letters first (the case-blind pattern
    # is tried at every character); "ſ" and "ı" lower-case unlike re.I matches them, so there the
    # pattern alone answers
    seg = text[lo:hi].lower()
    if "ſ" not in seg and "ı" not in seg and _NUMBER_WORD_GATE.search(seg) is None:
        return False
    return HINT_NUMBER.search(text, lo, hi) is not None
