"""The services' labels in the window's language.

The services are Qt-free and return Swedish labels: ``STATUS_LABELS``, ``KIND_LABELS``, ``STAGE_LABELS``,
role, area and procedure labels, and the ``FIELD_LABELS`` the dialogs use as form labels. The window
shows them through ``label()``, which looks them up under the translation context "labels"; in Swedish
it returns the text as it is, so a list page of thousands of rows pays one comparison per label.

lupdate only extracts literal strings, so ``SERVICE_LABELS`` repeats every label the services have, each
as ``QT_TRANSLATE_NOOP("labels", "…")``. It is written by ``tools/update_labels.py``;
``tests/ui/test_labels.py`` fails when a service gains a label that is not here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from stic_desktop.ui.workspace import i18n

CONTEXT = "labels"
_cache: dict[str, str] = {}  # every label in SERVICE_LABELS, translated once per language
_cache_language = ""


def label(text: str) -> str:
    """A service label ("Behovsanalys", "Kallad") in the window's language ("Needs analysis", "Invited").

    Swedish returns the text itself. Otherwise the known labels come from a dictionary filled once for the
    language (a list page of 5,000 rows asks for each label thousands of times); any other text is looked up
    in the translation each time, and is returned unchanged when it has none.
    """
    language = i18n.applied_language()
    if language == "sv":
        return text
    if language != _cache_language:
        _fill_cache(language)
    translated = _cache.get(text)
    return translated if translated is not None else QCoreApplication.translate("labels", text)


def _fill_cache(language: str) -> None:
    global _cache_language
    _cache.clear()
    _cache.update((text, QCoreApplication.translate("labels", text)) for text in SERVICE_LABELS)
    _cache_language = language


def labelled(value: Callable[[Any], str]) -> Callable[[Any], str]:
    """A table column's value that is a service label, in the window's language.

    In Swedish it is ``value`` itself, so a list of thousands of rows costs nothing more; sorting uses
    the same text as the cell shows. The language is fixed while the program runs (a change applies from
    the next start), so a column made once keeps working.
    """
    if i18n.applied_language() == "sv":
        return value
    return lambda record: label(value(record))


def labels(mapping: dict) -> dict:
    """A copy of a service's ``*_LABELS`` dict with the labels in the window's language (same keys, same order)."""
    return {key: label(text) for key, text in mapping.items()}


# Written by tools/update_labels.py: one entry per label, under the first service that has it.
SERVICE_LABELS = (
    # agreements.agreements.STAGE_LABELS
    QT_TRANSLATE_NOOP("labels", "Behovsanalys"), QT_TRANSLATE_NOOP("labels", "Kravspecifikation"),
    QT_TRANSLATE_NOOP("labels", "Annonserad"), QT_TRANSLATE_NOOP("labels", "Sista anbudsdag"),
    QT_TRANSLATE_NOOP("labels", "Anbudsöppning"), QT_TRANSLATE_NOOP("labels", "Utvärdering"),
    QT_TRANSLATE_NOOP("labels", "Tilldelningsbeslut"), QT_TRANSLATE_NOOP("labels", "Avtalsspärr"),
    QT_TRANSLATE_NOOP("labels", "Avtal tecknat"), QT_TRANSLATE_NOOP("labels", "Avslutad"),
    QT_TRANSLATE_NOOP("labels", "Avbruten"),
    # agreements.records.STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Kommande"), QT_TRANSLATE_NOOP("labels", "Aktivt"),
    QT_TRANSLATE_NOOP("labels", "Förlängt"), QT_TRANSLATE_NOOP("labels", "Utgånget"),
    QT_TRANSLATE_NOOP("labels", "Uppsagt"),
    # agreements.records.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Avtalsnummer"), QT_TRANSLATE_NOOP("labels", "Rubrik"),
    QT_TRANSLATE_NOOP("labels", "Upphandling"), QT_TRANSLATE_NOOP("labels", "Startdatum"),
    QT_TRANSLATE_NOOP("labels", "Slutdatum (utan förlängningar)"),
    QT_TRANSLATE_NOOP("labels", "Förlängningsoptioner (antal)"),
    QT_TRANSLATE_NOOP("labels", "Månader per förlängning"),
    QT_TRANSLATE_NOOP("labels", "Särskilda skäl för längre avtalstid"), QT_TRANSLATE_NOOP("labels", "Rapportdag"),
    QT_TRANSLATE_NOOP("labels", "Uppsagt per"), QT_TRANSLATE_NOOP("labels", "Skäl till uppsägningen"),
    QT_TRANSLATE_NOOP("labels", "Anteckningar"), QT_TRANSLATE_NOOP("labels", "Leverantörer"),
    QT_TRANSLATE_NOOP("labels", "Deltagande kommuner"),
    # agreements.suppliers.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Namn"), QT_TRANSLATE_NOOP("labels", "Organisationsnummer"),
    QT_TRANSLATE_NOOP("labels", "Adress"), QT_TRANSLATE_NOOP("labels", "Kontaktperson för försäljningsrapporter"),
    QT_TRANSLATE_NOOP("labels", "E-post för försäljningsrapporter"),
    QT_TRANSLATE_NOOP("labels", "Telefon för försäljningsrapporter"),
    QT_TRANSLATE_NOOP("labels", "Kontaktperson för beställningar"),
    QT_TRANSLATE_NOOP("labels", "E-post för beställningar"), QT_TRANSLATE_NOOP("labels", "Telefon för beställningar"),
    # archive.KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Kallelse"), QT_TRANSLATE_NOOP("labels", "Dagordning"),
    QT_TRANSLATE_NOOP("labels", "Närvarolista"), QT_TRANSLATE_NOOP("labels", "Protokoll"),
    QT_TRANSLATE_NOOP("labels", "Mötespaket"), QT_TRANSLATE_NOOP("labels", "Kalenderfil"),
    QT_TRANSLATE_NOOP("labels", "Anbudsöppningsprotokoll"), QT_TRANSLATE_NOOP("labels", "Individuell rapport"),
    QT_TRANSLATE_NOOP("labels", "Underrättelse om avbrytande"), QT_TRANSLATE_NOOP("labels", "Avtal"),
    QT_TRANSLATE_NOOP("labels", "Avtalssammanfattning"), QT_TRANSLATE_NOOP("labels", "Faktureringsunderlag"),
    QT_TRANSLATE_NOOP("labels", "Rapport"),
    # commission.budget.KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Intäkter"), QT_TRANSLATE_NOOP("labels", "Kostnader"),
    # commission.budget.SOURCE_LABELS
    QT_TRANSLATE_NOOP("labels", "Inmatat"), QT_TRANSLATE_NOOP("labels", "Provision (beräknas)"),
    # commission.budget.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "År"), QT_TRANSLATE_NOOP("labels", "Typ"), QT_TRANSLATE_NOOP("labels", "Benämning"),
    QT_TRANSLATE_NOOP("labels", "Budget (öre)"), QT_TRANSLATE_NOOP("labels", "Utfall (öre)"),
    QT_TRANSLATE_NOOP("labels", "Källa"), QT_TRANSLATE_NOOP("labels", "Ordning"),
    # commission.sales.PERIOD_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Månad"), QT_TRANSLATE_NOOP("labels", "Kvartal"),
    # meetings.agenda.ITEM_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Information"), QT_TRANSLATE_NOOP("labels", "Diskussion"),
    QT_TRANSLATE_NOOP("labels", "Beslut"),
    # meetings.invitation.STATE_LABELS
    QT_TRANSLATE_NOOP("labels", "Ej förberedd"), QT_TRANSLATE_NOOP("labels", "Utkast skapade"),
    QT_TRANSLATE_NOOP("labels", "Skickad"),
    # meetings.invitees.ATTENDANCE_LABELS
    QT_TRANSLATE_NOOP("labels", "–"), QT_TRANSLATE_NOOP("labels", "Närvarande"),
    QT_TRANSLATE_NOOP("labels", "Frånvarande"), QT_TRANSLATE_NOOP("labels", "Ersättare"),
    # meetings.invitees.RSVP_LABELS
    QT_TRANSLATE_NOOP("labels", "Ej svarat"), QT_TRANSLATE_NOOP("labels", "Kommer"),
    QT_TRANSLATE_NOOP("labels", "Kommer inte"),
    # meetings.meetings.KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Ordinarie"), QT_TRANSLATE_NOOP("labels", "Extra"),
    QT_TRANSLATE_NOOP("labels", "Workshop"),
    # meetings.meetings.STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Utkast"), QT_TRANSLATE_NOOP("labels", "Kallad"),
    QT_TRANSLATE_NOOP("labels", "Genomförd"), QT_TRANSLATE_NOOP("labels", "Protokoll justerat"),
    QT_TRANSLATE_NOOP("labels", "Inställd"),
    # meetings.meetings.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Grupp"), QT_TRANSLATE_NOOP("labels", "Mötestyp"),
    QT_TRANSLATE_NOOP("labels", "Börjar"), QT_TRANSLATE_NOOP("labels", "Slutar"),
    QT_TRANSLATE_NOOP("labels", "Plats/lokal"), QT_TRANSLATE_NOOP("labels", "Länk för digitalt deltagande"),
    QT_TRANSLATE_NOOP("labels", "Diarienummer"), QT_TRANSLATE_NOOP("labels", "Ordförande"),
    QT_TRANSLATE_NOOP("labels", "Sekreterare"), QT_TRANSLATE_NOOP("labels", "Kallelsen skickas"),
    # meetings.year_plan.NTH_LABELS
    QT_TRANSLATE_NOOP("labels", "första"), QT_TRANSLATE_NOOP("labels", "andra"),
    QT_TRANSLATE_NOOP("labels", "tredje"), QT_TRANSLATE_NOOP("labels", "fjärde"),
    QT_TRANSLATE_NOOP("labels", "sista"),
    # meetings.year_plan.WEEKDAY_LABELS
    QT_TRANSLATE_NOOP("labels", "måndag"), QT_TRANSLATE_NOOP("labels", "tisdag"),
    QT_TRANSLATE_NOOP("labels", "onsdag"), QT_TRANSLATE_NOOP("labels", "torsdag"),
    QT_TRANSLATE_NOOP("labels", "fredag"),
    # municipalities.municipalities.STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Medlem"), QT_TRANSLATE_NOOP("labels", "Intresserad"),
    QT_TRANSLATE_NOOP("labels", "Utträdd"),
    # municipalities.municipalities.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Kommunkod"), QT_TRANSLATE_NOOP("labels", "Medlemsstatus"),
    QT_TRANSLATE_NOOP("labels", "Inträdesdatum"), QT_TRANSLATE_NOOP("labels", "Utträdesdatum"),
    QT_TRANSLATE_NOOP("labels", "Postadress"), QT_TRANSLATE_NOOP("labels", "Fakturareferens"),
    QT_TRANSLATE_NOOP("labels", "Växelnummer"), QT_TRANSLATE_NOOP("labels", "Webbplats"),
    # people.document_data.MEMBERSHIP_FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Person"), QT_TRANSLATE_NOOP("labels", "Roll"), QT_TRANSLATE_NOOP("labels", "Kommun"),
    QT_TRANSLATE_NOOP("labels", "Representerar annan kommun"), QT_TRANSLATE_NOOP("labels", "Från"),
    QT_TRANSLATE_NOOP("labels", "Till"),
    # people.document_data.ROLE_LABELS
    QT_TRANSLATE_NOOP("labels", "Vice ordförande"), QT_TRANSLATE_NOOP("labels", "Ledamot"),
    QT_TRANSLATE_NOOP("labels", "Sammankallande"), QT_TRANSLATE_NOOP("labels", "Expert"),
    QT_TRANSLATE_NOOP("labels", "Adjungerad"),
    # people.gdpr_extract.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Titel"), QT_TRANSLATE_NOOP("labels", "Organisation"),
    QT_TRANSLATE_NOOP("labels", "Annan organisation"), QT_TRANSLATE_NOOP("labels", "E-post"),
    QT_TRANSLATE_NOOP("labels", "Telefon"), QT_TRANSLATE_NOOP("labels", "Expertis"),
    QT_TRANSLATE_NOOP("labels", "Aktiv"), QT_TRANSLATE_NOOP("labels", "Anonymiserad"),
    # people.gdpr_extract.ORGANISATION_LABELS
    QT_TRANSLATE_NOOP("labels", "STIC"), QT_TRANSLATE_NOOP("labels", "SKL Kommentus/Adda"),
    QT_TRANSLATE_NOOP("labels", "Annan"),
    # people.gdpr_extract.TABLE_LABELS
    QT_TRANSLATE_NOOP("labels", "person(er)"), QT_TRANSLATE_NOOP("labels", "expertisområde(n)"),
    QT_TRANSLATE_NOOP("labels", "grupp(er)"), QT_TRANSLATE_NOOP("labels", "gruppmedlemskap"),
    QT_TRANSLATE_NOOP("labels", "möte(n)"), QT_TRANSLATE_NOOP("labels", "kallelse(r) till möten"),
    QT_TRANSLATE_NOOP("labels", "dagordningspunkt(er)"), QT_TRANSLATE_NOOP("labels", "åtgärdspunkt(er)"),
    QT_TRANSLATE_NOOP("labels", "mallpunkt(er) för dagordning"), QT_TRANSLATE_NOOP("labels", "arkiverat dokument"),
    QT_TRANSLATE_NOOP("labels", "historikrad(er)"), QT_TRANSLATE_NOOP("labels", "workshop(ar)"),
    QT_TRANSLATE_NOOP("labels", "workshopdeltagande"), QT_TRANSLATE_NOOP("labels", "förslag"),
    QT_TRANSLATE_NOOP("labels", "intresseanmälan/-anmälningar för förslag"),
    QT_TRANSLATE_NOOP("labels", "förslagskoppling(ar) till dagordning"),
    QT_TRANSLATE_NOOP("labels", "upphandling(ar)"), QT_TRANSLATE_NOOP("labels", "upphandlingssteg"),
    QT_TRANSLATE_NOOP("labels", "deltagande i upphandling(ar)"),
    QT_TRANSLATE_NOOP("labels", "kravspecifikationsdokument"), QT_TRANSLATE_NOOP("labels", "anbud"),
    QT_TRANSLATE_NOOP("labels", "jävs- och sekretessförbindelse(r)"), QT_TRANSLATE_NOOP("labels", "leverantör(er)"),
    QT_TRANSLATE_NOOP("labels", "avtal"), QT_TRANSLATE_NOOP("labels", "avtal (som leverantör)"),
    QT_TRANSLATE_NOOP("labels", "avtalsdeltagande"), QT_TRANSLATE_NOOP("labels", "avtalsförlängning(ar)"),
    QT_TRANSLATE_NOOP("labels", "avtalsdokument"), QT_TRANSLATE_NOOP("labels", "avtalsvillkor i avtal"),
    QT_TRANSLATE_NOOP("labels", "försäljningsrapport(er)"), QT_TRANSLATE_NOOP("labels", "försäljningsimport(er)"),
    QT_TRANSLATE_NOOP("labels", "provisionsbeslut"),
    # people.gdpr_extract.ENTITY_LABELS
    QT_TRANSLATE_NOOP("labels", "personuppgifter"), QT_TRANSLATE_NOOP("labels", "kallelse till möte"),
    QT_TRANSLATE_NOOP("labels", "möte"), QT_TRANSLATE_NOOP("labels", "grupp"), QT_TRANSLATE_NOOP("labels", "kommun"),
    QT_TRANSLATE_NOOP("labels", "upphandling"), QT_TRANSLATE_NOOP("labels", "workshop"),
    QT_TRANSLATE_NOOP("labels", "leverantör"), QT_TRANSLATE_NOOP("labels", "organisationsinställningar"),
    QT_TRANSLATE_NOOP("labels", "dagordningspunkt"), QT_TRANSLATE_NOOP("labels", "åtgärdspunkt"),
    QT_TRANSLATE_NOOP("labels", "försäljningsrapport"),
    # people.groups.KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Styrgrupp"), QT_TRANSLATE_NOOP("labels", "Arbetsgrupp"),
    QT_TRANSLATE_NOOP("labels", "Avtalsgrupp"),
    # people.groups.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Sakområde"), QT_TRANSLATE_NOOP("labels", "Minsta antal experter"),
    # procurement.after_award.STATE_LABELS
    QT_TRANSLATE_NOOP("labels", "klar"), QT_TRANSLATE_NOOP("labels", "försenad"),
    QT_TRANSLATE_NOOP("labels", "att göra"), QT_TRANSLATE_NOOP("labels", "efter avtalet"),
    # procurement.lou.TENDER_AGREEMENT_LABELS
    QT_TRANSLATE_NOOP("labels", "Ingen överenskommelse sökt"),
    QT_TRANSLATE_NOOP("labels", "Överenskommen med alla utvalda anbudssökande"),
    QT_TRANSLATE_NOOP("labels", "Överenskommelse nåddes inte"),
    # procurement.procurements.AREA_LABELS
    QT_TRANSLATE_NOOP("labels", "Socialt"), QT_TRANSLATE_NOOP("labels", "Tekniskt"),
    QT_TRANSLATE_NOOP("labels", "Annat"),
    # procurement.procurements.CONTRACT_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Varor och tjänster"), QT_TRANSLATE_NOOP("labels", "Byggentreprenad"),
    QT_TRANSLATE_NOOP("labels", "Sociala tjänster (bilaga 2)"),
    # procurement.procurements.PROCEDURE_LABELS
    QT_TRANSLATE_NOOP("labels", "Öppet förfarande"), QT_TRANSLATE_NOOP("labels", "Selektivt förfarande"),
    QT_TRANSLATE_NOOP("labels", "Förhandlat förfarande med föregående annonsering"),
    QT_TRANSLATE_NOOP("labels", "Konkurrenspräglad dialog"), QT_TRANSLATE_NOOP("labels", "Innovationspartnerskap"),
    QT_TRANSLATE_NOOP("labels", "Förhandlat förfarande utan föregående annonsering"),
    QT_TRANSLATE_NOOP("labels", "Upphandling under tröskelvärdet"), QT_TRANSLATE_NOOP("labels", "Direktupphandling"),
    # procurement.procurements.PROPOSAL_STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Ny"), QT_TRANSLATE_NOOP("labels", "Under diskussion"),
    QT_TRANSLATE_NOOP("labels", "Prioriterad"), QT_TRANSLATE_NOOP("labels", "Beslutad (blir upphandling)"),
    QT_TRANSLATE_NOOP("labels", "Avslagen"), QT_TRANSLATE_NOOP("labels", "Vilande"),
    # procurement.records.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Område"), QT_TRANSLATE_NOOP("labels", "Kontraktstyp"),
    QT_TRANSLATE_NOOP("labels", "Förfarande"), QT_TRANSLATE_NOOP("labels", "Uppskattat värde (öre)"),
    QT_TRANSLATE_NOOP("labels", "Ansvarig"), QT_TRANSLATE_NOOP("labels", "Förslag"),
    QT_TRANSLATE_NOOP("labels", "Steg"), QT_TRANSLATE_NOOP("labels", "Steg före avbrottet"),
    QT_TRANSLATE_NOOP("labels", "Skäl till avbrottet"), QT_TRANSLATE_NOOP("labels", "Elektroniska anbud"),
    QT_TRANSLATE_NOOP("labels", "Förhandsannonsering"), QT_TRANSLATE_NOOP("labels", "Brådskande"),
    QT_TRANSLATE_NOOP("labels", "Tilldelningsbeslutet skickas elektroniskt"),
    QT_TRANSLATE_NOOP("labels", "Skäl till brådska (kortare tidsfrister)"),
    QT_TRANSLATE_NOOP("labels", "Skäl för förfarandet"),
    QT_TRANSLATE_NOOP("labels", "Sista dag för anbudsansökningar"),
    QT_TRANSLATE_NOOP("labels", "Inbjudan att lämna anbud skickad"),
    QT_TRANSLATE_NOOP("labels", "Anbudstid överenskommen med anbudssökandena"),
    QT_TRANSLATE_NOOP("labels", "Upphandlingsdokumenten fritt tillgängliga elektroniskt"),
    QT_TRANSLATE_NOOP("labels", "Avtalsspärr, angivet antal dagar"),
    QT_TRANSLATE_NOOP("labels", "Annons om avsikt att tilldela kontrakt publicerad"),
    QT_TRANSLATE_NOOP("labels", "Bevittnare vid anbudsöppningen"),
    QT_TRANSLATE_NOOP("labels", "Anbudsöppningen, klockslag"), QT_TRANSLATE_NOOP("labels", "Anbudsöppningen, plats"),
    QT_TRANSLATE_NOOP("labels", "Anbuden öppnades av"), QT_TRANSLATE_NOOP("labels", "Vittne vid anbudsöppningen"),
    QT_TRANSLATE_NOOP("labels", "Sista anbudsdag, klockslag"), QT_TRANSLATE_NOOP("labels", "Beslutsfattare"),
    QT_TRANSLATE_NOOP("labels", "Delegation"), QT_TRANSLATE_NOOP("labels", "Efterannons skickad"),
    QT_TRANSLATE_NOOP("labels", "Dokumentationen komplett"),
    QT_TRANSLATE_NOOP("labels", "Individuell rapport upprättad"),
    QT_TRANSLATE_NOOP("labels", "Underrättelse om avbrytande skickad"), QT_TRANSLATE_NOOP("labels", "Skapad"),
    QT_TRANSLATE_NOOP("labels", "Skäl"), QT_TRANSLATE_NOOP("labels", "Behovsanalys, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Kravspecifikation, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Annonserad, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Sista anbudsdag, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Anbudsöppning, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Utvärdering, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Tilldelningsbeslut, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Avtalsspärr, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Avtal tecknat, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Avslutad, planerat datum"),
    QT_TRANSLATE_NOOP("labels", "Behovsanalys, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Kravspecifikation, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Annonserad, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Sista anbudsdag, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Anbudsöppning, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Utvärdering, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Tilldelningsbeslut, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Avtalsspärr, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Avtal tecknat, faktiskt datum"),
    QT_TRANSLATE_NOOP("labels", "Avslutad, faktiskt datum"),
    # procurement.rules.THRESHOLD_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Direktupphandlingsgräns"),
    QT_TRANSLATE_NOOP("labels", "Direktupphandlingsgräns, bilaga 2"),
    # procurement.tenders.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Anbudsgivare"), QT_TRANSLATE_NOOP("labels", "Leverantör i registret"),
    QT_TRANSLATE_NOOP("labels", "Mottaget"), QT_TRANSLATE_NOOP("labels", "Kvalificerat"),
    QT_TRANSLATE_NOOP("labels", "Pris (öre)"), QT_TRANSLATE_NOOP("labels", "Poäng"),
    QT_TRANSLATE_NOOP("labels", "Placering"), QT_TRANSLATE_NOOP("labels", "Tilldelat"),
    # proposals.proposals.ORIGIN_LABELS
    QT_TRANSLATE_NOOP("labels", "Arbetsgruppen"),
    # proposals.proposals.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Beskrivning"), QT_TRANSLATE_NOOP("labels", "Ursprung"),
    QT_TRANSLATE_NOOP("labels", "Förslagsställare"), QT_TRANSLATE_NOOP("labels", "Status"),
    QT_TRANSLATE_NOOP("labels", "Rang"), QT_TRANSLATE_NOOP("labels", "Registrerat"),
    QT_TRANSLATE_NOOP("labels", "Status ändrad"),
    QT_TRANSLATE_NOOP("labels", "Intresserade kommuner (årsvolym i öre)"),
    QT_TRANSLATE_NOOP("labels", "Dagordningspunkt"),
    # proposals.workshops.FIELD_LABELS
    QT_TRANSLATE_NOOP("labels", "Datum"), QT_TRANSLATE_NOOP("labels", "Plats"),
    QT_TRANSLATE_NOOP("labels", "Deltagare"),
    # workspace.search.KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Leverantör"), QT_TRANSLATE_NOOP("labels", "Möte"),
    # audit.ACTIONS
    QT_TRANSLATE_NOOP("labels", "Ändrad"), QT_TRANSLATE_NOOP("labels", "Borttagen"),
    QT_TRANSLATE_NOOP("labels", "Återöppnad"),
    # meetings.calendar.WARNING_KINDS
    QT_TRANSLATE_NOOP("labels", "Helgdag"), QT_TRANSLATE_NOOP("labels", "Helg"),
    QT_TRANSLATE_NOOP("labels", "Dubbelbokad person"), QT_TRANSLATE_NOOP("labels", "Dubbelbokad lokal"),
    # meetings.invitees.GUEST_LABEL
    QT_TRANSLATE_NOOP("labels", "Gäst"),
    # people.staffing.OTHER_ROW_LABEL
    QT_TRANSLATE_NOOP("labels", "Övriga (STIC, Adda m.fl.)"),
)  # end of SERVICE_LABELS
