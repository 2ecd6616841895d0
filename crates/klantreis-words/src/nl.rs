//! Dutch, the default language: every key in words.

use crate::{Counted, Forms, Msg, Words, one_or_other};

pub(crate) const WORDS: Words = Words {
    code: "nl",
    name: "Nederlands",
    switch_to: "Schakel naar Nederlands",
    decimal: ',',
    text,
    counted,
    plural: one_or_other,
    date,
};

/// 25-11-2026.
fn date(year: i32, month: u32, day: u32) -> String {
    format!("{day:02}-{month:02}-{year}")
}

fn counted(what: Counted) -> Forms {
    match what {
        Counted::Journeys => Forms::two("{0} klantreis", "{0} klantreizen"),
        Counted::WaitingChanges => Forms::two("{0} wijziging wacht", "{0} wijzigingen wachten"),
        Counted::Agencies => Forms::two("{0} instantie", "{0} instanties"),
        Counted::Touchpoints => Forms::two("{0} contactmoment", "{0} contactmomenten"),
        Counted::Stories => Forms::two("{0} verhaal", "{0} verhalen"),
        Counted::People => Forms::two("{0} persoon", "{0} personen"),
        Counted::Answered => Forms::two(
            "{0} contactmoment of verhaal",
            "{0} contactmomenten en verhalen",
        ),
        Counted::Workshops => Forms::two("{0} workshop", "{0} workshops"),
        Counted::PainPoints => Forms::two("{0} knelpunt", "{0} knelpunten"),
        Counted::Opportunities => Forms::two("{0} kans", "{0} kansen"),
        Counted::Places => Forms::two("{0} plaats", "{0} plaatsen"),
        Counted::ControlCharacters => {
            Forms::two("{0} onzichtbaar stuurteken", "{0} onzichtbare stuurtekens")
        }
        Counted::Characters => Forms::two("{0} teken", "{0} tekens"),
        Counted::Items => Forms::two("{0} item", "{0} items"),
        Counted::Answers => Forms::two("{0} antwoord", "{0} antwoorden"),
        Counted::Minutes => Forms::two("{0} minuut", "{0} minuten"),
        Counted::Hours => Forms::two("{0} uur", "{0} uur"),
        Counted::Days => Forms::two("{0} dag", "{0} dagen"),
        Counted::Weeks => Forms::two("{0} week", "{0} weken"),
        Counted::Months => Forms::two("{0} maand", "{0} maanden"),
    }
}

// Long: one arm per key; the exhaustive match is what makes a missing translation a build error.
fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "Klantreis",
        Msg::SkipToContent => "Naar de inhoud",
        // Library
        Msg::LibraryIntro => "Je klantreizen staan alleen in deze browser, op dit apparaat.",
        Msg::MyJourneys => "Mijn klantreizen",
        Msg::NewJourney => "Nieuwe klantreis",
        Msg::NewJourneyTitle => "Nieuwe klantreis",
        Msg::DefaultPersona => "Cliënt",
        Msg::JourneysFound => "{0} gevonden",
        Msg::SearchJourneys => "Zoeken in titel, persona of workshop",
        Msg::ShowMoreJourneys => "Meer tonen ({0} van {1} getoond)",
        Msg::DateFormat => "dd-mm-jjjj",
        Msg::DateInvalid => {
            "Geen datum: schrijf dag-maand-jaar, zoals 07-03-2024. De vorige datum blijft staan."
        }
        Msg::NoJourneys => "Nog geen klantreizen. Begin een nieuwe of open een voorbeeld.",
        Msg::Examples => "Voorbeelden",
        Msg::ExamplesIntro => {
            "Echte reizen uit de praktijk. Openen maakt een kopie die je vrij kunt bewerken."
        }
        Msg::OpenAsCopy => "Open als kopie",
        Msg::Open => "Openen",
        Msg::Rename => "Naam wijzigen",
        Msg::Duplicate => "Dupliceren",
        Msg::Delete => "Verwijderen",
        Msg::Cancel => "Annuleren",
        Msg::Save => "Opslaan",
        Msg::CopySuffix => "(kopie)",
        Msg::Updated => "Gewijzigd",
        Msg::Touchpoints => "Contactmomenten",
        Msg::Agencies => "Instanties",
        Msg::Persona => "Persona",
        Msg::Title => "Titel",
        Msg::Loading => "Laden…",
        Msg::PartUnfetched => {
            "Dit deel van Klantreis kon niet worden opgehaald. Controleer de verbinding en laad de pagina opnieuw; uw gegevens blijven bewaard."
        }
        Msg::ConfirmDeleteJourney => "Klantreis “{0}” verwijderen?",
        Msg::ConfirmDeleteJourneyBody => {
            "De reis met al zijn contactmomenten en verhalen verdwijnt uit deze browser. Je kunt het direct daarna nog ongedaan maken."
        }
        Msg::Deleted => "“{0}” is verwijderd.",
        Msg::Undo => "Ongedaan maken",
        Msg::SkippedUnreadable => {
            "Overgeslagen omdat de opgeslagen gegevens niet te lezen zijn: {0}. Open ze in de bibliotheek om te zien wat er mis is."
        }
        Msg::Safekeeping => "Bewaren en wissen",
        Msg::StorageUsed => "In gebruik: {0} van {1} die deze browser toestaat.",
        Msg::StoragePersisted => "De browser bewaart deze gegevens ook als de schijf vol raakt.",
        Msg::StorageNotPersisted => {
            "Let op: de browser mag deze gegevens wissen als de schijf vol raakt of het profiel wordt opgeschoond. Maak geregeld een reservekopie."
        }
        Msg::BackupMake => "Reservekopie maken",
        Msg::BackupLast => "Laatste reservekopie: {0}.",
        Msg::BackupNever => "Nog geen reservekopie gemaakt.",
        Msg::BackupDue => {
            "Er zijn wijzigingen die nog in geen enkele reservekopie staan. Maak een reservekopie: alle klantreizen en workshops in één bestand."
        }
        Msg::EraseEverything => "Alles wissen op dit apparaat",
        Msg::EraseTitle => "Alles wissen op dit apparaat?",
        Msg::EraseBody => {
            "Dit wist {0} met samen {1}, {2}, je voorkeuren en de offline kopie van de app uit deze browser. Dit kan niet ongedaan worden. Maak eerst een reservekopie als je iets wilt houden."
        }
        Msg::EraseConfirm => "Alles wissen",
        Msg::EraseFailed => "Wissen is niet gelukt: {0}",
        Msg::EraseBlocked => {
            "Wissen wacht op een ander tabblad met Klantreis. Sluit de andere tabbladen en probeer het opnieuw."
        }
        Msg::ErasedTitle => "Alles is gewist",
        Msg::ErasedBody => {
            "Deze browser bewaart niets meer van Klantreis: geen klantreizen, geen workshops, geen voorkeuren, geen offline kopie. Je kunt dit tabblad sluiten."
        }
        Msg::StartAgain => "Opnieuw beginnen",
        Msg::PrivacyTitle => "Privacy en gegevens",
        Msg::PrivacyWhereTitle => "Wat wordt waar bewaard",
        Msg::PrivacyWhere => {
            "Klantreizen, verhalen, antwoorden op de duidingsvragen en workshops staan alleen in deze browser, op dit apparaat: in IndexedDB (databases “klantreis” en, voor persona’s, “klantreis-personas”). Voorkeuren (taal), het moment van de laatste reservekopie en een noodkopie van niet-opgeslagen werk bij het sluiten van een tabblad staan in localStorage. De app zelf staat in de offline cache van de browser."
        }
        Msg::PrivacyLeavesTitle => "Wat het apparaat verlaat",
        Msg::PrivacyLeaves => {
            "Niets, tenzij je zelf exporteert (een bestand, CSV, Excel, SVG, PNG of een afdruk). Er is geen server, geen account, geen analyse en er worden geen bestanden van andere websites geladen; een Content Security Policy houdt dat zo."
        }
        Msg::PrivacyPseudonymsTitle => "Pseudoniemen",
        Msg::PrivacyPseudonyms => {
            "Gebruik geen echte namen, adressen of BSN. Geef de cliënt een pseudoniem en noteer alleen wat je nodig hebt voor de klantreis (dataminimalisatie, AVG)."
        }
        Msg::PrivacyEraseTitle => "Wissen",
        Msg::PrivacyErase => {
            "Een klantreis verwijder je in de bibliotheek. “Alles wissen op dit apparaat” verwijdert de database, localStorage, de offline cache en de service worker. Geëxporteerde bestanden beheer je zelf."
        }
        Msg::PrivacyNotTitle => "Waartegen dit niet beschermt",
        Msg::PrivacyNot => {
            "Iemand die het ontgrendelde apparaat of browserprofiel gebruikt, kan alles lezen: de gegevens zijn niet versleuteld. Vergrendel het apparaat, gebruik een eigen browserprofiel en wis na een workshop op een gedeelde laptop. De browser kan gegevens wissen bij ruimtegebrek als hij ze niet blijvend bewaart: maak reservekopieën."
        }
        Msg::RecoveredTitle => "Herstelde versie van {0} ({1})",
        Msg::RecoveredNotice => {
            "Niet-opgeslagen werk aan “{0}” kwam na een nieuwere versie uit een ander tabblad. Beide zijn bewaard: je werk staat als herstelde versie in de bibliotheek."
        }
        Msg::Redo => "Opnieuw",
        Msg::Close => "Sluiten",
        // Journey header
        Msg::BackToLibrary => "Bibliotheek",
        Msg::JourneyTitle => "Titel van de reis",
        Msg::PersonaName => "Persona (pseudoniem)",
        Msg::PersonaSituation => "Situatie",
        Msg::Goal => "Doel",
        Msg::Means => "Middel",
        Msg::Trigger => "Aanleiding",
        Msg::Outcome => "Uitkomst",
        Msg::PeriodStart => "Van",
        Msg::PeriodEnd => "Tot",
        Msg::Tags => "Labels (met komma’s)",
        // Saving
        Msg::Saved => "Opgeslagen",
        Msg::Saving => "Opslaan…",
        Msg::Unsaved => "Niet opgeslagen",
        // Map
        Msg::Map => "Klantreiskaart",
        Msg::Emotion => "Beleving",
        Msg::EmotionCurve => "Emotiecurve",
        Msg::AddAgency => "Instantie toevoegen",
        Msg::NewAgencyName => "Nieuwe instantie",
        Msg::AddTouchpointTo => "Contactmoment toevoegen bij {0}",
        Msg::NewTouchpointTitle => "Nieuw contactmoment",
        Msg::EmptyMap => {
            "Nog geen instanties. Voeg de eerste instantie toe die de cliënt tegenkwam."
        }
        Msg::NoTouchpointsYet => "Nog geen contactmomenten",
        Msg::CardSpoken => "Contactmoment {0} van {1}, {2},",
        Msg::JourneyHeaderToggle => "Persona en doel",
        Msg::MoreActions => "Meer",
        Msg::MapKeys => "Sneltoetsen",
        Msg::MapKeyboardHint => {
            "Tip: met de pijltjes loop je langs de kaarten, Enter opent er een (Esc brengt je terug), Alt + pijltjes verplaatst hem, Shift + spatie kiest er meer, Ctrl+C en Ctrl+V kopiëren en plakken. + en − zoomen, 0 maakt de kaart passend."
        }
        Msg::Zoom => "Zoomen",
        Msg::ZoomIn => "Inzoomen",
        Msg::ZoomOut => "Uitzoomen",
        Msg::ZoomFullSize => "terug naar ware grootte",
        Msg::ZoomFit => "Passend",
        Msg::ZoomPercent => "{0} %",
        Msg::MakeToBe => "Gewenste reis maken",
        Msg::ToBeSuffix => "gewenst",
        Msg::ToBeOf => "Gewenste reis van “{0}”.",
        Msg::ToBeCompare => "Vergelijking met de huidige reis",
        Msg::ToBePresent => "Naast elkaar presenteren",
        Msg::ToBeAsIs => "Huidige reis",
        Msg::ToBeToBe => "Gewenste reis",
        Msg::ToBeCurves => "Beleving: huidige en gewenste reis",
        Msg::ToBeContacts => "Contactmomenten",
        Msg::ToBeWaiting => "Wachttijd in totaal",
        Msg::ToBeEmotion => "Gemiddelde beleving",
        Msg::ToBeRemoved => "Vervallen stappen",
        Msg::ToBeAdded => "Nieuwe stappen",
        Msg::ToBeChanged => "Veranderde stappen",
        Msg::ToBeNone => "geen",
        Msg::ToBeMissing => "De huidige reis staat niet (meer) in deze browser.",
        Msg::FigBrokenPerAgency => "Geschonden belevingsprincipes per instantie",
        Msg::FigBrokenPerChannel => "Geschonden belevingsprincipes per kanaal",
        Msg::FigBrokenPerPhase => "Geschonden belevingsprincipes per fase",
        Msg::FigBrokenSummary => {
            "{0} contactmomenten met een oordeel · {1} keer een principe geschonden"
        }
        Msg::ReportPrinciplesBroken => "Waar belevingsprincipes breken",
        Msg::ReportBroken => "Geschonden",
        Msg::ReportKept => "Waargemaakt",
        Msg::ProblemUnknownPhase => "verwijst naar fase “{0}”, die niet in deze reis staat",
        Msg::ColPhase => "fase",
        Msg::ColPrinciplesKept => "principes waargemaakt",
        Msg::ColPrinciplesBroken => "principes geschonden",
        Msg::PrincipleSnel => "Snel",
        Msg::PrinciplePersoonlijk => "Persoonlijk",
        Msg::PrincipleBetrokken => "Betrokken",
        Msg::PrincipleEenvoudig => "Eenvoudig",
        Msg::PrincipleRelevant => "Relevant",
        Msg::PrincipleTransparant => "Transparant",
        Msg::PrincipleConsistent => "Consistent",
        Msg::Principles => "Belevingsprincipes",
        Msg::PrinciplesHint => "Per principe: waargemaakt (+), geschonden (−) of niet beoordeeld.",
        Msg::JudgementKept => "waargemaakt",
        Msg::JudgementBroken => "geschonden",
        Msg::JudgementNone => "niet beoordeeld",
        Msg::Heartbeat => "Hartslag",
        Msg::HeartbeatSpoken => "Stap {0}: waargemaakt {1}, geschonden {2}",
        Msg::Phase => "Fase",
        Msg::NoPhase => "geen fase",
        Msg::Phases => "Fasen",
        Msg::PhasesHint => {
            "Fasen staan als banden boven de stappen; kies bij elk contactmoment zijn fase."
        }
        Msg::UseVngPhases => "VNG-fasen gebruiken",
        Msg::AddPhase => "Fase toevoegen",
        Msg::NewPhase => "Nieuwe fase",
        Msg::RemovePhase => "Fase {0} weghalen",
        Msg::PhaseName => "Naam van fase {0}",
        Msg::ChooseSeveral => "Meer kiezen",
        Msg::ChosenCount => "{0} gekozen",
        Msg::ChosenActions => "Gekozen contactmomenten",
        Msg::CopyChosen => "Kopiëren",
        Msg::PasteTouchpoints => "Plakken",
        Msg::MoveChosenTo => "Verplaatsen naar",
        Msg::DeleteChosen => "Verwijderen",
        Msg::ClearChosen => "Keuze opheffen",
        Msg::CopiedCount => {
            "{0} gekopieerd. Plak ze met Ctrl+V of met Plakken, ook in een andere reis."
        }
        Msg::PastedCount => "{0} geplakt.",
        Msg::PastedNewLanes => "{0} toegevoegd (deze reis had ze nog niet).",
        Msg::PastedDroppedAnswers => "{0} niet meegenomen: deze reis stelt die vragen niet.",
        Msg::DeletedCount => "{0} verwijderd.",
        Msg::ClipNotOurs => {
            "Op het klembord staan geen contactmomenten uit Klantreis. Kopieer eerst kaarten op een kaart (Ctrl+C)."
        }
        Msg::ClipOtherVersion => {
            "Deze contactmomenten komen uit een andere versie van Klantreis (schema {0}). Exporteer die reis als bestand en importeer het hier."
        }
        Msg::ClipTooLarge => {
            "Wat op het klembord staat is te groot om als contactmomenten te plakken."
        }
        Msg::ClipNoLane => {
            "De gekopieerde contactmomenten zijn onvolledig (een instantie ontbreekt) en zijn niet geplakt."
        }
        Msg::MomentOfTruth => "Moment van de waarheid",
        Msg::MomentOfTruthShort => "Beslissend",
        // Touchpoint detail
        Msg::TouchpointDetails => "Contactmoment",
        Msg::TouchpointTitle => "Korte titel",
        Msg::Agency => "Instantie",
        Msg::Date => "Datum",
        Msg::Channel => "Kanaal",
        Msg::ChannelOther => "Ander kanaal",
        Msg::Initiative => "Initiatief",
        Msg::Waiting => "Wachttijd",
        Msg::WaitingAmount => "Hoe lang",
        Msg::WaitingUnit => "Eenheid",
        Msg::What => "Wat er gebeurde",
        Msg::Quote => "Citaat",
        Msg::PainPoints => "Knelpunten",
        Msg::Opportunities => "Kansen",
        Msg::AddItem => "Toevoegen",
        Msg::RemoveItem => "Verwijder “{0}”",
        Msg::NewPainPoint => "Nieuw knelpunt",
        Msg::NewOpportunity => "Nieuwe kans",
        Msg::World => "Vertrekpunt",
        Msg::Unknown => "Onbekend",
        Msg::Story => "Verhaal (bron)",
        Msg::NoStory => "Geen verhaal gekoppeld",
        Msg::MoveEarlier => "Eerder",
        Msg::MoveLater => "Later",
        Msg::DeleteTouchpoint => "Contactmoment verwijderen",
        Msg::TouchpointDeleted => "Contactmoment verwijderd.",
        Msg::NothingSelected => {
            "Kies een contactmoment of instantie op de kaart om die hier te bewerken."
        }
        // Agency detail
        Msg::AgencyDetails => "Instantie",
        Msg::AgencyName => "Naam",
        Msg::AgencyKind => "Soort",
        Msg::AgencyColour => "Kleur",
        Msg::MoveUp => "Omhoog",
        Msg::MoveDown => "Omlaag",
        Msg::DeleteAgency => "Instantie verwijderen",
        Msg::ConfirmDeleteAgency => "“{0}” en {1} verwijderen? Je kunt dit ongedaan maken.",
        // Enum labels
        Msg::KindGemeente => "Gemeente",
        Msg::KindSchuldhulpverlening => "Schuldhulpverlening",
        Msg::KindVrijwilliger => "Vrijwilliger",
        Msg::KindWerk => "Werk",
        Msg::KindZorg => "Zorg",
        Msg::KindWonen => "Wonen",
        Msg::KindNetwerk => "Eigen netwerk",
        Msg::KindOther => "Anders",
        Msg::ChannelBalie => "Balie",
        Msg::ChannelTelefoon => "Telefoon",
        Msg::ChannelBrief => "Brief",
        Msg::ChannelEmail => "E-mail",
        Msg::ChannelWebsite => "Website of portaal",
        Msg::ChannelFormulier => "Formulier",
        Msg::ChannelHuisbezoek => "Huisbezoek of keukentafel",
        Msg::ChannelOtherOption => "Anders…",
        Msg::InitiativeClient => "De cliënt zelf",
        Msg::InitiativeAgency => "De instantie",
        Msg::InitiativeNetwork => "Iemand uit het netwerk",
        Msg::InitiativeProfessional => "Een hulpverlener",
        Msg::Leefwereld => "Leefwereld",
        Msg::Systeemwereld => "Systeemwereld",
        Msg::UnitMinutes => "minuten",
        Msg::UnitHours => "uur",
        Msg::UnitDays => "dagen",
        Msg::UnitWeeks => "weken",
        Msg::UnitMonths => "maanden",
        Msg::EmotionM2 => "Heel negatief",
        Msg::EmotionM1 => "Negatief",
        Msg::Emotion0 => "Neutraal",
        Msg::EmotionP1 => "Positief",
        Msg::EmotionP2 => "Heel positief",
        Msg::EmotionNone => "Nog niet ingevuld",
        Msg::TellerClient => "Cliënt",
        Msg::TellerProfessional => "Professional",
        Msg::TellerVolunteer => "Vrijwilliger",
        // Signifiers
        Msg::Signifiers => "Duidingsvragen",
        Msg::NotApplicable => "Niet van toepassing / wil ik niet zeggen",
        Msg::ClearAnswer => "Wis antwoord",
        Msg::NotAnsweredYet => "Nog niet beantwoord",
        Msg::TriadHelp => {
            "Klik of tik in de driehoek, sleep de stip of gebruik de pijltjestoetsen."
        }
        Msg::AnsweredCount => "{0} van {1} duidingsvragen beantwoord",
        Msg::AnsweredShort => "{0}/{1} duiding",
        // Editor views
        Msg::MapView => "Kaart",
        Msg::StoriesView => "Verhalen",
        Msg::SignifiersView => "Duidingsvragen",
        Msg::EditorViews => "Onderdelen van de reis",
        // Stories
        Msg::NewStory => "Nieuw verhaal",
        Msg::NoStories => {
            "Nog geen verhalen. Voeg een interview toe of laat een cliënt vertellen in het vertelpunt."
        }
        Msg::StoryTitle => "Titel",
        Msg::Teller => "Verteld door",
        Msg::StoryDate => "Datum",
        Msg::StoryText => "Het verhaal",
        Msg::StoryUntitled => "Verhaal zonder titel",
        Msg::QuoteTarget => "Contactmoment voor het citaat",
        Msg::UseSelectionAsQuote => "Geselecteerde tekst als citaat gebruiken",
        Msg::SelectTextFirst => "Selecteer eerst een stuk tekst in het verhaal.",
        Msg::QuoteTaken => "Citaat overgenomen bij “{0}”.",
        Msg::LinkedTouchpoints => "Contactmomenten uit dit verhaal",
        Msg::NoneLinked => "Nog geen",
        Msg::DeleteStory => "Verhaal verwijderen",
        Msg::StoryDeleted => "Verhaal verwijderd.",
        Msg::StorySignifiers => "Duidingsvragen bij het verhaal",
        // Vertelpunt
        Msg::Vertelpunt => "Vertelpunt",
        Msg::StartVertelpunt => "Vertelpunt starten",
        Msg::ContinueInVertelpunt => "Verder in het vertelpunt",
        Msg::VertelpuntIntro => {
            "Geef het apparaat aan de cliënt: één vraag per scherm, alles wordt meteen bewaard."
        }
        Msg::Script => "Interviewscript",
        Msg::ScriptOpening => "Welkom",
        Msg::ScriptPrompt => "Uitnodiging om te vertellen",
        Msg::ScriptClosing => "Afsluiting",
        Msg::Dutch => "Nederlands",
        Msg::English => "Engels",
        Msg::StepOf => "Stap {0} van {1}",
        Msg::Previous => "Vorige",
        Msg::Next => "Volgende",
        Msg::Done => "Klaar",
        Msg::LeaveVertelpunt => "Vertelpunt verlaten",
        Msg::ConfirmLeaveVertelpunt => "Het vertelpunt verlaten?",
        Msg::ConfirmLeaveVertelpuntBody => {
            "Alles wat is ingevuld is bewaard. Geef het apparaat terug aan de begeleider."
        }
        Msg::Leave => "Verlaten",
        // Set editor
        Msg::SetEditorIntro => {
            "Deze vragen worden bij elk contactmoment of verhaal gesteld. Reizen met dezelfde set kunnen samen worden bekeken. Een vraag met antwoorden wordt niet gewist maar niet meer gesteld; de antwoorden blijven bewaard."
        }
        Msg::SetFor => "Vragen bij",
        Msg::ForTouchpoints => "Contactmomenten",
        Msg::ForStories => "Verhalen",
        Msg::SetName => "Naam van de set",
        Msg::SetVersion => "versie {0}",
        Msg::Prompt => "Vraag",
        Msg::KindTriad => "Driehoek (triade)",
        Msg::KindSlider => "Schuifbalk",
        Msg::KindEmotionQ => "Beleving in vijf stappen",
        Msg::KindChoice => "Keuze",
        Msg::KindFreeText => "Open vraag",
        Msg::QuestionKindLabel => "Soort vraag",
        Msg::Multiple => "Meer antwoorden mogelijk",
        Msg::PoleN => "Pool {0}",
        Msg::LeftPole => "Linker pool",
        Msg::RightPole => "Rechter pool",
        Msg::OptionN => "Optie {0}",
        Msg::AddOption => "Optie toevoegen",
        Msg::RemoveOption => "Optie weghalen",
        Msg::AddQuestion => "Vraag toevoegen",
        Msg::RemoveQuestion => "Vraag weghalen",
        Msg::RetiredNote => "Wordt niet meer gesteld; de antwoorden blijven bewaard.",
        Msg::AskAgain => "Weer stellen",
        // Export and import
        Msg::Export => "Exporteren",
        Msg::ExportJourney => "Exporteren: “{0}”",
        Msg::ExportAll => "Alles exporteren",
        Msg::ExportSelection => "Selectie exporteren ({0})",
        Msg::SelectJourney => "Selecteer “{0}”",
        Msg::CsvTouchpoints => "CSV: contactmomenten",
        Msg::CsvStories => "CSV: verhalen",
        Msg::ExportWorkbook => "Excel (XLSX)",
        Msg::DownloadFailed => {
            "Downloaden is niet gelukt: {0}. Er is niets veranderd; probeer het opnieuw."
        }
        Msg::PrintFailed => "Afdrukken is niet gelukt: {0}",
        Msg::WorkbookFailed => "Het Excel-bestand kon niet worden gemaakt: {0}",
        Msg::CsvHint => {
            "Voor Excel of LibreOffice; de selectie, of alles als er niets is geselecteerd."
        }
        Msg::ExportSvg => "Kaart als SVG",
        Msg::ExportPng => "Kaart als PNG",
        Msg::ExportThisJourney => "Reis exporteren",
        Msg::Import => "Importeren",
        Msg::ImportHint => "Een Klantreis-bestand (.json) van een collega of een andere laptop.",
        Msg::ImportReading => "Bestand inlezen…",
        Msg::ImportStoring => "Opslaan: {0} in één keer…",
        Msg::ImportDone => {
            "Import klaar: {1} nieuw, {2} vervangen, {3} als kopie naast je eigen versie, {4} niet opgeslagen (ongewijzigd of je eigen versie gehouden)."
        }
        Msg::ImportReplacedBytes => {
            "Let op: het bestand is niet helemaal UTF-8. Op {0} stond iets onleesbaars; daar staat nu “�”. Controleer de teksten."
        }
        Msg::ImportRemovedControls => {
            "Uit het bestand weggelaten: {0} (zoals NUL, ESC of tekens die tekst omkeren)."
        }
        Msg::TypedControlsRemoved => {
            "Uit de tekst weggelaten: {0} (zoals NUL, ESC of tekens die tekst omkeren)."
        }
        Msg::ImportUndone => "Import ongedaan gemaakt.",
        Msg::ImportNothingStored => "Er is niets geïmporteerd: {0}",
        Msg::ImportChangedMeanwhile => {
            "een van deze klantreizen is intussen in een ander tabblad gewijzigd. Probeer het opnieuw."
        }
        Msg::ImportWhyOlder => "De versie hier ({0}) is nieuwer dan die in het bestand ({1}).",
        Msg::ImportWhyEdited => {
            "De versie hier ({0}) is hier bewerkt; het bestand ({1}) heeft die wijzigingen niet."
        }
        Msg::ImportFailed => "Dit bestand is niet ingelezen; er is niets veranderd. {0}",
        Msg::ImportNotJson => "Het is geen geldig JSON-bestand ({0}).",
        Msg::ImportNotOurs => "Het is geen Klantreis-bestand.",
        Msg::ImportNoVersion => "De versie van het bestand ontbreekt.",
        Msg::ImportFuture => "Het komt uit een nieuwere Klantreis (schema {0}); werk de app bij.",
        Msg::ImportTooLarge => "Het is te groot: {0} MB, hooguit {1} MB.",
        Msg::ImportWhere => "Fout bij {0}: {1}",
        Msg::FaultMigration => "het bijwerken van versie {0} naar deze versie is mislukt",
        Msg::FaultCutShort => "het bestand houdt halverwege op",
        Msg::FaultJsonAt => "onleesbaar bij regel {0}, teken {1}",
        Msg::FaultTooDeep => "te diep genest",
        Msg::FaultMissing => "het veld “{0}” ontbreekt",
        Msg::FaultUnknownField => "het veld “{0}” hoort hier niet",
        Msg::FaultTwice => "het veld “{0}” staat er twee keer",
        Msg::FaultNotAllowed => "“{0}” is geen toegestane waarde (wel: {1})",
        Msg::FaultWrongKind => "{0} is hier niet het juiste soort waarde",
        Msg::FaultOutOfRange => "{0} ligt buiten {1} tot en met {2}",
        Msg::FaultNoJourneyList => "hier hoort een lijst met klantreizen, maar die ontbreekt",
        Msg::FaultNotADate => "geen geldige datum (jjjj-mm-dd)",
        Msg::AnswerUnknownQuestion => "vraag {0} staat niet in de duidingsvragen",
        Msg::AnswerWrongKind => "vraag {0}: dit antwoord past niet bij dit soort vraag",
        Msg::AnswerTriadSum => "vraag {0}: de drie gewichten tellen op tot {1} in plaats van 1",
        Msg::AnswerTriadWeight => "vraag {0}: gewicht {1} ligt buiten 0 tot en met 1",
        Msg::AnswerSliderRange => "vraag {0}: {1} ligt buiten 0 tot en met 100",
        Msg::AnswerUnknownOption => "vraag {0}: optie {1} bestaat niet",
        Msg::AnswerOneOption => "vraag {0}: er mag maar één optie gekozen zijn",
        Msg::AnswerNotApplicableText => {
            "vraag {0}: een open vraag kent geen “n.v.t.”; laat het antwoord leeg"
        }
        Msg::EditGone => "het onderdeel ({0}) bestaat niet meer in deze reis",
        Msg::ProblemEmpty => "mag niet leeg zijn",
        Msg::ProblemTooLong => "heeft {0}; het maximum is {1}",
        Msg::ProblemTooMany => "heeft {0}; het maximum is {1}",
        Msg::ProblemDuplicateId => "id “{0}” komt meer dan eens voor",
        Msg::ProblemUnknownAgency => "verwijst naar instantie “{0}”, die niet in deze reis staat",
        Msg::ProblemUnknownStory => "verwijst naar verhaal “{0}”, dat niet in deze reis staat",
        Msg::ProblemPeriodReversed => "het begin {0} ligt na het einde {1}",
        Msg::ImportConflicts => {
            "Deze klantreizen staan al in de bibliotheek, met werk dat het bestand niet heeft. Wat wil je met elk ervan doen?"
        }
        Msg::TakeFile => "Versie uit het bestand nemen",
        Msg::KeepBoth => "Beide bewaren",
        Msg::ImportSuffix => "(import)",
        // Report
        Msg::ReportView => "Rapport",
        Msg::Print => "Afdrukken of als PDF bewaren",
        Msg::PainsAndChances => "Knelpunten en kansen",
        Msg::Quotes => "Citaten",
        Msg::NoQuotes => "Nog geen citaten.",
        Msg::Source => "Bron",
        Msg::SignifierSummary => "Duidingsvragen samengevat",
        Msg::Answered => "Beantwoord",
        Msg::Mean => "gemiddeld",
        Msg::Period => "Periode",
        // Patterns
        Msg::Patterns => "Patronen",
        Msg::OpenPatterns => "Patronen zoeken",
        Msg::PatternsIntro => {
            "Alle contactmomenten en verhalen in deze browser samen, met hun duidingsvragen. Kies een selectie; zet er een tweede naast om te vergelijken. Elk getal leidt naar de contacten en verhalen erachter."
        }
        Msg::LoadingJourneys => "Reizen laden: {0} van {1}…",
        Msg::SelectionA => "Selectie A",
        Msg::SelectionB => "Selectie B",
        Msg::CompareWithB => "Vergelijk met een tweede selectie",
        Msg::ClearSelection => "Alles tonen",
        Msg::FilterSource => "Bron",
        Msg::SourceBoth => "contactmomenten en verhalen",
        Msg::SourceTouchpoints => "alleen contactmomenten",
        Msg::SourceStories => "alleen verhalen",
        Msg::FilterFrom => "Van",
        Msg::FilterTo => "Tot en met",
        Msg::FilterTag => "Label",
        Msg::FilterAgency => "Instantie",
        Msg::FilterChannel => "Kanaal",
        Msg::FilterWorld => "Leefwereld of systeemwereld",
        Msg::FilterTeller => "Verteld door",
        Msg::FilterTruth => "Moment van de waarheid",
        Msg::FilterPersona => "Persona",
        Msg::FilterGroup => "Groep",
        Msg::FilterAnswer => "Met dit antwoord",
        Msg::AnyValue => "alle",
        Msg::YesValue => "ja",
        Msg::NoValue => "nee",
        Msg::ComparisonTitle => "A tegen B",
        Msg::ComparisonIntro => {
            "Per vraag een toets of A en B verschillen. p (BH) is gecorrigeerd voor het aantal toetsen tegelijk (Benjamini-Hochberg). Onder 20 antwoorden per groep alleen aantallen."
        }
        Msg::CrossTitle => "Kruistabel",
        Msg::CrossIntro => {
            "Twee vragen tegen elkaar binnen selectie A: keuzes per antwoord, triades per zone."
        }
        Msg::CrossRows => "Rijen",
        Msg::CrossColumns => "Kolommen",
        Msg::PairsTitle => "Samenhang tussen vragen",
        Msg::PairsIntro => {
            "Elk paar vragen binnen selectie A, sterkste samenhang eerst. Samenhang is geen oorzaak: lees de verhalen erachter."
        }
        Msg::PairsRun => "Alle paren berekenen",
        Msg::ShowTable => "Tabel",
        Msg::DownloadCsv => "CSV",
        Msg::DownloadSvg => "SVG",
        Msg::DownloadPng => "PNG",
        Msg::CopyTable => "Tabel kopiëren",
        Msg::TableCopied => "Tabel gekopieerd: plak hem in een rekenblad of verslag.",
        Msg::CopyFailed => "Kopiëren lukte niet; download de CSV.",
        Msg::Evidence => "Achter dit cijfer",
        Msg::ShowEvidence => "Bekijk {0}",
        Msg::EvidenceMore => "en nog {0}",
        Msg::OpenItem => "Openen",
        Msg::StoryItem => "verhaal",
        Msg::NoAnswers => "Geen antwoorden in deze selectie.",
        // Workshops
        Msg::Workshop => "Workshop",
        Msg::Workshops => "Workshops",
        Msg::WorkshopsIntro => {
            "Een brainbootcamp: groepen bouwen dezelfde klantreis na uit een interview, duiden elk contact en vergelijken plenair."
        }
        Msg::NewWorkshop => "Nieuwe workshop",
        Msg::NoWorkshops => "Nog geen workshops.",
        Msg::NotAWorkshop => "Dit is geen workshop (meer) in deze browser.",
        Msg::WorkshopBadge => "Workshop {0}",
        Msg::WorkshopBanner => "Workshop {0} · {1}",
        Msg::Assignment => "Opdracht",
        Msg::TemplateOf => {
            "Sjabloon van workshop {0}: wat je hier verandert, krijgen de groepen in hun pakket."
        }
        Msg::ToWorkshop => "Naar de workshop",
        Msg::Timer => "Tijd",
        Msg::TimerMinutes => "Minuten",
        Msg::TimerStart => "Start",
        Msg::TimerPause => "Pauze",
        Msg::TimerReset => "Opnieuw",
        Msg::WorkshopSettings => "Instellingen van de workshop",
        Msg::WorkshopName => "Naam van de workshop",
        Msg::WorkshopNameRequired => {
            "Een workshop heeft een naam nodig; de vorige naam blijft bewaard."
        }
        Msg::WorkshopDate => "Datum",
        Msg::WorkshopGroups => "Groepen",
        Msg::WorkshopGroupAdd => "Nieuwe groep, bijvoorbeeld ‘Groep 1’",
        Msg::WorkshopAssignment => "Opdracht en interview",
        Msg::WorkshopAssignmentHint => {
            "De tekst of aantekeningen waar elke groep mee werkt; elke groep ziet dit boven haar reis."
        }
        Msg::WorkshopTemplate => "Sjabloon:",
        Msg::Example => "Voorbeeld",
        Msg::TemplateEmpty => "Lege reis (instanties voeg je toe in het sjabloon)",
        Msg::TemplateFrom => "Begin vanuit",
        Msg::TemplateTake => "Overnemen in het sjabloon",
        Msg::TemplateEdit => "Sjabloon en duidingsvragen bewerken",
        Msg::WorkshopGroupsTitle => "Groepen en pakketten",
        Msg::PackagesAll => "Alle pakketten downloaden",
        Msg::PackagesIntro => {
            "Elk pakket is één bestand voor een USB-stick of gedeelde map. De groep kiest ‘Importeren’ en staat meteen in haar eigen reis."
        }
        Msg::GroupNotHere => "nog geen pakket",
        Msg::PackageFor => "Pakket {0}",
        Msg::Present => "Presenteren",
        Msg::PresentSideBySide => "Twee aangevinkte groepen naast elkaar presenteren",
        Msg::WorkshopImportTitle => "Bestanden van de groepen terughalen",
        Msg::WorkshopImportIntro => {
            "Importeer de bestanden die de groepen exporteerden. Elke reis komt bij haar groep; een groep die nog eens wordt geïmporteerd vervangt haar vorige versie."
        }
        Msg::WorkshopSummaryTitle => "Plenair: alle groepen samen",
        Msg::WorkshopSignifiers => "Duidingsvragen van alle groepen",
        Msg::NoneYet => "Nog niets.",
        Msg::PresentStep => "Stap {0} van {1}",
        Msg::PresentWholeMap => "Hele kaart",
        Msg::PresentWholeMapAlt => "De hele klantreis “{0}” als kaart, {1}.",
        Msg::PresentKeys => "← → bladeren · K hele kaart · F volledig scherm · Esc terug",
        Msg::FullScreen => "Volledig scherm",
        Msg::CurveSoFar => "Beleving tot nu toe: {0}",
        // Problems
        Msg::StorageUnavailable => {
            "Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Je kunt doorwerken, maar wijzigingen blijven alleen bewaard zolang dit tabblad open is."
        }
        Msg::StorageBlocked => {
            "Een ander tabblad met Klantreis houdt de opslag bezet. Sluit de andere tabbladen en laad deze pagina opnieuw."
        }
        Msg::StorageQuota => {
            "De opslag van deze browser is vol. Je laatste wijzigingen staan nog in dit tabblad; maak ruimte door oude reizen te verwijderen."
        }
        Msg::StorageFailed => "Opslaan is mislukt: {0}. Je wijzigingen staan nog in dit tabblad.",
        Msg::StoredDataUnreadable => "Deze opgeslagen reis kon niet worden gelezen: {0}",
        Msg::JourneyNotFound => "Deze klantreis bestaat niet (meer) in deze browser.",
        Msg::OtherTabChanged => "Deze reis is in een ander tabblad gewijzigd.",
        Msg::OtherTabDeleted => {
            "Deze reis is in een ander tabblad verwijderd. Je versie staat nog hier; bewaar hem als je hem wilt houden."
        }
        Msg::ReloadedFromOtherTab => "Bijgewerkt met de wijzigingen uit een ander tabblad.",
        Msg::LoadTheirs => "Hun versie laden",
        Msg::KeepMine => "Mijn versie bewaren",
        Msg::Dismiss => "Sluiten",
        Msg::TitleRequired => "Een reis heeft een titel nodig; de vorige titel blijft staan.",
        Msg::NameRequired => "Een instantie heeft een naam nodig; de vorige naam blijft staan.",
        Msg::EditFailed => "Deze wijziging kon niet worden doorgevoerd: {0}",
        Msg::Notifications => "Meldingen",
        Msg::Privacy => {
            "Gebruik pseudoniemen. Alles blijft in deze browser tot je zelf exporteert."
        }
        // Figures, tables and exports
        Msg::MapGoal => "Doel",
        Msg::MapMeans => "Middel",
        Msg::MapEmotionCurve => "Emotiecurve",
        Msg::MapDecisive => "★ beslissend",
        Msg::MapSystem => "systeem",
        Msg::FigVeryNegative => "heel negatief",
        Msg::FigVeryPositive => "heel positief",
        Msg::CellBalie => "balie",
        Msg::CellTelefoon => "telefoon",
        Msg::CellBrief => "brief",
        Msg::CellEmail => "e-mail",
        Msg::CellWebsite => "website/portaal",
        Msg::CellFormulier => "formulier",
        Msg::CellHuisbezoek => "huisbezoek/keukentafel",
        Msg::ColAnswer => "antwoord",
        Msg::NotApplicableShort => "n.v.t.",
        Msg::SheetTouchpoints => "Contactmomenten",
        Msg::SheetStories => "Verhalen",
        Msg::SheetJourneys => "Reizen",
        Msg::SheetSignifiers => "Duidingsvragen",
        Msg::ColJourneyId => "reis-id",
        Msg::ColJourney => "reis",
        Msg::ColPersona => "persona",
        Msg::ColOrder => "volgorde",
        Msg::ColAgency => "instantie",
        Msg::ColAgencyKind => "soort instantie",
        Msg::ColChannel => "kanaal",
        Msg::ColDate => "datum",
        Msg::ColEmotion => "beleving",
        Msg::ColInitiative => "initiatief",
        Msg::ColWaitingMinutes => "wachttijd (minuten)",
        Msg::ColLifeworldSystemWorld => "leefwereld/systeemwereld",
        Msg::ColMomentOfTruth => "moment van de waarheid",
        Msg::ColTitle => "titel",
        Msg::ColWhatHappened => "wat er gebeurde",
        Msg::ColQuote => "citaat",
        Msg::ColPainPoints => "knelpunten",
        Msg::ColOpportunities => "kansen",
        Msg::ColStory => "verhaal",
        Msg::ColStoryId => "verhaal-id",
        Msg::ColToldBy => "verteld door",
        Msg::ColText => "tekst",
        Msg::ColSituation => "situatie",
        Msg::ColGoal => "doel",
        Msg::ColMeans => "middel",
        Msg::ColTrigger => "aanleiding",
        Msg::ColOutcome => "uitkomst",
        Msg::ColStart => "begin",
        Msg::ColEnd => "einde",
        Msg::ColTags => "labels",
        Msg::ColTouchpoints => "contactmomenten",
        Msg::ColStories => "verhalen",
        Msg::ColSetId => "set-id",
        Msg::ColSet => "set",
        Msg::ColVersion => "versie",
        Msg::ColQuestionId => "vraag-id",
        Msg::ColKind => "soort",
        Msg::ColQuestion => "vraag",
        Msg::ColAnswers => "antwoorden",
        Msg::ColRetired => "niet meer gesteld",
        Msg::ColCount => "aantal",
        Msg::ColShare => "aandeel (%)",
        Msg::FigEffect => "effect",
        Msg::FigStartOfTheJourney => "begin van de reis",
        Msg::ColPlaceInTheJourney => "plaats in de reis",
        Msg::ColContacts => "contacten",
        Msg::ColMeanEmotion => "gemiddelde beleving",
        Msg::FigSystemPercent => "systeem %",
        Msg::FigWaitDays => "wacht, dagen",
        Msg::FigName => "naam",
        Msg::FigMean => "gemiddelde",
        Msg::FigMedian => "mediaan",
        Msg::ColValue => "waarde",
        Msg::FigEmotionPerAgency => "Beleving per instantie",
        Msg::FigEmotionPerChannel => "Beleving per kanaal",
        Msg::FigEmotionOverTheJourney => "Beleving over de reis",
        Msg::FigOneClientOverTime => "Eén cliënt door de tijd",
        Msg::FigEmotionOfTheContact => "Beleving van het contact",
        Msg::FigExactRankBiserial => "exact; effect: rang-biseriële r",
        Msg::FigNormalRankBiserial => "normale benadering; effect: rang-biseriële r",
        Msg::FigChiSquare => "chi-kwadraat",
        Msg::FigSmallExpectedCounts => {
            "let op: kleine verwachte aantallen, p is onbetrouwbaar; effect: Cramérs V"
        }
        Msg::FigEffectCramersV => "effect: Cramérs V",
        Msg::FigEffectRho => "effect: rho",
        Msg::FigPermutationTestLogRatio => "permutatietoets (log-ratio)",
        Msg::FigEverySplitCounted => "alle verdelingen geteld",
        Msg::FigSplitsFixedSeed => "{0} verdelingen (vaste seed)",
        Msg::FigZonesChiSquare => "zones chi-kwadraat",
        Msg::FigCountsOnly => "alleen aantallen: minder dan {0} antwoorden in een groep",
        Msg::FigNoTestAllAnswersAlike => "geen toets: alle antwoorden gelijk",
        Msg::FigOptionAgainstRest => ": antwoord “{0}” tegen de rest",
        Msg::ColSubject => "onderwerp",
        Msg::ColNA => "n A",
        Msg::ColNB => "n B",
        Msg::ColTest => "toets",
        Msg::ColStatistic => "statistiek",
        Msg::ColP => "p",
        Msg::ColPBH => "p (BH)",
        Msg::ColNote => "toelichting",
        Msg::ColFirst => "eerste",
        Msg::ColSecond => "tweede",
        Msg::ColN => "n",
        Msg::FigPeopleWithMoreJourneys => "{0} met meer dan één reis",
        Msg::ColZone => "zone",
        Msg::FigZonePole => "vooral {0}",
        Msg::FigZoneBetween => "tussen {0} en {1}",
        Msg::FigZoneCentre => "midden: alle drie",
        Msg::ColGroups => "groepen",
        Msg::LayerFrontstage => "Frontstage: wat de klant ziet",
        Msg::LayerBackstage => "Backstage: achter de schermen",
        Msg::LayerSupport => "Ondersteuning: systemen, regels, anderen",
        Msg::BlueprintView => "Blauwdruk",
        Msg::BlueprintHint => "Wat de organisatie bij deze stap doet, voor en achter de schermen.",
        Msg::LineOfInteraction => "Interactielijn",
        Msg::LineOfVisibility => "Zichtbaarheidslijn",
        Msg::ProblemUnknownTouchpoint => {
            "verwijst naar contactmoment “{0}”, dat niet in deze reis staat"
        }
        Msg::IdeaStatusIdee => "Idee",
        Msg::IdeaStatusGekozen => "Gekozen",
        Msg::IdeaStatusInUitvoering => "In uitvoering",
        Msg::IdeaStatusGedaan => "Gedaan",
        Msg::IdeaStatusAfgewezen => "Afgewezen",
        Msg::QuadrantQuickWin => "Snel resultaat",
        Msg::QuadrantBigBet => "Grote stap",
        Msg::QuadrantFillIn => "Kleine verbetering",
        Msg::QuadrantMoneyPit => "Veel moeite, weinig effect",
        Msg::IdeasView => "Ideeën",
        Msg::AddIdea => "Idee toevoegen",
        Msg::NewIdeaTitle => "Nieuw idee",
        Msg::IdeaTitle => "Idee",
        Msg::IdeaDescription => "Beschrijving",
        Msg::IdeaImpact => "Impact (1–5)",
        Msg::IdeaEffort => "Inspanning (1–5)",
        Msg::IdeaOwner => "Eigenaar",
        Msg::IdeaStatus => "Status",
        Msg::IdeaOpportunity => "Kans",
        Msg::IdeaNoOpportunity => "geen kans gekozen",
        Msg::IdeaEvidence => "Onderbouwing: contactmomenten",
        Msg::IdeaPainPoints => "Knelpunten die het oplost",
        Msg::RemoveIdea => "Idee verwijderen",
        Msg::IdeaFromOpportunity => "Idee bij deze kans",
        Msg::PriorityMatrix => "Prioriteitenmatrix: impact × inspanning",
        Msg::MatrixImpactAxis => "Impact: hoog boven",
        Msg::MatrixEffortAxis => "Inspanning: weinig links",
        Msg::MatrixCell => "Impact {0}, inspanning {1}",
        Msg::NoIdeasYet => {
            "Nog geen ideeën. Begin bij een kans: kies een contactmoment op de kaart en voeg bij een kans een idee toe, of voeg hier een idee toe."
        }
        Msg::IdeasTable => "Alle ideeën, de beste eerst",
        Msg::ColQuadrant => "kwadrant",
        Msg::ColIdea => "idee",
        Msg::ColImpact => "impact",
        Msg::ColEffort => "inspanning",
        Msg::ColOwner => "eigenaar",
        Msg::ColStatus => "status",
        Msg::ColOpportunity => "kans",
        Msg::ColEvidence => "onderbouwing",
        Msg::ColFrontstage => "frontstage",
        Msg::ColBackstage => "backstage",
        Msg::ColSupport => "ondersteuning",
        Msg::SheetIdeas => "Ideeën",
        Msg::PhaseEarlier => "Fase {0} naar voren",
        Msg::PhaseLater => "Fase {0} naar achteren",
        Msg::WorkshopIdeas => "Ideeën van de groepen",
        Msg::IdeaRemoved => "Idee verwijderd.",
        Msg::ColDescription => "beschrijving",
        Msg::ReportIdeas => "Ideeën en prioriteiten",
        Msg::MakeDesigned => "Procedure maken (schaduwreis)",
        Msg::DesignedSuffix => "procedure",
        Msg::DesignedOf => {
            "Procedure (schaduwreis) van “{0}”: pas deze kaart aan tot de reis zoals die bedoeld is, met de beloofde wachttijden."
        }
        Msg::DesignedCompare => "Procedure en geleefde reis vergeleken",
        Msg::DesignedDesigned => "Procedure",
        Msg::DesignedLived => "Geleefde reis",
        Msg::DesignedMissing => "De geleefde reis staat niet (meer) in deze browser.",
        Msg::ShadowExtra => "Extra contacten, niet in de procedure",
        Msg::ShadowMissing => "Stappen uit de procedure die niet gebeurden",
        Msg::ShadowWaits => "Wachttijd: beloofd en geleefd",
        Msg::ShadowPromised => "beloofd",
        Msg::ShadowLived => "geleefd",
        Msg::ShadowUnknownAgencies => "Instanties die de procedure niet kent",
        Msg::ShadowNotHappened => "Niet gebeurd",
        Msg::ReportShadow => "Schaduwreis: procedure en werkelijkheid",
        Msg::Personas => "Persona's",
        Msg::PersonasIntro => {
            "Een persona beschrijft een type cliënt met een schuilnaam, nooit een echt persoon. Koppel reizen aan een persona om ze samen te zien."
        }
        Msg::NewPersona => "Nieuwe persona",
        Msg::NewPersonaName => "Nieuwe persona",
        Msg::NoPersonas => "Nog geen persona's.",
        Msg::PersonaPseudonym => "Schuilnaam",
        Msg::PersonaNameHint => "Gebruik geen echte naam: kies een schuilnaam.",
        Msg::PersonaAge => "Leeftijd",
        Msg::AgeUnknown => "Onbekend",
        Msg::AgeMinor => "Jonger dan 18",
        Msg::AgeYoung => "18 tot 27",
        Msg::AgeAdult => "27 tot 45",
        Msg::AgeMiddle => "45 tot 67",
        Msg::AgeRetired => "67 of ouder",
        Msg::PersonaHousehold => "Huishouden",
        Msg::PersonaGoal => "Doel",
        Msg::PersonaNeeds => "Behoeften",
        Msg::PersonaFrustrations => "Frustraties",
        Msg::PersonaChannels => "Kanaalvoorkeur",
        Msg::PersonaAddItem => "Toevoegen…",
        Msg::EmpathyMap => "Empathiekaart",
        Msg::EmpathySays => "Zegt",
        Msg::EmpathyThinks => "Denkt",
        Msg::EmpathyDoes => "Doet",
        Msg::EmpathyFeels => "Voelt",
        Msg::EmpathyPains => "Pijnpunten",
        Msg::EmpathyGains => "Winst",
        Msg::PersonaJourneys => "Reizen van deze persona",
        Msg::PersonaNoJourneys => {
            "Nog geen reizen gekoppeld. Kies deze persona bovenaan een reis, of begin hier een nieuwe."
        }
        Msg::PersonaNewJourney => "Nieuwe reis van deze persona",
        Msg::PersonaDelete => "Persona verwijderen",
        Msg::PersonaNotFound => "Deze persona staat niet in deze bibliotheek.",
        Msg::PersonaChangedElsewhere => {
            "Deze persona is in een ander tabblad gewijzigd; er is niets overschreven."
        }
        Msg::PersonaKeptAsCopy => {
            "Deze persona is in een ander tabblad gewijzigd. Uw versie is bewaard als kopie: {0}."
        }
        Msg::PersonaCopySuffix => "{0} (kopie)",
        Msg::PersonaFromFile => "{0} (uit bestand)",
        Msg::PersonaLink => "Persona-kaart",
        Msg::PersonaNone => "Geen",
        Msg::PersonaOpen => "Persona openen",
        Msg::PersonasImported => "Persona's: {0} nieuw, {1} bijgewerkt, {2} als kopie bewaard.",
        Msg::PersonasUnreadable => "Persona's die niet te lezen zijn: {0}",
        Msg::ReportPersona => "Persona",
        Msg::SheetPersonas => "Persona's",
        Msg::ColPersonaId => "persona-id",
        Msg::ColAge => "leeftijd",
        Msg::ColHousehold => "huishouden",
        Msg::ColNeeds => "behoeften",
        Msg::ColFrustrations => "frustraties",
        Msg::ColChannels => "kanaalvoorkeur",
        Msg::ColSays => "zegt",
        Msg::ColThinks => "denkt",
        Msg::ColDoes => "doet",
        Msg::ColFeels => "voelt",
        Msg::ColPains => "pijnpunten",
        Msg::ColGains => "winst",
        Msg::PatternsIdeas => "Ideeën bij de reizen in selectie A",
        Msg::MarkNeedsAgency => {
            "Voeg eerst een instantie toe: een contactmoment staat altijd op de baan van een instantie."
        }
        Msg::MarkNeedsTouchpoint => "Kies eerst een contactmoment, of maak er een uit de selectie.",
        Msg::MarkedAsTouchpoint => {
            "Contactmoment “{0}” gemaakt uit de passage. Wat de tekst verder zegt, staat hieronder als suggestie."
        }
        Msg::MarkedAs => "Passage toegevoegd aan “{0}”.",
        Msg::MarkedPassages => "De tekst en wat eruit gebruikt is",
        Msg::OnlyUnused => "Alleen nog niet gebruikte alinea’s",
        Msg::NextUnused => "Volgende niet gebruikte alinea",
        Msg::AllUsed => "Elke alinea is gebruikt.",
        Msg::MarkKindTouchpoint => "contactmoment",
        Msg::MarkKindQuote => "citaat",
        Msg::MarkKindPainPoint => "knelpunt",
        Msg::MarkKindOpportunity => "kans",
        Msg::MarkAsTouchpoint => "Nieuw contactmoment uit selectie",
        Msg::MarkAsPainPoint => "Als knelpunt",
        Msg::MarkAsOpportunity => "Als kans",
        Msg::FromStory => "Uit het verhaal",
        Msg::ProblemSpanOutside => "de passage {0}–{1} valt buiten de tekst van {2}",
        Msg::MarkAsFeeling => "Als gevoel",
        Msg::MarkAsWaiting => "Als wachttijd",
        Msg::MarkKindFeeling => "gevoel",
        Msg::MarkKindWaiting => "wachttijd",
        Msg::FeelingTaken => "Beleving van “{0}” is nu: {1}.",
        Msg::WaitTaken => "Wachttijd van “{0}” is nu {1}.",
        Msg::NoFeelingRecognised => {
            "Passage toegevoegd aan “{0}”. Er staat geen gevoelswoord in dat de assistent kent: kies de beleving zelf."
        }
        Msg::NoWaitRecognised => {
            "Passage toegevoegd aan “{0}”. Er staat geen wachttijd in die de assistent herkent: vul die zelf in."
        }
        Msg::OffersTitle => "Suggesties uit de tekst",
        Msg::OffersHint => {
            "Gelezen uit de passages bij “{0}”. Neem over wat klopt; niets verandert zonder jou."
        }
        Msg::OfferAccept => "Overnemen",
        Msg::OfferIgnore => "Negeren",
        Msg::OfferAcceptAll => "Alle overnemen",
        Msg::OfferAccepted => "Overgenomen bij “{0}”: {1}.",
        Msg::OfferFrom => "uit “{0}”",
        Msg::RetoldWaited => "na {0}",
        Msg::RetoldSubtitle => "De reis zoals {0} die beleefde, in eigen woorden",
        Msg::RetoldPain => "Knelpunt",
        Msg::RetoldOwn => "Eigen woorden",
        Msg::RetoldHappened => "Wat er gebeurde",
        Msg::RetoldEdit => "Tekst aanpassen",
        Msg::RetoldCopy => "Kopiëren als tekst",
        Msg::RetoldCopied => "Het gekanteld verslag staat op het klembord.",
        Msg::RetoldHow => {
            "Samengesteld uit de woorden op de kaart: eerst wat de cliënt zelf zei, dan wat er gebeurde en waar het knelde. Er wordt niets bedacht; elke zin leidt terug naar zijn bron."
        }
        Msg::RetoldEmpty => "Nog geen contactmomenten: het verslag volgt de stappen van de kaart.",
        Msg::RetoldSourceChanged => {
            "De bron is veranderd sinds deze zin is aangepast. Nu staat er: “{0}”"
        }
        Msg::RetoldRevert => "Terug naar de bron",
        Msg::RetoldSource => "Bron",
        Msg::ReportKind => "Soort verslag",
        Msg::ReportMap => "Verslag met kaart",
        Msg::ReportRetold => "Gekanteld verslag",
        Msg::OpenTranscript => "Tekst uit bestand (.txt, .md, .docx)",
        Msg::TranscriptReading => "Bestand lezen…",
        Msg::TranscriptFailed => "“{0}” kon niet worden gelezen: {1}",
        Msg::TranscriptAdded => "De tekst uit “{0}” staat nu in het verhaal.",
        Msg::TranscriptTooLong => {
            "Het verhaal zou langer worden dan {1} tekens; de tekst uit “{0}” is niet toegevoegd."
        }
        Msg::WordDownload => "Downloaden als Word (.docx)",
        Msg::WordFailed => "Het Word-bestand kon niet worden gemaakt: {0}",
        Msg::OwnWordsTitle => "Woorden van de assistent",
        Msg::OwnWordsHint => {
            "De assistent herkent instanties, kanalen en gevoelswoorden uit een ingebouwde lijst. Voeg hier jullie eigen woorden toe, één per regel. Ze blijven op dit apparaat."
        }
        Msg::OwnAgencies => "Instanties",
        Msg::OwnChannels => "Kanalen",
        Msg::OwnFeelings => "Gevoelswoorden",
        Msg::OwnAgenciesHint => {
            "woord = instantie, zoals ‘buurtteam = wijkteam’ (de instantie zoals ze op de kaart heet)"
        }
        Msg::OwnChannelsHint => {
            "woord = kanaal (balie, telefoon, brief, email, website, formulier, huisbezoek of een eigen naam), zoals ‘appje = WhatsApp’"
        }
        Msg::OwnFeelingsHint => {
            "woord = beleving van -2 (heel negatief) tot 2 (heel positief), zoals ‘doodop = -1’"
        }
        Msg::OwnWordsProblem => "{0}, regel {1}: {2}",
        Msg::LineNoMeaning => "schrijf ‘woord = betekenis’",
        Msg::LineNotAFeeling => "de betekenis van een gevoelswoord is een getal van -2 tot 2",
        Msg::OwnWordsSave => "Woorden bewaren",
        Msg::OwnWordsSaved => "De assistent kent nu jullie woorden.",
        Msg::OwnWordsMerged => {
            "De woorden zijn intussen ook elders bewaard; beide zijn samengevoegd en bewaard."
        }
        Msg::TeamTitle => "Teambibliotheek",
        Msg::TeamOpen => "Teambibliotheek",
        Msg::TeamIntro => {
            "Deel reizen met je team via een CouchDB-database die jullie organisatie zelf beheert. Alles blijft ook op dit apparaat: zonder verbinding werk je gewoon door, en wijzigingen gaan mee zodra er weer verbinding is."
        }
        Msg::TeamPrivacy => {
            "Er gaat alleen iets naar de server die je hier instelt, en alleen de reizen die je deelt. Het wachtwoord wordt niet bewaard: je logt in bij CouchDB, en de sessie verloopt zoals de server dat bepaalt."
        }
        Msg::TeamSignedOut => "Team: niet ingelogd",
        Msg::TeamOffline => "Team: offline, wijzigingen wachten",
        Msg::TeamSyncing => "Team: bezig…",
        Msg::TeamSynced => "Team: bijgewerkt",
        Msg::TeamWaiting => "Team: {0}",
        Msg::TeamUnreachable => "Team: server niet bereikbaar, {0}",
        Msg::TeamFailed => "Team: fout – {0}",
        Msg::TeamNoConnection => "Geen verbinding met de server.",
        Msg::TeamWrongPassword => "Naam of wachtwoord klopt niet.",
        Msg::TeamNoAccess => {
            "Je hebt geen toegang tot deze database. Vraag de beheerder je als lid toe te voegen."
        }
        Msg::TeamNoDatabase => "Deze database bestaat niet op de server.",
        Msg::TeamServerSaid => "De server antwoordde {0}: {1}",
        Msg::TeamRefused => "Een reis uit de teambibliotheek is geweigerd ({0}): {1}",
        Msg::TeamVersionTitle => "{0} (tweede versie)",
        Msg::TeamBothKept => {
            "“{0}” is hier én in de teambibliotheek gewijzigd. Beide versies zijn bewaard: open de reis om te kiezen welke blijft."
        }
        Msg::TeamAddressMissing => "Vul het adres van de server in.",
        Msg::TeamNotHttps => {
            "Het adres moet met https:// beginnen (http:// alleen voor deze computer)."
        }
        Msg::TeamNotAnAddress => {
            "Dit is geen webadres. Bijvoorbeeld: https://couch.gemeente.nl of /couchdb."
        }
        Msg::TeamBadDatabase => {
            "Een databasenaam begint met een kleine letter en bevat alleen a-z, 0-9 en _$()+-/."
        }
        Msg::TeamAddress => "Adres van de server",
        Msg::TeamAddressHint => {
            "Bij voorkeur een pad op dezelfde host als deze app, zoals /couchdb."
        }
        Msg::TeamDatabase => "Database",
        Msg::TeamUser => "Gebruikersnaam",
        Msg::TeamPassword => "Wachtwoord",
        Msg::TeamSignIn => "Inloggen",
        Msg::TeamSignedInAs => "Ingelogd als {0} bij database {1} op {2}.",
        Msg::TeamSyncNow => "Nu bijwerken",
        Msg::TeamSignOut => "Uitloggen",
        Msg::TeamTurnOff => "Teambibliotheek uitzetten",
        Msg::TeamTurnedOff => {
            "De teambibliotheek staat uit. Alle reizen staan nog op dit apparaat."
        }
        Msg::TeamWhatShared => "Wat wordt gedeeld",
        Msg::TeamShareAll => "Alle reizen in deze bibliotheek",
        Msg::TeamShareChosen => {
            "Alleen de reizen die ik aanvink (na het inloggen wordt nog niets gedeeld)"
        }
        Msg::TeamElsewhere => "Een ander tabblad werkt nu met de teambibliotheek bij.",
        Msg::VersionsHere => {
            "Deze reis is op twee plekken tegelijk gewijzigd, dus er zijn twee versies: deze (gewijzigd {0}) en de andere (gewijzigd {1}). Kies welke blijft, of houd beide als aparte reizen."
        }
        Msg::VersionsRegion => "Twee versies",
        Msg::VersionsCompare => "Wat is er anders?",
        Msg::VersionOnlyOther => "Alleen in de andere versie",
        Msg::VersionOnlyThis => "Alleen in deze versie",
        Msg::VersionDiffer => "Stappen die verschillen",
        Msg::VersionOpenOther => "Andere versie openen",
        Msg::VersionKeepThis => "Deze versie houden",
        Msg::VersionKeepBoth => "Beide houden",
        Msg::VersionWaitSave => "Even wachten: deze versie wordt nog bewaard.",
        Msg::VersionKept => "“{0}”: deze versie is gehouden, de andere is verwijderd.",
        Msg::VersionsParted => "Beide versies zijn nu aparte reizen; de tweede heet “{0}”.",
        Msg::VersionBadge => "Tweede versie: kies in de reis",
        Msg::TeamShareWorkshop => "Workshop “{0}”: alle reizen, ook die van groepen die nog komen",
        Msg::TeamShared => "Gedeeld met het team",
        Msg::VersionAlsoDiffer => "Ook anders: {0}.",
        Msg::ImportReadingCount => "Bestand inlezen: {0} van {1} reizen…",
        Msg::FigEarlierNotDrawn => "{0} eerdere reizen niet getekend (wel in de tabel)",
    }
}
