"""A colonial cabildo's acta records each vote in the passive after the voter's office: "Por el Reverendo Padre
Provincial de San Francisco, Fray Ramon Alvarez, se dijo: Que…". "Fray" (a friar) and "Sor" (a nun) are titles
before the name, like "D." or "Sr.", so the vote is the friar's, not the last named voter's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """En la muy Noble y muy Leal Ciudad de Buenos Aires, á 22 dias del mes de Mayo de 1810, se juntaron los
Señores del Cabildo, y concurrieron el Sr. D. José María Cabrer, Contador; el Sr. D. Manuel José de Reyes, Oidor; el
Reverendo Padre, Dr. Fray Manuel Torres, Provincial del convento de la Merced; el Reverendo Padre, Fray Juan Manuel
Aparicio, Comendador del mismo; y se procedió á la votacion.

Por el Sr. D. José María Cabrer, se dijo: Que se conformaba con el voto del Sr. D. Manuel José de Reyes.

Por el Reverendo Padre Provincial de la Merced, Dr. Fray Manuel Torres, se dijo: Que se conformaba con el voto antecedente.

Por el Reverendo Padre Provincial de San Francisco, Fray Ramon Alvarez, se dijo: Que debe continuar en el egercicio de su autoridad.

Por la Reverenda Madre Priora de Santa Clara, Sor Maria Lopez, se dijo: Que se conformaba con el voto antecedente.

Por la Reverenda Madre Abadesa de Santa Catalina, Sor Juana Ines Ramirez, se dijo: Que se conformaba en todo con el parecer del Sr. Oidor.
"""


def test_a_friars_vote_is_his():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "continuar en el egercicio").endswith("Ramon Alvarez")


def test_a_friar_sharing_a_first_name_is_not_the_one_before():
    acta = ACTA.replace("Fray Ramon Alvarez", "Fray Manuel Alvariño")
    assert speaker_at(ingest_text(acta, "acta.txt"), "continuar en el egercicio").endswith("Manuel Alvariño")


def test_a_nuns_vote_is_hers():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "parecer del Sr. Oidor").endswith("Juana Ines Ramirez")


def test_fray_and_sor_are_honorifics_with_their_gender():
    from quidit.ingest.names import honorific_gender
    assert (honorific_gender("Fray"), honorific_gender("Sor")) == ("m", "f")
