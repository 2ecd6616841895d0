//! Every user-visible string, in Dutch (default) and English.
//!
//! A table of typed keys rather than a translation crate: the `messages!` macro makes a
//! missing translation a compile error, costs nothing at run time, and adds no dependency
//! (leptos_i18n 0.6 would pull leptos-use, leptos_meta, ICU data and a build-script code
//! generator into every build on a 2-core machine for ~200 plain strings).

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The language of files and figures made by the domain crate.
    pub fn export(self) -> klantreis_core::export::table::Language {
        match self {
            Lang::Nl => klantreis_core::export::table::Language::Dutch,
            Lang::En => klantreis_core::export::table::Language::English,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

macro_rules! messages {
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::Nl) => $nl, (Msg::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppName => "Klantreis", "Klantreis";
    SkipToContent => "Naar de inhoud", "Skip to content";
    Language => "Taal", "Language";
    SwitchLanguage => "English", "Nederlands";
    SwitchLanguageLabel => "Switch to English", "Schakel naar Nederlands";
    // Library
    Library => "Bibliotheek", "Library";
    LibraryIntro => "Je klantreizen staan alleen in deze browser, op dit apparaat.", "Your journeys are stored only in this browser, on this device.";
    MyJourneys => "Mijn klantreizen", "My journeys";
    NewJourney => "Nieuwe klantreis", "New journey";
    NewJourneyTitle => "Nieuwe klantreis", "New journey";
    DefaultPersona => "Cliënt", "Client";
    NoJourneys => "Nog geen klantreizen. Begin een nieuwe of open een voorbeeld.", "No journeys yet. Start a new one or open an example.";
    Examples => "Voorbeelden", "Examples";
    ExamplesIntro => "Echte reizen uit de praktijk. Openen maakt een kopie die je vrij kunt bewerken.", "Real journeys from practice. Opening one makes a copy you can edit freely.";
    OpenAsCopy => "Open als kopie", "Open as copy";
    Open => "Openen", "Open";
    Rename => "Naam wijzigen", "Rename";
    Duplicate => "Dupliceren", "Duplicate";
    Delete => "Verwijderen", "Delete";
    Cancel => "Annuleren", "Cancel";
    Save => "Opslaan", "Save";
    CopySuffix => "(kopie)", "(copy)";
    Updated => "Gewijzigd", "Updated";
    Touchpoints => "Contactmomenten", "Touchpoints";
    Agencies => "Instanties", "Agencies";
    Persona => "Persona", "Persona";
    Title => "Titel", "Title";
    Loading => "Laden…", "Loading…";
    ConfirmDeleteJourney => "Klantreis “{0}” verwijderen?", "Delete journey “{0}”?";
    ConfirmDeleteJourneyBody => "De reis met al zijn contactmomenten en verhalen verdwijnt uit deze browser. Je kunt het direct daarna nog ongedaan maken.", "The journey with all its touchpoints and stories is removed from this browser. You can still undo this right afterwards.";
    Deleted => "“{0}” is verwijderd.", "“{0}” was deleted.";
    Undo => "Ongedaan maken", "Undo";
    SkippedUnreadable => "Overgeslagen omdat de opgeslagen gegevens niet te lezen zijn: {0}. Open ze in de bibliotheek om te zien wat er mis is.", "Left out because the stored data cannot be read: {0}. Open them in the library to see what is wrong.";
    Safekeeping => "Bewaren en wissen", "Keeping and erasing";
    StorageUsed => "In gebruik: {0} van {1} die deze browser toestaat.", "In use: {0} of the {1} this browser allows.";
    StoragePersisted => "De browser bewaart deze gegevens ook als de schijf vol raakt.", "The browser keeps this data even when the disk fills up.";
    StorageNotPersisted => "Let op: de browser mag deze gegevens wissen als de schijf vol raakt of het profiel wordt opgeschoond. Maak geregeld een reservekopie.", "Note: the browser may delete this data when the disk fills up or the profile is cleaned. Make a backup regularly.";
    BackupMake => "Reservekopie maken", "Make a backup";
    BackupLast => "Laatste reservekopie: {0}.", "Last backup: {0}.";
    BackupNever => "Nog geen reservekopie gemaakt.", "No backup made yet.";
    BackupDue => "Er zijn wijzigingen die nog in geen enkele reservekopie staan. Maak een reservekopie: alle klantreizen en workshops in één bestand.", "There are changes that are in no backup yet. Make a backup: all journeys and workshops in one file.";
    EraseEverything => "Alles wissen op dit apparaat", "Erase everything on this device";
    EraseTitle => "Alles wissen op dit apparaat?", "Erase everything on this device?";
    EraseBody => "Dit wist {0} klantreis/reizen met samen {1} contactmomenten, {2} workshop(s), je voorkeuren en de offline kopie van de app uit deze browser. Dit kan niet ongedaan worden. Maak eerst een reservekopie als je iets wilt houden.", "This erases {0} journey(s) with {1} touchpoints in all, {2} workshop(s), your preferences and the offline copy of the app from this browser. It cannot be undone. Make a backup first if you want to keep anything.";
    EraseConfirm => "Alles wissen", "Erase everything";
    EraseFailed => "Wissen is niet gelukt: {0}", "Erasing failed: {0}";
    EraseBlocked => "Wissen wacht op een ander tabblad met Klantreis. Sluit de andere tabbladen en probeer het opnieuw.", "Erasing waits for another Klantreis tab. Close the other tabs and try again.";
    ErasedTitle => "Alles is gewist", "Everything is erased";
    ErasedBody => "Deze browser bewaart niets meer van Klantreis: geen klantreizen, geen workshops, geen voorkeuren, geen offline kopie. Je kunt dit tabblad sluiten.", "This browser keeps nothing of Klantreis any more: no journeys, no workshops, no preferences, no offline copy. You can close this tab.";
    StartAgain => "Opnieuw beginnen", "Start again";
    PrivacyTitle => "Privacy en gegevens", "Privacy and data";
    PrivacyWhereTitle => "Wat wordt waar bewaard", "What is stored where";
    PrivacyWhere => "Klantreizen, verhalen, antwoorden op de duidingsvragen en workshops staan alleen in deze browser, op dit apparaat: in IndexedDB (database “klantreis”). Voorkeuren (taal), het moment van de laatste reservekopie en een noodkopie van niet-opgeslagen werk bij het sluiten van een tabblad staan in localStorage. De app zelf staat in de offline cache van de browser.", "Journeys, stories, answers to the signifiers and workshops are stored only in this browser, on this device: in IndexedDB (database “klantreis”). Preferences (language), the time of the last backup and an emergency copy of unsaved work when a tab closes are in localStorage. The app itself is in the browser's offline cache.";
    PrivacyLeavesTitle => "Wat het apparaat verlaat", "What leaves the device";
    PrivacyLeaves => "Niets, tenzij je zelf exporteert (een bestand, CSV, Excel, SVG, PNG of een afdruk). Er is geen server, geen account, geen analyse en er worden geen bestanden van andere websites geladen; een Content Security Policy houdt dat zo.", "Nothing, unless you export yourself (a file, CSV, Excel, SVG, PNG or a print). There is no server, no account, no analytics, and nothing is loaded from other websites; a Content Security Policy keeps it that way.";
    PrivacyPseudonymsTitle => "Pseudoniemen", "Pseudonyms";
    PrivacyPseudonyms => "Gebruik geen echte namen, adressen of BSN. Geef de cliënt een pseudoniem en noteer alleen wat je nodig hebt voor de klantreis (dataminimalisatie, AVG).", "Do not use real names, addresses or citizen service numbers. Give the client a pseudonym and note only what the journey needs (data minimisation, GDPR).";
    PrivacyEraseTitle => "Wissen", "Erasing";
    PrivacyErase => "Een klantreis verwijder je in de bibliotheek. “Alles wissen op dit apparaat” verwijdert de database, localStorage, de offline cache en de service worker. Geëxporteerde bestanden beheer je zelf.", "A journey is deleted in the library. “Erase everything on this device” removes the database, localStorage, the offline cache and the service worker. Exported files are yours to manage.";
    PrivacyNotTitle => "Waartegen dit niet beschermt", "What this does not protect against";
    PrivacyNot => "Iemand die het ontgrendelde apparaat of browserprofiel gebruikt, kan alles lezen: de gegevens zijn niet versleuteld. Vergrendel het apparaat, gebruik een eigen browserprofiel en wis na een workshop op een gedeelde laptop. De browser kan gegevens wissen bij ruimtegebrek als hij ze niet blijvend bewaart: maak reservekopieën.", "Anyone using the unlocked device or browser profile can read everything: the data is not encrypted. Lock the device, use a profile of your own and erase after a workshop on a shared laptop. The browser may delete data under storage pressure unless it keeps it persistently: make backups.";
    RecoveredTitle => "Herstelde versie van {0} ({1})", "Recovered version of {0} ({1})";
    RecoveredNotice => "Niet-opgeslagen werk aan “{0}” kwam na een nieuwere versie uit een ander tabblad. Beide zijn bewaard: je werk staat als herstelde versie in de bibliotheek.", "Unsaved work on “{0}” met a newer version from another tab. Both are kept: your work is in the library as a recovered version.";
    Redo => "Opnieuw", "Redo";
    Close => "Sluiten", "Close";
    // Journey header
    BackToLibrary => "Bibliotheek", "Library";
    JourneyTitle => "Titel van de reis", "Journey title";
    PersonaName => "Persona (pseudoniem)", "Persona (pseudonym)";
    PersonaSituation => "Situatie", "Situation";
    Goal => "Doel", "Goal";
    Means => "Middel", "Means";
    Trigger => "Aanleiding", "Trigger";
    Outcome => "Uitkomst", "Outcome";
    PeriodStart => "Van", "From";
    PeriodEnd => "Tot", "To";
    Tags => "Labels (met komma’s)", "Tags (comma-separated)";
    // Saving
    Saved => "Opgeslagen", "Saved";
    Saving => "Opslaan…", "Saving…";
    Unsaved => "Niet opgeslagen", "Not saved";
    // Map
    Map => "Klantreiskaart", "Journey map";
    Emotion => "Beleving", "Experience";
    EmotionCurve => "Emotiecurve", "Emotion curve";
    AddAgency => "Instantie toevoegen", "Add agency";
    NewAgencyName => "Nieuwe instantie", "New agency";
    AddTouchpoint => "Contactmoment toevoegen", "Add touchpoint";
    AddTouchpointTo => "Contactmoment toevoegen bij {0}", "Add touchpoint at {0}";
    NewTouchpointTitle => "Nieuw contactmoment", "New touchpoint";
    EmptyMap => "Nog geen instanties. Voeg de eerste instantie toe die de cliënt tegenkwam.", "No agencies yet. Add the first agency the client met.";
    NoTouchpointsYet => "Nog geen contactmomenten", "No touchpoints yet";
    MapKeyboardHint => "Tip: kies een kaart en verplaats hem met Alt + pijltjes.", "Tip: select a card and move it with Alt + arrow keys.";
    PainPointsCount => "{0} knelpunt(en)", "{0} pain point(s)";
    OpportunitiesCount => "{0} kans(en)", "{0} opportunity(ies)";
    HasQuote => "Citaat", "Quote";
    MomentOfTruth => "Moment van de waarheid", "Moment of truth";
    MomentOfTruthShort => "Beslissend", "Decisive";
    // Touchpoint detail
    TouchpointDetails => "Contactmoment", "Touchpoint";
    TouchpointTitle => "Korte titel", "Short title";
    Agency => "Instantie", "Agency";
    Date => "Datum", "Date";
    Channel => "Kanaal", "Channel";
    ChannelOther => "Ander kanaal", "Other channel";
    Initiative => "Initiatief", "Initiative";
    Waiting => "Wachttijd", "Waiting time";
    WaitingAmount => "Hoe lang", "How long";
    WaitingUnit => "Eenheid", "Unit";
    What => "Wat er gebeurde", "What happened";
    Quote => "Citaat", "Quote";
    PainPoints => "Knelpunten", "Pain points";
    Opportunities => "Kansen", "Opportunities";
    AddItem => "Toevoegen", "Add";
    RemoveItem => "Verwijder “{0}”", "Remove “{0}”";
    NewPainPoint => "Nieuw knelpunt", "New pain point";
    NewOpportunity => "Nieuwe kans", "New opportunity";
    World => "Vertrekpunt", "Starting point";
    Unknown => "Onbekend", "Unknown";
    Story => "Verhaal (bron)", "Story (source)";
    NoStory => "Geen verhaal gekoppeld", "No story linked";
    MoveEarlier => "Eerder", "Earlier";
    MoveLater => "Later", "Later";
    DeleteTouchpoint => "Contactmoment verwijderen", "Delete touchpoint";
    TouchpointDeleted => "Contactmoment verwijderd.", "Touchpoint deleted.";
    NothingSelected => "Kies een contactmoment of instantie op de kaart om die hier te bewerken.", "Select a touchpoint or agency on the map to edit it here.";
    // Agency detail
    AgencyDetails => "Instantie", "Agency";
    AgencyName => "Naam", "Name";
    AgencyKind => "Soort", "Kind";
    AgencyColour => "Kleur", "Colour";
    MoveUp => "Omhoog", "Up";
    MoveDown => "Omlaag", "Down";
    DeleteAgency => "Instantie verwijderen", "Delete agency";
    ConfirmDeleteAgency => "“{0}” en {1} contactmoment(en) verwijderen? Je kunt dit ongedaan maken.", "Delete “{0}” and {1} touchpoint(s)? You can undo this.";
    // Enum labels
    KindGemeente => "Gemeente", "Municipality";
    KindSchuldhulpverlening => "Schuldhulpverlening", "Debt help";
    KindVrijwilliger => "Vrijwilliger", "Volunteer";
    KindWerk => "Werk", "Work";
    KindZorg => "Zorg", "Care";
    KindWonen => "Wonen", "Housing";
    KindNetwerk => "Eigen netwerk", "Own network";
    KindOther => "Anders", "Other";
    ChannelBalie => "Balie", "Desk";
    ChannelTelefoon => "Telefoon", "Phone";
    ChannelBrief => "Brief", "Letter";
    ChannelEmail => "E-mail", "E-mail";
    ChannelWebsite => "Website of portaal", "Website or portal";
    ChannelFormulier => "Formulier", "Form";
    ChannelHuisbezoek => "Huisbezoek of keukentafel", "Home visit or kitchen table";
    ChannelOtherOption => "Anders…", "Other…";
    InitiativeClient => "De cliënt zelf", "The client";
    InitiativeAgency => "De instantie", "The agency";
    InitiativeNetwork => "Iemand uit het netwerk", "Someone from their network";
    InitiativeProfessional => "Een hulpverlener", "A professional";
    Leefwereld => "Leefwereld", "Lifeworld (leefwereld)";
    Systeemwereld => "Systeemwereld", "System world (systeemwereld)";
    UnitMinutes => "minuten", "minutes";
    UnitHours => "uur", "hours";
    UnitDays => "dagen", "days";
    UnitWeeks => "weken", "weeks";
    UnitMonths => "maanden", "months";
    EmotionM2 => "Heel negatief", "Very negative";
    EmotionM1 => "Negatief", "Negative";
    Emotion0 => "Neutraal", "Neutral";
    EmotionP1 => "Positief", "Positive";
    EmotionP2 => "Heel positief", "Very positive";
    EmotionNone => "Nog niet ingevuld", "Not rated yet";
    TellerClient => "Cliënt", "Client";
    TellerProfessional => "Professional", "Professional";
    TellerVolunteer => "Vrijwilliger", "Volunteer";
    // Signifiers
    Signifiers => "Duidingsvragen", "Signifiers";
    NotApplicable => "Niet van toepassing / wil ik niet zeggen", "Not applicable / rather not say";
    ClearAnswer => "Wis antwoord", "Clear answer";
    NotAnsweredYet => "Nog niet beantwoord", "Not answered yet";
    TriadHelp => "Klik of tik in de driehoek, sleep de stip of gebruik de pijltjestoetsen.", "Click or tap in the triangle, drag the dot or use the arrow keys.";
    AnsweredCount => "{0} van {1} duidingsvragen beantwoord", "{0} of {1} signifiers answered";
    AnsweredShort => "{0}/{1} duiding", "{0}/{1} signified";
    // Editor views
    MapView => "Kaart", "Map";
    StoriesView => "Verhalen", "Stories";
    SignifiersView => "Duidingsvragen", "Signifiers";
    EditorViews => "Onderdelen van de reis", "Parts of the journey";
    // Stories
    NewStory => "Nieuw verhaal", "New story";
    NoStories => "Nog geen verhalen. Voeg een interview toe of laat een cliënt vertellen in het vertelpunt.", "No stories yet. Add an interview or let a client tell theirs at the story point.";
    StoryTitle => "Titel", "Title";
    Teller => "Verteld door", "Told by";
    StoryDate => "Datum", "Date";
    StoryText => "Het verhaal", "The story";
    StoryUntitled => "Verhaal zonder titel", "Untitled story";
    QuoteTarget => "Contactmoment voor het citaat", "Touchpoint for the quote";
    UseSelectionAsQuote => "Geselecteerde tekst als citaat gebruiken", "Use selected text as quote";
    SelectTextFirst => "Selecteer eerst een stuk tekst in het verhaal.", "First select some text in the story.";
    QuoteTaken => "Citaat overgenomen bij “{0}”.", "Quote taken into “{0}”.";
    LinkedTouchpoints => "Contactmomenten uit dit verhaal", "Touchpoints from this story";
    NoneLinked => "Nog geen", "None yet";
    DeleteStory => "Verhaal verwijderen", "Delete story";
    StoryDeleted => "Verhaal verwijderd.", "Story deleted.";
    StorySignifiers => "Duidingsvragen bij het verhaal", "Signifiers of the story";
    // Vertelpunt
    Vertelpunt => "Vertelpunt", "Story point";
    StartVertelpunt => "Vertelpunt starten", "Start the story point";
    ContinueInVertelpunt => "Verder in het vertelpunt", "Continue at the story point";
    VertelpuntIntro => "Geef het apparaat aan de cliënt: één vraag per scherm, alles wordt meteen bewaard.", "Hand the device to the client: one question per screen, everything is saved at once.";
    Script => "Interviewscript", "Interview script";
    ScriptOpening => "Welkom", "Welcome";
    ScriptPrompt => "Uitnodiging om te vertellen", "Invitation to tell";
    ScriptClosing => "Afsluiting", "Closing";
    Dutch => "Nederlands", "Dutch";
    English => "Engels", "English";
    YourStory => "Uw verhaal", "Your story";
    StepOf => "Stap {0} van {1}", "Step {0} of {1}";
    Previous => "Vorige", "Previous";
    Next => "Volgende", "Next";
    Done => "Klaar", "Done";
    LeaveVertelpunt => "Vertelpunt verlaten", "Leave the story point";
    ConfirmLeaveVertelpunt => "Het vertelpunt verlaten?", "Leave the story point?";
    ConfirmLeaveVertelpuntBody => "Alles wat is ingevuld is bewaard. Geef het apparaat terug aan de begeleider.", "Everything entered has been saved. Hand the device back to the facilitator.";
    Leave => "Verlaten", "Leave";
    // Set editor
    SetEditorIntro => "Deze vragen worden bij elk contactmoment of verhaal gesteld. Reizen met dezelfde set kunnen samen worden bekeken. Een vraag met antwoorden wordt niet gewist maar niet meer gesteld; de antwoorden blijven bewaard.", "These questions are asked for every touchpoint or story. Journeys with the same set can be pooled. A question with answers is not deleted but no longer asked; its answers are kept.";
    SetFor => "Vragen bij", "Questions for";
    ForTouchpoints => "Contactmomenten", "Touchpoints";
    ForStories => "Verhalen", "Stories";
    SetName => "Naam van de set", "Name of the set";
    SetVersion => "versie {0}", "version {0}";
    Prompt => "Vraag", "Question";
    KindTriad => "Driehoek (triade)", "Triangle (triad)";
    KindSlider => "Schuifbalk", "Slider";
    KindEmotionQ => "Beleving in vijf stappen", "Experience in five steps";
    KindChoice => "Keuze", "Choice";
    KindFreeText => "Open vraag", "Open question";
    QuestionKindLabel => "Soort vraag", "Kind of question";
    Multiple => "Meer antwoorden mogelijk", "Several answers allowed";
    PoleN => "Pool {0}", "Pole {0}";
    LeftPole => "Linker pool", "Left pole";
    RightPole => "Rechter pool", "Right pole";
    OptionN => "Optie {0}", "Option {0}";
    AddOption => "Optie toevoegen", "Add option";
    RemoveOption => "Optie weghalen", "Remove option";
    AddQuestion => "Vraag toevoegen", "Add question";
    RemoveQuestion => "Vraag weghalen", "Remove question";
    RetiredNote => "Wordt niet meer gesteld; de antwoorden blijven bewaard.", "No longer asked; its answers are kept.";
    AskAgain => "Weer stellen", "Ask again";
    // Export and import
    Export => "Exporteren", "Export";
    ExportJourney => "Exporteren: “{0}”", "Export: “{0}”";
    ExportAll => "Alles exporteren", "Export all";
    ExportSelection => "Selectie exporteren ({0})", "Export selection ({0})";
    SelectJourney => "Selecteer “{0}”", "Select “{0}”";
    CsvTouchpoints => "CSV: contactmomenten", "CSV: touchpoints";
    CsvStories => "CSV: verhalen", "CSV: stories";
    ExportWorkbook => "Excel (XLSX)", "Excel (XLSX)";
    WorkbookFailed => "Het Excel-bestand kon niet worden gemaakt: {0}", "The Excel file could not be made: {0}";
    CsvHint => "Voor Excel of LibreOffice; de selectie, of alles als er niets is geselecteerd.", "For Excel or LibreOffice; the selection, or everything when nothing is selected.";
    ExportSvg => "Kaart als SVG", "Map as SVG";
    ExportPng => "Kaart als PNG", "Map as PNG";
    ExportThisJourney => "Reis exporteren", "Export journey";
    Import => "Importeren", "Import";
    ImportHint => "Een Klantreis-bestand (.json) van een collega of een andere laptop.", "A Klantreis file (.json) from a colleague or another laptop.";
    ImportReading => "Bestand inlezen…", "Reading the file…";
    ImportStoring => "Opslaan: {0} in één keer…", "Storing {0} at once…";
    ImportDone => "Import klaar: {1} nieuw, {2} vervangen, {3} als kopie naast je eigen versie, {4} niet opgeslagen (ongewijzigd of je eigen versie gehouden).", "Import done: {1} new, {2} replaced, {3} as a copy beside your own version, {4} not stored (unchanged or your own version kept).";
    ImportReplacedBytes => "Let op: het bestand is niet helemaal UTF-8. Op {0} plaatsen stond iets onleesbaars; daar staat nu “�”. Controleer de teksten.", "Note: the file is not entirely UTF-8. In {0} places something unreadable was replaced by “�”. Please check the texts.";
    ImportRemovedControls => "{0} onzichtbare stuurtekens (zoals NUL, ESC of tekens die tekst omkeren) zijn uit het bestand weggelaten.", "{0} invisible control characters (such as NUL, ESC or characters that reverse text) were left out of the file.";
    TypedControlsRemoved => "{0} onzichtbare stuurtekens (zoals NUL, ESC of tekens die tekst omkeren) zijn uit de tekst weggelaten.", "{0} invisible control characters (such as NUL, ESC or characters that reverse text) were left out of the text.";
    ImportUndone => "Import ongedaan gemaakt.", "Import undone.";
    ImportNothingStored => "Er is niets geïmporteerd: {0}", "Nothing was imported: {0}";
    ImportChangedMeanwhile => "een van deze klantreizen is intussen in een ander tabblad gewijzigd. Probeer het opnieuw.", "one of these journeys was changed in another tab meanwhile. Please try again.";
    ImportWhyOlder => "De versie hier ({0}) is nieuwer dan die in het bestand ({1}).", "The version here ({0}) is newer than the one in the file ({1}).";
    ImportWhyEdited => "De versie hier ({0}) is hier bewerkt; het bestand ({1}) heeft die wijzigingen niet.", "The version here ({0}) was edited here; the file ({1}) does not have those edits.";
    ImportFailed => "Dit bestand is niet ingelezen; er is niets veranderd. {0}", "This file was not imported; nothing was changed. {0}";
    ImportNotJson => "Het is geen geldig JSON-bestand ({0}).", "It is not a valid JSON file ({0}).";
    ImportNotOurs => "Het is geen Klantreis-bestand.", "It is not a Klantreis file.";
    ImportNoVersion => "De versie van het bestand ontbreekt.", "The file's version is missing.";
    ImportFuture => "Het komt uit een nieuwere Klantreis (schema {0}); werk de app bij.", "It comes from a newer Klantreis (schema {0}); update the app.";
    ImportTooLarge => "Het is te groot: {0} MB, hooguit {1} MB.", "It is too large: {0} MB, at most {1} MB.";
    ImportWhere => "Fout bij {0}: {1}", "Error at {0}: {1}";
    FaultMigration => "het bijwerken van versie {0} naar deze versie is mislukt", "updating from version {0} to this version failed";
    FaultCutShort => "het bestand houdt halverwege op", "the file stops halfway";
    FaultJsonAt => "onleesbaar bij regel {0}, teken {1}", "unreadable at line {0}, character {1}";
    FaultTooDeep => "te diep genest", "nested too deeply";
    FaultMissing => "het veld “{0}” ontbreekt", "the field “{0}” is missing";
    FaultUnknownField => "het veld “{0}” hoort hier niet", "the field “{0}” does not belong here";
    FaultTwice => "het veld “{0}” staat er twee keer", "the field “{0}” occurs twice";
    FaultNotAllowed => "“{0}” is geen toegestane waarde (wel: {1})", "“{0}” is not an allowed value (allowed: {1})";
    FaultWrongKind => "{0} is hier niet het juiste soort waarde", "{0} is not the right kind of value here";
    FaultOutOfRange => "{0} ligt buiten {1} tot en met {2}", "{0} is outside {1} to {2}";
    FaultNotADate => "geen geldige datum (jjjj-mm-dd)", "not a valid date (yyyy-mm-dd)";
    AnswerUnknownQuestion => "vraag {0} staat niet in de duidingsvragen", "question {0} is not in the signifier set";
    AnswerWrongKind => "vraag {0}: dit antwoord past niet bij dit soort vraag", "question {0}: this answer does not fit this kind of question";
    AnswerTriadSum => "vraag {0}: de drie gewichten tellen op tot {1} in plaats van 1", "question {0}: the three weights add up to {1}, not 1";
    AnswerTriadWeight => "vraag {0}: gewicht {1} ligt buiten 0 tot en met 1", "question {0}: weight {1} is outside 0 to 1";
    AnswerSliderRange => "vraag {0}: {1} ligt buiten 0 tot en met 100", "question {0}: {1} is outside 0 to 100";
    AnswerUnknownOption => "vraag {0}: optie {1} bestaat niet", "question {0}: option {1} does not exist";
    AnswerOneOption => "vraag {0}: er mag maar één optie gekozen zijn", "question {0}: only one option may be chosen";
    AnswerNotApplicableText => "vraag {0}: een open vraag kent geen “n.v.t.”; laat het antwoord leeg", "question {0}: an open question has no “not applicable”; leave it empty";
    EditGone => "het onderdeel ({0}) bestaat niet meer in deze reis", "the item ({0}) is no longer in this journey";
    ProblemEmpty => "mag niet leeg zijn", "must not be empty";
    ProblemTooLong => "heeft {0} tekens, hooguit {1} mogen", "has {0} characters, at most {1} are allowed";
    ProblemTooMany => "heeft {0} items, hooguit {1} mogen", "has {0} items, at most {1} are allowed";
    ProblemDuplicateId => "id “{0}” komt meer dan eens voor", "id “{0}” is used more than once";
    ProblemUnknownAgency => "verwijst naar instantie “{0}”, die niet in deze reis staat", "refers to agency “{0}”, which is not in this journey";
    ProblemUnknownStory => "verwijst naar verhaal “{0}”, dat niet in deze reis staat", "refers to story “{0}”, which is not in this journey";
    ProblemPeriodReversed => "het begin {0} ligt na het einde {1}", "the start {0} is after the end {1}";
    ImportConflicts => "Deze klantreizen staan al in de bibliotheek, met werk dat het bestand niet heeft. Wat wil je met elk ervan doen?", "These journeys are already in the library, with work the file does not have. What do you want to do with each?";
    TakeFile => "Versie uit het bestand nemen", "Take the file's version";
    KeepBoth => "Beide bewaren", "Keep both";
    ImportSuffix => "(import)", "(import)";
    // Report
    ReportView => "Rapport", "Report";
    Print => "Afdrukken of als PDF bewaren", "Print or save as PDF";
    PainsAndChances => "Knelpunten en kansen", "Pain points and opportunities";
    Quotes => "Citaten", "Quotes";
    NoQuotes => "Nog geen citaten.", "No quotes yet.";
    Source => "Bron", "Source";
    SignifierSummary => "Duidingsvragen samengevat", "Signifiers in summary";
    Answered => "Beantwoord", "Answered";
    Mean => "gemiddeld", "mean";
    Period => "Periode", "Period";
    // Patterns
    Patterns => "Patronen", "Patterns";
    OpenPatterns => "Patronen zoeken", "Look for patterns";
    PatternsIntro => "Alle contactmomenten en verhalen in deze browser samen, met hun duidingsvragen. Kies een selectie; zet er een tweede naast om te vergelijken. Elk getal leidt naar de contacten en verhalen erachter.", "All touchpoints and stories in this browser together, with their signifiers. Choose a selection; put a second one beside it to compare. Every figure leads to the touchpoints and stories behind it.";
    LoadingJourneys => "Reizen laden: {0} van {1}…", "Loading journeys: {0} of {1}…";
    SelectionA => "Selectie A", "Selection A";
    SelectionB => "Selectie B", "Selection B";
    CompareWithB => "Vergelijk met een tweede selectie", "Compare with a second selection";
    SelectionCount => "{0} contactmomenten en verhalen", "{0} touchpoints and stories";
    ClearSelection => "Alles tonen", "Show everything";
    FilterSource => "Bron", "Source";
    SourceBoth => "contactmomenten en verhalen", "touchpoints and stories";
    SourceTouchpoints => "alleen contactmomenten", "touchpoints only";
    SourceStories => "alleen verhalen", "stories only";
    FilterFrom => "Van", "From";
    FilterTo => "Tot en met", "Up to and including";
    FilterTag => "Label", "Tag";
    FilterAgency => "Instantie", "Agency";
    FilterChannel => "Kanaal", "Channel";
    FilterWorld => "Leefwereld of systeemwereld", "Lifeworld or system world";
    FilterTeller => "Verteld door", "Told by";
    FilterTruth => "Moment van de waarheid", "Moment of truth";
    FilterPersona => "Persona", "Persona";
    FilterGroup => "Groep", "Group";
    FilterAnswer => "Met dit antwoord", "With this answer";
    AnyValue => "alle", "all";
    YesValue => "ja", "yes";
    NoValue => "nee", "no";
    ComparisonTitle => "A tegen B", "A against B";
    ComparisonIntro => "Per vraag een toets of A en B verschillen. p (BH) is gecorrigeerd voor het aantal toetsen tegelijk (Benjamini-Hochberg). Onder 20 antwoorden per groep alleen aantallen.", "One test per question of whether A and B differ. p (BH) is corrected for the number of tests at once (Benjamini-Hochberg). Below 20 answers per group, counts only.";
    CrossTitle => "Kruistabel", "Cross table";
    CrossIntro => "Twee vragen tegen elkaar binnen selectie A: keuzes per antwoord, triades per zone.", "Two questions against each other within selection A: choices by answer, triads by zone.";
    CrossRows => "Rijen", "Rows";
    CrossColumns => "Kolommen", "Columns";
    PairsTitle => "Samenhang tussen vragen", "Links between questions";
    PairsIntro => "Elk paar vragen binnen selectie A, sterkste samenhang eerst. Samenhang is geen oorzaak: lees de verhalen erachter.", "Every pair of questions within selection A, strongest link first. A link is not a cause: read the stories behind it.";
    PairsRun => "Alle paren berekenen", "Compute all pairs";
    EmotionPerAgency => "Beleving per instantie", "Emotion per agency";
    EmotionPerChannel => "Beleving per kanaal", "Emotion per channel";
    PooledCurve => "Beleving over de reis", "Emotion over the journey";
    FollowClient => "Eén cliënt door de tijd", "One client over time";
    ShowTable => "Tabel", "Table";
    DownloadCsv => "CSV", "CSV";
    DownloadSvg => "SVG", "SVG";
    DownloadPng => "PNG", "PNG";
    CopyTable => "Tabel kopiëren", "Copy table";
    TableCopied => "Tabel gekopieerd: plak hem in een rekenblad of verslag.", "Table copied: paste it into a spreadsheet or report.";
    CopyFailed => "Kopiëren lukte niet; download de CSV.", "Copying failed; download the CSV.";
    Evidence => "Achter dit cijfer", "Behind this figure";
    ShowEvidence => "Bekijk {0}", "Show {0}";
    EvidenceMore => "en nog {0}", "and {0} more";
    OpenItem => "Openen", "Open";
    StoryItem => "verhaal", "story";
    NoAnswers => "Geen antwoorden in deze selectie.", "No answers in this selection.";
    // Workshops
    Workshop => "Workshop", "Workshop";
    Workshops => "Workshops", "Workshops";
    WorkshopsIntro => "Een brainbootcamp: groepen bouwen dezelfde klantreis na uit een interview, duiden elk contact en vergelijken plenair.", "A brainbootcamp: groups rebuild the same journey from an interview, annotate every contact and compare in plenary.";
    NewWorkshop => "Nieuwe workshop", "New workshop";
    NoWorkshops => "Nog geen workshops.", "No workshops yet.";
    NotAWorkshop => "Dit is geen workshop (meer) in deze browser.", "This is not a workshop (any more) in this browser.";
    WorkshopBadge => "Workshop {0}", "Workshop {0}";
    WorkshopBanner => "Workshop {0} · {1}", "Workshop {0} · {1}";
    Assignment => "Opdracht", "Assignment";
    TemplateOf => "Sjabloon van workshop {0}: wat je hier verandert, krijgen de groepen in hun pakket.", "Template of workshop {0}: what you change here goes into the groups' packages.";
    ToWorkshop => "Naar de workshop", "To the workshop";
    Timer => "Tijd", "Time";
    TimerMinutes => "Minuten", "Minutes";
    TimerStart => "Start", "Start";
    TimerPause => "Pauze", "Pause";
    TimerReset => "Opnieuw", "Reset";
    WorkshopSettings => "Instellingen van de workshop", "Workshop settings";
    WorkshopName => "Naam van de workshop", "Workshop name";
    WorkshopNameRequired => "Een workshop heeft een naam nodig; de vorige naam blijft bewaard.", "A workshop needs a name; the previous name is kept.";
    WorkshopDate => "Datum", "Date";
    WorkshopGroups => "Groepen", "Groups";
    WorkshopGroupAdd => "Nieuwe groep, bijvoorbeeld ‘Groep 1’", "New group, for example ‘Group 1’";
    WorkshopAssignment => "Opdracht en interview", "Assignment and interview";
    WorkshopAssignmentHint => "De tekst of aantekeningen waar elke groep mee werkt; elke groep ziet dit boven haar reis.", "The text or notes each group works from; every group sees this above its journey.";
    WorkshopTemplate => "Sjabloon:", "Template:";
    Example => "Voorbeeld", "Example";
    TemplateEmpty => "Lege reis (instanties voeg je toe in het sjabloon)", "Empty journey (add agencies in the template)";
    TemplateFrom => "Begin vanuit", "Start from";
    TemplateTake => "Overnemen in het sjabloon", "Put into the template";
    TemplateEdit => "Sjabloon en duidingsvragen bewerken", "Edit template and signifiers";
    AgenciesCount => "instanties", "agencies";
    TouchpointsCount => "contactmomenten", "touchpoints";
    WorkshopGroupsTitle => "Groepen en pakketten", "Groups and packages";
    PackagesAll => "Alle pakketten downloaden", "Download all packages";
    PackagesIntro => "Elk pakket is één bestand voor een USB-stick of gedeelde map. De groep kiest ‘Importeren’ en staat meteen in haar eigen reis.", "Each package is one file for a USB stick or shared folder. The group chooses ‘Import’ and lands straight in its own journey.";
    GroupStatus => "{0} contactmomenten", "{0} touchpoints";
    GroupNotHere => "nog geen pakket", "no package yet";
    PackageFor => "Pakket {0}", "Package {0}";
    Present => "Presenteren", "Present";
    PresentSideBySide => "Twee aangevinkte groepen naast elkaar presenteren", "Present two ticked groups side by side";
    WorkshopImportTitle => "Bestanden van de groepen terughalen", "Bring back the groups’ files";
    WorkshopImportIntro => "Importeer de bestanden die de groepen exporteerden. Elke reis komt bij haar groep; een groep die nog eens wordt geïmporteerd vervangt haar vorige versie.", "Import the files the groups exported. Every journey joins its group; a group imported again replaces its previous version.";
    WorkshopSummaryTitle => "Plenair: alle groepen samen", "Plenary: all groups together";
    WorkshopSignifiers => "Duidingsvragen van alle groepen", "Signifiers of all groups";
    NoneYet => "Nog niets.", "Nothing yet.";
    PresentStep => "Stap {0} van {1}", "Step {0} of {1}";
    PresentKeys => "← → bladeren · F volledig scherm · Esc terug", "← → step · F full screen · Esc back";
    FullScreen => "Volledig scherm", "Full screen";
    CurveSoFar => "Beleving van de eerste {0} contactmomenten", "Emotion of the first {0} touchpoints";
    // Problems
    ErrorTitle => "Er ging iets mis", "Something went wrong";
    StorageUnavailable => "Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Je kunt doorwerken, maar wijzigingen blijven alleen bewaard zolang dit tabblad open is.", "This browser does not allow storage (for example in a private window). You can keep working, but changes are kept only while this tab is open.";
    StorageBlocked => "Een ander tabblad met Klantreis houdt de opslag bezet. Sluit de andere tabbladen en laad deze pagina opnieuw.", "Another Klantreis tab is holding the storage. Close the other tabs and reload this page.";
    StorageQuota => "De opslag van deze browser is vol. Je laatste wijzigingen staan nog in dit tabblad; maak ruimte door oude reizen te verwijderen.", "This browser's storage is full. Your latest changes are still in this tab; make room by deleting old journeys.";
    StorageFailed => "Opslaan is mislukt: {0}. Je wijzigingen staan nog in dit tabblad.", "Saving failed: {0}. Your changes are still in this tab.";
    StoredDataUnreadable => "Deze opgeslagen reis kon niet worden gelezen: {0}", "This stored journey could not be read: {0}";
    JourneyNotFound => "Deze klantreis bestaat niet (meer) in deze browser.", "This journey does not exist (any more) in this browser.";
    OtherTabChanged => "Deze reis is in een ander tabblad gewijzigd.", "This journey was changed in another tab.";
    OtherTabDeleted => "Deze reis is in een ander tabblad verwijderd. Je versie staat nog hier; bewaar hem als je hem wilt houden.", "This journey was deleted in another tab. Your version is still here; keep it if you want it.";
    ReloadedFromOtherTab => "Bijgewerkt met de wijzigingen uit een ander tabblad.", "Updated with the changes from another tab.";
    LoadTheirs => "Hun versie laden", "Load their version";
    KeepMine => "Mijn versie bewaren", "Keep my version";
    Dismiss => "Sluiten", "Dismiss";
    TitleRequired => "Een reis heeft een titel nodig; de vorige titel blijft staan.", "A journey needs a title; the previous title stays.";
    NameRequired => "Een instantie heeft een naam nodig; de vorige naam blijft staan.", "An agency needs a name; the previous name stays.";
    EditFailed => "Deze wijziging kon niet worden doorgevoerd: {0}", "This change could not be made: {0}";
    Notifications => "Meldingen", "Notifications";
    Privacy => "Gebruik pseudoniemen. Alles blijft in deze browser tot je zelf exporteert.", "Use pseudonyms. Everything stays in this browser until you export it yourself.";
}

/// The current language, provided once at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: RwSignal::new(Lang::default()),
    })
}

/// A reactive translation: use it as a view child or an attribute value.
pub fn t(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || msg.text(lang.get())
}

/// A reactive translation with `{0}`, `{1}`… filled from `args`.
pub fn tf<F>(msg: Msg, args: F) -> impl Fn() -> String + Copy + Send + Sync + 'static
where
    F: Fn() -> Vec<String> + Copy + Send + Sync + 'static,
{
    let lang = use_i18n().lang;
    move || fill(msg.text(lang.get()), &args())
}

/// Fills `{0}`, `{1}`… in a template.
pub fn fill(template: &str, args: &[String]) -> String {
    let mut out = template.to_owned();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(
            fill("“{0}” en {1} weg", &["Gemeente".into(), "3".into()]),
            "“Gemeente” en 3 weg"
        );
    }
}
