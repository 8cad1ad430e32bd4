"""Comptes rendus of neighbourhood and association meetings: the collective voice of the meeting's body or of a
group of residents opening a paragraph ("Le CQ regrette…", "Des riverains demandent…", "Los vecinos piden…") is
nobody's and ends a named person's reported speech; a short paragraph of its own with no final punctuation is an
agenda heading that ends it too; an attendance entry described in lower case before a colon ("dont représentant
la mairie : Jeanne Roux") lists the name after the colon. Each test on a small text written for it (one behaviour
per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import BODY_SUBJECT

CR = ("Compte rendu de la réunion du conseil de quartier\n\nPrésents : Jeanne Roux (élue), Paul Martin\n\n"
      "Travaux de la rue des Lilas\n\n"
      "Jeanne Roux rappelle que le chantier commencera en mars. Les livraisons seront regroupées le matin.\n\n"
      "{para}\n")
MINUTES = ("Minutes of the residents' meeting\n\nPresent: Jane Ross (councillor), Paul Martin\n\n"
           "Lilac Street works\n\nJane Ross explained that the works start in March. Deliveries will be grouped in the morning.\n\n"
           "{para}\n")
ACTA = ("Acta de la reunión de la junta vecinal\n\nAsistentes: Juana Ruiz (concejala), Pablo Martín\n\n"
        "Obras de la calle Lilas\n\nJuana Ruiz explica que las obras empiezan en marzo. Las entregas se agruparán por la mañana.\n\n"
        "{para}\n")


def test_body_paragraph_is_nobodys():
    t = ingest_text(CR.format(para="Le CQ regrette le bruit du chantier. Il faudrait prévenir les écoles."), "cr.txt")
    assert speaker_at(t, "Le CQ regrette") is None


def test_body_paragraph_ends_the_run():
    t = ingest_text(CR.format(para="Le CQ regrette le bruit du chantier. Il faudrait prévenir les écoles."), "cr.txt")
    assert speaker_at(t, "Il faudrait prévenir") is None


def test_residents_paragraph_is_nobodys_in_english():
    t = ingest_text(MINUTES.format(para="The residents asked for quieter machines. Noise starts too early."), "minutes.txt")
    assert speaker_at(t, "Noise starts") is None


def test_residents_paragraph_is_nobodys_in_spanish():
    t = ingest_text(ACTA.format(para="Los vecinos piden máquinas más silenciosas. El ruido empieza demasiado pronto."), "acta.txt")
    assert speaker_at(t, "El ruido empieza") is None


def test_plain_paragraph_keeps_the_run():
    # near miss: a new paragraph with no body or group as its subject goes on with the named person's speech
    t = ingest_text(CR.format(para="Le chantier durera six mois. Les riverains seront prévenus par courrier."), "cr.txt")
    assert speaker_at(t, "Le chantier durera") == "Jeanne Roux"


def test_body_inside_the_speakers_paragraph_keeps_the_run():
    # near miss: the body named mid-paragraph, in the person's own reported speech, does not end it
    t = ingest_text(CR.format(para="Jeanne Roux précise que rien n'est figé. Le CQ sera consulté en avril."), "cr.txt")
    assert speaker_at(t, "Le CQ sera consulté") == "Jeanne Roux"


def test_body_subject_patterns_and_near_misses():
    for s in ("Le CQ JMPO souhaite s'associer au vœu.", "Des riverains regrettent le trafic.", "L'assemblée approuve le budget.",
              "Le collectif d'habitants se déclare vigilant.", "Enfin, les habitants demandent à être associés.",
              "La asamblea aprueba las cuentas.", "Some residents asked about parking."):
        assert BODY_SUBJECT.match(s), s
    for s in ("La mairie a renouvelé ses interventions.", "La commission émet un avis favorable.",
              "Le CAS est saisi.", "L'Assemblée nationale a voté la loi."):
        assert BODY_SUBJECT.match(s) is None, s


def test_agenda_heading_ends_the_run():
    t = ingest_text(CR.format(para="Au 12 rue des Lilas, quelles échéances pour la fermeture du centre d'hébergement\n\n"
                                   "Une information circule sur un report. Difficile d'en savoir plus."), "cr.txt")
    assert speaker_at(t, "Difficile d'en savoir") is None


def test_paragraph_naming_a_listed_person_is_no_heading():
    # near miss: a short paragraph without a full stop that names a listed person is their turn, not a heading
    t = ingest_text(CR.format(para="Paul Martin ajoute que les livraisons gêneront le marché\n\n"
                                   "Le marché devra peut-être changer de jour."), "cr.txt")
    assert speaker_at(t, "Le marché devra") == "Paul Martin"


def test_described_attendance_entry_lists_the_name():
    text = ("Compte rendu de la réunion du conseil de quartier\n\n"
            "Présents : une trentaine d'habitants dont représentant la mairie : Claire Vidal et Marc Tessier (élus)\n\n"
            "Travaux\n\nUn habitant s'inquiète du bruit. Claire Vidal indique que les horaires seront respectés.\n")
    t = ingest_text(text, "cr.txt")
    assert speaker_at(t, "les horaires seront") == "Claire Vidal"


def test_described_entry_without_a_name_lists_nobody():
    # near miss: lower-case words after the colon are no name
    text = ("Compte rendu de la réunion du conseil de quartier\n\n"
            "Présents : une trentaine de personnes dont représentant la mairie : deux agents\n\n"
            "Travaux\n\nLes horaires seront respectés.\n")
    t = ingest_text(text, "cr.txt")
    assert not t.participants or all("agents" not in p.name for p in t.participants)
