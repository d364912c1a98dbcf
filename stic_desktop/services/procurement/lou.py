"""What LOU (2016:1145) says about time limits, as names: the procedures by phase, the paragraphs each rule
follows and the Swedish names. The days themselves are data (the ``deadline_rules`` table); these are not."""

from __future__ import annotations

TENDER_REFERENCE = "LOU 11 kap."
BELOW_THRESHOLD_REFERENCE = "LOU 19 kap."
STANDSTILL_REFERENCE = "LOU 20 kap. 1 §"
EX_ANTE_REFERENCE = "LOU 20 kap. 3 §"
HOLIDAY_REFERENCE = "rådets förordning 1182/71 art. 3.4"
EXTENSION_KEY = "extension.documents_not_electronic"

# Procedures with fixed minimum tender periods (11 kap. 2, 3, 5-7, 10 §§); the others have none.
FIXED_PERIOD_PROCEDURES = ("open", "restricted", "negotiated")
# Applications first, then tenders from the invitation (11 kap. 3 §).
TWO_PHASE_PROCEDURES = ("restricted", "negotiated")
# An application period only (11 kap. 3 § första stycket): no tender minimum, no reductions.
APPLICATION_ONLY_PROCEDURES = ("competitive_dialogue", "innovation_partnership")
# Not advertised: no time limits, and no standstill unless a voluntary ex ante notice was published (20 kap. 2-3 §§).
WITHOUT_NOTICE_PROCEDURES = ("negotiated_without_notice", "direct_award")
PROCEDURE_NAMES = {
    "open": "öppet förfarande",
    "restricted": "selektivt förfarande",
    "negotiated": "förhandlat förfarande med föregående annonsering",
    "competitive_dialogue": "konkurrenspräglad dialog",
    "innovation_partnership": "innovationspartnerskap",
    "negotiated_without_notice": "förhandlat förfarande utan föregående annonsering",
    "below_threshold": "upphandling under tröskelvärdet",
    "direct_award": "direktupphandling",
}
VARIANT_NAMES = {
    "base": "grundregel",
    "electronic": "elektroniska anbud",
    "pin": "efter förhandsannonsering",
    "urgent": "brådskande",
    "not_reached": "ingen överenskommelse med anbudssökandena",
}
# The paragraph each rule follows (the days are data; the law they come from is not).
OPEN_REFERENCES = {"base": "LOU 11 kap. 2 §", "electronic": "LOU 11 kap. 6 §", "pin": "LOU 11 kap. 5 §",
                   "urgent": "LOU 11 kap. 10 §"}
INVITATION_REFERENCES = {"base": "LOU 11 kap. 3 § andra stycket", "electronic": "LOU 11 kap. 6 §",
                         "pin": "LOU 11 kap. 5 §", "urgent": "LOU 11 kap. 10 §", "not_reached": "LOU 11 kap. 7 §"}
APPLICATION_REFERENCES = {"base": "LOU 11 kap. 3 §", "urgent": "LOU 11 kap. 10 §"}
AGREEMENT_REFERENCE = "LOU 11 kap. 7 §"
EXTENSION_REFERENCE = "LOU 11 kap. 9 §"
STANDSTILL_KEYS = {True: "standstill.electronic", False: "standstill.other"}
TENDER_AGREEMENT_LABELS = {"": "Ingen överenskommelse sökt", "agreed": "Överenskommen med alla utvalda anbudssökande",
                           "not_reached": "Överenskommelse nåddes inte"}


def rule_reference(rule_key: str) -> str:
    """The paragraph a rule key follows, e.g. "LOU 11 kap. 6 §" for tender.open.electronic."""
    kind, procedure, variant = (rule_key.split(".", 2) + ["", ""])[:3]
    if kind == "application":
        return APPLICATION_REFERENCES.get(variant, TENDER_REFERENCE)
    if kind == "tender":
        table = OPEN_REFERENCES if procedure == "open" else INVITATION_REFERENCES
        return table.get(variant, TENDER_REFERENCE)
    if rule_key == EXTENSION_KEY:
        return EXTENSION_REFERENCE
    if rule_key == "standstill.ex_ante":
        return EX_ANTE_REFERENCE
    return STANDSTILL_REFERENCE if kind == "standstill" else ""
