"""The text's cues for who speaks: speech verbs, hand-overs, role words, subject positions, labels.

Patterns only; `ingest.attribution` decides with them."""
from __future__ import annotations

import re

_ER = (
    "soulign propos demand affirm expliqu ajout précis remerci présent souhait commenc indiqu not insist estim "
    "pens interrog salu exprim partag annonc profit évoqu mentionn déclar racont observ constat regrett félicit "
    "confirm termin pos continu abord détaill plaid recommand résum signal témoign illustr invit adress lanc "
    "rappel appel clôtur accueill interpell rebond enchaîn insist questionn remarqu expos défend déplor nuanc "
    "contest réfut object alert assur jug trouv cit relev abond acquiesc approuv encourag exhort inform"
).split()
_IRREGULAR = (
    "admet|a admis|retient|a retenu|renchérit|a renchéri|croit|tient à|a tenu à|tenait à|s’est exprimée?|"
    "s'est exprimée?|prévient|avertit|concède|espère|relève|"
    "prend|prennent|a pris|pris la parole|prendre la parole|repris|répondu|réagi|intervenue?|poursuivi|décrit|reconnu|"
    "reprend|a repris|conclut|a conclu|conclu|introduit|a introduit|dit|a dit|se dit|"
    "répond|a répondu|réagit|a réagi|intervient|est intervenue?|poursuit|a poursuivi|décrit|a décrit|"
    "reconnaît|a reconnu|voulait|veut|voudrait|aimerait|tient à|laisse|cède|passe|donne|ouvre|a ouvert|"
    "suggère|a suggéré|considère|a considéré|est invitée?|sont invités|fait remarquer|fait valoir|fait part|"
    "met en avant|met l’accent|met l'accent|revient|est revenue?|clôt|s’interroge|s'interroge|se demande|se félicite|"
    "se réjouit|s’inquiète|s'inquiète|se dit|rejoint|complète|a complété|soutient|a soutenu|"
    "says|said|notes|noted|asks|asked|explains|explained|adds|added|stresses|stressed|argues|argued|thanks|thanked|"
    "opens|opened|concludes|concluded|takes the floor|took the floor|points out|pointed out|replies|replied|"
    "responds|responded|welcomes|welcomed|recalls|recalled|presents|presented|introduces|introduced|"
    "dice|dijo|señala|señaló|afirma|afirmó|explica|explicó|agradece|agradeció|pregunta|preguntó|toma la palabra|tomó la palabra"
)
_ER_FORMS = "|".join(
    f"{s}e|{s}ent|{s}ait|a {s}é|avait {s}é|{s}é" if not s.endswith("é") else f"{s}e" for s in _ER
)
SPEECH_VERB = re.compile(
    rf"(?<![\w’'])(?:(?:n[’']\s*)?(?:se |s[’']|lui |leur )?)(?:a (?:\w+ )?)?(?:{_IRREGULAR}|{_ER_FORMS})(?![\w’'])", re.I
)
HANDOFF = re.compile(
    r"(?:(?:donne|passe|cède|laisse|redonne|rend)(?:\s+\w+)?\s+la\s+parole\s+à|la\s+parole\s+est\s+(?:\w+\s+)?"
    r"(?:donnée|passée|laissée|cédée|rendue)\s+à|gives\s+the\s+floor\s+to|hands\s+over\s+to|da\s+la\s+palabra\s+a)\s*$",
    re.I,
)
ROLE_WORD = re.compile(
    r"(?<![\w’'])(?:(?:Monsieur|Madame)\s+)?(?:[Ll]e|[Ll]a|[Ll][’'])\s*(mod[ée]rat(?:eur|rice)|animat(?:eur|rice)|"
    r"pr[ée]sident(?:e)?\s+de\s+(?:la\s+)?s[ée]ance)(?![\w’'])"
    r"|(?<![\w’'])[Tt]he\s+(moderator|facilitator|chair(?:person|woman|man)?)(?![\w’'])"
)
ATTRIBUTIVE = re.compile(r"(?:^|[,;:]\s*)(?:[Ss]elon|[Pp]our|[Dd][’']apr[èe]s|[Ss]egún|[Aa]ccording to)\s*$")
FLOOR_TAKEN = re.compile(r"^\s*(?:(?:Une\s+|La\s+)?(?:question|intervention|réponse|remarque|réaction|témoignage)s?\s+(?:de|d[’'])"
                         r"|(?:Question|Comment|Remark)\s+(?:from|by))\s*$", re.I)
SUBJECT_SLOT = re.compile(r"(?:^|[,;:]|\b(?:[Ee]nfin|[Ee]nsuite|[Pp]uis|[Aa]lors|[Dd]e son côté|[Àà] son tour|[Pp]our sa part))\s*$")
TITLE_SLOT = re.compile(r"(?:^|[,;:])\s*(?:[Ll]e|[Ll]a|[Ll][’'])\s*((?:[a-zà-ÿ-]+\s+)?[a-zà-ÿ-]+)\s+$")
SPEAKER_LABEL = re.compile(r"^\s*(?:,[^,:.]{1,120},|\([^)]{1,120}\))?\s*(?::|\.\s*[–—-])\s*\S")
ANONYMOUS = re.compile(r"^\s*(?:(?:un|une)\s+(?:participant|participante|auditeur|auditrice|personne|membre)\b[^,.]{0,60}?"
                       r"|(?:an?\s+)?(?:audience\s+member|participant)\b[^,.]{0,40}?|la\s+salle)\s*(?:,\s*)?", re.I)
AUDIENCE_NAME = "Participant·e de la salle"
RELATIVE_BEFORE = re.compile(r"(?<![\w’'])(?:qui|que|qu[’']|dont|who|that|which)\s*(?:\w+\s+)?$", re.I)
HEADING = re.compile(r"^[^.!?:;]{1,60}$")
