<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Vad ska göras *:</source>
        <translation>What is to be done *:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ansvarig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>(ingen särskild punkt)</source>
        <translation>(no particular item)</translation>
    </message>
    <message>
        <source>Punkt:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>”%1” finns inte i listan. Välj en person i listan.</source>
        <translation>‘%1’ is not in the list. Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>ActionTreeModel</name>
    <message>
        <source>Ansvarig och åtgärd</source>
        <translation>Responsible and action</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Beslutad vid</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Försenad: skulle vara klar %1.</source>
        <translation>Overdue: was due on %1.</translation>
    </message>
    <message>
        <source>Dubbelklicka för att öppna mötet.</source>
        <translation>Double-click to open the meeting.</translation>
    </message>
    <message>
        <source>%1 (%2 av %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>1 försenad</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <source>%1 försenade</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>ActionsBlock</name>
    <message>
        <source>Öppna åtgärder per person</source>
        <translation>Open actions by person</translation>
    </message>
    <message>
        <source>Inga öppna åtgärder.</source>
        <translation>No open actions.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Ny punkt på dagordningen</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Dagordningspunkt – %1</source>
        <translation>Agenda item – %1</translation>
    </message>
    <message>
        <source>Rubrik *:</source>
        <translation>Title *:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Föredragande:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Förslag till beslut:</source>
        <translation>Proposed decision:</translation>
    </message>
    <message>
        <source>t.ex. Kommunstyrelsen i respektive kommun, ekonomienheten</source>
        <translation>e.g. the Municipal Executive Board of each municipality, the finance unit</translation>
    </message>
    <message>
        <source>Vem beslutet skickas till (skrivs i protokollet som ”Expedieras”)</source>
        <translation>Who the decision is sent to (entered in the minutes as ‘Sent to’)</translation>
    </message>
    <message>
        <source>Expedieras till:</source>
        <translation>Sent to:</translation>
    </message>
    <message>
        <source>”%1” finns inte i listan. Välj en person i listan.</source>
        <translation>‘%1’ is not in the list. Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Föredragande</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>1 minut</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minuter</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Dagordningen slutar %1, %2 efter bokad sluttid (%3).</source>
        <translation>The agenda ends at %1, %2 after the booked end time (%3).</translation>
    </message>
    <message>
        <source>Ny punkt…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flytta ner</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Lägg till standardpunkter</source>
        <translation>Add standard items</translation>
    </message>
    <message>
        <source>Gruppens standardpunkter först och sist (de som redan finns läggs inte till igen)</source>
        <translation>The group&apos;s standard items at the start and end (items already there are not added again)</translation>
    </message>
    <message>
        <source>Protokollet är justerat; dagordningen kan inte ändras.</source>
        <translation>The minutes are approved; the agenda cannot be changed.</translation>
    </message>
    <message>
        <source>Bifoga PDF…</source>
        <translation>Attach PDF…</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ta bort bilaga</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Markera klar</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Öppna…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Bilagor till punkten</source>
        <translation>Attachments to the item</translation>
    </message>
    <message>
        <source>Uppföljning: öppna åtgärder från tidigare möten</source>
        <translation>Follow-up: open actions from earlier meetings</translation>
    </message>
    <message>
        <source>Dagordningen är tom. Välj ”Ny punkt…” eller ”Lägg till standardpunkter”.</source>
        <translation>The agenda is empty. Choose ‘New item…’ or ‘Add standard items’.</translation>
    </message>
    <message>
        <source>Dagordningen slutar %1 (bokad sluttid %2).</source>
        <translation>The agenda ends at %1 (booked end time %2).</translation>
    </message>
    <message>
        <source>ingen ansvarig</source>
        <translation>no one responsible</translation>
    </message>
    <message>
        <source>, klart senast %1</source>
        <translation>, due by %1</translation>
    </message>
    <message>
        <source>Uppföljning: öppna åtgärder från tidigare möten (%1)</source>
        <translation>Follow-up: open actions from earlier meetings (%1)</translation>
    </message>
    <message>
        <source>1 sida</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 sidor</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Bilagor till ”%1”</source>
        <translation>Attachments to ‘%1’</translation>
    </message>
    <message>
        <source>Punkten ”%1” lades till.</source>
        <translation>Item ‘%1’ added.</translation>
    </message>
    <message>
        <source>Punkten ”%1” sparades.</source>
        <translation>Item ‘%1’ saved.</translation>
    </message>
    <message>
        <source>Ta bort punkten ”%1” från dagordningen?</source>
        <translation>Remove item ‘%1’ from the agenda?</translation>
    </message>
    <message>
        <source>Dess %1 bilagor tas också bort.</source>
        <translation>Its %1 attachments will also be removed.</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Punkten ”%1” togs bort.</source>
        <translation>Item ‘%1’ removed.</translation>
    </message>
    <message>
        <source>%1 standardpunkter lades till.</source>
        <translation>%1 standard items added.</translation>
    </message>
    <message>
        <source>Standardpunkterna fanns redan.</source>
        <translation>The standard items were already there.</translation>
    </message>
    <message>
        <source>Bifoga PDF</source>
        <translation>Attach PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Alla filer (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>%1 bilagor lades till.</source>
        <translation>%1 attachments added.</translation>
    </message>
    <message>
        <source>Läser in bilagor…</source>
        <translation>Loading attachments…</translation>
    </message>
    <message>
        <source>Ta bort bilagan %1?</source>
        <translation>Remove attachment %1?</translation>
    </message>
    <message>
        <source>Bilagan %1 togs bort.</source>
        <translation>Attachment %1 removed.</translation>
    </message>
    <message>
        <source>Åtgärden markerades som klar.</source>
        <translation>The action was marked as done.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Nytt avtal</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Avtal %1</source>
        <translation>Agreement %1</translation>
    </message>
    <message>
        <source>Lämna tomt för upphandlingens diarienummer</source>
        <translation>Leave blank to use the procurement&apos;s case number</translation>
    </message>
    <message>
        <source>Lämna tomt för upphandlingens rubrik</source>
        <translation>Leave blank to use the procurement&apos;s title</translation>
    </message>
    <message>
        <source>(ingen upphandling i programmet)</source>
        <translation>(no procurement in the program)</translation>
    </message>
    <message>
        <source> mån</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bara om avtalstiden med förlängningar är längre än fyra år, t.ex. investeringar som behöver längre återbetalningstid</source>
        <translation>Only if the contract period including extensions is longer than four years, e.g. investments that need a longer payback period</translation>
    </message>
    <message>
        <source>Leverantörerna rapporterar försäljningen senast denna dag i månaden efter perioden.</source>
        <translation>Suppliers report their sales by this day of the month following the period.</translation>
    </message>
    <message>
        <source>Leverantörer:</source>
        <translation>Suppliers:</translation>
    </message>
    <message>
        <source>* måste fyllas i.</source>
        <translation>* required.</translation>
    </message>
    <message>
        <source>Slutdatumet är före startdatumet.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Senast möjliga slutdatum %1, avtalstid %2 månader med alla förlängningar.</source>
        <translation>Latest possible end date %1; contract period %2 months including all extensions.</translation>
    </message>
    <message>
        <source>Längre än fyra år (LOU 7 kap. 2 §): skriv de särskilda skälen nedan.</source>
        <translation>Longer than four years (LOU chapter 7, section 2): enter the special reasons below.</translation>
    </message>
</context>
<context>
    <name>AgreementDocumentsPanel</name>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Arkivera som skickat</source>
        <translation>Archive as sent</translation>
    </message>
    <message>
        <source>Öppnar dokumentet; därifrån kan det skrivas ut</source>
        <translation>Opens the document; it can be printed from there</translation>
    </message>
    <message>
        <source>Sparar dokumentet, så som det ser ut nu, i arkivet med dagens datum</source>
        <translation>Saves the document, as it looks now, to the archive with today&apos;s date</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Arkiv: dokument som skickats ut</source>
        <translation>Archive: documents sent out</translation>
    </message>
    <message>
        <source>Inget är arkiverat ännu.</source>
        <translation>Nothing has been archived yet.</translation>
    </message>
    <message>
        <source>Välj ”Arkivera som skickat” när avtalet eller sammanfattningen skickas.</source>
        <translation>Choose ‘Archive as sent’ when the agreement or the summary is sent.</translation>
    </message>
    <message>
        <source>Spara %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skapar %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 arkiverades (%2).</source>
        <translation>%1 archived (%2).</translation>
    </message>
    <message>
        <source>Arkiverar %1…</source>
        <translation>Archiving %1…</translation>
    </message>
</context>
<context>
    <name>AgreementSalesPanel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Nollrapport (hela perioden)</source>
        <translation>Nil return (whole period)</translation>
    </message>
    <message>
        <source>Belopp exkl. moms</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Sats</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Filtrera på period, leverantör eller kommun…</source>
        <translation>Filter by period, supplier or municipality…</translation>
    </message>
    <message>
        <source>Filtrera försäljningen</source>
        <translation>Filter sales</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ny rad…</source>
        <translation>New line…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Importera rapport…</source>
        <translation>Import report…</translation>
    </message>
    <message>
        <source>Provisionssatser…</source>
        <translation>Commission rates…</translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Ingen provisionssats gäller i dag. Registrera ett beslut under Provisionssatser.</source>
        <translation>No commission rate applies today. Register a decision under Commission rates.</translation>
    </message>
    <message>
        <source>avtalets egen sats</source>
        <translation>the agreement&apos;s own rate</translation>
    </message>
    <message>
        <source>grundsatsen</source>
        <translation>the base rate</translation>
    </message>
    <message>
        <source>Provision i dag: %1 (%2, gäller från %3)</source>
        <translation>Commission today: %1 (%2, valid from %3)</translation>
    </message>
    <message>
        <source>, beslut: %1</source>
        <translation>, decision: %1</translation>
    </message>
    <message>
        <source>%1 rader · försäljning %2 · provision %3</source>
        <translation>%1 lines · sales %2 · commission %3</translation>
    </message>
    <message>
        <source>Raden för %1 sparades.</source>
        <translation>The line for %1 was saved.</translation>
    </message>
    <message>
        <source>Raden för %1 ändrades.</source>
        <translation>The line for %1 was changed.</translation>
    </message>
    <message>
        <source>Ta bort raden för %1, %2 (%3)?</source>
        <translation>Delete the line for %1, %2 (%3)?</translation>
    </message>
    <message>
        <source>Ta bort försäljningsrad</source>
        <translation>Delete sales line</translation>
    </message>
    <message>
        <source>Raden togs bort.</source>
        <translation>The line was deleted.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Starta ny upphandling</source>
        <translation>Start new procurement</translation>
    </message>
    <message>
        <source>Skapar ett förslag om förnyelse med avtalets kommuner som intressenter</source>
        <translation>Creates a renewal proposal with the agreement&apos;s municipalities as interested parties</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Leverantörer</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Förlängningar</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Försäljning &amp;&amp; provision</source>
        <translation>Sales &amp;&amp; commission</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 leverantör(er)</source>
        <translation>%1 supplier(s)</translation>
    </message>
    <message>
        <source>%1 kommuner</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <source>från upphandling %1</source>
        <translation>from procurement %1</translation>
    </message>
    <message>
        <source>%1 · %2 – %3 · förlängningar %4 av %5 · senast %6</source>
        <translation>%1 · %2 – %3 · extensions %4 of %5 · latest %6</translation>
    </message>
    <message>
        <source>Skapa ett förslag om att förnya ”%1”? De %2 kommunerna på avtalet blir intressenter.</source>
        <translation>Create a proposal to renew ‘%1’? The %2 municipalities on the agreement become interested parties.</translation>
    </message>
    <message>
        <source>Skapa förslag</source>
        <translation>Create proposal</translation>
    </message>
    <message>
        <source>Förslaget (id %1) finns under Förslag.</source>
        <translation>The proposal (id %1) is under Proposals.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Avtal</source>
        <comment>page title (plural)</comment>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Det finns inga avtal att visa.

Välj ”Skapa från upphandling…” när en upphandlings avtal är tecknat, ”Nytt avtal” för ett avtal utan upphandling i programmet, eller Importera → Avtalslista för kontorets befintliga avtal. Byt statusfilter för att se fler.</source>
        <translation>There are no agreements to show.

Choose ‘Create from procurement…’ once a procurement&apos;s contract has been signed, ‘New agreement’ for an agreement without a procurement in the program, or Import → Agreement list for the office&apos;s existing agreements. Change the status filter to see more.</translation>
    </message>
    <message>
        <source>{visible} av {total} avtal</source>
        <translation>{visible} of {total} agreements</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nytt avtal</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Skapa från upphandling…</source>
        <translation>Create from procurement…</translation>
    </message>
    <message>
        <source>Ett avtal från en upphandling i steget Avtal tecknat: kommunerna med fullmakt och de tilldelade leverantörerna följer med</source>
        <translation>An agreement from a procurement at the Contract signed stage: the municipalities with a mandate and the awarded suppliers are carried over</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Aktiva och förlängda</source>
        <translation>Active and extended</translation>
    </message>
    <message>
        <source>Status: </source>
        <translation>Status: </translation>
    </message>
    <message>
        <source>Avtalsnummer</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Senast möjliga</source>
        <translation>Latest possible</translation>
    </message>
    <message>
        <source>Förlängningar</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Leverantörer</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Avtalslista (.xlsx)…</source>
        <translation>Agreement list (.xlsx)…</translation>
    </message>
    <message>
        <source>%1 skapades.</source>
        <translation>%1 created.</translation>
    </message>
    <message>
        <source>Importera avtal</source>
        <translation>Import agreements</translation>
    </message>
    <message>
        <source>Kalkylblad (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Kontrollerar filen…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Vill du importera filen?</source>
        <translation>Do you want to import the file?</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ArchiveBox</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gallring</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Spara som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Spara arkiverat dokument</source>
        <translation>Save archived document</translation>
    </message>
    <message>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Det finns inga arkiverade dokument att exportera.</source>
        <translation>There are no archived documents to export.</translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Arkivexport</source>
        <translation>Archive export</translation>
    </message>
    <message>
        <source>Vilka dokument ska exporteras?</source>
        <translation>Which documents should be exported?</translation>
    </message>
    <message>
        <source>Välj var exportmappen ska skapas</source>
        <translation>Choose where to create the export folder</translation>
    </message>
    <message>
        <source>Exporterar arkivet…</source>
        <translation>Exporting the archive…</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Kommer</source>
        <translation>Attending</translation>
    </message>
    <message>
        <source>Svar för de markerade</source>
        <translation>Reply for the selected people</translation>
    </message>
    <message>
        <source>Kommer inte</source>
        <translation>Not attending</translation>
    </message>
    <message>
        <source>Ersättare…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <source>Den markerade skickar en ersättare</source>
        <translation>The selected person is sending a substitute</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Närvaro för de markerade</source>
        <translation>Attendance for the selected people</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>En ersättare var där för den markerade</source>
        <translation>A substitute attended for the selected person</translation>
    </message>
    <message>
        <source>Lägg till gäst…</source>
        <translation>Add guest…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort de markerade från mötet</source>
        <translation>Remove the selected people from the meeting</translation>
    </message>
    <message>
        <source>Kopiera e-postadresser</source>
        <translation>Copy email addresses</translation>
    </message>
    <message>
        <source>De markerades adresser, eller allas om ingen är markerad</source>
        <translation>The selected people&apos;s addresses, or everyone&apos;s if nobody is selected</translation>
    </message>
    <message>
        <source>Ordförande:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Sekreterare:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>Närvaro:</source>
        <translation>Attendance:</translation>
    </message>
    <message>
        <source>%1 kallade · %2 kommer · %3 kommer inte</source>
        <translation>%1 invited · %2 attending · %3 not attending</translation>
    </message>
    <message>
        <source> · %1 närvarande</source>
        <translation> · %1 present</translation>
    </message>
    <message>
        <source>Vem ersätter %1?</source>
        <translation>Who is substituting for %1?</translation>
    </message>
    <message>
        <source>Vem var där i stället för %1?</source>
        <translation>Who attended instead of %1?</translation>
    </message>
    <message>
        <source>Ersättare</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>Lägg till gäst</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Vem ska också kallas till mötet?</source>
        <translation>Who else should be invited to the meeting?</translation>
    </message>
    <message>
        <source>%1 kallades till mötet.</source>
        <translation>%1 was invited to the meeting.</translation>
    </message>
    <message>
        <source>Ta bort %1 från mötet?</source>
        <translation>Remove %1 from the meeting?</translation>
    </message>
    <message>
        <source>Ingen av de kallade har en e-postadress.</source>
        <translation>None of the invitees has an email address.</translation>
    </message>
    <message>
        <source>%1 e-postadresser kopierades till urklipp.</source>
        <translation>%1 email addresses copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Inställningar för säkerhetskopior</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>När programmet avslutas sparas en säkerhetskopia av databasen i mappen nedan. De senaste kopiorna behålls; äldre automatiska kopior tas bort. Andra filer i mappen rörs aldrig.</source>
        <translation>When the program closes, a backup of the database is saved in the folder below. The latest copies are kept; older automatic copies are deleted. Other files in the folder are never touched.</translation>
    </message>
    <message>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source> kopior</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>Mapp:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Behåll de senaste:</source>
        <translation>Keep the latest:</translation>
    </message>
    <message>
        <source>Mapp för säkerhetskopior</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Ange en mapp för säkerhetskopiorna.</source>
        <translation>Enter a folder for the backups.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Ny budgetrad %1</source>
        <translation>New budget line %1</translation>
    </message>
    <message>
        <source>Ändra budgetrad %1</source>
        <translation>Edit budget line %1</translation>
    </message>
    <message>
        <source>kronor, t.ex. 125000 eller 1234,50</source>
        <translation>kronor, e.g. 125000 or 1234,50</translation>
    </message>
    <message>
        <source>tomt = inget utfall ännu</source>
        <translation>blank = no outturn yet</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Benämning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Utfall från</source>
        <translation>Outturn from</translation>
    </message>
    <message>
        <source>Budget (kr)</source>
        <translation>Budget (SEK)</translation>
    </message>
    <message>
        <source>Utfall (kr)</source>
        <translation>Outturn (SEK)</translation>
    </message>
    <message>
        <source>Utfallet för provisionen beräknas från försäljningsrapporterna.</source>
        <translation>The outturn for commission is calculated from the sales reports.</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>(beräknat)</source>
        <translation>(calculated)</translation>
    </message>
    <message>
        <source>Summa intäkter</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Summa kostnader</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Net result</translation>
    </message>
    <message>
        <source>Budget och utfall</source>
        <translation>Budget and outturn</translation>
    </message>
    <message>
        <source>Ny rad…</source>
        <translation>New line…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Utgå från föregående år</source>
        <translation>Base on previous year</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outturn</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Budget och utfall %1</source>
        <translation>Budget and outturn %1</translation>
    </message>
    <message>
        <source>Budgetraden sparades.</source>
        <translation>The budget line was saved.</translation>
    </message>
    <message>
        <source>Ta bort budgetrad</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <source>Ta bort budgetraden ”%1” för %2?</source>
        <translation>Delete the budget line ‘%1’ for %2?</translation>
    </message>
    <message>
        <source>Budgetraden togs bort.</source>
        <translation>The budget line was deleted.</translation>
    </message>
    <message>
        <source>%1 budgetrader kopierades från %2.</source>
        <translation>%1 budget lines copied from %2.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Föregående (PgUp)</source>
        <translation>Previous (PgUp)</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Gå till dagens datum</source>
        <translation>Go to today&apos;s date</translation>
    </message>
    <message>
        <source>Nästa (PgDn)</source>
        <translation>Next (PgDn)</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Nytt möte…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Årsplan…</source>
        <translation>Annual plan…</translation>
    </message>
    <message>
        <source>Skapa en grupps möten för ett helt år i ett steg</source>
        <translation>Create a group&apos;s meetings for a whole year in one go</translation>
    </message>
    <message>
        <source>Utan grupp</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Helgdag</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Helg</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Streckad kant: utkast · överstruken: inställt · %1 varning · dubbelklicka för att öppna</source>
        <translation>Dashed border: draft · struck through: cancelled · %1 warning · double-click to open</translation>
    </message>
    <message>
        <source>Alla varningar</source>
        <translation>All warnings</translation>
    </message>
    <message>
        <source>Visa bara en sorts varningar</source>
        <translation>Show only one kind of warning</translation>
    </message>
    <message>
        <source>Visa ignorerade</source>
        <translation>Show ignored</translation>
    </message>
    <message>
        <source>Ignorera</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Dölj varningen för alla användare tills mötet flyttas till en annan dag (Delete). Välj mötet för att ignorera alla dess varningar.</source>
        <translation>Hide the warning for all users until the meeting moves to another day (Delete). Choose the meeting to ignore all its warnings.</translation>
    </message>
    <message>
        <source>1 möte</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>%1 möten</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <source>Varningar (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>%1 ignorerade</source>
        <translation>%1 ignored</translation>
    </message>
    <message>
        <source>de första %1 mötena visas; veckovyn visar färre åt gången</source>
        <translation>the first %1 meetings are shown; the week view shows fewer at a time</translation>
    </message>
    <message>
        <source>1 varning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>%1 varningar</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>(ignorerad)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>Inga varningar för perioden.</source>
        <translation>No warnings for this period.</translation>
    </message>
    <message>
        <source>Inga varningar att visa.</source>
        <translation>No warnings to show.</translation>
    </message>
    <message>
        <source>Visa igen</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Avtalsvillkor</source>
        <translation>Agreement clauses</translation>
    </message>
    <message>
        <source>Spara som ny version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Villkoren skrivs i varje ramavtal i den här ordningen, efter provisionen. En ändring blir en ny version som gäller avtal som görs från och med nu; avtal som redan är gjorda behåller sin version.</source>
        <translation>The clauses are written into every framework agreement in this order, after the commission. A change becomes a new version that applies to agreements made from now on; agreements already made keep their version.</translation>
    </message>
    <message>
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Text (en ny rad blir ett nytt stycke):</source>
        <translation>Text (a new line starts a new paragraph):</translation>
    </message>
    <message>
        <source>%1. %2 (version %3)</source>
        <translation>%1. %2 (version %3)</translation>
    </message>
    <message>
        <source>Version %1, från %2.</source>
        <translation>Version %1, from %2.</translation>
    </message>
    <message>
        <source>Sparad som version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
</context>
<context>
    <name>CommissionChart</name>
    <message>
        <source>tkr</source>
        <translation>kSEK</translation>
    </message>
    <message>
        <source>Provision per månad %1 (tkr)</source>
        <translation>Commission by month %1 (kSEK)</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Året som visas</source>
        <translation>The year shown</translation>
    </message>
    <message>
        <source>Fakturaunderlag…</source>
        <translation>Invoicing basis…</translation>
    </message>
    <message>
        <source>Provisionsrapport</source>
        <translation>Commission report</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Spara som Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Provisionssatser…</source>
        <translation>Commission rates…</translation>
    </message>
    <message>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Dubbelklicka på en leverantör för dess fakturaunderlag, på ett avtal för att öppna det.</source>
        <translation>Double-click a supplier for its invoicing basis, or an agreement to open it.</translation>
    </message>
    <message>
        <source>Filtrera…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Provision per</source>
        <translation>Commission by</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Försäljning exkl. moms</source>
        <translation>Sales excl. VAT</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Försäljning %1 · provision %2 · %3 rapportrader</source>
        <translation>Sales %1 · commission %2 · %3 report lines</translation>
    </message>
    <message>
        <source>Provisionssatserna kan inte visas i den här versionen.</source>
        <translation>The commission rates cannot be shown in this version.</translation>
    </message>
    <message>
        <source>Provisionsrapport %1</source>
        <translation>Commission report %1</translation>
    </message>
    <message>
        <source>Skapar provisionsrapporten…</source>
        <translation>Creating the commission report…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara provisionsrapport</source>
        <translation>Save commission report</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <source>&lt;b&gt;Något gick fel i programmet (%1).&lt;/b&gt;&lt;br&gt;Programmet fortsätter att köra. Den åtgärd som pågick kan ha avbrutits; en ändring som inte hann sparas helt sparades inte alls. Försök igen, och kontakta den som ger er support om felet kommer tillbaka.</source>
        <translation>&lt;b&gt;Something went wrong in the program (%1).&lt;/b&gt;&lt;br&gt;The program keeps running. The task in progress may have been interrupted; a change that was not completely saved was not saved at all. Try again, and contact your support team if the error comes back.</translation>
    </message>
    <message>
        <source>Felet har skrivits i loggfilen &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (utan personuppgifter).</source>
        <translation>The error has been written to the log file &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (without personal data).</translation>
    </message>
    <message>
        <source>Loggfilen kunde inte skrivas, så felet finns bara i detaljerna nedan.</source>
        <translation>The log file could not be written, so the error is only in the details below.</translation>
    </message>
    <message>
        <source>Visa detaljer</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Öppna loggmappen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Fortsätt arbeta</source>
        <translation>Continue working</translation>
    </message>
    <message>
        <source>Dölj detaljer</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Kopierat</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DeadlinesBlock</name>
    <message>
        <source>Tidsfrister inom 30 dagar</source>
        <translation>Deadlines within 30 days</translation>
    </message>
    <message>
        <source>Inga planerade steg de kommande 30 dagarna.</source>
        <translation>No stages planned in the next 30 days.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <source>Tidsfrister</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Anbudsansökningar och anbud (LOU 11 kap.)</source>
        <translation>Requests to participate and tenders (LOU ch. 11)</translation>
    </message>
    <message>
        <source>Förfarande:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Annonsen skickas:</source>
        <translation>Notice sent:</translation>
    </message>
    <message>
        <source>Inbjudan att lämna anbud skickas:</source>
        <translation>Invitation to tender sent:</translation>
    </message>
    <message>
        <source>Anbud tas emot elektroniskt (11 kap. 6 §)</source>
        <translation>Tenders received electronically (ch. 11 s. 6)</translation>
    </message>
    <message>
        <source>Förhandsannonsering har gjorts (11 kap. 5 §)</source>
        <translation>Prior information notice published (ch. 11 s. 5)</translation>
    </message>
    <message>
        <source>Upphandlingsdokumenten finns inte fritt elektroniskt (+5 dagar, 11 kap. 9 §)</source>
        <translation>Procurement documents not freely available electronically (+5 days, ch. 11 s. 9)</translation>
    </message>
    <message>
        <source>Avtalsspärr (LOU 20 kap. 1 §)</source>
        <translation>Standstill period (LOU ch. 20 s. 1)</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet skickas:</source>
        <translation>Award decision sent:</translation>
    </message>
    <message>
        <source>Skickas inte elektroniskt (15 dagar)</source>
        <translation>Not sent electronically (15 days)</translation>
    </message>
</context>
<context>
    <name>DecidingPartyDialog</name>
    <message>
        <source>Upphandlande organisation</source>
        <translation>Contracting authority</translation>
    </message>
    <message>
        <source>STIC är ingen juridisk person. Tilldelningsbeslut, anbudsöppningsprotokoll och ramavtal utfärdas av den upphandlande organisation som STIC tillhör, för de deltagande kommunerna med stöd av deras fullmakter.</source>
        <translation>STIC is not a legal entity. Award decisions, tender opening records and framework agreements are issued by the contracting authority that STIC belongs to, on behalf of the participating municipalities under their powers of attorney.</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>t.ex. inköpscentralen STIC tillhör</source>
        <translation>e.g. the purchasing body STIC belongs to</translation>
    </message>
    <message>
        <source>Organisationsnummer:</source>
        <translation>Organisation number:</translation>
    </message>
    <message>
        <source>Förvaltningsrätt för överprövning:</source>
        <translation>Administrative Court for review:</translation>
    </message>
    <message>
        <source>Högsta provisionssats (%):</source>
        <translation>Maximum commission rate (%):</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Varsel före ändrad sats:</source>
        <translation>Notice before a rate change:</translation>
    </message>
</context>
<context>
    <name>DecisionMakerDialog</name>
    <message>
        <source>Beslutsfattare</source>
        <translation>Decision-maker</translation>
    </message>
    <message>
        <source>Namn och titel:</source>
        <translation>Name and title:</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Delegation:</translation>
    </message>
    <message>
        <source>t.ex. Delegationsordning 2026, punkt 4.2</source>
        <translation>e.g. Delegation scheme 2026, item 4.2</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Jävs- och sekretessförbindelse</source>
        <translation>Conflict of interest and confidentiality undertaking</translation>
    </message>
    <message>
        <source>Ledamot:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>Undertecknad:</source>
        <translation>Signed:</translation>
    </message>
    <message>
        <source>Ledamoten anmäler jäv</source>
        <translation>The member declares a conflict of interest</translation>
    </message>
    <message>
        <source>Jävet och åtgärderna:</source>
        <translation>Conflict of interest and measures taken:</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Avtalsnummer:</source>
        <translation>Agreement number:</translation>
    </message>
    <message>
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Upphandling:</source>
        <translation>Procurement:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Avtalstid:</source>
        <translation>Contract period:</translation>
    </message>
    <message>
        <source>Förlängningsoptioner:</source>
        <translation>Extension options:</translation>
    </message>
    <message>
        <source>Senast möjliga slutdatum:</source>
        <translation>Latest possible end date:</translation>
    </message>
    <message>
        <source>Särskilda skäl:</source>
        <translation>Special reasons:</translation>
    </message>
    <message>
        <source>Rapportdag:</source>
        <translation>Reporting day:</translation>
    </message>
    <message>
        <source>Uppsägning:</source>
        <translation>Termination:</translation>
    </message>
    <message>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Säg upp…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source> (ursprungligen till %1)</source>
        <translation> (originally until %1)</translation>
    </message>
    <message>
        <source>%1 × %2 månader, %3 använda</source>
        <translation>%1 × %2 months, %3 used</translation>
    </message>
    <message>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (hela avtalstiden %2 månader)</source>
        <translation>%1 (full contract period %2 months)</translation>
    </message>
    <message>
        <source>den %1 i månaden efter perioden</source>
        <translation>day %1 of the month following the period</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Kallelse</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Brevet med tid, plats, länk och dagordningen i korthet.</source>
        <translation>The letter with the time, venue, link and a summary of the agenda.</translation>
    </message>
    <message>
        <source>Kallelsebrev</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <source>Ett brev per kallad, med namn, svarsdag och ersättare, för utskrift.</source>
        <translation>One letter per invitee, with name, reply date and substitute, for printing.</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Punkterna med tider, föredragande och förslag till beslut.</source>
        <translation>The items with times, presenters and proposed decisions.</translation>
    </message>
    <message>
        <source>Närvarolista</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>De kallade med en kolumn för namnteckning.</source>
        <translation>The invitees, with a column for signatures.</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Anteckningar, beslut, åtgärder och rader för underskrifter.</source>
        <translation>Notes, decisions, actions and lines for signatures.</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Mötespaket</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>Försättsblad, kallelse, dagordning, bilagor och närvarolista i en fil, med sidnummer på varje sida.</source>
        <translation>Cover page, invitation, agenda, attachments and attendance list in one file, with page numbers on every page.</translation>
    </message>
    <message>
        <source>En per deltagare…</source>
        <translation>One per participant…</translation>
    </message>
    <message>
        <source>Kalenderfil</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>En .ics-fil att öppna i Outlook eller någon annan kalender.</source>
        <translation>An .ics file to open in Outlook or any other calendar.</translation>
    </message>
    <message>
        <source>Spara som .ics…</source>
        <translation>Save as .ics…</translation>
    </message>
    <message>
        <source>Ett mötespaket för varje kallad, med namnet på försättsbladet, i en mapp</source>
        <translation>A meeting pack for each invitee, with their name on the cover page, in one folder</translation>
    </message>
    <message>
        <source>Skapa dokument</source>
        <translation>Create documents</translation>
    </message>
    <message>
        <source>Arkivera protokollet som skickat</source>
        <translation>Archive the minutes as sent</translation>
    </message>
    <message>
        <source>Sparar protokollet, som det ser ut nu, i arkivet (gör det när det skickas ut)</source>
        <translation>Saves the minutes as they are now in the archive (do this when they are sent out)</translation>
    </message>
    <message>
        <source>Arkiv: dokument som skickats ut</source>
        <translation>Archive: documents sent out</translation>
    </message>
    <message>
        <source>Inget har skickats ut ännu.</source>
        <translation>Nothing has been sent out yet.</translation>
    </message>
    <message>
        <source>Kallelsen arkiveras när du väljer ”Förbered utskick…”.</source>
        <translation>The invitation is archived when you choose ‘Prepare mail-out…’.</translation>
    </message>
    <message>
        <source>Spara %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skapar %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Spara mötespaket</source>
        <translation>Save meeting pack</translation>
    </message>
    <message>
        <source>Skapar mötespaket…</source>
        <translation>Creating meeting pack…</translation>
    </message>
    <message>
        <source>Välj mapp för mötespaketen</source>
        <translation>Choose a folder for the meeting packs</translation>
    </message>
    <message>
        <source>Sparade %1 mötespaket i %2.</source>
        <translation>Saved %1 meeting packs in %2.</translation>
    </message>
    <message>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Spara kalenderfil</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Skapar kalenderfil…</source>
        <translation>Creating calendar file…</translation>
    </message>
    <message>
        <source>Protokollet arkiverades (%1).</source>
        <translation>The minutes were archived (%1).</translation>
    </message>
    <message>
        <source>Arkiverar protokollet…</source>
        <translation>Archiving the minutes…</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Filer som hör till avtalet (undertecknat avtal, bilagor, prislistor)</source>
        <translation>Files belonging to the agreement (signed agreement, annexes, price lists)</translation>
    </message>
</context>
<context>
    <name>DutiesBlock</name>
    <message>
        <source>Efter tilldelningen: att göra</source>
        <translation>After the award: to do</translation>
    </message>
    <message>
        <source>Inga skyldigheter väntar: efterannonser, dokumentation, individuella rapporter och underrättelser är klara.</source>
        <translation>No duties outstanding: contract award notices, documentation, individual reports and notifications are done.</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lagrum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>DutyDateDialog</name>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Avsluta medlemskap</source>
        <translation>End membership</translation>
    </message>
    <message>
        <source>%1 slutar som %2 i %3. Medlemskapet finns kvar i gruppens historik.</source>
        <translation>%1 stops being %2 in %3. The membership stays in the group&apos;s history.</translation>
    </message>
    <message>
        <source>Sista dag:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExpiryBlock</name>
    <message>
        <source>Avtal som löper ut</source>
        <translation>Expiring agreements</translation>
    </message>
    <message>
        <source>Inga aktiva avtal löper ut inom varningstiden.</source>
        <translation>No active agreements expire within the warning period.</translation>
    </message>
    <message>
        <source>Slutar</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Förlängningar kvar</source>
        <translation>Extensions left</translation>
    </message>
    <message>
        <source>Dubbelklicka för att öppna avtalet.</source>
        <translation>Double-click to open the agreement.</translation>
    </message>
    <message>
        <source>Starta ny upphandling</source>
        <translation>Start new procurement</translation>
    </message>
    <message>
        <source>Skapar ett förslag om förnyelse med avtalets kommuner som intressenter</source>
        <translation>Creates a renewal proposal with the agreement&apos;s municipalities as interested parties</translation>
    </message>
    <message>
        <source>Avtal som löper ut inom antal månader</source>
        <translation>Agreements expiring within this number of months</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Hur långt före slutdatumet avtalen visas här (gäller alla användare)</source>
        <translation>How long before the end date agreements are shown here (applies to all users)</translation>
    </message>
    <message>
        <source>Varna</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source>före</source>
        <translation>before</translation>
    </message>
    <message>
        <source>Skapa ett förslag om att förnya ”%1”? De %2 kommunerna på avtalet blir intressenter.</source>
        <translation>Create a proposal to renew ‘%1’? The %2 municipalities on the agreement become interested parties.</translation>
    </message>
    <message>
        <source>Skapa förslag</source>
        <translation>Create proposal</translation>
    </message>
    <message>
        <source>Förslaget ”%1” skapades (id %2); det finns under Förslag.</source>
        <translation>The proposal ‘%1’ was created (id %2); it is under Proposals.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Förläng avtal %1</source>
        <translation>Extend agreement %1</translation>
    </message>
    <message>
        <source>Beslutsdatum *:</source>
        <translation>Decision date *:</translation>
    </message>
    <message>
        <source>t.ex. Styrgruppen, § 12</source>
        <translation>e.g. Steering group, § 12</translation>
    </message>
    <message>
        <source>Beslutat av *:</source>
        <translation>Decided by *:</translation>
    </message>
    <message>
        <source>Nytt slutdatum *:</source>
        <translation>New end date *:</translation>
    </message>
    <message>
        <source>Nuvarande slutdatum %1; senast möjliga %2.</source>
        <translation>Current end date %1; latest possible %2.</translation>
    </message>
</context>
<context>
    <name>ExtensionsPanel</name>
    <message>
        <source>Beslutat</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Nytt slutdatum</source>
        <translation>New end date</translation>
    </message>
    <message>
        <source>Registrera förlängning…</source>
        <translation>Register extension…</translation>
    </message>
    <message>
        <source>Ta bort senaste</source>
        <translation>Delete latest</translation>
    </message>
    <message>
        <source>%1 av %2 förlängningsoptioner använda. Avtalet gäller till %3; senast möjliga slutdatum %4.</source>
        <translation>%1 of %2 extension options used. The agreement runs until %3; latest possible end date %4.</translation>
    </message>
    <message>
        <source>Ta bort förlängning</source>
        <translation>Delete extension</translation>
    </message>
    <message>
        <source>Ta bort förlängningen till %1?</source>
        <translation>Delete the extension to %1?</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tillagt</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Lägg till fil…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Spara kopia…</source>
        <translation>Save copy…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lägg till dokument</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Spara kopia</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <source>Ta bort dokument</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Ta bort %1?</source>
        <translation>Delete %1?</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Ledamot</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Undertecknad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Jäv</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Jävs- och sekretessförbindelser</source>
        <translation>Conflict of interest and confidentiality undertakings</translation>
    </message>
    <message>
        <source>Registrera förbindelse…</source>
        <translation>Register undertaking…</translation>
    </message>
    <message>
        <source>Efter tilldelningen</source>
        <translation>After the award</translation>
    </message>
    <message>
        <source>Anbudsöppningen (12 kap. 10 § LOU)</source>
        <translation>Tender opening (LOU ch. 12 s. 10)</translation>
    </message>
    <message>
        <source>Jävs- och sekretessförbindelser (före anbudsöppningen)</source>
        <translation>Conflict of interest and confidentiality undertakings (before the tender opening)</translation>
    </message>
    <message>
        <source>Beslutsfattare för tilldelningsbeslutet</source>
        <translation>Decision-maker for the award decision</translation>
    </message>
    <message>
        <source>klockslag ej angivet</source>
        <translation>time not given</translation>
    </message>
    <message>
        <source>Öppning: %1, %2. Öppnade anbuden: %3. Vittne: %4. Sista anbudstid %5.</source>
        <translation>Opening: %1, %2. Tenders opened by: %3. Witness: %4. Tender deadline %5.</translation>
    </message>
    <message>
        <source>plats ej angiven</source>
        <translation>place not given</translation>
    </message>
    <message>
        <source>ej angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>inget</source>
        <translation>none</translation>
    </message>
    <message>
        <source>kl. 23.59</source>
        <translation>23:59</translation>
    </message>
    <message>
        <source>%1. Delegation: %2.</source>
        <translation>%1. Delegation: %2.</translation>
    </message>
    <message>
        <source>Ingen beslutsfattare angiven</source>
        <translation>No decision-maker given</translation>
    </message>
    <message>
        <source>ej angiven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Jäv: %1</source>
        <translation>Conflict of interest: %1</translation>
    </message>
    <message>
        <source>Inget jäv</source>
        <translation>No conflict of interest</translation>
    </message>
    <message>
        <source>Ingen avtalsgrupp är vald; inga förbindelser krävs.</source>
        <translation>No contract group has been chosen; no undertakings are required.</translation>
    </message>
    <message>
        <source>Saknas för: %1. Anbuden kan inte öppnas förrän de har skrivit under.</source>
        <translation>Missing for: %1. The tenders cannot be opened until they have signed.</translation>
    </message>
    <message>
        <source>Alla i avtalsgruppen har skrivit under.</source>
        <translation>Everyone in the contract group has signed.</translation>
    </message>
    <message>
        <source>Skyldigheterna efter tilldelningen visas när avtalet är tecknat (eller om upphandlingen avbryts).</source>
        <translation>The duties after the award are shown once the contract has been signed (or if the procurement is cancelled).</translation>
    </message>
    <message>
        <source>Ange datum…</source>
        <translation>Set date…</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Skicka och arkivera</source>
        <translation>Send and archive</translation>
    </message>
    <message>
        <source>Upprätta och arkivera</source>
        <translation>Draw up and archive</translation>
    </message>
    <message>
        <source>Klar %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Snarast</source>
        <translation>As soon as possible</translation>
    </message>
    <message>
        <source>När avtalet är tecknat</source>
        <translation>When the contract is signed</translation>
    </message>
    <message>
        <source>Försenad: senast %1</source>
        <translation>Overdue: due by %1</translation>
    </message>
    <message>
        <source>Senast %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>Uppgifterna om anbudsöppningen sparades.</source>
        <translation>The tender opening details were saved.</translation>
    </message>
    <message>
        <source>Beslutsfattaren sparades.</source>
        <translation>The decision-maker was saved.</translation>
    </message>
    <message>
        <source>Välj en ledamot i listan. Ledamöterna kommer från upphandlingens avtalsgrupp.</source>
        <translation>Choose a member from the list. The members come from the procurement&apos;s contract group.</translation>
    </message>
    <message>
        <source>Förbindelsen för %1 registrerades.</source>
        <translation>The undertaking for %1 was registered.</translation>
    </message>
    <message>
        <source>%1: datumet sparades.</source>
        <translation>%1: the date was saved.</translation>
    </message>
    <message>
        <source>Skapar dokumentet…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Arkiverar…</source>
        <translation>Archiving…</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Ny avtalsgrupp</source>
        <translation>New contract group</translation>
    </message>
    <message>
        <source>Grupp – %1</source>
        <translation>Group – %1</translation>
    </message>
    <message>
        <source>t.ex. Avtalsgrupp Livsmedel 2026</source>
        <translation>e.g. Contract group Food 2026</translation>
    </message>
    <message>
        <source>t.ex. Livsmedel</source>
        <translation>e.g. Food</translation>
    </message>
    <message>
        <source>Jämförs med personernas expertisområden när gruppen bemannas.</source>
        <translation>Compared with people&apos;s areas of expertise when the group is staffed.</translation>
    </message>
    <message>
        <source>Bemanningsvyn markerar gruppen när den har färre experter än så.</source>
        <translation>The staffing view flags the group when it has fewer experts than this.</translation>
    </message>
    <message>
        <source>Gruppen är aktiv</source>
        <translation>The group is active</translation>
    </message>
    <message>
        <source>Styrgruppen och arbetsgruppen är alltid aktiva.</source>
        <translation>The steering group and the working group are always active.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Det finns inga grupper. Välj ”Ny” för att lägga till en avtalsgrupp.</source>
        <translation>There are no groups. Choose ‘New’ to add a contract group.</translation>
    </message>
    <message>
        <source>{visible} av {total} grupper</source>
        <translation>{visible} of {total} groups</translation>
    </message>
    <message>
        <source>Ny avtalsgrupp</source>
        <translation>New contract group</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sakområde</source>
        <translation>Subject area</translation>
    </message>
    <message>
        <source>Medlemmar</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Historik – %1</source>
        <translation>History – %1</translation>
    </message>
    <message>
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Ingen historik finns för den här posten.</source>
        <translation>There is no history for this record.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kalenderversion</source>
        <translation>Calendar version</translation>
    </message>
    <message>
        <source>Kalender-id</source>
        <translation>Calendar ID</translation>
    </message>
    <message>
        <source>Kallelsen skickad</source>
        <translation>Invitation sent</translation>
    </message>
    <message>
        <source>Justerat</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Inga ändringar är loggade för den här posten ännu. Allt som ändras härifrån loggas med vem och när.</source>
        <translation>No changes have been logged for this record yet. Every change made here is logged with who and when.</translation>
    </message>
</context>
<context>
    <name>InviteeModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Justerare</source>
        <translation>Approver</translation>
    </message>
</context>
<context>
    <name>InvoicingBasisDialog</name>
    <message>
        <source>Fakturaunderlag</source>
        <translation>Invoicing basis</translation>
    </message>
    <message>
        <source>Hela året</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Underlaget</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Spara som Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Arkivera som skickat</source>
        <translation>Archive as sent</translation>
    </message>
    <message>
        <source>Sparar PDF:en i arkivet exakt som den skickas till leverantören</source>
        <translation>Saves the PDF to the archive exactly as it is sent to the supplier</translation>
    </message>
    <message>
        <source>Arkiverat</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gallring</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Arkiverade fakturaunderlag för leverantören (dubbelklicka för att öppna)</source>
        <translation>Archived invoicing bases for the supplier (double-click to open)</translation>
    </message>
    <message>
        <source>%1 rader på %2 avtal · försäljning %3 · provision att fakturera %4</source>
        <translation>%1 lines on %2 agreements · sales %3 · commission to invoice %4</translation>
    </message>
    <message>
        <source>Inga försäljningsrapporter för perioden.</source>
        <translation>No sales reports for the period.</translation>
    </message>
    <message>
        <source>Det finns inga leverantörer i registret.</source>
        <translation>There are no suppliers in the register.</translation>
    </message>
    <message>
        <source>Skapar fakturaunderlaget…</source>
        <translation>Creating the invoicing basis…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara fakturaunderlag</source>
        <translation>Save invoicing basis</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Arkivera fakturaunderlag</source>
        <translation>Archive invoicing basis</translation>
    </message>
    <message>
        <source>Fakturaunderlaget sparas i arkivet som skickat, exakt som det ser ut nu. Fortsätta?</source>
        <translation>The invoicing basis will be archived as sent, exactly as it looks now. Continue?</translation>
    </message>
    <message>
        <source>Arkivera</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Arkiverar fakturaunderlaget…</source>
        <translation>Archiving the invoicing basis…</translation>
    </message>
    <message>
        <source>Fakturaunderlaget arkiverades (%1).</source>
        <translation>The invoicing basis was archived (%1).</translation>
    </message>
</context>
<context>
    <name>LateBlock</name>
    <message>
        <source>Försenade steg</source>
        <translation>Overdue stages</translation>
    </message>
    <message>
        <source>Inga försenade steg: alla planerade datum som passerat har ett utfört datum.</source>
        <translation>No overdue stages: every planned date that has passed has a completion date.</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Försenat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{visible} av {total}</source>
        <translation>{visible} of {total}</translation>
    </message>
    <message>
        <source>Filtrera… (Ctrl+F)</source>
        <translation>Filter… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filtrera %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Redigera</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Excel (det som visas)…</source>
        <translation>Excel (what is shown)…</translation>
    </message>
    <message>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Filtrera</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Fler åtgärder</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Inget matchar filtret ”%1”.</source>
        <translation>Nothing matches the filter ‘%1’.</translation>
    </message>
    <message>
        <source>Vill du ta bort %1? Det går inte att ångra.</source>
        <translation>Do you want to delete %1? This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 togs bort.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <source>Exportera till Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel-fil (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporterade %1 rader till %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>Exporterar till Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Databas: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Databasen uppgraderades. Säkerhetskopia av den gamla: %1</source>
        <translation>The database was upgraded. Backup of the old one: %1</translation>
    </message>
    <message>
        <source>Inloggad som: %1 (%2)</source>
        <translation>Logged in as: %1 (%2)</translation>
    </message>
    <message>
        <source>ingen STIC-roll</source>
        <translation>no STIC role</translation>
    </message>
    <message>
        <source>ingen vald</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Du arbetar som %1.</source>
        <translation>You are working as %1.</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>STIC-databas (*.sqlite3)</source>
        <translation>STIC database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Välj ”Öppna databas” för att öppna den.</source>
        <translation>The file %1 already exists. Choose ‘Open database’ to open it.</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>STIC-databas (*.sqlite3);;Alla filer (*)</source>
        <translation>STIC database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Säkerhetskopiera</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Säkerhetskopierar…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Säkerhetskopia sparad: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>En teamdatabas återställs av IT på servern (pg_restore), inte härifrån. Inget ändrades.</source>
        <translation>A team database is restored by IT on the server (pg_restore), not from here. Nothing was changed.</translation>
    </message>
    <message>
        <source>Återställer från säkerhetskopia…</source>
        <translation>Restoring from backup…</translation>
    </message>
    <message>
        <source>Databasen återställdes från %1.</source>
        <translation>The database was restored from %1.</translation>
    </message>
    <message>
        <source>Databasen som den var före återställningen sparades som %1.</source>
        <translation>The database as it was before the restore was saved as %1.</translation>
    </message>
    <message>
        <source>Säkerhetskopian var från en äldre version och uppgraderades.</source>
        <translation>The backup was from an older version and has been upgraded.</translation>
    </message>
    <message>
        <source>Om STIC Desktop</source>
        <translation>About STIC Desktop</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ny databas…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Öppna databas…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>Säkerhetskopiera…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Arkivexport…</source>
        <translation>Archive export…</translation>
    </message>
    <message>
        <source>Anslut till teamdatabas…</source>
        <translation>Connect to team database…</translation>
    </message>
    <message>
        <source>Inställningar…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Byt användare…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Sök överallt…</source>
        <translation>Search everywhere…</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Offlinekopia från %1 – skrivskyddad</source>
        <translation>Offline copy from %1 – read-only</translation>
    </message>
    <message>
        <source>Teamdatabas: %1</source>
        <translation>Team database: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;STIC Desktop %1&lt;/h3&gt;&lt;p&gt;Stockholms Inköpscentrals program för medlemskommuner, grupper, möten, upphandlingar och ramavtal.&lt;/p&gt;&lt;p&gt;Databas: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;STIC Desktop %1&lt;/h3&gt;&lt;p&gt;Stockholms Inköpscentral&apos;s program for member municipalities, groups, meetings, procurements and framework agreements.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Möte – %1</source>
        <translation>Meeting – %1</translation>
    </message>
    <message>
        <source>(ingen grupp)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Datum *:</source>
        <translation>Date *:</translation>
    </message>
    <message>
        <source>Kalla gruppens medlemmar</source>
        <translation>Invite the group&apos;s members</translation>
    </message>
    <message>
        <source>Alla som är medlemmar i gruppen på mötesdagen kallas. Gäster läggs till i mötet.</source>
        <translation>Everyone who is a member of the group on the day of the meeting is invited. Guests are added in the meeting.</translation>
    </message>
    <message>
        <source>Lägg in standardpunkter i dagordningen</source>
        <translation>Add standard items to the agenda</translation>
    </message>
    <message>
        <source>Mötets öppnande, val av justerare, … mötets avslutande (gruppens mall).</source>
        <translation>Opening of the meeting, election of approvers, … closing of the meeting (the group&apos;s template).</translation>
    </message>
    <message>
        <source>* måste fyllas i. Tiderna är svensk tid.</source>
        <translation>* required. Times are Swedish time.</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Kallelsen skickas, planerat datum</source>
        <translation>Invitation to be sent, planned date</translation>
    </message>
    <message>
        <source>Kallelsen dateras den dag den skickas; innan dess den planerade dagen.</source>
        <translation>The invitation is dated the day it is sent; until then, the planned day.</translation>
    </message>
    <message>
        <source>Skickad %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Gruppen kan bara bytas medan mötet är ett utkast.</source>
        <translation>The group can only be changed while the meeting is a draft.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Förbered utskick…</source>
        <translation>Prepare mail-out…</translation>
    </message>
    <message>
        <source>Markera kallelsen skickad…</source>
        <translation>Mark invitation as sent…</translation>
    </message>
    <message>
        <source>Markera genomfört</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>Justera protokoll</source>
        <translation>Approve minutes</translation>
    </message>
    <message>
        <source>Öppna protokollet igen…</source>
        <translation>Reopen the minutes…</translation>
    </message>
    <message>
        <source>Ställ in mötet</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Skriver ett e-postutkast (.eml) per kallad med kallelsen och kalenderfilen bifogade och arkiverar kallelsen. Inget skickas: du skickar utkasten från ditt e-postprogram</source>
        <translation>Writes one email draft (.eml) per invitee with the invitation and the calendar file attached, and archives the invitation. Nothing is sent: you send the drafts from your email program</translation>
    </message>
    <message>
        <source>När du har skickat utkasten: kallelsen blir skickad och mötet kallat</source>
        <translation>Once you have sent the drafts: the invitation becomes sent and the meeting called</translation>
    </message>
    <message>
        <source>Punkterna får sina paragrafnummer (§)</source>
        <translation>The items get their minute numbers (§)</translation>
    </message>
    <message>
        <source>Låser protokollet. Kräver ordförande, sekreterare och minst en justerare</source>
        <translation>Locks the minutes. Requires a chair, a secretary and at least one approver</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingen grupp</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Dnr %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source> (kallelsen: utkast skapade %1, inte skickade)</source>
        <translation> (invitation: drafts created %1, not sent)</translation>
    </message>
    <message>
        <source> (kallelsen skickad %1)</source>
        <translation> (invitation sent %1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Beslutsför: %1 (%2 av %3 närvarande)</source>
        <translation>Quorate: %1 (%2 of %3 present)</translation>
    </message>
    <message>
        <source>Mötesuppgifterna sparades.</source>
        <translation>The meeting details were saved.</translation>
    </message>
    <message>
        <source>Förbered utskick</source>
        <translation>Prepare mail-out</translation>
    </message>
    <message>
        <source>Skapa utkasten…</source>
        <translation>Create the drafts…</translation>
    </message>
    <message>
        <source>Välj mapp för e-postutkasten</source>
        <translation>Choose a folder for the draft emails</translation>
    </message>
    <message>
        <source>%1 e-postutkast sparades i %2. Kallelsen arkiverades. Skicka utkasten från ditt e-postprogram och välj sedan ”Markera kallelsen skickad…”.</source>
        <translation>%1 email drafts were saved in %2. The invitation was archived. Send the drafts from your email program and then choose ‘Mark invitation as sent…’.</translation>
    </message>
    <message>
        <source>Utan e-postadress (kontakta på annat sätt): %1.</source>
        <translation>No email address (contact them another way): %1.</translation>
    </message>
    <message>
        <source>Förbereder utskick…</source>
        <translation>Preparing mail-out…</translation>
    </message>
    <message>
        <source>inställelse</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>kallelse</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>Ett e-postutkast (.eml) med %1 och kalenderfil skrivs för var och en av dessa %2 mottagare:</source>
        <translation>An email draft (.eml) with the %1 and a calendar file is written for each of these %2 recipients:</translation>
    </message>
    <message>
        <source>… och %1 till</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Kallelsen arkiveras. Inget skickas: du skickar utkasten från ditt e-postprogram och markerar sedan kallelsen som skickad.</source>
        <translation>The invitation is archived. Nothing is sent: you send the drafts from your email program and then mark the invitation as sent.</translation>
    </message>
    <message>
        <source>Har du skickat utkasten till kallelsen från ditt e-postprogram? Kallelsen markeras då som skickad och mötet som kallat.</source>
        <translation>Have you sent the invitation drafts from your email program? The invitation is then marked as sent and the meeting as called.</translation>
    </message>
    <message>
        <source>Markera kallelsen skickad</source>
        <translation>Mark invitation as sent</translation>
    </message>
    <message>
        <source>Ja, de är skickade</source>
        <translation>Yes, they have been sent</translation>
    </message>
    <message>
        <source>Kallelsen är markerad som skickad.</source>
        <translation>The invitation is marked as sent.</translation>
    </message>
    <message>
        <source>Markera mötet som genomfört? Dagordningens punkter får då sina paragrafnummer (§), som inte ändras efteråt.</source>
        <translation>Mark the meeting as held? The agenda items then get their minute numbers (§), which do not change afterwards.</translation>
    </message>
    <message>
        <source>Mötet är markerat som genomfört.</source>
        <translation>The meeting is marked as held.</translation>
    </message>
    <message>
        <source>Justera protokollet? Därefter kan varken protokoll, dagordning eller närvaro ändras förrän protokollet öppnas igen (det loggas).</source>
        <translation>Approve the minutes? After that, neither the minutes, the agenda nor the attendance can be changed until the minutes are reopened (this is logged).</translation>
    </message>
    <message>
        <source>Justera</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Protokollet är justerat och låst.</source>
        <translation>The minutes are approved and locked.</translation>
    </message>
    <message>
        <source>Öppna protokollet igen</source>
        <translation>Reopen the minutes</translation>
    </message>
    <message>
        <source>Varför måste protokollet ändras? Skälet sparas i historiken.</source>
        <translation>Why do the minutes need changing? The reason is saved in the history.</translation>
    </message>
    <message>
        <source>Protokollet är öppnat igen och kan ändras.</source>
        <translation>The minutes have been reopened and can be changed.</translation>
    </message>
    <message>
        <source>Ställ in ”%1”? Mötet finns kvar som inställt. Välj sedan ”Förbered utskick…” för att skicka en inställelse till de kallade.</source>
        <translation>Cancel ‘%1’? The meeting remains as cancelled. Then choose ‘Prepare mail-out…’ to send a cancellation to the invitees.</translation>
    </message>
    <message>
        <source>Mötet är inställt.</source>
        <translation>The meeting is cancelled.</translation>
    </message>
</context>
<context>
    <name>MeetingsBlock</name>
    <message>
        <source>Dubbelklicka för att öppna mötet.</source>
        <translation>Double-click to open the meeting.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Det finns inga möten att visa.

Välj ”Ny” för att planera ett möte, eller ”Alla” för att se även tidigare möten.</source>
        <translation>There are no meetings to show.

Choose ‘New’ to plan a meeting, or ‘All’ to see past meetings too.</translation>
    </message>
    <message>
        <source>{visible} av {total} möten</source>
        <translation>{visible} of {total} meetings</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Tidigare</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Vilka möten som visas</source>
        <translation>Which meetings are shown</translation>
    </message>
    <message>
        <source>Visa bara en grupps möten</source>
        <translation>Show only one group&apos;s meetings</translation>
    </message>
    <message>
        <source> Visa: </source>
        <translation> Show: </translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Kallade</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Kalenderfil (.ics)…</source>
        <translation>Calendar file (.ics)…</translation>
    </message>
    <message>
        <source>Alla grupper</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Spara kalenderfil</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Skapar kalenderfil…</source>
        <translation>Creating calendar file…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Medlemmar per datum</source>
        <translation>Members on date</translation>
    </message>
    <message>
        <source>Visa medlemmarna som de var (eller blir) ett visst datum.</source>
        <translation>Show the members as they were (or will be) on a given date.</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Visa historik</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>Visa även avslutade och kommande medlemskap (grå).</source>
        <translation>Also show ended and future memberships (grey).</translation>
    </message>
    <message>
        <source>Lägg till medlem…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Avsluta medlemskap…</source>
        <translation>End membership…</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Kopiera e-postadresser</source>
        <translation>Copy email addresses</translation>
    </message>
    <message>
        <source>Kopierar e-postadresserna till de medlemmar som visas</source>
        <translation>Copies the email addresses of the members shown</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Per datum:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Välj en grupp</source>
        <translation>Choose a group</translation>
    </message>
    <message>
        <source>Medlemmar i %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>%1 medlemskap</source>
        <translation>%1 memberships</translation>
    </message>
    <message>
        <source>%1 medlemmar</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>%1 hade inga medlemmar %2.

Välj ”Lägg till medlem…” för att lägga till någon.</source>
        <translation>%1 had no members on %2.

Choose ‘Add member…’ to add someone.</translation>
    </message>
    <message>
        <source>Välj en grupp i listan för att se dess medlemmar.</source>
        <translation>Choose a group in the list to see its members.</translation>
    </message>
    <message>
        <source>%1 lades till i %2.</source>
        <translation>%1 added to %2.</translation>
    </message>
    <message>
        <source>Medlemskapet för %1 sparades.</source>
        <translation>The membership of %1 was saved.</translation>
    </message>
    <message>
        <source>%1 slutar i %2 den %3.</source>
        <translation>%1 leaves %2 on %3.</translation>
    </message>
    <message>
        <source>%1, %2 i %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
    <message>
        <source>%1 e-postadresser kopierades.</source>
        <translation>%1 email addresses copied.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Ny medlem i %1</source>
        <translation>New member of %1</translation>
    </message>
    <message>
        <source>Medlemskap i %1</source>
        <translation>Membership of %1</translation>
    </message>
    <message>
        <source>Skriv en del av namnet…</source>
        <translation>Type part of the name…</translation>
    </message>
    <message>
        <source>(ingen kommun)</source>
        <translation>(no municipality)</translation>
    </message>
    <message>
        <source>Representerar annan kommun än sin egen</source>
        <translation>Represents a municipality other than their own</translation>
    </message>
    <message>
        <source>Slutar</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>”%1” finns inte i listan. Välj en person i listan.</source>
        <translation>‘%1’ is not in the list. Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Dagordningens punkter</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Vad som sades under punkten…</source>
        <translation>What was said under the item…</translation>
    </message>
    <message>
        <source>Mötet beslutar att …</source>
        <translation>The meeting resolves to …</translation>
    </message>
    <message>
        <source>Vem beslutet skickas till, t.ex. kommunstyrelserna</source>
        <translation>Who the decision is sent to, e.g. the municipal executive boards</translation>
    </message>
    <message>
        <source>Utdrag ur protokollet…</source>
        <translation>Extract from the minutes…</translation>
    </message>
    <message>
        <source>Spara den valda paragrafen som ett protokollsutdrag med utdragsbestyrkande (PDF)</source>
        <translation>Save the selected section as an extract from the minutes with a certified extract statement (PDF)</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spara anteckningar och beslut (Ctrl+S)</source>
        <translation>Save notes and decisions (Ctrl+S)</translation>
    </message>
    <message>
        <source>Protokollet är justerat och kan inte ändras. Välj ”Öppna protokollet igen…” överst om något måste rättas; återöppningen loggas.</source>
        <translation>The minutes are approved and cannot be changed. Choose ‘Reopen the minutes…’ at the top if something must be corrected; reopening is logged.</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Ny åtgärd…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Markera klar</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>E&amp;xpedieras till:</source>
        <translation>&amp;Sent to:</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Dagordningen är tom.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>Förslag till beslut: %1</source>
        <translation>Proposed decision: %1</translation>
    </message>
    <message>
        <source>Ej sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Punkten har ingen § ännu; paragraferna numreras när mötet är genomfört.</source>
        <translation>The item has no § yet; the sections are numbered when the meeting has been held.</translation>
    </message>
    <message>
        <source>Markera ej klar</source>
        <translation>Mark as not done</translation>
    </message>
    <message>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Protokollet för ”%1” sparades.</source>
        <translation>The minutes for ‘%1’ were saved.</translation>
    </message>
    <message>
        <source>Spara protokollsutdrag</source>
        <translation>Save extract from the minutes</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skapar protokollsutdraget…</source>
        <translation>Creating the extract from the minutes…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Åtgärden lades till.</source>
        <translation>The action was added.</translation>
    </message>
    <message>
        <source>Åtgärden sparades.</source>
        <translation>The action was saved.</translation>
    </message>
    <message>
        <source>Åtgärden är öppen igen.</source>
        <translation>The action is open again.</translation>
    </message>
    <message>
        <source>Åtgärden är klar.</source>
        <translation>The action is done.</translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Ta bort åtgärden ”%1”?</source>
        <translation>Delete the action ‘%1’?</translation>
    </message>
    <message>
        <source>Åtgärden togs bort.</source>
        <translation>The action was deleted.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Registret är tomt.

Välj Importera → Länets kommuner för att lägga in Stockholms läns 26 kommuner, eller på ”Ny” för att lägga till en kommun.</source>
        <translation>The register is empty.

Choose Import → County municipalities to add the 26 municipalities of Stockholm County, or ‘New’ to add a municipality.</translation>
    </message>
    <message>
        <source>{visible} av {total} kommuner</source>
        <translation>{visible} of {total} municipalities</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Inträde</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Utträde</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Växel</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Webbplats</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Länets kommuner</source>
        <translation>County municipalities</translation>
    </message>
    <message>
        <source>Från fil (.xlsx, .csv)…</source>
        <translation>From file (.xlsx, .csv)…</translation>
    </message>
    <message>
        <source>Medlemsförteckning (PDF)…</source>
        <translation>Member list (PDF)…</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Importerar länets kommuner…</source>
        <translation>Importing the county&apos;s municipalities…</translation>
    </message>
    <message>
        <source>Importera kommuner</source>
        <translation>Import municipalities</translation>
    </message>
    <message>
        <source>Kalkylblad (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Kontrollerar filen…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Filen innehåller inga ändringar.</source>
        <translation>The file contains no changes.</translation>
    </message>
    <message>
        <source>Vill du importera filen?</source>
        <translation>Do you want to import the file?</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Spara medlemsförteckning</source>
        <translation>Save member list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skapar medlemsförteckning…</source>
        <translation>Creating member list…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPanel</name>
    <message>
        <source>Filtrera kommuner…</source>
        <translation>Filter municipalities…</translation>
    </message>
    <message>
        <source>Filtrera kommuner</source>
        <translation>Filter municipalities</translation>
    </message>
    <message>
        <source>Spara kommuner</source>
        <translation>Save municipalities</translation>
    </message>
    <message>
        <source>Markera alla</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Avmarkera alla</source>
        <translation>Deselect all</translation>
    </message>
    <message>
        <source>%1 av %2 kommuner deltar i avtalet.</source>
        <translation>%1 of %2 municipalities take part in the agreement.</translation>
    </message>
    <message>
        <source>Ändringarna är inte sparade.</source>
        <translation>The changes have not been saved.</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Ny kommun</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>Kommun – %1</source>
        <translation>Municipality – %1</translation>
    </message>
</context>
<context>
    <name>OpeningDetailsDialog</name>
    <message>
        <source>Anbudsöppningen</source>
        <translation>Tender opening</translation>
    </message>
    <message>
        <source>Sista anbudstid, klockslag:</source>
        <translation>Tender deadline, time:</translation>
    </message>
    <message>
        <source>TT:MM (tomt: dagens slut)</source>
        <translation>HH:MM (empty: end of the day)</translation>
    </message>
    <message>
        <source>Öppningen, klockslag:</source>
        <translation>Opening, time:</translation>
    </message>
    <message>
        <source>Plats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Öppnade anbuden:</source>
        <translation>Tenders opened by:</translation>
    </message>
    <message>
        <source>Vittne (valfritt):</source>
        <translation>Witness (optional):</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisationsinställningar</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <source>Namn *:</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <source>Standardplats för möten:</source>
        <translation>Default meeting venue:</translation>
    </message>
    <message>
        <source>Välj bild…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Logotyp i PDF-huvud:</source>
        <translation>Logo in PDF header:</translation>
    </message>
    <message>
        <source>Postadress, e-post och telefon för frågor om personuppgifter; dataskyddsombudets kontaktuppgifter</source>
        <translation>Postal address, email and phone for questions about personal data; the data protection officer&apos;s contact details</translation>
    </message>
    <message>
        <source>Personuppgiftsansvarig, kontakt:</source>
        <translation>Data controller, contact:</translation>
    </message>
    <message>
        <source>(ingen logotyp)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>(kan inte visas)</source>
        <translation>(cannot be shown)</translation>
    </message>
    <message>
        <source>Välj logotyp</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Bilden är för stor (högst 2 MB).</source>
        <translation>The image is too large (2 MB at most).</translation>
    </message>
</context>
<context>
    <name>OverdueSalesBlock</name>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Skulle in</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Dubbelklicka för att öppna avtalet.</source>
        <translation>Double-click to open the agreement.</translation>
    </message>
</context>
<context>
    <name>OverviewBlock</name>
    <message>
        <source>Visar %1 av %2 – &lt;a href=&apos;all&apos;&gt;visa alla&lt;/a&gt;</source>
        <translation>Showing %1 of %2 – &lt;a href=&apos;all&apos;&gt;show all&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Öppna listan med alla</source>
        <translation>Open the list with all of them</translation>
    </message>
    <message>
        <source>Läs in alla i översikten</source>
        <translation>Load all into the overview</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Uppdatera</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Läs in översikten igen (F5)</source>
        <translation>Reload the overview (F5)</translation>
    </message>
    <message>
        <source>Idag: %1</source>
        <translation>Today: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Deltagare: %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <source>Kommun *:</source>
        <translation>Municipality *:</translation>
    </message>
    <message>
        <source>kronor per år</source>
        <translation>kronor a year</translation>
    </message>
    <message>
        <source>Uppskattad volym per år:</source>
        <translation>Estimated volume a year:</translation>
    </message>
    <message>
        <source>Volymen</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Välj en kommun i listan.</source>
        <translation>Choose a municipality from the list.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>Volym per år</source>
        <translation>Volume a year</translation>
    </message>
    <message>
        <source>Fullmakt</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Finns</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Mottagen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Undertecknad av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lägg till kommun…</source>
        <translation>Add municipality…</translation>
    </message>
    <message>
        <source>Ändra volym…</source>
        <translation>Change volume…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Registrera fullmakt…</source>
        <translation>Register power of attorney…</translation>
    </message>
    <message>
        <source>Öppna fullmakt</source>
        <translation>Open power of attorney</translation>
    </message>
    <message>
        <source>Ta bort fullmakt</source>
        <translation>Remove power of attorney</translation>
    </message>
    <message>
        <source>Inga deltagande kommuner ännu.</source>
        <translation>No participating municipalities yet.</translation>
    </message>
    <message>
        <source>Fullmakt saknas för %1. Upphandlingen kan inte annonseras förrän alla fullmakter finns.</source>
        <translation>Power of attorney missing for %1. The procurement cannot be advertised until all powers of attorney are in.</translation>
    </message>
    <message>
        <source>Alla %1 deltagande kommuner har lämnat fullmakt.</source>
        <translation>All %1 participating municipalities have given power of attorney.</translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Ta bort %1 som deltagare? En registrerad fullmakt tas också bort.</source>
        <translation>Remove %1 as a participant? A registered power of attorney is removed too.</translation>
    </message>
    <message>
        <source>Ta bort den registrerade fullmakten från %1?</source>
        <translation>Remove the registered power of attorney from %1?</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Filen finns inte.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Filen är ingen läsbar PDF.</source>
        <translation>The file is not a readable PDF.</translation>
    </message>
    <message>
        <source>PDF-filen är lösenordsskyddad.</source>
        <translation>The PDF file is password-protected.</translation>
    </message>
    <message>
        <source>PDF-filen är skyddad på ett sätt som inte stöds.</source>
        <translation>The PDF file is protected in a way that is not supported.</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte öppnas.</source>
        <translation>The PDF file could not be opened.</translation>
    </message>
    <message>
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Utskriften kunde inte startas. Kontrollera skrivaren och försök igen.</source>
        <translation>Printing could not start. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Skrivaren tog inte emot nästa sida. Utskriften avbröts.</source>
        <translation>The printer did not accept the next page. Printing was stopped.</translation>
    </message>
    <message>
        <source>Förhandsgranskning – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <source>◀ Föregående</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Nästa ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Anpassa bredd</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Spara som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 kunde inte visas: %2</source>
        <translation>%1 could not be shown: %2</translation>
    </message>
    <message>
        <source>Skriver ut…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kunde inte spara %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Det finns inga personer att visa.

Välj ”Ny” för att lägga till en person, eller Importera → Personer från fil för att läsa in en kontaktlista (.xlsx eller .csv).</source>
        <translation>There are no people to show.

Choose ‘New’ to add a person, or Import → People from file to load a contact list (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>{visible} av {total} personer</source>
        <translation>{visible} of {total} people</translation>
    </message>
    <message>
        <source>Kopiera e-postadresser</source>
        <translation>Copy email addresses</translation>
    </message>
    <message>
        <source>Kopierar de markerade personernas adresser (alla som visas om ingen är markerad)</source>
        <translation>Copies the selected people&apos;s addresses (everyone shown if nobody is selected)</translation>
    </message>
    <message>
        <source>Visa inaktiva</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>Visa även personer som slutat eller inte längre är aktuella</source>
        <translation>Also show people who have left or are no longer relevant</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Expertis</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Personer från fil (.xlsx, .csv)…</source>
        <translation>People from file (.xlsx, .csv)…</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 gruppmedlemskap avslutades.</source>
        <translation>%1 group memberships ended.</translation>
    </message>
    <message>
        <source>Ingen av personerna har en e-postadress.</source>
        <translation>None of these people has an email address.</translation>
    </message>
    <message>
        <source>1 e-postadress kopierades till urklipp.</source>
        <translation>1 email address copied to the clipboard.</translation>
    </message>
    <message>
        <source>%1 e-postadresser kopierades till urklipp.</source>
        <translation>%1 email addresses copied to the clipboard.</translation>
    </message>
    <message>
        <source>Importera personer</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Kalkylblad (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Kontrollerar filen…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Filen innehåller inga ändringar.</source>
        <translation>The file contains no changes.</translation>
    </message>
    <message>
        <source>… och %1 till.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Möjliga dubbletter:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <source>Vill du importera filen ändå? Raderna ovan blir då nya personer eller uppdaterar befintliga.</source>
        <translation>Do you want to import the file anyway? The rows above will then become new people or update existing ones.</translation>
    </message>
    <message>
        <source>Importera ändå</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <source>Vill du importera filen?</source>
        <translation>Do you want to import the file?</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>fornamn.efternamn@kommun.se</source>
        <translation>firstname.lastname@kommun.se</translation>
    </message>
    <message>
        <source>t.ex. livsmedel, IT, hemtjänst</source>
        <translation>e.g. food, IT, home care</translation>
    </message>
    <message>
        <source>t.ex. Region Stockholm</source>
        <translation>e.g. Region Stockholm</translation>
    </message>
    <message>
        <source>Avsluta per:</source>
        <translation>End as of:</translation>
    </message>
    <message>
        <source>Avsluta medlemskapen</source>
        <translation>End the memberships</translation>
    </message>
    <message>
        <source>Behåll dem</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person – %1</source>
        <translation>Person – %1</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>* måste fyllas i. Skilj expertisområden åt med kommatecken.</source>
        <translation>* required. Separate areas of expertise with commas.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Din inloggning får bara läsa här; inget kan sparas.</source>
        <translation>Your login may only read here; nothing can be saved.</translation>
    </message>
    <message>
        <source>Välj kommun…</source>
        <translation>Choose municipality…</translation>
    </message>
    <message>
        <source>Personen är aktiv</source>
        <translation>The person is active</translation>
    </message>
    <message>
        <source>Personen är anonymiserad och kan inte ändras.</source>
        <translation>The person has been anonymised and cannot be changed.</translation>
    </message>
    <message>
        <source> (inaktiv)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>Möjlig dubblett: det finns redan
%1

Spara ändå?</source>
        <translation>Possible duplicate: there is already
%1

Save anyway?</translation>
    </message>
    <message>
        <source>Möjlig dubblett</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Spara ändå</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>%1 är nu inaktiv men har %2 pågående gruppmedlemskap (%3). Vill du avsluta dem?</source>
        <translation>%1 is now inactive but has %2 current group memberships (%3). Do you want to end them?</translation>
    </message>
    <message>
        <source>Avsluta medlemskap</source>
        <translation>End membership</translation>
    </message>
</context>
<context>
    <name>PowerOfAttorneyDialog</name>
    <message>
        <source>Fullmakt från %1</source>
        <translation>Power of attorney from %1</translation>
    </message>
    <message>
        <source>Mottagen *:</source>
        <translation>Received *:</translation>
    </message>
    <message>
        <source>Namn och befattning</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <source>Undertecknad av *:</source>
        <translation>Signed by *:</translation>
    </message>
    <message>
        <source>(ingen fil vald)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <source>Välj PDF…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <source>Fil (PDF) *:</source>
        <translation>File (PDF) *:</translation>
    </message>
    <message>
        <source>Välj fullmakt</source>
        <translation>Choose power of attorney</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Alla filer (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PowersBlock</name>
    <message>
        <source>Fullmakter saknas</source>
        <translation>Powers of attorney missing</translation>
    </message>
    <message>
        <source>Alla deltagande kommuner har lämnat fullmakt.</source>
        <translation>All participating municipalities have given power of attorney.</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Annonseras</source>
        <translation>Advertised</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Kommuner utan fullmakt</source>
        <translation>Municipalities without power of attorney</translation>
    </message>
</context>
<context>
    <name>ProcurementDialog</name>
    <message>
        <source>”%1” är inget belopp. Skriv kronor, t.ex. 2 500 000 eller 12 500,50.</source>
        <translation>‘%1’ is not an amount. Enter kronor, e.g. 2 500 000 or 12 500,50.</translation>
    </message>
    <message>
        <source>Ny upphandling</source>
        <translation>New procurement</translation>
    </message>
    <message>
        <source>Upphandling %1</source>
        <translation>Procurement %1</translation>
    </message>
    <message>
        <source>Lämna tomt för nästa nummer (STIC-ÅÅÅÅ-NNN)</source>
        <translation>Leave empty for the next number (STIC-YYYY-NNN)</translation>
    </message>
    <message>
        <source>Diarienummer:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>Rubrik *:</source>
        <translation>Title *:</translation>
    </message>
    <message>
        <source>Från förslag:</source>
        <translation>From proposal:</translation>
    </message>
    <message>
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Kontraktstyp:</source>
        <translation>Contract type:</translation>
    </message>
    <message>
        <source>kronor för hela avtalstiden, t.ex. 2 500 000</source>
        <translation>kronor for the whole contract period, e.g. 2 500 000</translation>
    </message>
    <message>
        <source>Uppskattat värde (kr):</source>
        <translation>Estimated value (SEK):</translation>
    </message>
    <message>
        <source>Förfarande:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Krävs för förhandlat förfarande och konkurrenspräglad dialog (LOU 6 kap. 5–6, 12–19 §§)</source>
        <translation>Required for the negotiated procedure and competitive dialogue (LOU ch. 6 ss. 5–6, 12–19)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD, selektivt/förhandlat/dialog (11 kap. 3 §)</source>
        <translation>YYYY-MM-DD, restricted/negotiated/dialogue (ch. 11 s. 3)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD, anbudstiden räknas härifrån</source>
        <translation>YYYY-MM-DD, the tender period runs from here</translation>
    </message>
    <message>
        <source>Anbudstid (11 kap. 7 §):</source>
        <translation>Tender period (ch. 11 s. 7):</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ansvarig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>(ingen avtalsgrupp än)</source>
        <translation>(no contract group yet)</translation>
    </message>
    <message>
        <source>Avtalsgrupp:</source>
        <translation>Contract group:</translation>
    </message>
    <message>
        <source>Anbud lämnas elektroniskt (LOU 12 kap.)</source>
        <translation>Tenders are submitted electronically (LOU chapter 12)</translation>
    </message>
    <message>
        <source>Förhandsannonsering har gjorts</source>
        <translation>A prior information notice has been published</translation>
    </message>
    <message>
        <source>Brådskande (skälet dokumenteras)</source>
        <translation>Urgent (the reason is documented)</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet skickas elektroniskt</source>
        <translation>The award decision is sent electronically</translation>
    </message>
    <message>
        <source>Avtalsspärren är 10 dagar när beslutet skickas elektroniskt, annars 15 (LOU 20 kap. 1 §).</source>
        <translation>The standstill period is 10 days when the decision is sent electronically, otherwise 15 (LOU chapter 20, section 1).</translation>
    </message>
    <message>
        <source>Upphandlingsdokumenten är fritt tillgängliga elektroniskt (annars +5 dagar, 11 kap. 9 §)</source>
        <translation>Procurement documents are freely available electronically (otherwise +5 days, ch. 11 s. 9)</translation>
    </message>
    <message>
        <source>tomt = lagens minsta tid (10 eller 15 dagar)</source>
        <translation>empty = the statutory minimum (10 or 15 days)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD, direktupphandling/utan annonsering (20 kap. 3 §)</source>
        <translation>YYYY-MM-DD, direct award/without prior publication (ch. 20 s. 3)</translation>
    </message>
    <message>
        <source>Bara vid brådska: kortare tidsfrister (LOU 11 kap. 10 §)</source>
        <translation>Urgency only: shorter time limits (LOU ch. 11 s. 10)</translation>
    </message>
    <message>
        <source>Skriv antalet dagar som ett heltal, t.ex. 20.</source>
        <translation>Enter the number of days as a whole number, e.g. 20.</translation>
    </message>
    <message>
        <source>* måste fyllas i.</source>
        <translation>* required.</translation>
    </message>
</context>
<context>
    <name>ProcurementDocumentsPanel</name>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Arkivera</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Skicka tilldelningsbeslut…</source>
        <translation>Send award decision…</translation>
    </message>
    <message>
        <source>Sparar protokollet, som det ser ut nu, i arkivet</source>
        <translation>Saves the record as it is now in the archive</translation>
    </message>
    <message>
        <source>Så som beslutet ser ut om det skickas i dag</source>
        <translation>The decision as it would look if sent today</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Arkiv: dokument som skickats ut eller diarieförts</source>
        <translation>Archive: documents sent out or registered</translation>
    </message>
    <message>
        <source>Inget är arkiverat ännu.</source>
        <translation>Nothing has been archived yet.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet arkiveras när du väljer ”Skicka tilldelningsbeslut…”.</source>
        <translation>The award decision is archived when you choose ‘Send award decision…’.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet är inte skickat. Anbuden omfattas av sekretess (19 kap. 3 § OSL).</source>
        <translation>The award decision has not been sent. The tenders are confidential (OSL chapter 19, section 3).</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet är skickat. Ingen avtalsspärr gäller.</source>
        <translation>The award decision has been sent. No standstill period applies.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet skickades %1. Avtalsspärren löper till och med %2; avtal får tecknas tidigast %3.</source>
        <translation>The award decision was sent on %1. The standstill period runs up to and including %2; the contract may be signed on %3 at the earliest.</translation>
    </message>
    <message>
        <source>Markerar beslutet som skickat och sparar det i arkivet</source>
        <translation>Marks the decision as sent and saves it in the archive</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet kan skickas när upphandlingen är i steget Utvärdering</source>
        <translation>The award decision can be sent when the procurement is at the Evaluation stage</translation>
    </message>
    <message>
        <source>Spara %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skapar %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Anbudsöppningsprotokollet arkiverades (%1).</source>
        <translation>The tender opening record was archived (%1).</translation>
    </message>
    <message>
        <source>Arkiverar anbudsöppningsprotokollet…</source>
        <translation>Archiving the tender opening record…</translation>
    </message>
    <message>
        <source>Skickar tilldelningsbeslutet…</source>
        <translation>Sending the award decision…</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet är arkiverat och markerat som skickat %1.</source>
        <translation>The award decision is archived and marked as sent on %1.</translation>
    </message>
    <message>
        <source>Avtal får tecknas tidigast %1.</source>
        <translation>The contract may be signed on %1 at the earliest.</translation>
    </message>
</context>
<context>
    <name>ProcurementRulesDialog</name>
    <message>
        <source>Upphandlingsregler</source>
        <translation>Procurement rules</translation>
    </message>
    <message>
        <source>Ändringar sparas direkt. Tröskelvärdena i kronor kungörs av regeringen vartannat år: fyll i det officiella beloppet när det finns, räkna aldrig om från euro själv. Tidsfristerna är kalenderdagar (LOU 11 kap. och 20 kap. 1 §).</source>
        <translation>Changes are saved straight away. The thresholds in kronor are announced by the Government every two years: fill in the official amount when it is available, never convert from euros yourself. The time limits are calendar days (LOU chapter 11 and chapter 20, section 1).</translation>
    </message>
    <message>
        <source>Tröskelvärden</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Tidsfrister</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Bara regionchefen kan ändra tröskelvärdena och tidsfristerna; här kan du läsa dem. Tidsfristerna är kalenderdagar (LOU 11 kap. och 20 kap. 1 §).</source>
        <translation>Only the regional head can change the thresholds and time limits; here you can read them. The time limits are calendar days (LOU chapter 11 and chapter 20 section 1).</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Kronor</source>
        <translation>Kronor</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ny period</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>Lägger till nästa tvåårsperiod för det valda slaget; fyll sedan i beloppen.</source>
        <translation>Adds the next two-year period for the chosen kind; then fill in the amounts.</translation>
    </message>
    <message>
        <source>Ta bort…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Slag:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Tidsfrist</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Lagrum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Beloppet i kronor saknas: fyll i det officiella värdet.</source>
        <translation>The amount in kronor is missing: fill in the official value.</translation>
    </message>
    <message>
        <source>Ta bort tröskelvärde</source>
        <translation>Delete threshold</translation>
    </message>
    <message>
        <source>Ta bort {what}? Upphandlingar under perioden kan då inte klassas.</source>
        <translation>Delete {what}? Procurements in that period can then no longer be classified.</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ProcurementTableBlock</name>
    <message>
        <source>Dubbelklicka för att öppna upphandlingen.</source>
        <translation>Double-click to open the procurement.</translation>
    </message>
</context>
<context>
    <name>ProcurementView</name>
    <message>
        <source>Deltagare och fullmakter</source>
        <translation>Participants and powers of attorney</translation>
    </message>
    <message>
        <source>Kravspecifikation</source>
        <translation>Requirements specification</translation>
    </message>
    <message>
        <source>Anbud</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Öppning och uppföljning</source>
        <translation>Opening and follow-up</translation>
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Steg och datum</source>
        <translation>Stages and dates</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>uppskattat värde %1 kr</source>
        <translation>estimated value SEK %1</translation>
    </message>
    <message>
        <source>ansvarig %1</source>
        <translation>responsible: %1</translation>
    </message>
    <message>
        <source>från förslaget ”%1”</source>
        <translation>from the proposal ‘%1’</translation>
    </message>
    <message>
        <source>Steg: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source> (försenat)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source> · nästa: %1 %2%3</source>
        <translation> · next: %1 %2%3</translation>
    </message>
    <message>
        <source> · avtal får tecknas tidigast %1</source>
        <translation> · contract may be signed on %1 at the earliest</translation>
    </message>
    <message>
        <source>Uppgifterna sparades.</source>
        <translation>The details were saved.</translation>
    </message>
</context>
<context>
    <name>ProcurementsPage</name>
    <message>
        <source> (försenat)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Upphandlingar</source>
        <translation>Procurements</translation>
    </message>
    <message>
        <source>Det finns inga upphandlingar att visa.

Välj ”Ny upphandling”, eller skapa en från ett beslutat förslag under Förslag. Bocka ur ”Bara pågående” för att se avslutade och avbrutna.</source>
        <translation>There are no procurements to show.

Choose ‘New procurement’, or create one from an approved proposal under Proposals. Untick ‘Only ongoing’ to see completed and cancelled ones.</translation>
    </message>
    <message>
        <source>{visible} av {total} upphandlingar</source>
        <translation>{visible} of {total} procurements</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ny upphandling</source>
        <translation>New procurement</translation>
    </message>
    <message>
        <source>Bara pågående</source>
        <translation>Only ongoing</translation>
    </message>
    <message>
        <source>Dölj avslutade och avbrutna upphandlingar</source>
        <translation>Hide completed and cancelled procurements</translation>
    </message>
    <message>
        <source>Regler…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>Tröskelvärden och tidsfrister (LOU) som kontrollerna använder</source>
        <translation>Thresholds and time limits (LOU) used by the checks</translation>
    </message>
    <message>
        <source>Tidsfrister…</source>
        <translation>Time limits…</translation>
    </message>
    <message>
        <source>Räkna ut sista dag för anbudsansökningar, anbud och avtalsspärr (LOU 11 och 20 kap.)</source>
        <translation>Work out the last day for requests to participate, tenders and the standstill period (LOU ch. 11 and 20)</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Nästa datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Värde (kr)</source>
        <translation>Value (SEK)</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Fullmakter saknas</source>
        <translation>Powers of attorney missing</translation>
    </message>
    <message>
        <source>%1 skapades.</source>
        <translation>%1 created.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>”%1” är inget belopp i kronor.</source>
        <translation>‘%1’ is not an amount in kronor.</translation>
    </message>
    <message>
        <source>”%1”: ange beloppet i kronor med högst två decimaler.</source>
        <translation>‘%1’: enter the amount in kronor with no more than two decimal places.</translation>
    </message>
    <message>
        <source>Nytt förslag</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Förslag – %1</source>
        <translation>Proposal – %1</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Intresserade kommuner</source>
        <translation>Interested municipalities</translation>
    </message>
    <message>
        <source>Behandlat i möten</source>
        <translation>Discussed at meetings</translation>
    </message>
    <message>
        <source>(välj workshop)</source>
        <translation>(choose workshop)</translation>
    </message>
    <message>
        <source>(välj kommun)</source>
        <translation>(choose municipality)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Från kommun</source>
        <translation>From municipality</translation>
    </message>
    <message>
        <source>Kryssa i de kommuner som är intresserade och ange deras uppskattade årsvolym i kronor.</source>
        <translation>Tick the municipalities that are interested and enter their estimated annual volume in kronor.</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Årsvolym (kr)</source>
        <translation>Annual volume (SEK)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Ta bort kopplingen</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Dagordningspunkten finns kvar på mötet; bara kopplingen till förslaget tas bort.</source>
        <translation>The agenda item stays on the meeting; only the link to the proposal is removed.</translation>
    </message>
    <message>
        <source>Årsvolymen för %1: %2</source>
        <translation>Annual volume for %1: %2</translation>
    </message>
    <message>
        <source>Summa: –</source>
        <translation>Total: –</translation>
    </message>
    <message>
        <source>1 kommun, sammanlagt %2 per år</source>
        <translation>1 municipality, %2 a year in total</translation>
    </message>
    <message>
        <source>%1 kommuner, sammanlagt %2 per år</source>
        <translation>%1 municipalities, %2 a year in total</translation>
    </message>
    <message>
        <source>Välj en person i listan, eller (ingen).</source>
        <translation>Choose a person from the list, or (none).</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Det finns inga förslag att visa.

Välj ”Nytt förslag” för att registrera ett förslag från en workshop, arbetsgruppen eller en kommun, eller ”Alla” för att se även beslutade, avslagna och vilande förslag.</source>
        <translation>There are no proposals to show.

Choose ‘New proposal’ to register a proposal from a workshop, the working group or a municipality, or ‘All’ to see approved, rejected and dormant proposals too.</translation>
    </message>
    <message>
        <source>{visible} av {total} förslag</source>
        <translation>{visible} of {total} proposals</translation>
    </message>
    <message>
        <source>Nytt förslag</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Öppna förslag</source>
        <translation>Open proposals</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Vilka förslag som visas</source>
        <translation>Which proposals are shown</translation>
    </message>
    <message>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Rang…</source>
        <translation>Rank…</translation>
    </message>
    <message>
        <source>Placera förslaget i arbetsgruppens prioritetsordning</source>
        <translation>Place the proposal in the working group&apos;s order of priority</translation>
    </message>
    <message>
        <source>Lägg på dagordning…</source>
        <translation>Add to agenda…</translation>
    </message>
    <message>
        <source>Lägg förslaget som punkt på ett kommande möte med arbetsgruppen</source>
        <translation>Add the proposal as an item at an upcoming working group meeting</translation>
    </message>
    <message>
        <source>Skapa upphandling…</source>
        <translation>Create procurement…</translation>
    </message>
    <message>
        <source>Starta en upphandling från ett beslutat förslag</source>
        <translation>Start a procurement from an approved proposal</translation>
    </message>
    <message>
        <source> Visa: </source>
        <translation> Show: </translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Årsvolym</source>
        <translation>Annual volume</translation>
    </message>
    <message>
        <source>Upphandling</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Registrerat</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Förslagslista (PDF)…</source>
        <translation>Proposal list (PDF)…</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 har nu status %2.</source>
        <translation>%1 now has the status %2.</translation>
    </message>
    <message>
        <source>Plats i arbetsgruppens prioritetsordning för ”%1” (1 är först, 0 tar bort rangen):</source>
        <translation>Place in the working group&apos;s order of priority for ‘%1’ (1 is first, 0 removes the rank):</translation>
    </message>
    <message>
        <source>%1 har inte längre någon rang.</source>
        <translation>%1 no longer has a rank.</translation>
    </message>
    <message>
        <source>%1 har rang %2.</source>
        <translation>%1 has rank %2.</translation>
    </message>
    <message>
        <source>Det finns inget kommande möte med arbetsgruppen. Planera ett möte under Möten först.</source>
        <translation>There is no upcoming working group meeting. Plan a meeting under Meetings first.</translation>
    </message>
    <message>
        <source>Lägg på dagordning</source>
        <translation>Add to agenda</translation>
    </message>
    <message>
        <source>Välj arbetsgruppens möte för ”%1”:</source>
        <translation>Choose the working group meeting for ‘%1’:</translation>
    </message>
    <message>
        <source>%1 lades på dagordningen för %2.</source>
        <translation>%1 was added to the agenda of %2.</translation>
    </message>
    <message>
        <source>Upphandlingar kan inte skapas i den här versionen.</source>
        <translation>Procurements cannot be created in this version.</translation>
    </message>
    <message>
        <source>En upphandling skapades från %1.</source>
        <translation>A procurement was created from %1.</translation>
    </message>
    <message>
        <source>Spara förslagslista</source>
        <translation>Save proposal list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skapar förslagslista…</source>
        <translation>Creating proposal list…</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>RateEditDialog</name>
    <message>
        <source>Ändra provisionsbeslut</source>
        <translation>Edit commission decision</translation>
    </message>
    <message>
        <source>Nytt provisionsbeslut</source>
        <translation>New commission decision</translation>
    </message>
    <message>
        <source>procent, t.ex. 1,5</source>
        <translation>per cent, e.g. 1,5</translation>
    </message>
    <message>
        <source>Grundsats (alla avtal utan egen sats)</source>
        <translation>Base rate (all agreements without their own rate)</translation>
    </message>
    <message>
        <source>(inget kopplat beslut)</source>
        <translation>(no linked decision)</translation>
    </message>
    <message>
        <source>Provisionssats (%)</source>
        <translation>Commission rate (%)</translation>
    </message>
    <message>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Beslutsdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Beslut (möte och §)</source>
        <translation>Decision (meeting and §)</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Provisionssatser</source>
        <translation>Commission rates</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Grundsats</source>
        <translation>Base rate</translation>
    </message>
    <message>
        <source>Sats</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Beslutad</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Satsen för en försäljningsperiod är beslutet som gäller periodens första dag: avtalets egen sats om den finns, annars grundsatsen.</source>
        <translation>The rate for a sales period is set by the decision in force on the first day of the period: the agreement&apos;s own rate if it has one, otherwise the base rate.</translation>
    </message>
    <message>
        <source>Nytt beslut…</source>
        <translation>New decision…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>grundsatsen</source>
        <translation>the base rate</translation>
    </message>
    <message>
        <source>Ta bort beslutet om %1 för %2 från %3?</source>
        <translation>Delete the decision on %1 for %2 from %3?</translation>
    </message>
    <message>
        <source>Ta bort provisionsbeslut</source>
        <translation>Delete commission decision</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>Ny version av %1</source>
        <translation>New version of %1</translation>
    </message>
    <message>
        <source>Nytt dokument</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>Kravspecifikation</source>
        <translation>Requirements specification</translation>
    </message>
    <message>
        <source>Dokument *:</source>
        <translation>Document *:</translation>
    </message>
    <message>
        <source>(ingen fil vald)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Fil *:</source>
        <translation>File *:</translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Välj dokument</source>
        <translation>Choose document</translation>
    </message>
    <message>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Varje fil sparas som en ny version; tidigare versioner finns kvar.</source>
        <translation>Each file is saved as a new version; earlier versions are kept.</translation>
    </message>
    <message>
        <source>Nytt dokument…</source>
        <translation>New document…</translation>
    </message>
    <message>
        <source>Ny version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Välj en säkerhetskopia. Den kontrolleras innan den används. Innan databasen ersätts sparas en kopia av den som den är nu bredvid databasfilen, så att återställningen går att ångra.</source>
        <translation>Choose a backup. It is checked before it is used. Before the database is replaced, a copy of it as it is now is saved next to the database file, so the restore can be undone.</translation>
    </message>
    <message>
        <source>%1   (%2)   %3</source>
        <translation>%1   (%2)   %3</translation>
    </message>
    <message>
        <source>Det finns inga automatiska säkerhetskopior av den här databasen i %1.</source>
        <translation>There are no automatic backups of this database in %1.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Välj en annan fil…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior, nyaste först:</source>
        <translation>Automatic backups, newest first:</translation>
    </message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>STIC-databaser (*.sqlite3 *.sqlite3.bak-* *.sqlite3.before-restore-*);;Alla filer (*)</source>
        <translation>STIC databases (*.sqlite3 *.sqlite3.bak-* *.sqlite3.before-restore-*);;All files (*)</translation>
    </message>
    <message>
        <source>Databasen %1 ersätts med innehållet i säkerhetskopian %2.

Den nuvarande databasen sparas först som en kopia bredvid databasfilen.</source>
        <translation>The database %1 will be replaced with the contents of the backup %2.

The current database is first saved as a copy next to the database file.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Gallring av arkiverade dokument</source>
        <translation>Disposal of archived documents</translation>
    </message>
    <message>
        <source>Hur länge varje slags arkiverat dokument sparas. Upphandlingsdokument ska sparas minst fyra år efter att avtalet har upphört (LOU 12 kap. 17 §); protokoll bevaras.</source>
        <translation>How long each kind of archived document is kept. Procurement documents must be kept for at least four years after the contract has ended (LOU ch. 12 s. 17); minutes are kept permanently.</translation>
    </message>
    <message>
        <source>Dokumenttyp</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Bevaras</source>
        <translation>Kept permanently</translation>
    </message>
    <message>
        <source>Gallras tidigast</source>
        <translation>Disposed of at the earliest</translation>
    </message>
    <message>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <source>efter %1</source>
        <translation>after %1</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Exportera till Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Exportera till Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel-fil (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporterar till Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>SalesImportDialog</name>
    <message>
        <source>Kalkylark (*.xlsx *.csv);;Alla filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importera försäljningsrapport</source>
        <translation>Import sales report</translation>
    </message>
    <message>
        <source>En .xlsx-fil (bladet Försäljning) eller .csv-fil</source>
        <translation>An .xlsx file (the sheet named Försäljning) or a .csv file</translation>
    </message>
    <message>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Ersätt perioder som redan är rapporterade</source>
        <translation>Replace periods that have already been reported</translation>
    </message>
    <message>
        <source>Välj en fil och förhandsgranska den. Inget sparas förrän du importerar.</source>
        <translation>Choose a file and preview it. Nothing is saved until you import.</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Belopp exkl. moms</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Ersätter</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Välj försäljningsrapport</source>
        <translation>Choose sales report</translation>
    </message>
    <message>
        <source>Kontrollerar %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Importerar %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 rapporterade rader tas bort och ersätts.</source>
        <translation>%1 reported lines will be deleted and replaced.</translation>
    </message>
    <message>
        <source>%1 rader i filen ersätter %2 rader som redan är rapporterade. De gamla raderna tas bort; provisionen räknas om för de nya. Fortsätta?</source>
        <translation>%1 lines in the file replace %2 lines that have already been reported. The old lines are deleted; commission is recalculated for the new ones. Continue?</translation>
    </message>
    <message>
        <source>Ersätt rapporterade perioder</source>
        <translation>Replace reported periods</translation>
    </message>
    <message>
        <source>Ersätt</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>SalesLineDialog</name>
    <message>
        <source>Ändra försäljningsrad</source>
        <translation>Edit sales line</translation>
    </message>
    <message>
        <source>Ny försäljningsrad</source>
        <translation>New sales line</translation>
    </message>
    <message>
        <source>Nollrapport för hela perioden</source>
        <translation>Nil return for the whole period</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM eller ÅÅÅÅ-Qn, t.ex. 2026-03</source>
        <translation>YYYY-MM or YYYY-Qn, e.g. 2026-03</translation>
    </message>
    <message>
        <source>kronor exkl. moms, t.ex. 12 345,67</source>
        <translation>kronor excl. VAT, e.g. 12 345,67</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Belopp exkl. moms</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Perioden är redan rapporterad. Ersätta de rapporterade raderna med den här?</source>
        <translation>The period has already been reported. Replace the reported lines with this one?</translation>
    </message>
    <message>
        <source>Ersätt rapporterad period</source>
        <translation>Replace reported period</translation>
    </message>
    <message>
        <source>Ersätt</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Sök överallt</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Sök kommuner, personer, grupper, möten, beslut, förslag och upphandlingar…</source>
        <translation>Search municipalities, people, groups, meetings, decisions, proposals and procurements…</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Skriv för att söka. ↑ ↓ väljer, Enter öppnar, Esc stänger.</source>
        <translation>Type to search. ↑ ↓ select, Enter opens, Esc closes.</translation>
    </message>
    <message>
        <source>Bygger sökindex…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>%1 träffar. Enter öppnar.</source>
        <translation>%1 results. Enter opens.</translation>
    </message>
    <message>
        <source>Inga träffar.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <source>Skriv för att söka.</source>
        <translation>Type to search.</translation>
    </message>
</context>
<context>
    <name>SendAwardDialog</name>
    <message>
        <source>Skicka tilldelningsbeslut</source>
        <translation>Send award decision</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet sparas i arkivet exakt som det skickas, och dagen det skickas blir tilldelningsbeslutets datum. Från den dagen är anbuden offentliga och avtalsspärren löper.</source>
        <translation>The award decision is archived exactly as it is sent, and the day it is sent becomes the date of the award decision. From that day the tenders are public and the standstill period runs.</translation>
    </message>
    <message>
        <source>Skickas elektroniskt (annars gäller en längre avtalsspärr)</source>
        <translation>Sent electronically (otherwise a longer standstill period applies)</translation>
    </message>
    <message>
        <source>Skickas den:</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <source>Avtalsspärr:</source>
        <translation>Standstill period:</translation>
    </message>
    <message>
        <source>Skicka och arkivera</source>
        <translation>Send and archive</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ingen avtalsspärr vid direktupphandling.</source>
        <translation>No standstill period for a direct award.</translation>
    </message>
    <message>
        <source>%1 dagar, till och med %2; avtal får tecknas tidigast %3.</source>
        <translation>%1 days, up to and including %2; the contract may be signed on %3 at the earliest.</translation>
    </message>
    <message>
        <source>(Förlängd eftersom %1.)</source>
        <translation>(Extended because %1.)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Öppna…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Språk i fönstret:</source>
        <translation>Display language:</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Öppna mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Datamapp (databas, loggar och säkerhetskopior som standard)</source>
        <translation>Data folder (database, logs and backups by default)</translation>
    </message>
    <message>
        <source>Gemensamt för alla användare (sparas i databasen):</source>
        <translation>Shared by all users (saved in the database):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Upphandlande organisation (beslut och avtal)</source>
        <translation>Contracting authority (decisions and agreements)</translation>
    </message>
    <message>
        <source>Avtalsvillkor (standardvillkor i ramavtalen)</source>
        <translation>Agreement clauses (standard clauses in the framework agreements)</translation>
    </message>
    <message>
        <source>Upphandlingsregler (tröskelvärden och tidsfrister)</source>
        <translation>Procurement rules (thresholds and time limits)</translation>
    </message>
    <message>
        <source>Gallring av arkiverade dokument</source>
        <translation>Disposal of archived documents</translation>
    </message>
    <message>
        <source>Bara för dig (sparas på den här datorn):</source>
        <translation>Just for you (saved on this computer):</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>(ingen angiven)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>Namn: %1
Standardplats för möten: %2</source>
        <translation>Name: %1
Default meeting venue: %2</translation>
    </message>
    <message>
        <source>%1 villkor: %2.</source>
        <translation>%1 clauses: %2.</translation>
    </message>
    <message>
        <source>%1, org.nr %2. Överprövning: %3. Provision högst %4 %, ändras med %5 månaders varsel.</source>
        <translation>%1, org. no. %2. Review: %3. Commission at most %4 %, changed with %5 months&apos; notice.</translation>
    </message>
    <message>
        <source>Inte angiven: besluten och avtalen utfärdas då i organisationens namn. Ange den juridiska person som STIC tillhör.</source>
        <translation>Not set: decisions and agreements are then issued in the organisation&apos;s name. Enter the legal entity that STIC belongs to.</translation>
    </message>
    <message>
        <source>(ingen logotyp)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>%1 tröskelvärden, %2 tidsfrister.</source>
        <translation>%1 thresholds, %2 time limits.</translation>
    </message>
    <message>
        <source>%1 tröskelvärden saknar belopp i kronor; fyll i dem när de har publicerats.</source>
        <translation>%1 thresholds have no amount in kronor; fill them in once they have been published.</translation>
    </message>
    <message>
        <source>%1 dokumenttyper bevaras, %2 gallras tidigast ett visst antal år efter dokumentets datum eller avtalets slut.</source>
        <translation>%1 document types are kept permanently; %2 are disposed of no earlier than a set number of years after the document&apos;s date or the end of the agreement.</translation>
    </message>
    <message>
        <source>En kopia när programmet avslutas, i %1. De %2 senaste behålls.</source>
        <translation>A copy when the program closes, in %1. The latest %2 are kept.</translation>
    </message>
    <message>
        <source>Språket byts när programmet startas om.</source>
        <translation>The language changes when the program is restarted.</translation>
    </message>
    <message>
        <source>Välj datamapp</source>
        <translation>Choose data folder</translation>
    </message>
    <message>
        <source>%1
(gäller när programmet startas om; databasen du har öppen nu ligger kvar där den är och öppnas som förut)</source>
        <translation>%1
(applies when the program is restarted; the database you have open now stays where it is and opens as before)</translation>
    </message>
</context>
<context>
    <name>StaffingDialog</name>
    <message>
        <source>Bemanna avtalsgrupp</source>
        <translation>Staff contract group</translation>
    </message>
    <message>
        <source> (intresserad)</source>
        <translation> (interested)</translation>
    </message>
    <message>
        <source>Alla medlemskommuner</source>
        <translation>All member municipalities</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Expertis</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Avtalsgrupp:</source>
        <translation>Contract group:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deltagande kommuner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participating municipalities&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Föreslagna personer&lt;/b&gt; (expertis som matchar sakområdet)</source>
        <translation>&lt;b&gt;Suggested people&lt;/b&gt; (expertise matching the subject area)</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Det finns ingen aktiv avtalsgrupp. Lägg till en under Grupper först.</source>
        <translation>There is no active contract group. Add one under Groups first.</translation>
    </message>
    <message>
        <source>Sakområde: %1</source>
        <translation>Subject area: %1</translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 medlemmar idag</source>
        <translation>%1 members today</translation>
    </message>
    <message>
        <source>minst %1 experter</source>
        <translation>at least %1 experts</translation>
    </message>
    <message>
        <source>Matchar: %1</source>
        <translation>Matches: %1</translation>
    </message>
    <message>
        <source>Gruppen har inget sakområde, så inga förslag kan tas fram. Ange ett under Grupper.</source>
        <translation>The group has no subject area, so no suggestions can be made. Enter one under Groups.</translation>
    </message>
    <message>
        <source>Kryssa i de kommuner som deltar i upphandlingen.</source>
        <translation>Tick the municipalities taking part in the procurement.</translation>
    </message>
    <message>
        <source>Ingen i de valda kommunerna har expertis inom ”%1” (eller så är de redan med i gruppen).</source>
        <translation>Nobody in the chosen municipalities has expertise in ‘%1’ (or they are already in the group).</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <source>Sakområde: %1</source>
        <translation>Subject area: %1</translation>
    </message>
    <message>
        <source>Minst %1 experter</source>
        <translation>At least %1 experts</translation>
    </message>
    <message>
        <source>%1 medlemmar</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>%1 experter</source>
        <translation>%1 experts</translation>
    </message>
    <message>
        <source>Ordförande: %1</source>
        <translation>Chair: %1</translation>
    </message>
    <message>
        <source>… och %1 till</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Gruppens status</source>
        <translation>Group status</translation>
    </message>
    <message>
        <source> (intresserad)</source>
        <translation> (interested)</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>Bemanning</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Bemanning per datum</source>
        <translation>Staffing on date</translation>
    </message>
    <message>
        <source>Visa bemanningen ett visst datum.</source>
        <translation>Show the staffing on a given date.</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Bemanna avtalsgrupp…</source>
        <translation>Staff contract group…</translation>
    </message>
    <message>
        <source>Lucka: kommunen saknas i arbetsgruppen, eller avtalsgruppen saknar ordförande eller har för få experter</source>
        <translation>Gap: the municipality is missing from the working group, or the contract group has no chair or too few experts</translation>
    </message>
    <message>
        <source>Avtalsgrupp utan luckor</source>
        <translation>Contract group without gaps</translation>
    </message>
    <message>
        <source>Grått: intresserade kommuner och övriga (STIC, Adda m.fl.).   * representerar en annan kommun än sin egen.   Dubbelklicka för att lägga till.</source>
        <translation>Grey: interested municipalities and others (STIC, Adda etc.).   * represents a municipality other than their own.   Double-click to add.</translation>
    </message>
    <message>
        <source>Dubbelklicka på en ruta för att lägga till någon från kommunen i gruppen.</source>
        <translation>Double-click a cell to add someone from the municipality to the group.</translation>
    </message>
    <message>
        <source>Lägg till i gruppen…</source>
        <translation>Add to the group…</translation>
    </message>
    <message>
        <source>Per datum:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Inga luckor</source>
        <translation>No gaps</translation>
    </message>
    <message>
        <source>1 lucka</source>
        <translation>1 gap</translation>
    </message>
    <message>
        <source>%1 luckor</source>
        <translation>%1 gaps</translation>
    </message>
    <message>
        <source>%1 lades till i %2.</source>
        <translation>%1 added to %2.</translation>
    </message>
    <message>
        <source>%1 personer lades till i %2.</source>
        <translation>%1 people added to %2.</translation>
    </message>
</context>
<context>
    <name>StagesBlock</name>
    <message>
        <source>Upphandlingar per steg</source>
        <translation>Procurements by stage</translation>
    </message>
    <message>
        <source>Inga upphandlingar ännu.</source>
        <translation>No procurements yet.</translation>
    </message>
    <message>
        <source>%1 (%2 pågående)</source>
        <translation>%1 (%2 ongoing)</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Faktiskt</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Skriv datum som ÅÅÅÅ-MM-DD; töm cellen för att ta bort ett planerat datum.</source>
        <translation>Enter dates as YYYY-MM-DD; clear the cell to remove a planned date.</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <source>Tillbaka…</source>
        <translation>Back…</translation>
    </message>
    <message>
        <source>Avbryt upphandling…</source>
        <translation>Cancel procurement…</translation>
    </message>
    <message>
        <source>Bevittnare vid anbudsöppningen…</source>
        <translation>Witnesses at the tender opening…</translation>
    </message>
    <message>
        <source> (nu)</source>
        <translation> (now)</translation>
    </message>
    <message>
        <source>Det planerade datumet har passerat.</source>
        <translation>The planned date has passed.</translation>
    </message>
    <message>
        <source>Nästa steg: %1</source>
        <translation>Next stage: %1</translation>
    </message>
    <message>
        <source> Räknat från annonseringen %1.</source>
        <translation> Counted from the advertisement on %1.</translation>
    </message>
    <message>
        <source> Räknat från det planerade annonsdatumet %1.</source>
        <translation> Counted from the planned advertisement date %1.</translation>
    </message>
    <message>
        <source> Räknat från i dag: det planerade annonsdatumet %1 har passerat utan annonsering.</source>
        <translation> Counted from today: the planned advertisement date %1 has passed without the procurement being advertised.</translation>
    </message>
    <message>
        <source>Anbudstid: sätt datum för Annonserad och Sista anbudsdag så kontrolleras tiden mot LOU 11 kap.</source>
        <translation>Tender period: set the dates for Advertised and Tender deadline and the period is checked against LOU chapter 11.</translation>
    </message>
    <message>
        <source> (minst %1 dagar, %2)</source>
        <translation> (at least %1 days, %2)</translation>
    </message>
    <message>
        <source> Kortare tid med skäl: %1</source>
        <translation> Shorter period with reason: %1</translation>
    </message>
    <message>
        <source>Anbudstid: %1 dagar</source>
        <translation>Tender period: %1 days</translation>
    </message>
    <message>
        <source> (flyttad: %1)</source>
        <translation> (moved: %1)</translation>
    </message>
    <message>
        <source>Avtalsspärr %1 dagar från %2 till och med %3%4. Avtal får tecknas tidigast %5.</source>
        <translation>Standstill period of %1 days from %2 up to and including %3%4. The contract may be signed on %5 at the earliest.</translation>
    </message>
    <message>
        <source>inga angivna (minst två behövs för protokollet)</source>
        <translation>none given (at least two are needed for the record)</translation>
    </message>
    <message>
        <source>Bevittnare vid anbudsöppningen: %1</source>
        <translation>Witnesses at the tender opening: %1</translation>
    </message>
    <message>
        <source>%1 flyttades %2 dagar framåt.</source>
        <translation>%1 moved %2 days later.</translation>
    </message>
    <message>
        <source>%1 flyttades %2 dagar bakåt.</source>
        <translation>%1 moved %2 days earlier.</translation>
    </message>
    <message>
        <source>Flytta de följande planerade datumen (%1) lika många dagar?</source>
        <translation>Move the following planned dates (%1) by the same number of days?</translation>
    </message>
    <message>
        <source>Kortare anbudstid</source>
        <translation>Shorter tender period</translation>
    </message>
    <message>
        <source>Skriv skälet till den kortare tiden (sparas), eller avbryt och ändra datumet.</source>
        <translation>Enter the reason for the shorter period (it is saved), or cancel and change the date.</translation>
    </message>
    <message>
        <source>%1: datumen sparades.</source>
        <translation>%1: the dates were saved.</translation>
    </message>
    <message>
        <source>Skriv skälet till den kortare tiden (sparas), eller avbryt och ändra datumen.</source>
        <translation>Enter the reason for the shorter period (it is saved), or cancel and change the dates.</translation>
    </message>
    <message>
        <source>Upphandlingen är nu i steget %1.</source>
        <translation>The procurement is now at the %1 stage.</translation>
    </message>
    <message>
        <source>Upphandlingen flyttades tillbaka till %1.</source>
        <translation>The procurement was moved back to %1.</translation>
    </message>
    <message>
        <source>Avbryt upphandlingen</source>
        <translation>Cancel the procurement</translation>
    </message>
    <message>
        <source>Varför avbryts upphandlingen? Skälet sparas och kan inte ångras.</source>
        <translation>Why is the procurement being cancelled? The reason is saved and this cannot be undone.</translation>
    </message>
    <message>
        <source>Upphandlingen är avbruten.</source>
        <translation>The procurement has been cancelled.</translation>
    </message>
    <message>
        <source>Bevittnare vid anbudsöppningen</source>
        <translation>Witnesses at the tender opening</translation>
    </message>
    <message>
        <source>Skriv minst två namn, ett per rad. De skriver under anbudsöppningsprotokollet.</source>
        <translation>Enter at least two names, one per line. They sign the tender opening record.</translation>
    </message>
    <message>
        <source>Bevittnarna sparades.</source>
        <translation>The witnesses were saved.</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Ny leverantör</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>Leverantör – %1</source>
        <translation>Supplier – %1</translation>
    </message>
    <message>
        <source>dit påminnelser om försäljningsrapporter går</source>
        <translation>where sales report reminders are sent</translation>
    </message>
    <message>
        <source>dit kommunerna skickar beställningar och avrop</source>
        <translation>where the municipalities send orders and call-offs</translation>
    </message>
    <message>
        <source>Leverantören finns på %1 avtal.</source>
        <translation>The supplier is on %1 agreement(s).</translation>
    </message>
</context>
<context>
    <name>SupplierPartyDialog</name>
    <message>
        <source>Leverantör på avtalet</source>
        <translation>Supplier on the agreement</translation>
    </message>
    <message>
        <source>Leverantör *:</source>
        <translation>Supplier *:</translation>
    </message>
    <message>
        <source>Rangordning:</source>
        <translation>Ranking:</translation>
    </message>
    <message>
        <source>Förnyad konkurrensutsättning (ingen rangordning)</source>
        <translation>Mini-competition (no ranking)</translation>
    </message>
    <message>
        <source>Välj en leverantör i listan (nya läggs till under Leverantörer).</source>
        <translation>Choose a supplier from the list (new ones are added under Suppliers).</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>Leverantörer</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Registret är tomt.

Välj ”Ny” för att lägga till en leverantör, eller importera befintliga avtal under Avtal → Importera; deras leverantörer läggs då in här.</source>
        <translation>The register is empty.

Choose ‘New’ to add a supplier, or import existing agreements under Agreements → Import; their suppliers are then added here.</translation>
    </message>
    <message>
        <source>{visible} av {total} leverantörer</source>
        <translation>{visible} of {total} suppliers</translation>
    </message>
    <message>
        <source>Ny leverantör</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
</context>
<context>
    <name>SuppliersPanel</name>
    <message>
        <source>Rangordning</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Förnyad konkurrensutsättning</source>
        <translation>Mini-competition</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Lägg till leverantör…</source>
        <translation>Add supplier…</translation>
    </message>
    <message>
        <source>Ändra rangordning…</source>
        <translation>Change ranking…</translation>
    </message>
    <message>
        <source>Ta bort från avtalet</source>
        <translation>Remove from the agreement</translation>
    </message>
    <message>
        <source>Ta bort leverantör</source>
        <translation>Remove supplier</translation>
    </message>
    <message>
        <source>Ta bort %1 från avtalet?</source>
        <translation>Remove %1 from the agreement?</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TeamConnectionDialog</name>
    <message>
        <source>Anslut till teamdatabas</source>
        <translation>Connect to team database</translation>
    </message>
    <message>
        <source>Teamdatabasen ligger på kontorets PostgreSQL-server. Logga in med ditt eget användarnamn och lösenord (IT ger dig dem), eller med inloggningen i Windows där IT har ordnat det.</source>
        <translation>The team database is on the office&apos;s PostgreSQL server. Log in with your own user name and password (IT gives you them), or with your Windows login where IT has set it up.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Databas:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Användarnamn:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Lösenord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>tomt: ~/.pgpass eller Windows-inloggningen</source>
        <translation>empty: ~/.pgpass or your Windows login</translation>
    </message>
    <message>
        <source>Använd inloggningen i Windows/Kerberos (inget lösenord)</source>
        <translation>Use the Windows/Kerberos login (no password)</translation>
    </message>
    <message>
        <source>Kom ihåg anslutningen (lösenordet sparas aldrig)</source>
        <translation>Remember the connection (the password is never saved)</translation>
    </message>
    <message>
        <source>Anslut</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>tomt: din Windows-inloggning</source>
        <translation>empty: your Windows login</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Ej prövat</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Kvalificerat</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Inte kvalificerat</source>
        <translation>Not qualified</translation>
    </message>
    <message>
        <source>%1: skriv ett belopp i kronor, t.ex. 1 200 000 eller 1200000,50.</source>
        <translation>%1: enter an amount in kronor, e.g. 1 200 000 or 1200000,50.</translation>
    </message>
    <message>
        <source>Kunde inte skriva den tillfälliga filen: %1</source>
        <translation>Could not write the temporary file: %1</translation>
    </message>
    <message>
        <source>Välj en fil.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte läsas: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Nytt anbud</source>
        <translation>New tender</translation>
    </message>
    <message>
        <source>Anbud</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <source>Skriv namn eller organisationsnummer för att välja ur leverantörsregistret</source>
        <translation>Type a name or organisation number to choose from the supplier register</translation>
    </message>
    <message>
        <source>Anbudsgivare *:</source>
        <translation>Tenderer *:</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN: läggs till i leverantörsregistret</source>
        <translation>NNNNNN-NNNN: added to the supplier register</translation>
    </message>
    <message>
        <source>Org.nr (ny leverantör):</source>
        <translation>Org. no. (new supplier):</translation>
    </message>
    <message>
        <source>Mottaget (svensk tid) *:</source>
        <translation>Received (Swedish time) *:</translation>
    </message>
    <message>
        <source>Kvalificering:</source>
        <translation>Qualification:</translation>
    </message>
    <message>
        <source>Skäl:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>kronor</source>
        <translation>kronor</translation>
    </message>
    <message>
        <source>Pris:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Poäng:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>Placering:</source>
        <translation>Ranking:</translation>
    </message>
    <message>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Anbuden omfattas av sekretess tills tilldelningsbeslutet har skickats (19 kap. 3 § OSL).</source>
        <translation>The tenders are confidential until the award decision has been sent (OSL chapter 19, section 3).</translation>
    </message>
    <message>
        <source>I leverantörsregistret: %1, org.nr %2.</source>
        <translation>In the supplier register: %1, org. no. %2.</translation>
    </message>
    <message>
        <source>Inte kopplad till leverantörsregistret. Välj ur listan som visas när du skriver, eller ange organisationsnumret nedan så läggs leverantören till.</source>
        <translation>Not linked to the supplier register. Choose from the list shown as you type, or enter the organisation number below and the supplier will be added.</translation>
    </message>
    <message>
        <source>Sent inkommet: sista anbudsdag var %1. Anbudet registreras men får inte kvalificeras.</source>
        <translation>Received late: the tender deadline was %1. The tender is registered but may not be qualified.</translation>
    </message>
    <message>
        <source>Pris</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Poängen ska vara ett tal, t.ex. 87,5.</source>
        <translation>The score must be a number, e.g. 87.5.</translation>
    </message>
    <message>
        <source>Placeringen ska vara ett heltal från 1 och uppåt.</source>
        <translation>The ranking must be a whole number from 1 upwards.</translation>
    </message>
</context>
<context>
    <name>TenderLinks</name>
    <message>
        <source>Upphandlingen har inga tilldelade anbud. Lägg till leverantörerna under fliken Leverantörer när avtalet är skapat.</source>
        <translation>The procurement has no awarded tenders. Add the suppliers on the Suppliers tab once the agreement has been created.</translation>
    </message>
    <message>
        <source>Ny leverantör…</source>
        <translation>New supplier…</translation>
    </message>
    <message>
        <source>(inte kopplad: blir inte part i avtalet)</source>
        <translation>(not linked: will not become a party to the agreement)</translation>
    </message>
</context>
<context>
    <name>TenderModel</name>
    <message>
        <source>Inkommet efter sista anbudsdag; får inte kvalificeras.</source>
        <translation>Received after the tender deadline; may not be qualified.</translation>
    </message>
</context>
<context>
    <name>TendersPanel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Anbudsgivare</source>
        <translation>Tenderer</translation>
    </message>
    <message>
        <source>Mottaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Sent inkommet</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>Kvalificering</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Pris</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Poäng</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Placering</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Tilldelat</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Registrera anbud…</source>
        <translation>Register tender…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tilldela markerade</source>
        <translation>Award selected</translation>
    </message>
    <message>
        <source>Ta bort tilldelning</source>
        <translation>Remove award</translation>
    </message>
    <message>
        <source>Sista anbudsdag: %1.</source>
        <translation>Tender deadline: %1.</translation>
    </message>
    <message>
        <source>Sista anbudsdag är inte satt.</source>
        <translation>The tender deadline has not been set.</translation>
    </message>
    <message>
        <source>%1 anbud kom in för sent.</source>
        <translation>%1 tenders arrived too late.</translation>
    </message>
    <message>
        <source>Anbuden omfattas av sekretess tills tilldelningsbeslutet har skickats (19 kap. 3 § OSL).</source>
        <translation>The tenders are confidential until the award decision has been sent (OSL chapter 19, section 3).</translation>
    </message>
    <message>
        <source>Anbud (kan inte ändras)</source>
        <translation>Tender (cannot be changed)</translation>
    </message>
    <message>
        <source>Ta bort anbud</source>
        <translation>Delete tender</translation>
    </message>
    <message>
        <source>Ta bort anbudet från %1? Gör det bara om det registrerades av misstag.</source>
        <translation>Delete the tender from %1? Only do this if it was registered by mistake.</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Säg upp avtal %1</source>
        <translation>Terminate agreement %1</translation>
    </message>
    <message>
        <source>Avtalet upphör *:</source>
        <translation>Agreement ends *:</translation>
    </message>
    <message>
        <source>Skäl *:</source>
        <translation>Reason *:</translation>
    </message>
</context>
<context>
    <name>ThresholdBanner</name>
    <message>
        <source>Tröskelvärden i kronor saknas</source>
        <translation>Thresholds in kronor missing</translation>
    </message>
    <message>
        <source>Fyll i tröskelvärden…</source>
        <translation>Fill in thresholds…</translation>
    </message>
    <message>
        <source>Tröskelvärdena i kronor för %1 är inte ifyllda (%2). Programmet kan då inte pröva om förfarandet passar värdet. Beloppen publiceras i ett tillkännagivande i SFS och hos &lt;a href=&apos;%3&apos;&gt;Upphandlingsmyndigheten&lt;/a&gt;; fyll i dem under Inställningar → Upphandlingsregler.</source>
        <translation>The thresholds in kronor for %1 have not been filled in (%2). The program therefore cannot check whether the procedure suits the value. The amounts are published in a notice in the SFS (Swedish Code of Statutes) and by &lt;a href=&apos;%3&apos;&gt;Upphandlingsmyndigheten&lt;/a&gt; (the National Agency for Public Procurement); fill them in under Settings → Procurement rules.</translation>
    </message>
</context>
<context>
    <name>TimelineBlock</name>
    <message>
        <source>Tidslinje för pågående upphandlingar</source>
        <translation>Timeline of ongoing procurements</translation>
    </message>
    <message>
        <source>Inga pågående upphandlingar.</source>
        <translation>No ongoing procurements.</translation>
    </message>
    <message>
        <source>Zooma ut (−, Ctrl+hjul)</source>
        <translation>Zoom out (−, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zooma in (+, Ctrl+hjul)</source>
        <translation>Zoom in (+, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Visa dagens datum (T)</source>
        <translation>Show today&apos;s date (T)</translation>
    </message>
    <message>
        <source>Ljusa staplar: planerat. Röd kant: försenat.</source>
        <translation>Light bars: planned. Red border: overdue.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Tidslinje för pågående upphandlingar</source>
        <translation>Timeline of ongoing procurements</translation>
    </message>
    <message>
        <source>idag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Upphandling (%1)</source>
        <translation>Procurement (%1)</translation>
    </message>
    <message>
        <source>Steg: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Ansvarig: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>klart</source>
        <translation>done</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>planerat</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Försenat: det planerade datumet har passerat.</source>
        <translation>Overdue: the planned date has passed.</translation>
    </message>
    <message>
        <source>Klicka för att öppna upphandlingen.</source>
        <translation>Click to open the procurement.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Vem arbetar?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>Ändringar du gör sparas i historiken under ditt namn. Välj vem du är.</source>
        <translation>Changes you make are saved in the history under your name. Choose who you are.</translation>
    </message>
    <message>
        <source>Jag finns redan i listan:</source>
        <translation>I am already in the list:</translation>
    </message>
    <message>
        <source>Lägg till mig som ny STIC-medarbetare:</source>
        <translation>Add me as a new member of STIC staff:</translation>
    </message>
    <message>
        <source>Namn *:</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>t.ex. Regionchef, Upphandlare</source>
        <translation>e.g. Regional manager, Procurement officer</translation>
    </message>
    <message>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Ny workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Workshop – %1</source>
        <translation>Workshop – %1</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Lägg till deltagare…</source>
        <translation>Add participant…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Förslag från workshoppen</source>
        <translation>Proposals from the workshop</translation>
    </message>
    <message>
        <source>Nytt förslag härifrån…</source>
        <translation>New proposal from here…</translation>
    </message>
    <message>
        <source>Förslag härifrån:</source>
        <translation>Proposals from here:</translation>
    </message>
    <message>
        <source>Inga förslag ännu.</source>
        <translation>No proposals yet.</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Vem deltog i workshoppen?</source>
        <translation>Who took part in the workshop?</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshoppar</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Inga workshoppar är registrerade.

Välj ”Ny workshop” för att registrera en workshop, dess deltagare och de förslag den gav.</source>
        <translation>No workshops have been registered.

Choose ‘New workshop’ to register a workshop, its participants and the proposals it produced.</translation>
    </message>
    <message>
        <source>{visible} av {total} workshoppar</source>
        <translation>{visible} of {total} workshops</translation>
    </message>
    <message>
        <source>Ny workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>%1 sparades.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>workshoppen ”%1” %2</source>
        <translation>the workshop ‘%1’ %2</translation>
    </message>
</context>
<context>
    <name>YearPlanDialog</name>
    <message>
        <source>Fyra gånger per år</source>
        <translation>Four times a year</translation>
    </message>
    <message>
        <source>Varje månad utom juli</source>
        <translation>Every month except July</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Inga</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Årsplan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Grupp *:</source>
        <translation>Group *:</translation>
    </message>
    <message>
        <source>År *:</source>
        <translation>Year *:</translation>
    </message>
    <message>
        <source>Månader *:</source>
        <translation>Months *:</translation>
    </message>
    <message>
        <source>Vilken i månaden *:</source>
        <translation>Which in the month *:</translation>
    </message>
    <message>
        <source>Veckodag *:</source>
        <translation>Weekday *:</translation>
    </message>
    <message>
        <source>Börjar *:</source>
        <translation>Starts *:</translation>
    </message>
    <message>
        <source>Slutar *:</source>
        <translation>Ends *:</translation>
    </message>
    <message>
        <source>Plats/lokal:</source>
        <translation>Venue/room:</translation>
    </message>
    <message>
        <source>Tomt: gruppens namn och mötets månad, t.ex. ”Styrgruppen – februari 2027”.</source>
        <translation>Empty: the group&apos;s name and the month of the meeting, e.g. ‘Styrgruppen – februari 2027’.</translation>
    </message>
    <message>
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anmärkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Skapa möten</source>
        <translation>Create meetings</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Inga datum: %1</source>
        <translation>No dates: %1</translation>
    </message>
    <message>
        <source>Flyttat från %1: %2.</source>
        <translation>Moved from %1: %2.</translation>
    </message>
    <message>
        <source>Gruppen har redan ett möte den dagen (%1).</source>
        <translation>The group already has a meeting that day (%1).</translation>
    </message>
    <message>
        <source>1 möte</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>%1 möten</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>%1 har redan %2 möten %3.</source>
        <translation>%1 already has %2 meetings in %3.</translation>
    </message>
    <message>
        <source>Skapa %1 möten</source>
        <translation>Create %1 meetings</translation>
    </message>
    <message>
        <source>Skapa 1 möte</source>
        <translation>Create 1 meeting</translation>
    </message>
    <message>
        <source>%1 har redan %2 möten %3. Vill du ändå skapa %4 till?</source>
        <translation>%1 already has %2 meetings in %3. Do you still want to create %4 more?</translation>
    </message>
    <message>
        <source>%1 möten skapades för %2 %3 (utkast).</source>
        <translation>%1 meetings created for %2 %3 (drafts).</translation>
    </message>
    <message>
        <source>1 möte skapades för %2 %3 (utkast).</source>
        <translation>1 meeting created for %2 %3 (draft).</translation>
    </message>
</context>
<context>
    <name>agreement_blocks</name>
    <message>
        <source>idag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1 dagar</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 mån</source>
        <translation>%1 mths</translation>
    </message>
</context>
<context>
    <name>agreement_create</name>
    <message>
        <source>Ingen upphandling har nått steget Avtal tecknat. Ett avtal kan skapas från en upphandling när avtalet är tecknat; välj annars ”Nytt avtal”.</source>
        <translation>No procurement has reached the Contract signed stage. An agreement can be created from a procurement once the contract has been signed; otherwise choose ‘New agreement’.</translation>
    </message>
    <message>
        <source>Skapa avtal från upphandling</source>
        <translation>Create agreement from procurement</translation>
    </message>
    <message>
        <source>Upphandling:</source>
        <translation>Procurement:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Databasen %1 är redan öppen i STIC Desktop, i ett annat fönster eller av en annan användare på den här datorn. Byt till det fönstret i stället.</source>
        <translation>The database %1 is already open in STIC Desktop, in another window or by another user on this computer. Switch to that window instead.</translation>
    </message>
    <message>
        <source>Databasen %1 är öppen i ett annat STIC Desktop-fönster också. Ändringar i båda fönstren samtidigt kan förvirra; stäng det ena.</source>
        <translation>The database %1 is also open in another STIC Desktop window. Making changes in both windows at once can be confusing; close one of them.</translation>
    </message>
    <message>
        <source>Vill du öppna en annan databasfil?</source>
        <translation>Do you want to open another database file?</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Vill du öppna offlinekopian från senaste avslutet? Den är skrivskyddad men du kan läsa och skriva ut.</source>
        <translation>Do you want to open the offline copy from the last time the program was closed? It is read-only, but you can read and print.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Mötesvyn finns inte i den här versionen av programmet.</source>
        <translation>The meeting view is not available in this version of the program.</translation>
    </message>
    <message>
        <source>vecka %1, %2</source>
        <translation>week %1, %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>+%1 till</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>v. %1</source>
        <translation>Wk %1</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>* måste fyllas i</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Formuläret visar nu det som är sparat. Gör om din ändring och spara.</source>
        <translation>The form now shows what is saved. Make your change again and save.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Din inloggning får bara läsa här; inget kan sparas.</source>
        <translation>Your login may only read here; nothing can be saved.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Arbetar…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Diskussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Förlängt</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Utgånget</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Uppsagt</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Avtalsnummer</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Upphandling</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Slutdatum (utan förlängningar)</source>
        <translation>End date (without extensions)</translation>
    </message>
    <message>
        <source>Förlängningsoptioner (antal)</source>
        <translation>Extension options (number)</translation>
    </message>
    <message>
        <source>Månader per förlängning</source>
        <translation>Months per extension</translation>
    </message>
    <message>
        <source>Särskilda skäl för längre avtalstid</source>
        <translation>Special reasons for a longer contract period</translation>
    </message>
    <message>
        <source>Rapportdag</source>
        <translation>Reporting day</translation>
    </message>
    <message>
        <source>Uppsagt per</source>
        <translation>Terminated as of</translation>
    </message>
    <message>
        <source>Skäl till uppsägningen</source>
        <translation>Reason for termination</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Leverantörer</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Deltagande kommuner</source>
        <translation>Participating municipalities</translation>
    </message>
    <message>
        <source>Kallelse</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Närvarolista</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mötespaket</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>Kalenderfil</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>Tilldelningsbeslut</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>Anbudsöppningsprotokoll</source>
        <translation>Tender opening record</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Faktureringsunderlag</source>
        <translation>Invoicing basis</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Representerar annan kommun</source>
        <translation>Represents another municipality</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice ordförande</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <source>Ledamot</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Ersättare</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Sammankallande</source>
        <translation>Convenor</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Adjungerad</source>
        <translation>Co-opted</translation>
    </message>
    <message>
        <source>Styrgrupp</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Arbetsgrupp</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Avtalsgrupp</source>
        <translation>Contract group</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Avtalssammanfattning</source>
        <translation>Agreement summary</translation>
    </message>
    <message>
        <source>Intäkter</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Inmatat</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Provision (beräknas)</source>
        <translation>Commission (calculated)</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Benämning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Budget (öre)</source>
        <translation>Budget (öre)</translation>
    </message>
    <message>
        <source>Utfall (öre)</source>
        <translation>Outturn (öre)</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Sakområde</source>
        <translation>Subject area</translation>
    </message>
    <message>
        <source>Minsta antal experter</source>
        <translation>Minimum number of experts</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ordinarie</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Kallad</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Protokoll justerat</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <source>Inställd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ej svarat</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Kommer</source>
        <translation>Attending</translation>
    </message>
    <message>
        <source>Kommer inte</source>
        <translation>Not attending</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Mötestyp</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Börjar</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Slutar</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Plats/lokal</source>
        <translation>Venue/room</translation>
    </message>
    <message>
        <source>Länk för digitalt deltagande</source>
        <translation>Link for joining online</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Intresserad</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Utträdd</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Medlemsstatus</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>Inträdesdatum</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>Utträdesdatum</source>
        <translation>Date left</translation>
    </message>
    <message>
        <source>Postadress</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Fakturareferens</source>
        <translation>Invoicing reference</translation>
    </message>
    <message>
        <source>Växelnummer</source>
        <translation>Switchboard number</translation>
    </message>
    <message>
        <source>Webbplats</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>STIC</source>
        <translation>STIC</translation>
    </message>
    <message>
        <source>SKL Kommentus/Adda</source>
        <translation>SKL Kommentus/Adda</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Annan organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Expertis</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Anonymiserad</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Ingen överenskommelse sökt</source>
        <translation>No agreement sought</translation>
    </message>
    <message>
        <source>Överenskommen med alla utvalda anbudssökande</source>
        <translation>Agreed with all selected candidates</translation>
    </message>
    <message>
        <source>Överenskommelse nåddes inte</source>
        <translation>No agreement reached</translation>
    </message>
    <message>
        <source>Socialt</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Tekniskt</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Varor och tjänster</source>
        <translation>Supplies and services</translation>
    </message>
    <message>
        <source>Byggentreprenad</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>Sociala tjänster (bilaga 2)</source>
        <translation>Social services (Annex 2)</translation>
    </message>
    <message>
        <source>Skäl till brådska (kortare tidsfrister)</source>
        <translation>Reason for urgency (shorter time limits)</translation>
    </message>
    <message>
        <source>Skäl för förfarandet</source>
        <translation>Grounds for the procedure</translation>
    </message>
    <message>
        <source>Sista dag för anbudsansökningar</source>
        <translation>Last day for requests to participate</translation>
    </message>
    <message>
        <source>Inbjudan att lämna anbud skickad</source>
        <translation>Invitation to tender sent</translation>
    </message>
    <message>
        <source>Anbudstid överenskommen med anbudssökandena</source>
        <translation>Tender period agreed with the candidates</translation>
    </message>
    <message>
        <source>Upphandlingsdokumenten fritt tillgängliga elektroniskt</source>
        <translation>Procurement documents freely available electronically</translation>
    </message>
    <message>
        <source>Avtalsspärr, angivet antal dagar</source>
        <translation>Standstill period, days entered</translation>
    </message>
    <message>
        <source>Annons om avsikt att tilldela kontrakt publicerad</source>
        <translation>Voluntary ex ante transparency notice published</translation>
    </message>
    <message>
        <source>Öppet förfarande</source>
        <translation>Open procedure</translation>
    </message>
    <message>
        <source>Selektivt förfarande</source>
        <translation>Restricted procedure</translation>
    </message>
    <message>
        <source>Förhandlat förfarande med föregående annonsering</source>
        <translation>Negotiated procedure with prior publication</translation>
    </message>
    <message>
        <source>Konkurrenspräglad dialog</source>
        <translation>Competitive dialogue</translation>
    </message>
    <message>
        <source>Upphandling under tröskelvärdet</source>
        <translation>Below-threshold procurement</translation>
    </message>
    <message>
        <source>Direktupphandling</source>
        <translation>Direct award</translation>
    </message>
    <message>
        <source>Behovsanalys</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <source>Kravspecifikation</source>
        <translation>Requirements specification</translation>
    </message>
    <message>
        <source>Annonserad</source>
        <translation>Advertised</translation>
    </message>
    <message>
        <source>Sista anbudsdag</source>
        <translation>Tender deadline</translation>
    </message>
    <message>
        <source>Anbudsöppning</source>
        <translation>Tender opening</translation>
    </message>
    <message>
        <source>Utvärdering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Avtalsspärr</source>
        <translation>Standstill period</translation>
    </message>
    <message>
        <source>Avtal tecknat</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Kontaktperson för beställningar</source>
        <translation>Contact person for orders</translation>
    </message>
    <message>
        <source>E-post för beställningar</source>
        <translation>Email for orders</translation>
    </message>
    <message>
        <source>Telefon för beställningar</source>
        <translation>Phone for orders</translation>
    </message>
    <message>
        <source>Individuell rapport</source>
        <translation>Individual report</translation>
    </message>
    <message>
        <source>Underrättelse om avbrytande</source>
        <translation>Notice of cancellation</translation>
    </message>
    <message>
        <source>Ej förberedd</source>
        <translation>Not prepared</translation>
    </message>
    <message>
        <source>Utkast skapade</source>
        <translation>Drafts created</translation>
    </message>
    <message>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Kallelsen skickas</source>
        <translation>Invitation to be sent</translation>
    </message>
    <message>
        <source>jävs- och sekretessförbindelse(r)</source>
        <translation>conflict of interest and confidentiality undertaking(s)</translation>
    </message>
    <message>
        <source>avtalsvillkor i avtal</source>
        <translation>agreement clause(s) in agreements</translation>
    </message>
    <message>
        <source>personuppgifter</source>
        <translation>personal data</translation>
    </message>
    <message>
        <source>kallelse till möte</source>
        <translation>meeting invitation(s)</translation>
    </message>
    <message>
        <source>möte</source>
        <translation>meeting(s)</translation>
    </message>
    <message>
        <source>grupp</source>
        <translation>group(s)</translation>
    </message>
    <message>
        <source>kommun</source>
        <translation>municipality(-ies)</translation>
    </message>
    <message>
        <source>upphandling</source>
        <translation>procurement(s)</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop(s)</translation>
    </message>
    <message>
        <source>leverantör</source>
        <translation>supplier(s)</translation>
    </message>
    <message>
        <source>organisationsinställningar</source>
        <translation>organisation settings</translation>
    </message>
    <message>
        <source>dagordningspunkt</source>
        <translation>agenda item(s)</translation>
    </message>
    <message>
        <source>åtgärdspunkt</source>
        <translation>action item(s)</translation>
    </message>
    <message>
        <source>försäljningsrapport</source>
        <translation>sales report(s)</translation>
    </message>
    <message>
        <source>klar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>att göra</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>efter avtalet</source>
        <translation>after contract signing</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Kontraktstyp</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Förfarande</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Uppskattat värde (öre)</source>
        <translation>Estimated value (öre)</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Steg före avbrottet</source>
        <translation>Stage before cancellation</translation>
    </message>
    <message>
        <source>Skäl till avbrottet</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>Elektroniska anbud</source>
        <translation>Electronic tenders</translation>
    </message>
    <message>
        <source>Förhandsannonsering</source>
        <translation>Prior information notice</translation>
    </message>
    <message>
        <source>Brådskande</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet skickas elektroniskt</source>
        <translation>The award decision is sent electronically</translation>
    </message>
    <message>
        <source>Bevittnare vid anbudsöppningen</source>
        <translation>Witnesses at the tender opening</translation>
    </message>
    <message>
        <source>Anbudsöppningen, klockslag</source>
        <translation>Tender opening, time</translation>
    </message>
    <message>
        <source>Anbudsöppningen, plats</source>
        <translation>Tender opening, place</translation>
    </message>
    <message>
        <source>Anbuden öppnades av</source>
        <translation>Tenders opened by</translation>
    </message>
    <message>
        <source>Vittne vid anbudsöppningen</source>
        <translation>Witness at the tender opening</translation>
    </message>
    <message>
        <source>Sista anbudsdag, klockslag</source>
        <translation>Tender deadline, time</translation>
    </message>
    <message>
        <source>Beslutsfattare</source>
        <translation>Decision-maker</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Efterannons skickad</source>
        <translation>Contract award notice sent</translation>
    </message>
    <message>
        <source>Dokumentationen komplett</source>
        <translation>Documentation complete</translation>
    </message>
    <message>
        <source>Individuell rapport upprättad</source>
        <translation>Individual report drawn up</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Underrättelse om avbrytande skickad</source>
        <translation>Notice of cancellation sent</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Behovsanalys, planerat datum</source>
        <translation>Needs analysis, planned date</translation>
    </message>
    <message>
        <source>Kravspecifikation, planerat datum</source>
        <translation>Requirements specification, planned date</translation>
    </message>
    <message>
        <source>Annonserad, planerat datum</source>
        <translation>Advertised, planned date</translation>
    </message>
    <message>
        <source>Sista anbudsdag, planerat datum</source>
        <translation>Tender deadline, planned date</translation>
    </message>
    <message>
        <source>Anbudsöppning, planerat datum</source>
        <translation>Tender opening, planned date</translation>
    </message>
    <message>
        <source>Utvärdering, planerat datum</source>
        <translation>Evaluation, planned date</translation>
    </message>
    <message>
        <source>Tilldelningsbeslut, planerat datum</source>
        <translation>Award decision, planned date</translation>
    </message>
    <message>
        <source>Avtalsspärr, planerat datum</source>
        <translation>Standstill period, planned date</translation>
    </message>
    <message>
        <source>Avtal tecknat, planerat datum</source>
        <translation>Contract signed, planned date</translation>
    </message>
    <message>
        <source>Avslutad, planerat datum</source>
        <translation>Closed, planned date</translation>
    </message>
    <message>
        <source>Behovsanalys, faktiskt datum</source>
        <translation>Needs analysis, actual date</translation>
    </message>
    <message>
        <source>Kravspecifikation, faktiskt datum</source>
        <translation>Requirements specification, actual date</translation>
    </message>
    <message>
        <source>Annonserad, faktiskt datum</source>
        <translation>Advertised, actual date</translation>
    </message>
    <message>
        <source>Sista anbudsdag, faktiskt datum</source>
        <translation>Tender deadline, actual date</translation>
    </message>
    <message>
        <source>Anbudsöppning, faktiskt datum</source>
        <translation>Tender opening, actual date</translation>
    </message>
    <message>
        <source>Utvärdering, faktiskt datum</source>
        <translation>Evaluation, actual date</translation>
    </message>
    <message>
        <source>Tilldelningsbeslut, faktiskt datum</source>
        <translation>Award decision, actual date</translation>
    </message>
    <message>
        <source>Avtalsspärr, faktiskt datum</source>
        <translation>Standstill period, actual date</translation>
    </message>
    <message>
        <source>Avtal tecknat, faktiskt datum</source>
        <translation>Contract signed, actual date</translation>
    </message>
    <message>
        <source>Avslutad, faktiskt datum</source>
        <translation>Closed, actual date</translation>
    </message>
    <message>
        <source>Innovationspartnerskap</source>
        <translation>Innovation partnership</translation>
    </message>
    <message>
        <source>Förhandlat förfarande utan föregående annonsering</source>
        <translation>Negotiated procedure without prior publication</translation>
    </message>
    <message>
        <source>Direktupphandlingsgräns</source>
        <translation>Direct award limit</translation>
    </message>
    <message>
        <source>Direktupphandlingsgräns, bilaga 2</source>
        <translation>Direct award limit, Annex 2</translation>
    </message>
    <message>
        <source>Arbetsgruppen</source>
        <translation>The working group</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Under diskussion</source>
        <translation>Under discussion</translation>
    </message>
    <message>
        <source>Prioriterad</source>
        <translation>Prioritised</translation>
    </message>
    <message>
        <source>Beslutad (blir upphandling)</source>
        <translation>Decided (becomes a procurement)</translation>
    </message>
    <message>
        <source>Avslagen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Vilande</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Förslagsställare</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Registrerat</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Status ändrad</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Intresserade kommuner (årsvolym i öre)</source>
        <translation>Interested municipalities (yearly volume in öre)</translation>
    </message>
    <message>
        <source>Dagordningspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>person(er)</source>
        <translation>person(s)</translation>
    </message>
    <message>
        <source>expertisområde(n)</source>
        <translation>area(s) of expertise</translation>
    </message>
    <message>
        <source>grupp(er)</source>
        <translation>group(s)</translation>
    </message>
    <message>
        <source>gruppmedlemskap</source>
        <translation>group membership(s)</translation>
    </message>
    <message>
        <source>möte(n)</source>
        <translation>meeting(s)</translation>
    </message>
    <message>
        <source>kallelse(r) till möten</source>
        <translation>meeting invitation(s)</translation>
    </message>
    <message>
        <source>dagordningspunkt(er)</source>
        <translation>agenda item(s)</translation>
    </message>
    <message>
        <source>åtgärdspunkt(er)</source>
        <translation>action item(s)</translation>
    </message>
    <message>
        <source>mallpunkt(er) för dagordning</source>
        <translation>agenda template item(s)</translation>
    </message>
    <message>
        <source>arkiverat dokument</source>
        <translation>archived document(s)</translation>
    </message>
    <message>
        <source>historikrad(er)</source>
        <translation>history entry/entries</translation>
    </message>
    <message>
        <source>workshop(ar)</source>
        <translation>workshop(s)</translation>
    </message>
    <message>
        <source>workshopdeltagande</source>
        <translation>workshop participation</translation>
    </message>
    <message>
        <source>förslag</source>
        <translation>proposal(s)</translation>
    </message>
    <message>
        <source>intresseanmälan/-anmälningar för förslag</source>
        <translation>expression(s) of interest in proposals</translation>
    </message>
    <message>
        <source>förslagskoppling(ar) till dagordning</source>
        <translation>proposal link(s) to agendas</translation>
    </message>
    <message>
        <source>upphandling(ar)</source>
        <translation>procurement(s)</translation>
    </message>
    <message>
        <source>upphandlingssteg</source>
        <translation>procurement stage(s)</translation>
    </message>
    <message>
        <source>deltagande i upphandling(ar)</source>
        <translation>participation in procurement(s)</translation>
    </message>
    <message>
        <source>kravspecifikationsdokument</source>
        <translation>requirements specification document(s)</translation>
    </message>
    <message>
        <source>anbud</source>
        <translation>tender(s)</translation>
    </message>
    <message>
        <source>leverantör(er)</source>
        <translation>supplier(s)</translation>
    </message>
    <message>
        <source>avtal</source>
        <translation>agreement(s)</translation>
    </message>
    <message>
        <source>avtal (som leverantör)</source>
        <translation>agreement(s) (as supplier)</translation>
    </message>
    <message>
        <source>avtalsdeltagande</source>
        <translation>agreement participation(s)</translation>
    </message>
    <message>
        <source>avtalsförlängning(ar)</source>
        <translation>agreement extension(s)</translation>
    </message>
    <message>
        <source>avtalsdokument</source>
        <translation>agreement document(s)</translation>
    </message>
    <message>
        <source>försäljningsrapport(er)</source>
        <translation>sales report(s)</translation>
    </message>
    <message>
        <source>försäljningsimport(er)</source>
        <translation>sales import(s)</translation>
    </message>
    <message>
        <source>provisionsbeslut</source>
        <translation>commission decision(s)</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kontaktperson för försäljningsrapporter</source>
        <translation>Contact person for sales reports</translation>
    </message>
    <message>
        <source>E-post för försäljningsrapporter</source>
        <translation>Email for sales reports</translation>
    </message>
    <message>
        <source>Telefon för försäljningsrapporter</source>
        <translation>Phone for sales reports</translation>
    </message>
    <message>
        <source>Anbudsgivare</source>
        <translation>Tenderer</translation>
    </message>
    <message>
        <source>Leverantör i registret</source>
        <translation>Supplier in the register</translation>
    </message>
    <message>
        <source>Mottaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kvalificerat</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Pris (öre)</source>
        <translation>Price (öre)</translation>
    </message>
    <message>
        <source>Poäng</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Placering</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Tilldelat</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>första</source>
        <translation>first</translation>
    </message>
    <message>
        <source>andra</source>
        <translation>second</translation>
    </message>
    <message>
        <source>tredje</source>
        <translation>third</translation>
    </message>
    <message>
        <source>fjärde</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>sista</source>
        <translation>last</translation>
    </message>
    <message>
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Återöppnad</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Helgdag</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Helg</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Dubbelbokad person</source>
        <translation>Person double-booked</translation>
    </message>
    <message>
        <source>Dubbelbokad lokal</source>
        <translation>Room double-booked</translation>
    </message>
    <message>
        <source>Gäst</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Övriga (STIC, Adda m.fl.)</source>
        <translation>Others (STIC, Adda etc.)</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>Skriv en del av namnet…</source>
        <translation>Type part of the name…</translation>
    </message>
    <message>
        <source>Välj</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Välj en person i listan.</source>
        <translation>Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Se detaljerna för varje felaktig rad.</source>
        <translation>See the details for each incorrect row.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Inget ändrades i den pågående åtgärden.</source>
        <translation>An unexpected error occurred. Nothing was changed by the task in progress.</translation>
    </message>
    <message>
        <source>Läs in på nytt</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Fortsätt redigera</source>
        <translation>Continue editing</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>idag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgon</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>om %1 dagar</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>Kommande möten</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <source>Inga möten de kommande 30 dagarna.</source>
        <translation>No meetings in the next 30 days.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kallelser att skicka</source>
        <translation>Invitations to send</translation>
    </message>
    <message>
        <source>Alla kallelser till möten de kommande 60 dagarna är skickade.</source>
        <translation>All invitations to meetings in the next 60 days have been sent.</translation>
    </message>
    <message>
        <source>Kvar</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Protokoll att justera</source>
        <translation>Minutes to approve</translation>
    </message>
    <message>
        <source>Inga protokoll väntar på justering.</source>
        <translation>No minutes are awaiting approval.</translation>
    </message>
    <message>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Mappen %1 kan inte användas som datamapp: %2. Inställningen ändrades inte.</source>
        <translation>The folder %1 cannot be used as the data folder: %2. The setting was not changed.</translation>
    </message>
</context>
<context>
    <name>procurement_blocks</name>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 dagar</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>idag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgon</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>om %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Upphandling</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>snarast</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>försenad %1</source>
        <translation>overdue by %1</translation>
    </message>
</context>
<context>
    <name>sales_blocks</name>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 dagar</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Försäljningsrapporter saknas</source>
        <translation>Missing sales reports</translation>
    </message>
    <message>
        <source>Alla leverantörer har rapporterat i tid.</source>
        <translation>All suppliers have reported on time.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>%1=%2 är inte ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt (ÅÅÅÅ-MM-DDTHH:MM).</source>
        <translation>%1=%2 is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>%1 är en databas eller hör till en, och skrivs aldrig över av en export. Välj ett annat filnamn. Inget sparades.</source>
        <translation>%1 is a database or belongs to one, and is never overwritten by an export. Choose another file name. Nothing was saved.</translation>
    </message>
    <message>
        <source>Okänd storlek ”%1”. Välj small, large eller huge.</source>
        <translation>Unknown size ‘%1’. Choose small, large or huge.</translation>
    </message>
    <message>
        <source>%1 är en fil, inte en mapp. Ange en ny eller tom mapp. Inget skrevs.</source>
        <translation>%1 is a file, not a folder. Enter a new or empty folder. Nothing was written.</translation>
    </message>
    <message>
        <source>Mappen %1 är inte tom. Arkivexporten skriver bara till en ny eller tom mapp, så att inget skrivs över. Inget skrevs.</source>
        <translation>The folder %1 is not empty. The archive export only writes to a new or empty folder, so that nothing is overwritten. Nothing was written.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte. Inget skrevs.</source>
        <translation>The folder %1 does not exist. Nothing was written.</translation>
    </message>
    <message>
        <source>Det finns inga arkiverade dokument%1. Inget skrevs.</source>
        <translation>There are no archived documents%1. Nothing was written.</translation>
    </message>
    <message>
        <source>Arkivexporten till %1 misslyckades (%2). Inget skrevs.</source>
        <translation>The archive export to %1 failed (%2). Nothing was written.</translation>
    </message>
    <message>
        <source>%1 har inga försäljningsrapporter för %2; det finns inget att fakturera och inget arkiverades.</source>
        <translation>%1 has no sales reports for %2; there is nothing to invoice and nothing was archived.</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte sparas (%2). Är den öppen i ett annat program, eller är mappen skrivskyddad?</source>
        <translation>The file %1 could not be saved (%2). Is it open in another program, or is the folder read-only?</translation>
    </message>
    <message>
        <source>%1 är en mapp. Ange ett filnamn.</source>
        <translation>%1 is a folder. Enter a file name.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte. Inget sparades.</source>
        <translation>The folder %1 does not exist. Nothing was saved.</translation>
    </message>
    <message>
        <source>Mötet är redan genomfört; ingen kallelse kan skickas.</source>
        <translation>The meeting has already been held; no invitation can be sent.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte. Välj en mapp för utkasten.</source>
        <translation>The folder %1 does not exist. Choose a folder for the drafts.</translation>
    </message>
    <message>
        <source>Mötet har ingen kallad person med id %1.</source>
        <translation>The meeting has no invitee with id %1.</translation>
    </message>
    <message>
        <source>%1 är en fil. Ange en mapp för mötespaketen.</source>
        <translation>%1 is a file. Enter a folder for the meeting packs.</translation>
    </message>
    <message>
        <source>Ingen är kallad till mötet, så det finns inga deltagare att göra mötespaket till.</source>
        <translation>No one has been invited to the meeting, so there are no participants to make meeting packs for.</translation>
    </message>
    <message>
        <source>Avtalsnumret måste fyllas i (eller välj upphandlingen, så används dess diarienummer).</source>
        <translation>The agreement number must be filled in (or choose the procurement, and its case number will be used).</translation>
    </message>
    <message>
        <source>Rubriken måste fyllas i.</source>
        <translation>The title must be filled in.</translation>
    </message>
    <message>
        <source>Ange avtalets startdatum.</source>
        <translation>Enter the agreement&apos;s start date.</translation>
    </message>
    <message>
        <source>Ange avtalets slutdatum (utan förlängningar).</source>
        <translation>Enter the agreement&apos;s end date (without extensions).</translation>
    </message>
    <message>
        <source>Antalet förlängningsoptioner ska vara ett heltal från 0 till 10.</source>
        <translation>The number of extension options must be a whole number from 0 to 10.</translation>
    </message>
    <message>
        <source>Månader per förlängning ska vara ett heltal från 0 till 120.</source>
        <translation>Months per extension must be a whole number from 0 to 120.</translation>
    </message>
    <message>
        <source>Rapportdagen ska vara en dag från 1 till 28 i månaden efter perioden.</source>
        <translation>The reporting day must be a day from 1 to 28 of the month after the period.</translation>
    </message>
    <message>
        <source>Upphandlingen finns inte (den kan ha tagits bort).</source>
        <translation>The procurement does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>Slutdatumet kan inte vara före startdatumet.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Ange hur många månader varje förlängning gäller.</source>
        <translation>Enter how many months each extension runs for.</translation>
    </message>
    <message>
        <source>%1 förlängningar är redan beslutade; antalet optioner kan inte vara färre.</source>
        <translation>%1 extensions have already been decided; the number of options cannot be lower.</translation>
    </message>
    <message>
        <source>Avtalsnumret %1 används redan av ”%2”.</source>
        <translation>The agreement number %1 is already used by ‘%2’.</translation>
    </message>
    <message>
        <source>Ett avtal skapas när upphandlingen har nått steget Avtal tecknat; %1 är i steget %2.</source>
        <translation>An agreement is created when the procurement has reached the Contract signed stage; %1 is at the %2 stage.</translation>
    </message>
    <message>
        <source>Anbudet hör inte till upphandlingen.</source>
        <translation>The tender does not belong to the procurement.</translation>
    </message>
    <message>
        <source>Leverantören med id %1 finns inte.</source>
        <translation>The supplier with id %1 does not exist.</translation>
    </message>
    <message>
        <source>Avtalet %1 har %2 försäljningsrapport(er) och kan inte tas bort. Säg upp det i stället.</source>
        <translation>The agreement %1 has %2 sales report(s) and cannot be deleted. Terminate it instead.</translation>
    </message>
    <message>
        <source>Det finns inget avtalsvillkor ”%1”.</source>
        <translation>There is no agreement clause ‘%1’.</translation>
    </message>
    <message>
        <source>Avtalet %1 har inga leverantörer. Lägg till leverantörerna under fliken Leverantörer innan avtalet skrivs ut.</source>
        <translation>The agreement %1 has no suppliers. Add the suppliers on the Suppliers tab before the agreement is printed.</translation>
    </message>
    <message>
        <source>Avtalet %1 har inga deltagande kommuner. Lägg till kommunerna under fliken Kommuner innan avtalet skrivs ut.</source>
        <translation>The agreement %1 has no participating municipalities. Add the municipalities on the Municipalities tab before the agreement is printed.</translation>
    </message>
    <message>
        <source>Ingen provisionssats gäller för avtalet %1 den %2. Registrera ett beslut om provisionssats (grundsats eller för avtalet) innan avtalet skrivs ut.</source>
        <translation>No commission rate applies to the agreement %1 on %2. Register a commission rate decision (base rate or for the agreement) before the agreement is printed.</translation>
    </message>
    <message>
        <source>Okänd kolumn. Kända kolumner: %1.</source>
        <translation>Unknown column. Known columns: %1.</translation>
    </message>
    <message>
        <source>Kolumnen saknas i filen.</source>
        <translation>The column is missing from the file.</translation>
    </message>
    <message>
        <source>Filen har fel kolumner. Inget importerades.</source>
        <translation>The file has the wrong columns. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 fel i filen. Inget importerades.</source>
        <translation>%1 errors in the file. Nothing was imported.</translation>
    </message>
    <message>
        <source>Avtalet %1 har två leverantörer med samma rangordning.</source>
        <translation>The agreement %1 has two suppliers with the same ranking.</translation>
    </message>
    <message>
        <source>Avtalsnumret saknas.</source>
        <translation>The agreement number is missing.</translation>
    </message>
    <message>
        <source>Ange rangordningen som ett heltal (1, 2, …) eller ”förnyad konkurrensutsättning”.</source>
        <translation>Enter the ranking as a whole number (1, 2, …) or ‘förnyad konkurrensutsättning’ (mini-competition).</translation>
    </message>
    <message>
        <source>Leverantören %1 finns redan på rad %2 för avtalet %3.</source>
        <translation>The supplier %1 is already on row %2 for the agreement %3.</translation>
    </message>
    <message>
        <source>Avtalet %1 har inga kommunkoder.</source>
        <translation>The agreement %1 has no municipality codes.</translation>
    </message>
    <message>
        <source>Okänd kommunkod ”%1”.</source>
        <translation>Unknown municipality code ‘%1’.</translation>
    </message>
    <message>
        <source>Avtalet %1 har ”%2” på rad %3; värdena ska vara samma på avtalets alla rader.</source>
        <translation>The agreement %1 has ‘%2’ on row %3; the values must be the same on all of the agreement&apos;s rows.</translation>
    </message>
    <message>
        <source>%1 (ny leverantör %2)</source>
        <translation>%1 (new supplier %2)</translation>
    </message>
    <message>
        <source>%1 har rapporterat försäljning på avtalet och kan inte tas bort.</source>
        <translation>%1 has reported sales under the agreement and cannot be removed.</translation>
    </message>
    <message>
        <source>Kommunen med id %1 finns inte.</source>
        <translation>The municipality with id %1 does not exist.</translation>
    </message>
    <message>
        <source>Det finns försäljning rapporterad för %1 på avtalet; kommunen kan inte tas bort.</source>
        <translation>Sales have been reported for %1 under the agreement; the municipality cannot be removed.</translation>
    </message>
    <message>
        <source>%1 kan inte anslutas till ramavtalet: %2. Bara de myndigheter som angavs i upphandlingen får avropa från ramavtalet (LOU 7 kap. 3 §); en ny kommun behöver en ny upphandling.</source>
        <translation>%1 cannot join the framework agreement: %2. Only the authorities named in the procurement may call off from the framework agreement (LOU ch. 7 s. 3); a new municipality needs a new procurement.</translation>
    </message>
    <message>
        <source>%1 finns två gånger i listan.</source>
        <translation>%1 appears twice in the list.</translation>
    </message>
    <message>
        <source>%1: ange antingen rangordning eller förnyad konkurrensutsättning, inte båda.</source>
        <translation>%1: enter either a ranking or mini-competition, not both.</translation>
    </message>
    <message>
        <source>%1: rangordningen ska vara ett heltal från 1 till 99 (eller välj förnyad konkurrensutsättning).</source>
        <translation>%1: the ranking must be a whole number from 1 to 99 (or choose mini-competition).</translation>
    </message>
    <message>
        <source>Två leverantörer har rangordning %1.</source>
        <translation>Two suppliers have ranking %1.</translation>
    </message>
    <message>
        <source>Organisationsnumret %1 används redan av %2.</source>
        <translation>The organisation number %1 is already used by %2.</translation>
    </message>
    <message>
        <source>%1 kan inte tas bort eftersom leverantören används av %2.</source>
        <translation>%1 cannot be deleted because the supplier is used by %2.</translation>
    </message>
    <message>
        <source>Ange beslutsdatum.</source>
        <translation>Enter the decision date.</translation>
    </message>
    <message>
        <source>Ange det nya slutdatumet.</source>
        <translation>Enter the new end date.</translation>
    </message>
    <message>
        <source>Ange dagen avtalet upphör.</source>
        <translation>Enter the day the agreement ends.</translation>
    </message>
    <message>
        <source>Varningstiden ska vara ett heltal från 1 till 36 månader.</source>
        <translation>The warning period must be a whole number from 1 to 36 months.</translation>
    </message>
    <message>
        <source>Avtalet är uppsagt per %1 och kan inte förlängas.</source>
        <translation>The agreement is terminated as of %1 and cannot be extended.</translation>
    </message>
    <message>
        <source>Avtalet har %1 förlängningsoption(er) och alla är redan använda.</source>
        <translation>The agreement has %1 extension option(s) and all have already been used.</translation>
    </message>
    <message>
        <source>Det nya slutdatumet ska vara efter det nuvarande (%1).</source>
        <translation>The new end date must be after the current one (%1).</translation>
    </message>
    <message>
        <source>Det nya slutdatumet är efter avtalets sista möjliga slutdatum (%1) enligt optionerna.</source>
        <translation>The new end date is after the agreement&apos;s latest possible end date (%1) under the options.</translation>
    </message>
    <message>
        <source>Beslutet om förlängning måste fattas innan avtalet löper ut (%1).</source>
        <translation>The decision to extend must be taken before the agreement expires (%1).</translation>
    </message>
    <message>
        <source>Beslutsdatumet kan inte vara före avtalets startdatum.</source>
        <translation>The decision date cannot be before the agreement&apos;s start date.</translation>
    </message>
    <message>
        <source>Bara den senaste förlängningen kan tas bort.</source>
        <translation>Only the latest extension can be deleted.</translation>
    </message>
    <message>
        <source>Avtalet är redan uppsagt per %1.</source>
        <translation>The agreement is already terminated as of %1.</translation>
    </message>
    <message>
        <source>Uppsägningsdagen ska ligga inom avtalstiden (%1–%2).</source>
        <translation>The termination date must fall within the contract period (%1–%2).</translation>
    </message>
    <message>
        <source>%1 är tom.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>Det finns redan ett öppet förslag ”%1” (id %2).</source>
        <translation>There is already an open proposal ‘%1’ (id %2).</translation>
    </message>
    <message>
        <source>%1 är större än %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>Dokumenttypen saknas eller är för lång.</source>
        <translation>The document type is missing or too long.</translation>
    </message>
    <message>
        <source>Det framgår inte vilken post dokumentet hör till.</source>
        <translation>It is not clear which record the document belongs to.</translation>
    </message>
    <message>
        <source>Filnamnet måste fyllas i.</source>
        <translation>The file name must be filled in.</translation>
    </message>
    <message>
        <source>Dokumentet %1 är tomt och arkiverades inte.</source>
        <translation>The document %1 is empty and was not archived.</translation>
    </message>
    <message>
        <source>Dokumentet är tomt och arkiverades inte.</source>
        <translation>The document is empty and was not archived.</translation>
    </message>
    <message>
        <source>Filnamnet får vara högst 300 tecken.</source>
        <translation>The file name may be at most 300 characters.</translation>
    </message>
    <message>
        <source>Det finns inget arkiverat dokument med id %1.</source>
        <translation>There is no archived document with id %1.</translation>
    </message>
    <message>
        <source>Året ska vara ett årtal mellan %1 och %2.</source>
        <translation>The year must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Okänd typ ”%1”. Välj intäkter eller kostnader.</source>
        <translation>Unknown type ‘%1’. Choose income or costs.</translation>
    </message>
    <message>
        <source>Okänd källa ”%1”.</source>
        <translation>Unknown source ‘%1’.</translation>
    </message>
    <message>
        <source>Utfallet för provisionen beräknas från försäljningsrapporterna och kan inte matas in.</source>
        <translation>The outturn for commission is calculated from the sales reports and cannot be entered.</translation>
    </message>
    <message>
        <source>Provisionen är en intäkt; välj typen intäkter för den raden.</source>
        <translation>Commission is income; choose the type income for that line.</translation>
    </message>
    <message>
        <source>Det finns redan en rad ”%1” under %2 %3.</source>
        <translation>There is already a line ‘%1’ under %2 %3.</translation>
    </message>
    <message>
        <source>Budgeten för %1 har redan en provisionsrad.</source>
        <translation>The budget for %1 already has a commission line.</translation>
    </message>
    <message>
        <source>Budgeten för %1 har redan rader; ändra dem i stället.</source>
        <translation>The budget for %1 already has lines; change them instead.</translation>
    </message>
    <message>
        <source>Det finns ingen budget för %1 att utgå från.</source>
        <translation>There is no budget for %1 to start from.</translation>
    </message>
    <message>
        <source>Det finns inget provisionsbeslut som gäller för perioden som börjar %1. Registrera en provisionssats (grundsats eller för avtalet) först.</source>
        <translation>There is no commission decision that applies to the period starting %1. Register a commission rate (base rate or for the agreement) first.</translation>
    </message>
    <message>
        <source>Det finns inget provisionsbeslut med id %1.</source>
        <translation>There is no commission decision with id %1.</translation>
    </message>
    <message>
        <source>Det finns inget avtal med id %1.</source>
        <translation>There is no agreement with id %1.</translation>
    </message>
    <message>
        <source>Det finns inget möte med id %1.</source>
        <translation>There is no meeting with id %1.</translation>
    </message>
    <message>
        <source>Anteckningen får vara högst 2000 tecken.</source>
        <translation>The note may be at most 2,000 characters.</translation>
    </message>
    <message>
        <source>%1 måste fyllas i.</source>
        <translation>%1 must be filled in.</translation>
    </message>
    <message>
        <source>Det finns ingen dagordningspunkt med id %1.</source>
        <translation>There is no agenda item with id %1.</translation>
    </message>
    <message>
        <source>Det finns redan ett provisionsbeslut för %1 som gäller från %2. Ändra det beslutet i stället.</source>
        <translation>There is already a commission decision for %1 that applies from %2. Change that decision instead.</translation>
    </message>
    <message>
        <source>Provisionsbeslutet kan inte tas bort: %1 rapportrader har beräknats med det. Registrera ett nytt beslut med ett senare datum i stället.</source>
        <translation>The commission decision cannot be deleted: %1 report lines have been calculated with it. Register a new decision with a later date instead.</translation>
    </message>
    <message>
        <source>Dagordningspunkten hör inte till det valda mötet.</source>
        <translation>The agenda item does not belong to the selected meeting.</translation>
    </message>
    <message>
        <source>Beslutet har använts för %1 rapportrader. Sats, datum och avtal kan inte ändras; registrera ett nytt beslut i stället.</source>
        <translation>The decision has been used for %1 report lines. The rate, date and agreement cannot be changed; register a new decision instead.</translation>
    </message>
    <message>
        <source>År %1 har inte börjat än, så det finns ingen provision att rapportera. Välj %2 eller ett tidigare år.</source>
        <translation>The year %1 has not started yet, so there is no commission to report. Choose %2 or an earlier year.</translation>
    </message>
    <message>
        <source>Månaden ska vara ett tal från 1 till 12.</source>
        <translation>The month must be a number from 1 to 12.</translation>
    </message>
    <message>
        <source>Välj ett avtal som finns.</source>
        <translation>Choose an existing agreement.</translation>
    </message>
    <message>
        <source>Välj en leverantör som finns.</source>
        <translation>Choose an existing supplier.</translation>
    </message>
    <message>
        <source>Välj kommun. Bara en nollrapport kan gälla hela perioden.</source>
        <translation>Choose a municipality. Only a nil return can cover the whole period.</translation>
    </message>
    <message>
        <source>Det finns ingen försäljningsrad med id %1.</source>
        <translation>There is no sales line with id %1.</translation>
    </message>
    <message>
        <source>Leverantören är inte part i avtalet %1.</source>
        <translation>The supplier is not a party to the agreement %1.</translation>
    </message>
    <message>
        <source>Välj en kommun som finns.</source>
        <translation>Choose an existing municipality.</translation>
    </message>
    <message>
        <source>Kommunen deltar inte i avtalet %1.</source>
        <translation>The municipality does not participate in the agreement %1.</translation>
    </message>
    <message>
        <source>Filen %1 är inte ett kalkylark som kan importeras (filtypen %2). Använd .xlsx eller .csv.</source>
        <translation>The file %1 is not a spreadsheet that can be imported (file type %2). Use .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 har fel kolumner. Inget importerades.</source>
        <translation>%1 has the wrong columns. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 är tom: den saknar rubrikrad. Använd mallen (export sales-template).</source>
        <translation>%1 is empty: it has no header row. Use the template (export sales-template).</translation>
    </message>
    <message>
        <source>%1 rader i %2 kunde inte delas upp i kolumner. Inget importerades.</source>
        <translation>%1 rows in %2 could not be split into columns. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 har en rubrikrad men inga rader att importera.</source>
        <translation>%1 has a header row but no rows to import.</translation>
    </message>
    <message>
        <source>Filen %1 har inga blad.</source>
        <translation>The file %1 has no sheets.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Dela upp den per period eller leverantör.</source>
        <translation>Split it by period or supplier.</translation>
    </message>
    <message>
        <source>Okänd kolumn. Filen ska ha kolumnerna %1.</source>
        <translation>Unknown column. The file must have the columns %1.</translation>
    </message>
    <message>
        <source>Raden har fler celler än rubrikraden. Använd semikolon som avgränsare, eller citattecken kring belopp med decimalkomma.</source>
        <translation>The row has more cells than the header row. Use semicolons as separators, or quotation marks around amounts with a decimal comma.</translation>
    </message>
    <message>
        <source>Kolumnen finns två gånger.</source>
        <translation>The column appears twice.</translation>
    </message>
    <message>
        <source>Mallen görs per månad: ange perioden som ÅÅÅÅ-MM, t.ex. 2026-03.</source>
        <translation>The template is made per month: enter the period as YYYY-MM, e.g. 2026-03.</translation>
    </message>
    <message>
        <source>Kommunkoden saknas. Bara en nollrapport (belopp 0) kan gälla hela perioden.</source>
        <translation>The municipality code is missing. Only a nil return (amount 0) can cover the whole period.</translation>
    </message>
    <message>
        <source>%1 fel i filen %2. Inget importerades.</source>
        <translation>%1 errors in the file %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 har inget avtal som gäller %2. Ingen mall skapades.</source>
        <translation>%1 has no agreement in force in %2. No template was created.</translation>
    </message>
    <message>
        <source>Det finns inget avtal med nummer %1.</source>
        <translation>There is no agreement with number %1.</translation>
    </message>
    <message>
        <source>Det finns ingen leverantör med organisationsnummer %1.</source>
        <translation>There is no supplier with organisation number %1.</translation>
    </message>
    <message>
        <source>Det finns ingen kommun med kommunkod %1.</source>
        <translation>There is no municipality with municipality code %1.</translation>
    </message>
    <message>
        <source>Perioden %1 finns redan i filen på rad %2 för samma avtal, leverantör och kommun.</source>
        <translation>The period %1 is already in the file on row %2 for the same agreement, supplier and municipality.</translation>
    </message>
    <message>
        <source>Perioden %1 är redan rapporterad för den här kommunen. Välj att ersätta rapporterade perioder (--replace på kommandoraden) om raderna ska ersättas.</source>
        <translation>The period %1 has already been reported for this municipality. Choose to replace reported periods (--replace on the command line) if the rows are to be replaced.</translation>
    </message>
    <message>
        <source>Kommunen %1 deltar inte i avtalet %2.</source>
        <translation>The municipality %1 does not participate in the agreement %2.</translation>
    </message>
    <message>
        <source>Det finns inget provisionsbeslut som gäller för %1.</source>
        <translation>There is no commission decision that applies to %1.</translation>
    </message>
    <message>
        <source>Bladet ”%1” i %2 är skadat och kan inte läsas (%3). Spara om filen i Excel.</source>
        <translation>The sheet ‘%1’ in %2 is damaged and cannot be read (%3). Save the file again in Excel.</translation>
    </message>
    <message>
        <source>Det finns %1 med id %2.</source>
        <translation>There is %1 with id %2.</translation>
    </message>
    <message>
        <source>Bladet ”%1” i %2 är skadat och kunde inte läsas som en Excel-fil. Spara om filen i Excel.</source>
        <translation>The sheet ‘%1’ in %2 is damaged and could not be read as an Excel file. Save the file again in Excel.</translation>
    </message>
    <message>
        <source>Den ansvariga personen finns inte.</source>
        <translation>The responsible person does not exist.</translation>
    </message>
    <message>
        <source>Personen är anonymiserad och kan inte få nya uppgifter.</source>
        <translation>The person has been anonymised and cannot be given new details.</translation>
    </message>
    <message>
        <source>Dagordningspunkten hör inte till mötet.</source>
        <translation>The agenda item does not belong to the meeting.</translation>
    </message>
    <message>
        <source>Okänd typ ”%1”. Välj information, diskussion eller beslut.</source>
        <translation>Unknown type ‘%1’. Choose information, discussion or decision.</translation>
    </message>
    <message>
        <source>Föredraganden finns inte.</source>
        <translation>The presenter does not exist.</translation>
    </message>
    <message>
        <source>Punkten har fått § %1 och kan inte tas bort. Skriv i protokollet att punkten utgick.</source>
        <translation>The item has been given § %1 and cannot be deleted. Record in the minutes that the item was withdrawn.</translation>
    </message>
    <message>
        <source>Rubriken ”%1…” är längre än 300 tecken.</source>
        <translation>The title ‘%1…’ is longer than 300 characters.</translation>
    </message>
    <message>
        <source>Filnamnet saknas.</source>
        <translation>The file name is missing.</translation>
    </message>
    <message>
        <source>%1 är större än %2 MB och kan inte bifogas.</source>
        <translation>%1 is larger than %2 MB and cannot be attached.</translation>
    </message>
    <message>
        <source>%1 är ingen PDF-fil. Bara PDF-filer kan bifogas; spara om filen som PDF.</source>
        <translation>%1 is not a PDF file. Only PDF files can be attached; save the file again as a PDF.</translation>
    </message>
    <message>
        <source>%1 har inga sidor.</source>
        <translation>%1 has no pages.</translation>
    </message>
    <message>
        <source>%1: PDF-filen är lösenordsskyddad och kan inte öppnas utan lösenord. Bifoga en version utan lösenord.</source>
        <translation>%1: the PDF file is password-protected and cannot be opened without a password. Attach a version without a password.</translation>
    </message>
    <message>
        <source>%1 är skadad och kan inte läsas som PDF.</source>
        <translation>%1 is damaged and cannot be read as a PDF.</translation>
    </message>
    <message>
        <source>Mötet ligger på %1 (%2), som inte är en arbetsdag.</source>
        <translation>The meeting falls on %1 (%2), which is not a working day.</translation>
    </message>
    <message>
        <source>Mötet ligger på en %1 (%2).</source>
        <translation>The meeting falls on a %1 (%2).</translation>
    </message>
    <message>
        <source>Protokollet har ingen § %1. %2</source>
        <translation>The minutes have no § %1. %2</translation>
    </message>
    <message>
        <source>Bilagan till punkten ”%1” kan inte läggas i mötespaketet: %2 Ta bort den och bifoga en mindre fil.</source>
        <translation>The attachment to the item ‘%1’ cannot be added to the meeting pack: %2 Remove it and attach a smaller file.</translation>
    </message>
    <message>
        <source>Det finns inga utkast som väntar på att skickas. Välj först ”Förbered utskick…”.</source>
        <translation>There are no drafts waiting to be sent. First choose ‘Prepare mail-out…’.</translation>
    </message>
    <message>
        <source>Välj %1.</source>
        <translation>Choose %1.</translation>
    </message>
    <message>
        <source>Personen finns inte (den kan ha tagits bort).</source>
        <translation>The person does not exist (they may have been deleted).</translation>
    </message>
    <message>
        <source>Personen är anonymiserad och kan inte kallas till möten.</source>
        <translation>The person has been anonymised and cannot be invited to meetings.</translation>
    </message>
    <message>
        <source>Ersättaren måste vara en annan person än den kallade.</source>
        <translation>The substitute must be a different person from the invitee.</translation>
    </message>
    <message>
        <source>Okänt svar ”%1”. Välj %2.</source>
        <translation>Unknown reply ‘%1’. Choose %2.</translation>
    </message>
    <message>
        <source>Okänd närvaro ”%1”.</source>
        <translation>Unknown attendance ‘%1’.</translation>
    </message>
    <message>
        <source>%1 är redan kallad till mötet.</source>
        <translation>%1 has already been invited to the meeting.</translation>
    </message>
    <message>
        <source>%1 saknar tidszon (tiden ska anges i svensk tid).</source>
        <translation>%1 has no time zone (the time must be given in Swedish time).</translation>
    </message>
    <message>
        <source>Gruppen finns inte (den kan ha tagits bort).</source>
        <translation>The group does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>Okänd mötestyp ”%1”. Välj ordinarie, extra eller workshop.</source>
        <translation>Unknown meeting type ‘%1’. Choose regular, extra or workshop.</translation>
    </message>
    <message>
        <source>Mötet kan inte sluta innan det börjar.</source>
        <translation>The meeting cannot end before it starts.</translation>
    </message>
    <message>
        <source>Kallelsen kan inte planeras att skickas efter mötesdagen (%1).</source>
        <translation>The invitation cannot be planned to be sent after the day of the meeting (%1).</translation>
    </message>
    <message>
        <source>Mötet är inställt och kan inte ändras.</source>
        <translation>The meeting is cancelled and cannot be changed.</translation>
    </message>
    <message>
        <source>Gruppen kan bara bytas medan mötet är ett utkast. Ställ in mötet och skapa ett nytt för den andra gruppen.</source>
        <translation>The group can only be changed while the meeting is a draft. Cancel the meeting and create a new one for the other group.</translation>
    </message>
    <message>
        <source>Bara utkast kan tas bort; mötet är %1. Ställ in mötet i stället, så finns historiken kvar.</source>
        <translation>Only drafts can be deleted; the meeting is %1. Cancel the meeting instead, so that the history is kept.</translation>
    </message>
    <message>
        <source>Mötet är redan inställt.</source>
        <translation>The meeting is already cancelled.</translation>
    </message>
    <message>
        <source>Ett genomfört möte kan inte ställas in.</source>
        <translation>A meeting that has been held cannot be cancelled.</translation>
    </message>
    <message>
        <source>Mötet är %1 och kan inte markeras som genomfört.</source>
        <translation>The meeting is %1 and cannot be marked as held.</translation>
    </message>
    <message>
        <source>Ordförande och sekreterare ska vara två olika personer.</source>
        <translation>The chair and the secretary must be two different people.</translation>
    </message>
    <message>
        <source>%1: personen finns inte.</source>
        <translation>%1: the person does not exist.</translation>
    </message>
    <message>
        <source>Paragraferna numreras när mötet är genomfört.</source>
        <translation>The sections are numbered when the meeting has been held.</translation>
    </message>
    <message>
        <source>Protokollet är inte justerat, så det behöver inte öppnas igen.</source>
        <translation>The minutes have not been approved, so they do not need to be reopened.</translation>
    </message>
    <message>
        <source>mötet är %1, inte genomfört</source>
        <translation>the meeting is %1, not held</translation>
    </message>
    <message>
        <source>ordförande saknas</source>
        <translation>no chair</translation>
    </message>
    <message>
        <source>sekreterare saknas</source>
        <translation>no secretary</translation>
    </message>
    <message>
        <source>minst en justerare behövs</source>
        <translation>at least one approver is needed</translation>
    </message>
    <message>
        <source>Protokollet kan inte justeras: %1.</source>
        <translation>The minutes cannot be approved: %1.</translation>
    </message>
    <message>
        <source>%1 ska skrivas TT:MM, t.ex. 09:30.</source>
        <translation>%1 must be written HH:MM, e.g. 09:30.</translation>
    </message>
    <message>
        <source>Året ska vara mellan %1 och %2.</source>
        <translation>The year must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Välj minst en månad.</source>
        <translation>Choose at least one month.</translation>
    </message>
    <message>
        <source>Möten planeras på vardagar: välj en veckodag måndag–fredag.</source>
        <translation>Meetings are planned on weekdays: choose a day from Monday to Friday.</translation>
    </message>
    <message>
        <source>Välj första, andra, tredje, fjärde eller sista veckodagen i månaden.</source>
        <translation>Choose the first, second, third, fourth or last such weekday of the month.</translation>
    </message>
    <message>
        <source>Välj en grupp.</source>
        <translation>Choose a group.</translation>
    </message>
    <message>
        <source>Det finns ingen grupp med id %1.</source>
        <translation>There is no group with id %1.</translation>
    </message>
    <message>
        <source>Månaderna ska vara 1–12 (januari–december).</source>
        <translation>The months must be 1–12 (January–December).</translation>
    </message>
    <message>
        <source>%1 är inaktiv; en inaktiv grupp får inga nya möten.</source>
        <translation>%1 is inactive; an inactive group gets no new meetings.</translation>
    </message>
    <message>
        <source>Utträdesdatum kan inte vara före inträdesdatum.</source>
        <translation>The date left cannot be before the date joined.</translation>
    </message>
    <message>
        <source>En utträdd kommun behöver ett utträdesdatum.</source>
        <translation>A municipality that has left needs a date left.</translation>
    </message>
    <message>
        <source>Kommunen har ett utträdesdatum: sätt status till utträdd eller ta bort datumet.</source>
        <translation>The municipality has a date left: set the status to Left or remove the date.</translation>
    </message>
    <message>
        <source>Kommunkoden %1 används redan av %2.</source>
        <translation>The municipality code %1 is already used by %2.</translation>
    </message>
    <message>
        <source>%1 kan inte tas bort eftersom den används av %2. Om kommunen har lämnat samarbetet: sätt status till utträdd i stället.</source>
        <translation>%1 cannot be deleted because it is used by %2. If the municipality has left the partnership, set the status to Left instead.</translation>
    </message>
    <message>
        <source>Kommunkoden %1 finns redan på rad %2.</source>
        <translation>The municipality code %1 is already on row %2.</translation>
    </message>
    <message>
        <source>Det finns ingen person med id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>Person %1 är redan anonymiserad.</source>
        <translation>Person %1 has already been anonymised.</translation>
    </message>
    <message>
        <source>Du kan inte anonymisera dig själv medan du är vald som användare. Välj en annan användare först.</source>
        <translation>You cannot anonymise yourself while you are selected as the user. Choose another user first.</translation>
    </message>
    <message>
        <source>Bara avtalsgrupper kan läggas till; styrgruppen och arbetsgruppen finns redan.</source>
        <translation>Only contract groups can be added; the steering group and the working group already exist.</translation>
    </message>
    <message>
        <source>%1 är en stående grupp och är alltid aktiv.</source>
        <translation>%1 is a standing group and is always active.</translation>
    </message>
    <message>
        <source>%1 är en %2 och kan inte byta typ.</source>
        <translation>%1 is a %2 and cannot change type.</translation>
    </message>
    <message>
        <source>Det finns redan en grupp som heter %1.</source>
        <translation>There is already a group called %1.</translation>
    </message>
    <message>
        <source>%1 är en stående grupp och kan inte tas bort.</source>
        <translation>%1 is a standing group and cannot be deleted.</translation>
    </message>
    <message>
        <source>%1 kan inte tas bort eftersom den har %2 (även avslutade). Markera gruppen som inaktiv i stället, så finns historiken kvar.</source>
        <translation>%1 cannot be deleted because it has %2 (including ended ones). Mark the group as inactive instead, so that the history is kept.</translation>
    </message>
    <message>
        <source>Filen har %1 möjliga dubbletter. Inget importerades. Kontrollera raderna, eller välj att importera ändå om de verkligen är olika personer.</source>
        <translation>The file has %1 possible duplicates. Nothing was imported. Check the rows, or choose to import anyway if they really are different people.</translation>
    </message>
    <message>
        <source>Kolumnen fyller samma uppgift som ”%1”.</source>
        <translation>The column serves the same purpose as ‘%1’.</translation>
    </message>
    <message>
        <source>Flera personer i registret har samma e-postadress: %1.</source>
        <translation>Several people in the register have the same email address: %1.</translation>
    </message>
    <message>
        <source>Organisationen måste fyllas i för en ny person: en kommun, STIC, SKL Kommentus/Adda eller en annan organisations namn.</source>
        <translation>The organisation must be filled in for a new person: a municipality, STIC, SKL Kommentus/Adda or another organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Samma namn och organisation som %1 i registret.</source>
        <translation>Same name and organisation as %1 in the register.</translation>
    </message>
    <message>
        <source>Samma namn och organisation som rad %1.</source>
        <translation>Same name and organisation as row %1.</translation>
    </message>
    <message>
        <source>E-postadressen %1 finns redan på rad %2.</source>
        <translation>The email address %1 is already on row %2.</translation>
    </message>
    <message>
        <source>Det finns inget medlemskap med id %1.</source>
        <translation>There is no membership with id %1.</translation>
    </message>
    <message>
        <source>Välj en person.</source>
        <translation>Choose a person.</translation>
    </message>
    <message>
        <source>Okänd roll ”%1”. Välj en av: %2.</source>
        <translation>Unknown role ‘%1’. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Till-datum (%1) kan inte vara före från-datum (%2).</source>
        <translation>The to date (%1) cannot be before the from date (%2).</translation>
    </message>
    <message>
        <source>Kommunen finns inte.</source>
        <translation>The municipality does not exist.</translation>
    </message>
    <message>
        <source>Från-datum måste fyllas i.</source>
        <translation>The from date must be filled in.</translation>
    </message>
    <message>
        <source>Medlemskapet avslutades redan %1.</source>
        <translation>The membership already ended on %1.</translation>
    </message>
    <message>
        <source>Slutdatum (%1) kan inte vara före från-datum (%2).</source>
        <translation>The end date (%1) cannot be before the from date (%2).</translation>
    </message>
    <message>
        <source>%1 har uppdrag som börjar efter %2: %3. Ändra eller ta bort dem först.</source>
        <translation>%1 has assignments starting after %2: %3. Change or delete them first.</translation>
    </message>
    <message>
        <source>Personen är anonymiserad och kan inte få några nya uppdrag.</source>
        <translation>The person has been anonymised and cannot be given any new assignments.</translation>
    </message>
    <message>
        <source>%1 %2 men medlemskapet gäller %3. Välj personens egen kommun, eller kryssa i ”Representerar annan kommun” om personen företräder en annan kommun.</source>
        <translation>%1 %2 but the membership is for %3. Choose the person&apos;s own municipality, or tick ‘Represents another municipality’ if the person represents another municipality.</translation>
    </message>
    <message>
        <source>Välj vilken kommun personen representerar.</source>
        <translation>Choose which municipality the person represents.</translation>
    </message>
    <message>
        <source>%1 har redan en %2 under perioden: %3 (%4). Avsluta det uppdraget först eller välj en annan roll.</source>
        <translation>%1 already has a %2 during the period: %3 (%4). End that assignment first or choose another role.</translation>
    </message>
    <message>
        <source>%1 är redan med i %2 under perioden, som %3 (%4). Ändra eller avsluta det medlemskapet i stället.</source>
        <translation>%1 is already in %2 during the period, as %3 (%4). Change or end that membership instead.</translation>
    </message>
    <message>
        <source>Organisationen ska vara en kommun, STIC, SKL Kommentus/Adda eller annan.</source>
        <translation>The organisation must be a municipality, STIC, SKL Kommentus/Adda or other.</translation>
    </message>
    <message>
        <source>Personen är anonymiserad och kan inte ändras.</source>
        <translation>The person has been anonymised and cannot be changed.</translation>
    </message>
    <message>
        <source>Skriv vilken organisation personen tillhör.</source>
        <translation>Enter the organisation the person belongs to.</translation>
    </message>
    <message>
        <source>Du kan inte ta bort dig själv medan du är vald som användare.</source>
        <translation>You cannot delete yourself while you are selected as the user.</translation>
    </message>
    <message>
        <source>%1 kan inte tas bort eftersom personen används av %2. Markera personen som inaktiv i stället, eller anonymisera personen om uppgifterna ska bort.</source>
        <translation>%1 cannot be deleted because the person is used by %2. Mark the person as inactive instead, or anonymise the person if the details are to be removed.</translation>
    </message>
    <message>
        <source>Välj vilken kommun personen arbetar i.</source>
        <translation>Choose which municipality the person works in.</translation>
    </message>
    <message>
        <source>Det finns ingen kommun med id %1.</source>
        <translation>There is no municipality with id %1.</translation>
    </message>
    <message>
        <source>”%1” är ingen giltig e-postadress.</source>
        <translation>‘%1’ is not a valid email address.</translation>
    </message>
    <message>
        <source>Det finns ingen aktiv STIC-medarbetare med id %1.</source>
        <translation>There is no active member of STIC staff with id %1.</translation>
    </message>
    <message>
        <source>Välj minst en person att lägga till.</source>
        <translation>Choose at least one person to add.</translation>
    </message>
    <message>
        <source>%1: datumet %2 har inte kommit än.</source>
        <translation>%1: the date %2 has not arrived yet.</translation>
    </message>
    <message>
        <source>%1 anbud som kom in i tid skulle bli för sent inkomna med klockslaget %2; ange den tid som stod i annonsen.</source>
        <translation>%1 tenders received in time would become late with the time %2; enter the time stated in the notice.</translation>
    </message>
    <message>
        <source>Upphandlingen är avbruten och kan inte ändras.</source>
        <translation>The procurement has been cancelled and cannot be changed.</translation>
    </message>
    <message>
        <source>Upphandlingen är inte avbruten.</source>
        <translation>The procurement has not been cancelled.</translation>
    </message>
    <message>
        <source>Avtalet är inte tecknat än: ange först datumet för steget Avtal tecknat.</source>
        <translation>The contract has not been signed yet: first enter the date for the Contract signed stage.</translation>
    </message>
    <message>
        <source>Datumet kan inte vara före avtalet tecknades (%1).</source>
        <translation>The date cannot be before the contract was signed (%1).</translation>
    </message>
    <message>
        <source>Okänt förfarande ”%1”. Välj ett av: %2.</source>
        <translation>Unknown procedure ‘%1’. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Regeln för avtalsspärr (%1) saknas. Lägg in den under Upphandlingsregler.</source>
        <translation>The standstill period rule (%1) is missing. Add it under Procurement rules.</translation>
    </message>
    <message>
        <source>Avtalsspärren kan inte vara kortare än %1 (%2).</source>
        <translation>The standstill period cannot be shorter than %1 (%2).</translation>
    </message>
    <message>
        <source>Regeln för avtalsspärr efter annons om avsikt (standstill.ex_ante) saknas. Lägg in den under Upphandlingsregler.</source>
        <translation>The rule for the standstill period after a voluntary ex ante transparency notice (standstill.ex_ante) is missing. Add it under Procurement rules.</translation>
    </message>
    <message>
        <source>Anbuden kan inte öppnas förrän alla i avtalsgruppen som ser anbuden har undertecknat en jävs- och sekretessförbindelse (senast %1). Saknas för: %2.</source>
        <translation>The tenders cannot be opened until everyone in the contract group who sees the tenders has signed a conflict of interest and confidentiality undertaking (by %1). Missing for: %2.</translation>
    </message>
    <message>
        <source>Beskriv jävet och vilka åtgärder som vidtogs (det skrivs i den individuella rapporten).</source>
        <translation>Describe the conflict of interest and the measures taken (this is entered in the individual report).</translation>
    </message>
    <message>
        <source>En förbindelse kan inte vara undertecknad ett datum som inte har kommit.</source>
        <translation>An undertaking cannot be signed on a date that has not yet arrived.</translation>
    </message>
    <message>
        <source>Anbuden är öppnade; förbindelsen hör till handlingarna och kan inte tas bort.</source>
        <translation>The tenders have been opened; the undertaking is part of the records and cannot be deleted.</translation>
    </message>
    <message>
        <source>Upphandlingen %1 är inte avbruten; någon underrättelse om avbrytande kan inte skrivas.</source>
        <translation>The procurement %1 has not been cancelled; no notice of cancellation can be written.</translation>
    </message>
    <message>
        <source>Upphandlingen %1 har inget skickat tilldelningsbeslut och är inte avbruten; anbuden omfattas av sekretess (19 kap. 3 § OSL). Rapporten kan skrivas när tilldelningsbeslutet är skickat.</source>
        <translation>The procurement %1 has no award decision sent and has not been cancelled; the tenders are confidential (OSL ch. 19 s. 3). The report can be written once the award decision has been sent.</translation>
    </message>
    <message>
        <source>Upphandlingen är avslutad och kan inte ändras.</source>
        <translation>The procurement is closed and cannot be changed.</translation>
    </message>
    <message>
        <source>%1 är ingen PDF. Skanna eller spara om den som PDF.</source>
        <translation>%1 is not a PDF. Scan it or save it again as a PDF.</translation>
    </message>
    <message>
        <source>Volymen ska vara ett belopp på noll kronor eller mer.</source>
        <translation>The volume must be an amount of zero kronor or more.</translation>
    </message>
    <message>
        <source>Ange datumet då fullmakten kom in.</source>
        <translation>Enter the date the power of attorney was received.</translation>
    </message>
    <message>
        <source>Upphandlingen är annonserad; deltagande kommuner kan inte läggas till efter annonseringen.</source>
        <translation>The procurement has been advertised; participating municipalities cannot be added after it has been advertised.</translation>
    </message>
    <message>
        <source>Välj en kommun i listan.</source>
        <translation>Choose a municipality from the list.</translation>
    </message>
    <message>
        <source>%1 deltar redan i upphandlingen.</source>
        <translation>%1 is already participating in the procurement.</translation>
    </message>
    <message>
        <source>Upphandlingen är annonserad; %1 kan inte tas bort som deltagare efter annonseringen.</source>
        <translation>The procurement has been advertised; %1 cannot be removed as a participant after it has been advertised.</translation>
    </message>
    <message>
        <source>Datumet då fullmakten kom in kan inte ligga i framtiden.</source>
        <translation>The date the power of attorney was received cannot be in the future.</translation>
    </message>
    <message>
        <source>Upphandlingen är annonserad med stöd av fullmakten från %1; den kan inte tas bort nu.</source>
        <translation>The procurement has been advertised on the basis of the power of attorney from %1; it cannot be removed now.</translation>
    </message>
    <message>
        <source>Ingen fullmakt från %1 är registrerad.</source>
        <translation>No power of attorney from %1 has been registered.</translation>
    </message>
    <message>
        <source>%1 är lösenordsskyddad; %2 måste kunna öppnas utan lösenord.</source>
        <translation>%1 is password-protected; %2 must be possible to open without a password.</translation>
    </message>
    <message>
        <source>Det uppskattade värdet ska vara ett belopp på 0 kr eller mer.</source>
        <translation>The estimated value must be an amount of SEK 0 or more.</translation>
    </message>
    <message>
        <source>Anbudsöppningen ska bevittnas av minst två olika namngivna personer.</source>
        <translation>The tender opening must be witnessed by at least two different named people.</translation>
    </message>
    <message>
        <source>Ett namn får vara högst 200 tecken.</source>
        <translation>A name may be at most 200 characters.</translation>
    </message>
    <message>
        <source>Okänd %1 ”%2”. Välj en i listan.</source>
        <translation>Unknown %1 ‘%2’. Choose one from the list.</translation>
    </message>
    <message>
        <source>Välj en avtalsgrupp (gruppen finns inte eller är ingen avtalsgrupp).</source>
        <translation>Choose a contract group (the group does not exist or is not a contract group).</translation>
    </message>
    <message>
        <source>Förslaget finns inte (det kan ha tagits bort).</source>
        <translation>The proposal does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>Ange skälen till att %1 används (%2); de dokumenteras i den individuella rapporten.</source>
        <translation>Enter the grounds for using %1 (%2); they are documented in the individual report.</translation>
    </message>
    <message>
        <source>Ange skälet till brådskan: kortare tidsfrister får bara användas vid brådska med ett angivet skäl (LOU 11 kap. 10 §).</source>
        <translation>Enter the reason for the urgency: shorter time limits may only be used in cases of urgency with a stated reason (LOU ch. 11 s. 10).</translation>
    </message>
    <message>
        <source>Sista dag för anbudsansökningar finns bara vid förfaranden i två steg (LOU 11 kap. 3 §).</source>
        <translation>A last day for requests to participate only exists in two-stage procedures (LOU ch. 11 s. 3).</translation>
    </message>
    <message>
        <source>Inbjudan att lämna anbud och överenskommen anbudstid finns bara vid selektivt och förhandlat förfarande (LOU 11 kap. 3 och 7 §§).</source>
        <translation>An invitation to tender and an agreed tender period only exist in the restricted and negotiated procedures (LOU ch. 11 ss. 3 and 7).</translation>
    </message>
    <message>
        <source>Okänt val för överenskommen anbudstid.</source>
        <translation>Unknown choice for the agreed tender period.</translation>
    </message>
    <message>
        <source>Inbjudan att lämna anbud (%1) kan inte skickas före sista dag för anbudsansökningar (%2).</source>
        <translation>The invitation to tender (%1) cannot be sent before the last day for requests to participate (%2).</translation>
    </message>
    <message>
        <source>Annons om avsikt att tilldela kontrakt gäller bara direktupphandling och förhandlat förfarande utan föregående annonsering (LOU 10 kap. 5 §, 19 a kap. 9 §).</source>
        <translation>A voluntary ex ante transparency notice only applies to direct awards and the negotiated procedure without prior publication (LOU ch. 10 s. 5, ch. 19 a s. 9).</translation>
    </message>
    <message>
        <source>Bara ett beslutat förslag kan bli en upphandling; förslaget är ”%1”.</source>
        <translation>Only a decided proposal can become a procurement; the proposal is ‘%1’.</translation>
    </message>
    <message>
        <source>Förslaget har redan blivit upphandling %1.</source>
        <translation>The proposal has already become procurement %1.</translation>
    </message>
    <message>
        <source>Bara en upphandling i behovsanalysen kan tas bort; den här är i steget %1. Avbryt den i stället, så finns historiken kvar.</source>
        <translation>Only a procurement at the needs analysis stage can be deleted; this one is at the %1 stage. Cancel it instead, so that the history is kept.</translation>
    </message>
    <message>
        <source>Upphandlingen har anbud och kan inte tas bort. Avbryt den i stället.</source>
        <translation>The procurement has tenders and cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <source>Diarienumret %1 används redan av ”%2”. Välj ett annat eller lämna fältet tomt för nästa nummer.</source>
        <translation>The case number %1 is already used by ‘%2’. Choose another or leave the field blank for the next number.</translation>
    </message>
    <message>
        <source>Avtalsspärren ska vara minst %1 dagar (%2) och högst 365; lämna fältet tomt för lagens minsta tid.</source>
        <translation>The standstill period must be at least %1 days (%2) and at most 365; leave the field blank for the statutory minimum.</translation>
    </message>
    <message>
        <source>Förfarandet har ingen avtalsspärr efter tilldelningen (LOU 20 kap. 2 §).</source>
        <translation>The procedure has no standstill period after the award (LOU ch. 20 s. 2).</translation>
    </message>
    <message>
        <source>Det finns ingen upphandling med id %1.</source>
        <translation>There is no procurement with id %1.</translation>
    </message>
    <message>
        <source>Okänt slag av tröskelvärde ”%1”.</source>
        <translation>Unknown kind of threshold ‘%1’.</translation>
    </message>
    <message>
        <source>Periodens slut kan inte vara före dess början.</source>
        <translation>The end of the period cannot be before its start.</translation>
    </message>
    <message>
        <source>Perioden överlappar %1 %2 (%3–%4). Ändra den perioden först eller välj datum som inte överlappar.</source>
        <translation>The period overlaps %1 %2 (%3–%4). Change that period first or choose dates that do not overlap.</translation>
    </message>
    <message>
        <source>Okänt slag av kontrakt ”%1”.</source>
        <translation>Unknown kind of contract ‘%1’.</translation>
    </message>
    <message>
        <source>Det finns ingen tidsfrist med nyckeln %1.</source>
        <translation>There is no time limit with the key %1.</translation>
    </message>
    <message>
        <source>Upphandlingen %1 är avbruten; inget tilldelningsbeslut kan skickas.</source>
        <translation>The procurement %1 has been cancelled; no award decision can be sent.</translation>
    </message>
    <message>
        <source>Upphandlingen är redan i steget %1; tilldelningsbeslutet är skickat.</source>
        <translation>The procurement is already at the %1 stage; the award decision has been sent.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet skickades redan %1. Flytta tillbaka upphandlingen till Utvärdering om ett nytt beslut ska skickas.</source>
        <translation>The award decision was already sent on %1. Move the procurement back to Evaluation if a new decision is to be sent.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet (%1) kan inte skickas före %2 (%3).</source>
        <translation>The award decision (%1) cannot be sent before %2 (%3).</translation>
    </message>
    <message>
        <source>Ett tilldelningsbeslut kan inte markeras som skickat ett datum som inte har kommit än.</source>
        <translation>An award decision cannot be marked as sent on a date that has not yet arrived.</translation>
    </message>
    <message>
        <source>Inget anbud är markerat att tilldelas. Markera det eller de anbud som ska antas innan tilldelningsbeslutet skickas.</source>
        <translation>No tender is marked for award. Mark the tender or tenders to be accepted before the award decision is sent.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet kan skickas först när upphandlingen har nått steget Utvärdering (nu: %1).</source>
        <translation>The award decision can only be sent once the procurement has reached the Evaluation stage (now: %1).</translation>
    </message>
    <message>
        <source>Avtal kan inte tecknas innan tilldelningsbeslutet har skickats: ange tilldelningsbeslutets datum först.</source>
        <translation>A contract cannot be signed before the award decision has been sent: enter the date of the award decision first.</translation>
    </message>
    <message>
        <source>Avtal får tecknas tidigast %1: avtalsspärren (%2 dagar från %3%4, %5) löper till och med %6%7.</source>
        <translation>The contract may be signed on %1 at the earliest: the standstill period (%2 days from %3%4, %5) runs up to and including %6%7.</translation>
    </message>
    <message>
        <source>Anbud har redan registrerats, så sista anbudsdag kan inte flyttas tidigare än %1: anbud som kom in i tid skulle då bli försenade i efterhand.</source>
        <translation>Tenders have already been registered, so the tender deadline cannot be moved earlier than %1: tenders that arrived in time would then retroactively become late.</translation>
    </message>
    <message>
        <source>Okänt steg ”%1”.</source>
        <translation>Unknown stage ‘%1’.</translation>
    </message>
    <message>
        <source>Ange varför upphandlingen flyttas tillbaka; skälet sparas i historiken.</source>
        <translation>Enter why the procurement is being moved back; the reason is saved in the history.</translation>
    </message>
    <message>
        <source>Ange varför upphandlingen avbryts; skälet sparas.</source>
        <translation>Enter why the procurement is being cancelled; the reason is saved.</translation>
    </message>
    <message>
        <source>Skälet får vara högst 5000 tecken.</source>
        <translation>The reason may be at most 5,000 characters.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) kan inte vara före %4 (%5).</source>
        <translation>%1: %2 (%3) cannot be before %4 (%5).</translation>
    </message>
    <message>
        <source>Steget %1 är inte nått än, så det kan bara få ett planerat datum. Använd ”Nästa steg” när steget är gjort.</source>
        <translation>The %1 stage has not been reached yet, so it can only have a planned date. Use ‘Next stage’ when the stage is done.</translation>
    </message>
    <message>
        <source>%1 är ett nått steg och behöver ett faktiskt datum. Flytta tillbaka upphandlingen om steget inte är gjort.</source>
        <translation>%1 is a stage that has been reached and needs an actual date. Move the procurement back if the stage has not been done.</translation>
    </message>
    <message>
        <source>Upphandlingen är redan avslutad.</source>
        <translation>The procurement is already closed.</translation>
    </message>
    <message>
        <source>%1 (%2) kan inte vara före %3 (%4).</source>
        <translation>%1 (%2) cannot be before %3 (%4).</translation>
    </message>
    <message>
        <source>Upphandlingen kan bara flyttas tillbaka till ett steg före %1.</source>
        <translation>The procurement can only be moved back to a stage before %1.</translation>
    </message>
    <message>
        <source>Avtalet är redan tecknat; upphandlingen kan inte avbrytas.</source>
        <translation>The contract has already been signed; the procurement cannot be cancelled.</translation>
    </message>
    <message>
        <source>Upphandlingen kan inte annonseras förrän alla deltagande kommuner har lämnat fullmakt. Fullmakt saknas för: %1.</source>
        <translation>The procurement cannot be advertised until all participating municipalities have given power of attorney. Power of attorney missing for: %1.</translation>
    </message>
    <message>
        <source>Tilldelningsbeslutet skickades %1; anbuden kan inte ändras efter det.</source>
        <translation>The award decision was sent on %1; the tenders cannot be changed after that.</translation>
    </message>
    <message>
        <source>Ange när anbudet kom in.</source>
        <translation>Enter when the tender was received.</translation>
    </message>
    <message>
        <source>Anbudet kom in efter sista anbudsdag (%1) och får inte kvalificeras; det ska lämnas utan prövning.</source>
        <translation>The tender arrived after the tender deadline (%1) and may not be qualified; it must be rejected without assessment.</translation>
    </message>
    <message>
        <source>Skriv skälet till att anbudet inte är kvalificerat.</source>
        <translation>Enter the reason why the tender is not qualified.</translation>
    </message>
    <message>
        <source>Priset ska vara ett belopp på noll kronor eller mer.</source>
        <translation>The price must be an amount of zero kronor or more.</translation>
    </message>
    <message>
        <source>Poängen ska vara ett tal, noll eller mer.</source>
        <translation>The score must be a number, zero or more.</translation>
    </message>
    <message>
        <source>Okänd leverantör.</source>
        <translation>Unknown supplier.</translation>
    </message>
    <message>
        <source>Mottagningstiden saknar tidszon (den ska anges i svensk tid).</source>
        <translation>The time of receipt has no time zone (it must be given in Swedish time).</translation>
    </message>
    <message>
        <source>Placeringen ska vara ett heltal från 1 och uppåt.</source>
        <translation>The ranking must be a whole number from 1 upwards.</translation>
    </message>
    <message>
        <source>Anbudet är tilldelat; ta bort tilldelningen innan det markeras som inte kvalificerat.</source>
        <translation>The tender has been awarded; remove the award before marking it as not qualified.</translation>
    </message>
    <message>
        <source>Anbudet hör inte till den här upphandlingen.</source>
        <translation>The tender does not belong to this procurement.</translation>
    </message>
    <message>
        <source>Bara kvalificerade anbud kan tilldelas. Inte kvalificerat: %1.</source>
        <translation>Only qualified tenders can be awarded. Not qualified: %1.</translation>
    </message>
    <message>
        <source>Mottagningstiden kan inte ligga i framtiden.</source>
        <translation>The time of receipt cannot be in the future.</translation>
    </message>
    <message>
        <source>Bara kvalificerade anbud kan få en placering.</source>
        <translation>Only qualified tenders can be ranked.</translation>
    </message>
    <message>
        <source>Förslaget är redan kopplat till den dagordningspunkten.</source>
        <translation>The proposal is already linked to that agenda item.</translation>
    </message>
    <message>
        <source>”%1” är ingen kommun med årsvolym.</source>
        <translation>‘%1’ is not a municipality with an annual volume.</translation>
    </message>
    <message>
        <source>%1 finns med två gånger; ange kommunens volym en gång.</source>
        <translation>%1 appears twice; enter the municipality&apos;s volume once.</translation>
    </message>
    <message>
        <source>Mötet är inställt; välj ett annat möte.</source>
        <translation>The meeting is cancelled; choose another meeting.</translation>
    </message>
    <message>
        <source>Förslaget är inte kopplat till den dagordningspunkten.</source>
        <translation>The proposal is not linked to that agenda item.</translation>
    </message>
    <message>
        <source>Årsvolymen för %1 ska vara ett belopp i hela ören.</source>
        <translation>The annual volume for %1 must be an amount in whole öre.</translation>
    </message>
    <message>
        <source>Årsvolymen för %1 kan inte vara negativ.</source>
        <translation>The annual volume for %1 cannot be negative.</translation>
    </message>
    <message>
        <source>Årsvolymen för %1 är orimligt stor; högst %2 per kommun och år.</source>
        <translation>The annual volume for %1 is unreasonably large; at most %2 per municipality and year.</translation>
    </message>
    <message>
        <source>Okänt område ”%1”. Välj socialt, tekniskt eller annat.</source>
        <translation>Unknown area ‘%1’. Choose social, technical or other.</translation>
    </message>
    <message>
        <source>Okänt ursprung ”%1”. Välj workshop, arbetsgruppen eller kommun.</source>
        <translation>Unknown origin ‘%1’. Choose workshop, working group or municipality.</translation>
    </message>
    <message>
        <source>Välj vilken workshop förslaget kommer från.</source>
        <translation>Choose which workshop the proposal comes from.</translation>
    </message>
    <message>
        <source>Välj vilken kommun förslaget kommer från.</source>
        <translation>Choose which municipality the proposal comes from.</translation>
    </message>
    <message>
        <source>Förslagsställaren finns inte.</source>
        <translation>The proposer does not exist.</translation>
    </message>
    <message>
        <source>Okänd status ”%1”. Välj bland: %2.</source>
        <translation>Unknown status ‘%1’. Choose from: %2.</translation>
    </message>
    <message>
        <source>Workshoppen finns inte (den kan ha tagits bort).</source>
        <translation>The workshop does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>Förslaget ”%1” har blivit upphandling %2 och kan inte tas bort.</source>
        <translation>The proposal ‘%1’ has become procurement %2 and cannot be deleted.</translation>
    </message>
    <message>
        <source>Okänd status ”%1”.</source>
        <translation>Unknown status ‘%1’.</translation>
    </message>
    <message>
        <source>Förslaget har redan status %1.</source>
        <translation>The proposal already has the status %1.</translation>
    </message>
    <message>
        <source>Förslaget har blivit upphandling %1; dess status kan inte ändras.</source>
        <translation>The proposal has become procurement %1; its status cannot be changed.</translation>
    </message>
    <message>
        <source>Ett förslag med status %1 kan inte bli %2; det kan bli %3.%4</source>
        <translation>A proposal with the status %1 cannot become %2; it can become %3.%4</translation>
    </message>
    <message>
        <source>Datumet för statusändringen kan inte vara före den dag förslaget registrerades (%1).</source>
        <translation>The date of the status change cannot be before the day the proposal was registered (%1).</translation>
    </message>
    <message>
        <source>Rangen ska vara ett heltal från 1 till %1.</source>
        <translation>The rank must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>Ett förslag med status %1 kan inte prioriteras. Ta upp det för diskussion först.</source>
        <translation>A proposal with the status %1 cannot be prioritised. Take it up for discussion first.</translation>
    </message>
    <message>
        <source>Det finns ingen workshop med id %1.</source>
        <translation>There is no workshop with id %1.</translation>
    </message>
    <message>
        <source>Datumet för workshoppen måste fyllas i.</source>
        <translation>The date of the workshop must be filled in.</translation>
    </message>
    <message>
        <source>Okänt område ”%1”. Välj socialt eller tekniskt.</source>
        <translation>Unknown area ‘%1’. Choose social or technical.</translation>
    </message>
    <message>
        <source>En workshop kan ha högst %1 deltagare.</source>
        <translation>A workshop can have at most %1 participants.</translation>
    </message>
    <message>
        <source>Personen med id %1 finns inte (kan ha tagits bort).</source>
        <translation>The person with id %1 does not exist (they may have been deleted).</translation>
    </message>
    <message>
        <source>Datumet ska ligga mellan år 2000 och 2100.</source>
        <translation>The date must be between the years 2000 and 2100.</translation>
    </message>
    <message>
        <source>”%1” är inget giltigt person-id.</source>
        <translation>‘%1’ is not a valid person id.</translation>
    </message>
    <message>
        <source>Workshoppen ”%1” kan inte tas bort: %2 förslag kommer från den. Ändra eller ta bort förslagen först.</source>
        <translation>The workshop ‘%1’ cannot be deleted: %2 proposals come from it. Change or delete the proposals first.</translation>
    </message>
    <message>
        <source>Gallringsreglerna kan inte sparas: </source>
        <translation>The disposal rules cannot be saved: </translation>
    </message>
    <message>
        <source>Filen %1 är varken UTF-8 eller Windows-1252 och kan inte läsas som text. Spara den som CSV UTF-8 i Excel.</source>
        <translation>The file %1 is neither UTF-8 nor Windows-1252 and cannot be read as text. Save it as CSV UTF-8 in Excel.</translation>
    </message>
    <message>
        <source>Filtypen %1 stöds inte. Använd .xlsx eller .csv.</source>
        <translation>The file type %1 is not supported. Use .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Filen %1 är %2. Största tillåtna storlek är %3; dela upp filen.</source>
        <translation>The file %1 is %2. The largest size allowed is %3; split the file.</translation>
    </message>
    <message>
        <source>Filen %1 är tom.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>Filen %1 är inte ett kalkylark: den kunde inte läsas som en Excel-fil (.xlsx).</source>
        <translation>The file %1 is not a spreadsheet: it could not be read as an Excel file (.xlsx).</translation>
    </message>
    <message>
        <source>Filen %1 är %2 uppackad. Största tillåtna storlek uppackad är %3; dela upp filen.</source>
        <translation>The file %1 is %2 uncompressed. The largest uncompressed size allowed is %3; split the file.</translation>
    </message>
    <message>
        <source>Filen %1 är tom: den saknar rubrikrad.</source>
        <translation>The file %1 is empty: it has no header row.</translation>
    </message>
    <message>
        <source>Filen %1 har en rubrikrad men inga rader att importera.</source>
        <translation>The file %1 has a header row but no rows to import.</translation>
    </message>
    <message>
        <source>Filen %1 är inte ett kalkylark: den innehåller binära data, inte text (CSV).</source>
        <translation>The file %1 is not a spreadsheet: it contains binary data, not text (CSV).</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte läsas som en Excel-fil (.xlsx): %2</source>
        <translation>The file %1 could not be read as an Excel file (.xlsx): %2</translation>
    </message>
    <message>
        <source>Filen %1 har %2 text i delade celler (sharedStrings). Största tillåtna är %3; dela upp filen.</source>
        <translation>The file %1 has %2 of text in shared cells (sharedStrings). The largest allowed is %3; split the file.</translation>
    </message>
    <message>
        <source>%1 har fler än %2 rader och är för stor för en import. Dela upp filen.</source>
        <translation>%1 has more than %2 rows and is too large to import. Split the file.</translation>
    </message>
    <message>
        <source>%1, rad %2: raden har fler än %3 kolumner.</source>
        <translation>%1, row %2: the row has more than %3 columns.</translation>
    </message>
    <message>
        <source>%1, rad %2, kolumn %3: cellen har %4 tecken. Största tillåtna längd är %5 tecken per cell.</source>
        <translation>%1, row %2, column %3: the cell has %4 characters. The maximum length allowed is %5 characters per cell.</translation>
    </message>
    <message>
        <source>Filen %1, rad %2, kan inte läsas som CSV (%3).</source>
        <translation>The file %1, row %2, cannot be read as CSV (%3).</translation>
    </message>
    <message>
        <source>Filen %1, rad %2: en cell är längre än %3 tecken. Största tillåtna längd är %4 tecken per cell.</source>
        <translation>The file %1, row %2: a cell is longer than %3 characters. The maximum length allowed is %4 characters per cell.</translation>
    </message>
    <message>
        <source>Databasen %1 kan inte ersättas: %2 Inget ändrades.</source>
        <translation>The database %1 cannot be replaced: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Filen %1 är den databas som är öppen nu. Välj en säkerhetskopia. Inget ändrades.</source>
        <translation>The file %1 is the database that is open now. Choose a backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Mappen %1 går inte att skapa eller skriva i. Välj en annan mapp för säkerhetskopiorna.</source>
        <translation>The folder %1 cannot be created or written to. Choose another folder for the backups.</translation>
    </message>
    <message>
        <source>Den automatiska säkerhetskopian kunde inte sparas: mappen %1 går inte att skapa eller skriva i. Välj en annan mapp under Arkiv → Inställningar för säkerhetskopior. Databasen är oförändrad.</source>
        <translation>The automatic backup could not be saved: the folder %1 cannot be created or written to. Choose another folder under File → Backup settings. The database is unchanged.</translation>
    </message>
    <message>
        <source>Den automatiska säkerhetskopian kunde inte sparas. %1</source>
        <translation>The automatic backup could not be saved. %1</translation>
    </message>
    <message>
        <source>Den nuvarande databasen kunde inte kopieras före återställningen (%1) Inget ändrades. Flytta undan filen och återställ till en ny fil i stället.</source>
        <translation>The current database could not be copied before the restore (%1) Nothing was changed. Move the file out of the way and restore to a new file instead.</translation>
    </message>
    <message>
        <source>Den återställda databasen kunde inte öppnas: %1 Den tidigare databasen har lagts tillbaka.</source>
        <translation>The restored database could not be opened: %1 The previous database has been put back.</translation>
    </message>
    <message>
        <source>Databasen %1 kan inte öppnas: tabellen %2 saknas (den har tagits bort av ett annat program). Återställ från en säkerhetskopia. Filen lämnades orörd.</source>
        <translation>The database %1 cannot be opened: the table %2 is missing (it has been removed by another program). Restore from a backup. The file was left untouched.</translation>
    </message>
    <message>
        <source>Databasen %1 finns inte.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Databasen %1 är tom och är ingen STIC-databas. Ingen säkerhetskopia gjordes.</source>
        <translation>The database %1 is empty and is not a STIC database. No backup was made.</translation>
    </message>
    <message>
        <source>Högsta provisionssats ska vara ett tal över 0 och högst 100 (procent), till exempel 3 eller 2,5.</source>
        <translation>The maximum commission rate must be a number above 0 and at most 100 (per cent), for example 3 or 2.5.</translation>
    </message>
    <message>
        <source>Varseltiden ska vara 1–24 månader.</source>
        <translation>The notice period must be 1–24 months.</translation>
    </message>
    <message>
        <source>Överprövning söks hos en förvaltningsrätt, till exempel %1 (20 kap. 5 § LOU).</source>
        <translation>Applications for review are made to an administrative court, for example %1 (LOU ch. 20 s. 5).</translation>
    </message>
    <message>
        <source>Logotypen måste vara en PNG- eller JPEG-bild.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Organisationens namn måste fyllas i.</source>
        <translation>The organisation&apos;s name must be filled in.</translation>
    </message>
    <message>
        <source>Kontaktuppgifterna för personuppgifter får vara högst 2 000 tecken.</source>
        <translation>The contact details for personal data may be at most 2,000 characters.</translation>
    </message>
    <message>
        <source>Ange namnet på den upphandlande organisationen.</source>
        <translation>Enter the name of the contracting authority.</translation>
    </message>
    <message>
        <source>Logotypen kan inte läsas som bild: filen är skadad eller ofullständig. Välj en annan PNG- eller JPEG-fil.</source>
        <translation>The logo cannot be read as an image: the file is damaged or incomplete. Choose another PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Det här gäller bara teamdatabasen (--db postgresql://SERVER/DATABAS).</source>
        <translation>This only applies to the team database (--db postgresql://SERVER/DATABASE).</translation>
    </message>
    <message>
        <source>Databasen %1 är tom och är ingen STIC-databas. Inget flyttades.</source>
        <translation>The database %1 is empty and is not a STIC database. Nothing was moved.</translation>
    </message>
    <message>
        <source>Ange servern (namn eller adress).</source>
        <translation>Enter the server (name or address).</translation>
    </message>
    <message>
        <source>Porten är ett tal mellan 1 och 65535 (oftast 5432).</source>
        <translation>The port is a number between 1 and 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Ange databasens namn.</source>
        <translation>Enter the database&apos;s name.</translation>
    </message>
    <message>
        <source>Ange ditt användarnamn (eller använd inloggningen i Windows/Kerberos).</source>
        <translation>Enter your user name (or use the Windows/Kerberos login).</translation>
    </message>
    <message>
        <source>Offlinekopian kunde inte uppdateras; den förra finns kvar. </source>
        <translation>The offline copy could not be updated; the previous one is kept. </translation>
    </message>
    <message>
        <source>Teamdatabasen %1 innehåller redan uppgifter (%2 rader). Flytta bara in i en tom teamdatabas. Inget ändrades.</source>
        <translation>The team database %1 already contains data (%2 rows). Only move into an empty team database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Radantalen stämde inte efter kopieringen; inget flyttades in. Fil: %1, team: %2</source>
        <translation>The row counts did not match after copying; nothing was moved in. File: %1, team: %2</translation>
    </message>
    <message>
        <source>Nyårsdagen</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Trettondedag jul</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Långfredagen</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Påskdagen</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Annandag påsk</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Första maj</source>
        <translation>May Day</translation>
    </message>
    <message>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Nationaldagen</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Pingstdagen</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Midsommardagen</source>
        <translation>Midsummer Day</translation>
    </message>
    <message>
        <source>Alla helgons dag</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Juldagen</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Annandag jul</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Midsommarafton</source>
        <translation>Midsummer Eve</translation>
    </message>
    <message>
        <source>Julafton</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Nyårsafton</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>Flytta tillbaka</source>
        <translation>Move back</translation>
    </message>
    <message>
        <source>Varför? Skälet sparas i historiken.</source>
        <translation>Why? The reason is saved in the history.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tillbaka till steget:</source>
        <translation>Back to stage:</translation>
    </message>
    <message>
        <source>Skäl:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Flytta följande datum</source>
        <translation>Move the following dates</translation>
    </message>
    <message>
        <source>Flytta dem också</source>
        <translation>Move them too</translation>
    </message>
</context>
</TS>
