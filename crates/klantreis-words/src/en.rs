//! English, the second language: every key in words.

use crate::{Counted, Forms, Msg, Words, one_or_other};

pub(crate) const WORDS: Words = Words {
    code: "en",
    name: "English",
    switch_to: "Switch to English",
    decimal: '.',
    text,
    counted,
    plural: one_or_other,
    date,
};

/// 25/11/2026, day first as in British English (the readers are European).
fn date(year: i32, month: u32, day: u32) -> String {
    format!("{day:02}/{month:02}/{year}")
}

fn counted(what: Counted) -> Forms {
    match what {
        Counted::WaitingChanges => Forms::two("{0} change waiting", "{0} changes waiting"),
        Counted::Journeys => Forms::two("{0} journey", "{0} journeys"),
        Counted::Agencies => Forms::two("{0} agency", "{0} agencies"),
        Counted::Touchpoints => Forms::two("{0} touchpoint", "{0} touchpoints"),
        Counted::Stories => Forms::two("{0} story", "{0} stories"),
        Counted::People => Forms::two("{0} person", "{0} people"),
        Counted::Answered => Forms::two("{0} touchpoint or story", "{0} touchpoints and stories"),
        Counted::Workshops => Forms::two("{0} workshop", "{0} workshops"),
        Counted::PainPoints => Forms::two("{0} pain point", "{0} pain points"),
        Counted::Opportunities => Forms::two("{0} opportunity", "{0} opportunities"),
        Counted::Places => Forms::two("{0} place", "{0} places"),
        Counted::ControlCharacters => Forms::two(
            "{0} invisible control character",
            "{0} invisible control characters",
        ),
        Counted::Characters => Forms::two("{0} character", "{0} characters"),
        Counted::Items => Forms::two("{0} item", "{0} items"),
        Counted::Answers => Forms::two("{0} answer", "{0} answers"),
        Counted::Minutes => Forms::two("{0} minute", "{0} minutes"),
        Counted::Hours => Forms::two("{0} hour", "{0} hours"),
        Counted::Days => Forms::two("{0} day", "{0} days"),
        Counted::Weeks => Forms::two("{0} week", "{0} weeks"),
        Counted::Months => Forms::two("{0} month", "{0} months"),
    }
}

// Long: one arm per key; the exhaustive match is what makes a missing translation a build error.
fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "Klantreis",
        Msg::SkipToContent => "Skip to content",
        // Library
        Msg::LibraryIntro => "Your journeys are stored only in this browser, on this device.",
        Msg::MyJourneys => "My journeys",
        Msg::NewJourney => "New journey",
        Msg::NewJourneyTitle => "New journey",
        Msg::DefaultPersona => "Client",
        Msg::JourneysFound => "{0} found",
        Msg::SearchJourneys => "Search title, persona or workshop",
        Msg::ShowMoreJourneys => "Show more ({0} of {1} shown)",
        Msg::DateFormat => "dd/mm/yyyy",
        Msg::DateInvalid => {
            "Not a date: write day/month/year, such as 07/03/2024. The previous date stays."
        }
        Msg::NoJourneys => "No journeys yet. Start a new one or open an example.",
        Msg::Examples => "Examples",
        Msg::ExamplesIntro => {
            "Real journeys from practice. Opening one makes a copy you can edit freely."
        }
        Msg::OpenAsCopy => "Open as copy",
        Msg::Open => "Open",
        Msg::Rename => "Rename",
        Msg::Duplicate => "Duplicate",
        Msg::Delete => "Delete",
        Msg::Cancel => "Cancel",
        Msg::Save => "Save",
        Msg::CopySuffix => "(copy)",
        Msg::Updated => "Updated",
        Msg::Touchpoints => "Touchpoints",
        Msg::Agencies => "Agencies",
        Msg::Persona => "Persona",
        Msg::Title => "Title",
        Msg::Loading => "Loading…",
        Msg::PartUnfetched => {
            "This part of Klantreis could not be fetched. Check the connection and reload the page; your data stays saved."
        }
        Msg::ConfirmDeleteJourney => "Delete journey “{0}”?",
        Msg::ConfirmDeleteJourneyBody => {
            "The journey with all its touchpoints and stories is removed from this browser. You can still undo this right afterwards."
        }
        Msg::Deleted => "“{0}” was deleted.",
        Msg::Undo => "Undo",
        Msg::SkippedUnreadable => {
            "Left out because the stored data cannot be read: {0}. Open them in the library to see what is wrong."
        }
        Msg::Safekeeping => "Keeping and erasing",
        Msg::StorageUsed => "In use: {0} of the {1} this browser allows.",
        Msg::StoragePersisted => "The browser keeps this data even when the disk fills up.",
        Msg::StorageNotPersisted => {
            "Note: the browser may delete this data when the disk fills up or the profile is cleaned. Make a backup regularly."
        }
        Msg::BackupMake => "Make a backup",
        Msg::BackupLast => "Last backup: {0}.",
        Msg::BackupNever => "No backup made yet.",
        Msg::BackupDue => {
            "There are changes that are in no backup yet. Make a backup: all journeys and workshops in one file."
        }
        Msg::EraseEverything => "Erase everything on this device",
        Msg::EraseTitle => "Erase everything on this device?",
        Msg::EraseBody => {
            "This erases {0} with {1} in all, {2}, your preferences and the offline copy of the app from this browser. It cannot be undone. Make a backup first if you want to keep anything."
        }
        Msg::EraseConfirm => "Erase everything",
        Msg::EraseFailed => "Erasing failed: {0}",
        Msg::EraseBlocked => {
            "Erasing waits for another Klantreis tab. Close the other tabs and try again."
        }
        Msg::ErasedTitle => "Everything is erased",
        Msg::ErasedBody => {
            "This browser keeps nothing of Klantreis any more: no journeys, no workshops, no preferences, no offline copy. You can close this tab."
        }
        Msg::StartAgain => "Start again",
        Msg::PrivacyTitle => "Privacy and data",
        Msg::PrivacyWhereTitle => "What is stored where",
        Msg::PrivacyWhere => {
            "Journeys, stories, answers to the signifiers and workshops are stored only in this browser, on this device: in IndexedDB (databases “klantreis” and, for personas, “klantreis-personas”). Preferences (language), the time of the last backup and an emergency copy of unsaved work when a tab closes are in localStorage. The app itself is in the browser's offline cache."
        }
        Msg::PrivacyLeavesTitle => "What leaves the device",
        Msg::PrivacyLeaves => {
            "Nothing, unless you export yourself (a file, CSV, Excel, SVG, PNG or a print). There is no server, no account, no analytics, and nothing is loaded from other websites; a Content Security Policy keeps it that way."
        }
        Msg::PrivacyPseudonymsTitle => "Pseudonyms",
        Msg::PrivacyPseudonyms => {
            "Do not use real names, addresses or citizen service numbers. Give the client a pseudonym and note only what the journey needs (data minimisation, GDPR)."
        }
        Msg::PrivacyEraseTitle => "Erasing",
        Msg::PrivacyErase => {
            "A journey is deleted in the library. “Erase everything on this device” removes the database, localStorage, the offline cache and the service worker. Exported files are yours to manage."
        }
        Msg::PrivacyNotTitle => "What this does not protect against",
        Msg::PrivacyNot => {
            "Anyone using the unlocked device or browser profile can read everything: the data is not encrypted. Lock the device, use a profile of your own and erase after a workshop on a shared laptop. The browser may delete data under storage pressure unless it keeps it persistently: make backups."
        }
        Msg::RecoveredTitle => "Recovered version of {0} ({1})",
        Msg::RecoveredNotice => {
            "Unsaved work on “{0}” met a newer version from another tab. Both are kept: your work is in the library as a recovered version."
        }
        Msg::Redo => "Redo",
        Msg::Close => "Close",
        // Journey header
        Msg::BackToLibrary => "Library",
        Msg::JourneyTitle => "Journey title",
        Msg::PersonaName => "Persona (pseudonym)",
        Msg::PersonaSituation => "Situation",
        Msg::Goal => "Goal",
        Msg::Means => "Means",
        Msg::Trigger => "Trigger",
        Msg::Outcome => "Outcome",
        Msg::PeriodStart => "From",
        Msg::PeriodEnd => "To",
        Msg::Tags => "Tags (comma-separated)",
        // Saving
        Msg::Saved => "Saved",
        Msg::Saving => "Saving…",
        Msg::Unsaved => "Not saved",
        // Map
        Msg::Map => "Journey map",
        Msg::Emotion => "Experience",
        Msg::EmotionCurve => "Emotion curve",
        Msg::AddAgency => "Add agency",
        Msg::NewAgencyName => "New agency",
        Msg::AddTouchpointTo => "Add touchpoint at {0}",
        Msg::NewTouchpointTitle => "New touchpoint",
        Msg::EmptyMap => "No agencies yet. Add the first agency the client met.",
        Msg::NoTouchpointsYet => "No touchpoints yet",
        Msg::CardSpoken => "Touchpoint {0} of {1}, {2},",
        Msg::JourneyHeaderToggle => "Persona and goal",
        Msg::MoreActions => "More",
        Msg::MapKeys => "Keyboard shortcuts",
        Msg::MapKeyboardHint => {
            "Tip: the arrow keys walk the cards, Enter opens one (Esc brings you back), Alt + arrow keys move it, Shift + Space chooses several, Ctrl+C and Ctrl+V copy and paste. + and − zoom, 0 fits the map."
        }
        Msg::Zoom => "Zoom",
        Msg::ZoomIn => "Zoom in",
        Msg::ZoomOut => "Zoom out",
        Msg::ZoomFullSize => "back to full size",
        Msg::ZoomFit => "Fit",
        Msg::ZoomPercent => "{0}%",
        Msg::MakeToBe => "Make the to-be journey",
        Msg::ToBeSuffix => "to be",
        Msg::ToBeOf => "To-be journey of “{0}”.",
        Msg::ToBeCompare => "Compared with the current journey",
        Msg::ToBePresent => "Present side by side",
        Msg::ToBeAsIs => "Current journey",
        Msg::ToBeToBe => "To-be journey",
        Msg::ToBeCurves => "Experience: current and to-be journey",
        Msg::ToBeContacts => "Touchpoints",
        Msg::ToBeWaiting => "Waiting in total",
        Msg::ToBeEmotion => "Mean experience",
        Msg::ToBeRemoved => "Steps removed",
        Msg::ToBeAdded => "Steps added",
        Msg::ToBeChanged => "Steps changed",
        Msg::ToBeNone => "none",
        Msg::ToBeMissing => "The current journey is not (or no longer) in this browser.",
        Msg::FigBrokenPerAgency => "Broken experience principles per agency",
        Msg::FigBrokenPerChannel => "Broken experience principles per channel",
        Msg::FigBrokenPerPhase => "Broken experience principles per phase",
        Msg::FigBrokenSummary => "{0} touchpoints judged · a principle broken {1} times",
        Msg::ReportPrinciplesBroken => "Where experience principles break",
        Msg::ReportBroken => "Broken",
        Msg::ReportKept => "Kept",
        Msg::ProblemUnknownPhase => "refers to phase “{0}”, which is not in this journey",
        Msg::ColPhase => "phase",
        Msg::ColPrinciplesKept => "principles kept",
        Msg::ColPrinciplesBroken => "principles broken",
        Msg::PrincipleSnel => "Fast",
        Msg::PrinciplePersoonlijk => "Personal",
        Msg::PrincipleBetrokken => "Involved",
        Msg::PrincipleEenvoudig => "Simple",
        Msg::PrincipleRelevant => "Relevant",
        Msg::PrincipleTransparant => "Transparent",
        Msg::PrincipleConsistent => "Consistent",
        Msg::Principles => "Experience principles",
        Msg::PrinciplesHint => "For each principle: kept (+), broken (−) or not judged.",
        Msg::JudgementKept => "kept",
        Msg::JudgementBroken => "broken",
        Msg::JudgementNone => "not judged",
        Msg::Heartbeat => "Heartbeat",
        Msg::HeartbeatSpoken => "Step {0}: kept {1}, broken {2}",
        Msg::Phase => "Phase",
        Msg::NoPhase => "no phase",
        Msg::Phases => "Phases",
        Msg::PhasesHint => {
            "Phases show as bands above the steps; choose each touchpoint's phase in its panel."
        }
        Msg::UseVngPhases => "Use the VNG phases",
        Msg::AddPhase => "Add phase",
        Msg::NewPhase => "New phase",
        Msg::RemovePhase => "Remove phase {0}",
        Msg::PhaseName => "Name of phase {0}",
        Msg::ChooseSeveral => "Choose several",
        Msg::ChosenCount => "{0} chosen",
        Msg::ChosenActions => "Chosen touchpoints",
        Msg::CopyChosen => "Copy",
        Msg::PasteTouchpoints => "Paste",
        Msg::MoveChosenTo => "Move to",
        Msg::DeleteChosen => "Delete",
        Msg::ClearChosen => "Clear choice",
        Msg::CopiedCount => {
            "{0} copied. Paste them with Ctrl+V or with Paste, also into another journey."
        }
        Msg::PastedCount => "{0} pasted.",
        Msg::PastedNewLanes => "{0} added (this journey did not have them yet).",
        Msg::PastedDroppedAnswers => "{0} left behind: this journey does not ask those questions.",
        Msg::DeletedCount => "{0} deleted.",
        Msg::ClipNotOurs => {
            "The clipboard holds no touchpoints from Klantreis. Copy cards on a map first (Ctrl+C)."
        }
        Msg::ClipOtherVersion => {
            "These touchpoints come from another version of Klantreis (schema {0}). Export that journey as a file and import it here."
        }
        Msg::ClipTooLarge => "What is on the clipboard is too large to paste as touchpoints.",
        Msg::ClipNoLane => {
            "The copied touchpoints are incomplete (an agency is missing) and were not pasted."
        }
        Msg::MomentOfTruth => "Moment of truth",
        Msg::MomentOfTruthShort => "Decisive",
        // Touchpoint detail
        Msg::TouchpointDetails => "Touchpoint",
        Msg::TouchpointTitle => "Short title",
        Msg::Agency => "Agency",
        Msg::Date => "Date",
        Msg::Channel => "Channel",
        Msg::ChannelOther => "Other channel",
        Msg::Initiative => "Initiative",
        Msg::Waiting => "Waiting time",
        Msg::WaitingAmount => "How long",
        Msg::WaitingUnit => "Unit",
        Msg::What => "What happened",
        Msg::Quote => "Quote",
        Msg::PainPoints => "Pain points",
        Msg::Opportunities => "Opportunities",
        Msg::AddItem => "Add",
        Msg::RemoveItem => "Remove “{0}”",
        Msg::NewPainPoint => "New pain point",
        Msg::NewOpportunity => "New opportunity",
        Msg::World => "Starting point",
        Msg::Unknown => "Unknown",
        Msg::Story => "Story (source)",
        Msg::NoStory => "No story linked",
        Msg::MoveEarlier => "Earlier",
        Msg::MoveLater => "Later",
        Msg::DeleteTouchpoint => "Delete touchpoint",
        Msg::TouchpointDeleted => "Touchpoint deleted.",
        Msg::NothingSelected => "Select a touchpoint or agency on the map to edit it here.",
        // Agency detail
        Msg::AgencyDetails => "Agency",
        Msg::AgencyName => "Name",
        Msg::AgencyKind => "Kind",
        Msg::AgencyColour => "Colour",
        Msg::MoveUp => "Up",
        Msg::MoveDown => "Down",
        Msg::DeleteAgency => "Delete agency",
        Msg::ConfirmDeleteAgency => "Delete “{0}” and {1}? You can undo this.",
        // Enum labels
        Msg::KindGemeente => "Municipality",
        Msg::KindSchuldhulpverlening => "Debt help",
        Msg::KindVrijwilliger => "Volunteer",
        Msg::KindWerk => "Work",
        Msg::KindZorg => "Care",
        Msg::KindWonen => "Housing",
        Msg::KindNetwerk => "Own network",
        Msg::KindOther => "Other",
        Msg::ChannelBalie => "Desk",
        Msg::ChannelTelefoon => "Phone",
        Msg::ChannelBrief => "Letter",
        Msg::ChannelEmail => "E-mail",
        Msg::ChannelWebsite => "Website or portal",
        Msg::ChannelFormulier => "Form",
        Msg::ChannelHuisbezoek => "Home visit or kitchen table",
        Msg::ChannelOtherOption => "Other…",
        Msg::InitiativeClient => "The client",
        Msg::InitiativeAgency => "The agency",
        Msg::InitiativeNetwork => "Someone from their network",
        Msg::InitiativeProfessional => "A professional",
        Msg::Leefwereld => "Lifeworld (leefwereld)",
        Msg::Systeemwereld => "System world (systeemwereld)",
        Msg::UnitMinutes => "minutes",
        Msg::UnitHours => "hours",
        Msg::UnitDays => "days",
        Msg::UnitWeeks => "weeks",
        Msg::UnitMonths => "months",
        Msg::EmotionM2 => "Very negative",
        Msg::EmotionM1 => "Negative",
        Msg::Emotion0 => "Neutral",
        Msg::EmotionP1 => "Positive",
        Msg::EmotionP2 => "Very positive",
        Msg::EmotionNone => "Not rated yet",
        Msg::TellerClient => "Client",
        Msg::TellerProfessional => "Professional",
        Msg::TellerVolunteer => "Volunteer",
        // Signifiers
        Msg::Signifiers => "Signifiers",
        Msg::NotApplicable => "Not applicable / rather not say",
        Msg::ClearAnswer => "Clear answer",
        Msg::NotAnsweredYet => "Not answered yet",
        Msg::TriadHelp => "Click or tap in the triangle, drag the dot or use the arrow keys.",
        Msg::AnsweredCount => "{0} of {1} signifiers answered",
        Msg::AnsweredShort => "{0}/{1} signified",
        // Editor views
        Msg::MapView => "Map",
        Msg::StoriesView => "Stories",
        Msg::SignifiersView => "Signifiers",
        Msg::EditorViews => "Parts of the journey",
        // Stories
        Msg::NewStory => "New story",
        Msg::NoStories => {
            "No stories yet. Add an interview or let a client tell theirs at the story point."
        }
        Msg::StoryTitle => "Title",
        Msg::Teller => "Told by",
        Msg::StoryDate => "Date",
        Msg::StoryText => "The story",
        Msg::StoryUntitled => "Untitled story",
        Msg::QuoteTarget => "Touchpoint for the quote",
        Msg::UseSelectionAsQuote => "Use selected text as quote",
        Msg::SelectTextFirst => "First select some text in the story.",
        Msg::QuoteTaken => "Quote taken into “{0}”.",
        Msg::LinkedTouchpoints => "Touchpoints from this story",
        Msg::NoneLinked => "None yet",
        Msg::DeleteStory => "Delete story",
        Msg::StoryDeleted => "Story deleted.",
        Msg::StorySignifiers => "Signifiers of the story",
        // Vertelpunt
        Msg::Vertelpunt => "Story point",
        Msg::StartVertelpunt => "Start the story point",
        Msg::ContinueInVertelpunt => "Continue at the story point",
        Msg::VertelpuntIntro => {
            "Hand the device to the client: one question per screen, everything is saved at once."
        }
        Msg::Script => "Interview script",
        Msg::ScriptOpening => "Welcome",
        Msg::ScriptPrompt => "Invitation to tell",
        Msg::ScriptClosing => "Closing",
        Msg::Dutch => "Dutch",
        Msg::English => "English",
        Msg::StepOf => "Step {0} of {1}",
        Msg::Previous => "Previous",
        Msg::Next => "Next",
        Msg::Done => "Done",
        Msg::LeaveVertelpunt => "Leave the story point",
        Msg::ConfirmLeaveVertelpunt => "Leave the story point?",
        Msg::ConfirmLeaveVertelpuntBody => {
            "Everything entered has been saved. Hand the device back to the facilitator."
        }
        Msg::Leave => "Leave",
        // Set editor
        Msg::SetEditorIntro => {
            "These questions are asked for every touchpoint or story. Journeys with the same set can be pooled. A question with answers is not deleted but no longer asked; its answers are kept."
        }
        Msg::SetFor => "Questions for",
        Msg::ForTouchpoints => "Touchpoints",
        Msg::ForStories => "Stories",
        Msg::SetName => "Name of the set",
        Msg::SetVersion => "version {0}",
        Msg::Prompt => "Question",
        Msg::KindTriad => "Triangle (triad)",
        Msg::KindSlider => "Slider",
        Msg::KindEmotionQ => "Experience in five steps",
        Msg::KindChoice => "Choice",
        Msg::KindFreeText => "Open question",
        Msg::QuestionKindLabel => "Kind of question",
        Msg::Multiple => "Several answers allowed",
        Msg::PoleN => "Pole {0}",
        Msg::LeftPole => "Left pole",
        Msg::RightPole => "Right pole",
        Msg::OptionN => "Option {0}",
        Msg::AddOption => "Add option",
        Msg::RemoveOption => "Remove option",
        Msg::AddQuestion => "Add question",
        Msg::RemoveQuestion => "Remove question",
        Msg::RetiredNote => "No longer asked; its answers are kept.",
        Msg::AskAgain => "Ask again",
        // Export and import
        Msg::Export => "Export",
        Msg::ExportJourney => "Export: “{0}”",
        Msg::ExportAll => "Export all",
        Msg::ExportSelection => "Export selection ({0})",
        Msg::SelectJourney => "Select “{0}”",
        Msg::CsvTouchpoints => "CSV: touchpoints",
        Msg::CsvStories => "CSV: stories",
        Msg::ExportWorkbook => "Excel (XLSX)",
        Msg::DownloadFailed => {
            "The download did not work: {0}. Nothing has changed; please try again."
        }
        Msg::PrintFailed => "Printing did not work: {0}",
        Msg::WorkbookFailed => "The Excel file could not be made: {0}",
        Msg::CsvHint => {
            "For Excel or LibreOffice; the selection, or everything when nothing is selected."
        }
        Msg::ExportSvg => "Map as SVG",
        Msg::ExportPng => "Map as PNG",
        Msg::ExportThisJourney => "Export journey",
        Msg::Import => "Import",
        Msg::ImportHint => "A Klantreis file (.json) from a colleague or another laptop.",
        Msg::ImportReading => "Reading the file…",
        Msg::ImportStoring => "Storing {0} at once…",
        Msg::ImportDone => {
            "Import done: {1} new, {2} replaced, {3} as a copy beside your own version, {4} not stored (unchanged or your own version kept)."
        }
        Msg::ImportReplacedBytes => {
            "Note: the file is not entirely UTF-8. In {0} something unreadable was replaced by “�”. Please check the texts."
        }
        Msg::ImportRemovedControls => {
            "Left out of the file: {0} (such as NUL, ESC or characters that reverse text)."
        }
        Msg::TypedControlsRemoved => {
            "Left out of the text: {0} (such as NUL, ESC or characters that reverse text)."
        }
        Msg::ImportUndone => "Import undone.",
        Msg::ImportNothingStored => "Nothing was imported: {0}",
        Msg::ImportChangedMeanwhile => {
            "one of these journeys was changed in another tab meanwhile. Please try again."
        }
        Msg::ImportWhyOlder => "The version here ({0}) is newer than the one in the file ({1}).",
        Msg::ImportWhyEdited => {
            "The version here ({0}) was edited here; the file ({1}) does not have those edits."
        }
        Msg::ImportFailed => "This file was not imported; nothing was changed. {0}",
        Msg::ImportNotJson => "It is not a valid JSON file ({0}).",
        Msg::ImportNotOurs => "It is not a Klantreis file.",
        Msg::ImportNoVersion => "The file's version is missing.",
        Msg::ImportFuture => "It comes from a newer Klantreis (schema {0}); update the app.",
        Msg::ImportTooLarge => "It is too large: {0} MB, at most {1} MB.",
        Msg::ImportWhere => "Error at {0}: {1}",
        Msg::FaultMigration => "updating from version {0} to this version failed",
        Msg::FaultCutShort => "the file stops halfway",
        Msg::FaultJsonAt => "unreadable at line {0}, character {1}",
        Msg::FaultTooDeep => "nested too deeply",
        Msg::FaultMissing => "the field “{0}” is missing",
        Msg::FaultUnknownField => "the field “{0}” does not belong here",
        Msg::FaultTwice => "the field “{0}” occurs twice",
        Msg::FaultNotAllowed => "“{0}” is not an allowed value (allowed: {1})",
        Msg::FaultWrongKind => "{0} is not the right kind of value here",
        Msg::FaultOutOfRange => "{0} is outside {1} to {2}",
        Msg::FaultNoJourneyList => "a list of journeys belongs here, but it is missing",
        Msg::FaultNotADate => "not a valid date (yyyy-mm-dd)",
        Msg::AnswerUnknownQuestion => "question {0} is not in the signifier set",
        Msg::AnswerWrongKind => "question {0}: this answer does not fit this kind of question",
        Msg::AnswerTriadSum => "question {0}: the three weights add up to {1}, not 1",
        Msg::AnswerTriadWeight => "question {0}: weight {1} is outside 0 to 1",
        Msg::AnswerSliderRange => "question {0}: {1} is outside 0 to 100",
        Msg::AnswerUnknownOption => "question {0}: option {1} does not exist",
        Msg::AnswerOneOption => "question {0}: only one option may be chosen",
        Msg::AnswerNotApplicableText => {
            "question {0}: an open question has no “not applicable”; leave it empty"
        }
        Msg::EditGone => "the item ({0}) is no longer in this journey",
        Msg::ProblemEmpty => "must not be empty",
        Msg::ProblemTooLong => "has {0}; the maximum is {1}",
        Msg::ProblemTooMany => "has {0}; the maximum is {1}",
        Msg::ProblemDuplicateId => "id “{0}” is used more than once",
        Msg::ProblemUnknownAgency => "refers to agency “{0}”, which is not in this journey",
        Msg::ProblemUnknownStory => "refers to story “{0}”, which is not in this journey",
        Msg::ProblemPeriodReversed => "the start {0} is after the end {1}",
        Msg::ImportConflicts => {
            "These journeys are already in the library, with work the file does not have. What do you want to do with each?"
        }
        Msg::TakeFile => "Take the file's version",
        Msg::KeepBoth => "Keep both",
        Msg::ImportSuffix => "(import)",
        // Report
        Msg::ReportView => "Report",
        Msg::Print => "Print or save as PDF",
        Msg::PainsAndChances => "Pain points and opportunities",
        Msg::Quotes => "Quotes",
        Msg::NoQuotes => "No quotes yet.",
        Msg::Source => "Source",
        Msg::SignifierSummary => "Signifiers in summary",
        Msg::Answered => "Answered",
        Msg::Mean => "mean",
        Msg::Period => "Period",
        // Patterns
        Msg::Patterns => "Patterns",
        Msg::OpenPatterns => "Look for patterns",
        Msg::PatternsIntro => {
            "All touchpoints and stories in this browser together, with their signifiers. Choose a selection; put a second one beside it to compare. Every figure leads to the touchpoints and stories behind it."
        }
        Msg::LoadingJourneys => "Loading journeys: {0} of {1}…",
        Msg::SelectionA => "Selection A",
        Msg::SelectionB => "Selection B",
        Msg::CompareWithB => "Compare with a second selection",
        Msg::ClearSelection => "Show everything",
        Msg::FilterSource => "Source",
        Msg::SourceBoth => "touchpoints and stories",
        Msg::SourceTouchpoints => "touchpoints only",
        Msg::SourceStories => "stories only",
        Msg::FilterFrom => "From",
        Msg::FilterTo => "Up to and including",
        Msg::FilterTag => "Tag",
        Msg::FilterAgency => "Agency",
        Msg::FilterChannel => "Channel",
        Msg::FilterWorld => "Lifeworld or system world",
        Msg::FilterTeller => "Told by",
        Msg::FilterTruth => "Moment of truth",
        Msg::FilterPersona => "Persona",
        Msg::FilterGroup => "Group",
        Msg::FilterAnswer => "With this answer",
        Msg::AnyValue => "all",
        Msg::YesValue => "yes",
        Msg::NoValue => "no",
        Msg::ComparisonTitle => "A against B",
        Msg::ComparisonIntro => {
            "One test per question of whether A and B differ. p (BH) is corrected for the number of tests at once (Benjamini-Hochberg). Below 20 answers per group, counts only."
        }
        Msg::CrossTitle => "Cross table",
        Msg::CrossIntro => {
            "Two questions against each other within selection A: choices by answer, triads by zone."
        }
        Msg::CrossRows => "Rows",
        Msg::CrossColumns => "Columns",
        Msg::PairsTitle => "Links between questions",
        Msg::PairsIntro => {
            "Every pair of questions within selection A, strongest link first. A link is not a cause: read the stories behind it."
        }
        Msg::PairsRun => "Compute all pairs",
        Msg::ShowTable => "Table",
        Msg::DownloadCsv => "CSV",
        Msg::DownloadSvg => "SVG",
        Msg::DownloadPng => "PNG",
        Msg::CopyTable => "Copy table",
        Msg::TableCopied => "Table copied: paste it into a spreadsheet or report.",
        Msg::CopyFailed => "Copying failed; download the CSV.",
        Msg::Evidence => "Behind this figure",
        Msg::ShowEvidence => "Show {0}",
        Msg::EvidenceMore => "and {0} more",
        Msg::OpenItem => "Open",
        Msg::StoryItem => "story",
        Msg::NoAnswers => "No answers in this selection.",
        // Workshops
        Msg::Workshop => "Workshop",
        Msg::Workshops => "Workshops",
        Msg::WorkshopsIntro => {
            "A brainbootcamp: groups rebuild the same journey from an interview, annotate every contact and compare in plenary."
        }
        Msg::NewWorkshop => "New workshop",
        Msg::NoWorkshops => "No workshops yet.",
        Msg::NotAWorkshop => "This is not a workshop (any more) in this browser.",
        Msg::WorkshopBadge => "Workshop {0}",
        Msg::WorkshopBanner => "Workshop {0} · {1}",
        Msg::Assignment => "Assignment",
        Msg::TemplateOf => {
            "Template of workshop {0}: what you change here goes into the groups' packages."
        }
        Msg::ToWorkshop => "To the workshop",
        Msg::Timer => "Time",
        Msg::TimerMinutes => "Minutes",
        Msg::TimerStart => "Start",
        Msg::TimerPause => "Pause",
        Msg::TimerReset => "Reset",
        Msg::WorkshopSettings => "Workshop settings",
        Msg::WorkshopName => "Workshop name",
        Msg::WorkshopNameRequired => "A workshop needs a name; the previous name is kept.",
        Msg::WorkshopDate => "Date",
        Msg::WorkshopGroups => "Groups",
        Msg::WorkshopGroupAdd => "New group, for example ‘Group 1’",
        Msg::WorkshopAssignment => "Assignment and interview",
        Msg::WorkshopAssignmentHint => {
            "The text or notes each group works from; every group sees this above its journey."
        }
        Msg::WorkshopTemplate => "Template:",
        Msg::Example => "Example",
        Msg::TemplateEmpty => "Empty journey (add agencies in the template)",
        Msg::TemplateFrom => "Start from",
        Msg::TemplateTake => "Put into the template",
        Msg::TemplateEdit => "Edit template and signifiers",
        Msg::WorkshopGroupsTitle => "Groups and packages",
        Msg::PackagesAll => "Download all packages",
        Msg::PackagesIntro => {
            "Each package is one file for a USB stick or shared folder. The group chooses ‘Import’ and lands straight in its own journey."
        }
        Msg::GroupNotHere => "no package yet",
        Msg::PackageFor => "Package {0}",
        Msg::Present => "Present",
        Msg::PresentSideBySide => "Present two ticked groups side by side",
        Msg::WorkshopImportTitle => "Bring back the groups’ files",
        Msg::WorkshopImportIntro => {
            "Import the files the groups exported. Every journey joins its group; a group imported again replaces its previous version."
        }
        Msg::WorkshopSummaryTitle => "Plenary: all groups together",
        Msg::WorkshopSignifiers => "Signifiers of all groups",
        Msg::NoneYet => "Nothing yet.",
        Msg::PresentStep => "Step {0} of {1}",
        Msg::PresentWholeMap => "Whole map",
        Msg::PresentWholeMapAlt => "The whole journey “{0}” as a map, {1}.",
        Msg::PresentKeys => "← → step · K whole map · F full screen · Esc back",
        Msg::FullScreen => "Full screen",
        Msg::CurveSoFar => "Emotion so far: {0}",
        // Problems
        Msg::StorageUnavailable => {
            "This browser does not allow storage (for example in a private window). You can keep working, but changes are kept only while this tab is open."
        }
        Msg::StorageBlocked => {
            "Another Klantreis tab is holding the storage. Close the other tabs and reload this page."
        }
        Msg::StorageQuota => {
            "This browser's storage is full. Your latest changes are still in this tab; make room by deleting old journeys."
        }
        Msg::StorageFailed => "Saving failed: {0}. Your changes are still in this tab.",
        Msg::StoredDataUnreadable => "This stored journey could not be read: {0}",
        Msg::JourneyNotFound => "This journey does not exist (any more) in this browser.",
        Msg::OtherTabChanged => "This journey was changed in another tab.",
        Msg::OtherTabDeleted => {
            "This journey was deleted in another tab. Your version is still here; keep it if you want it."
        }
        Msg::ReloadedFromOtherTab => "Updated with the changes from another tab.",
        Msg::LoadTheirs => "Load their version",
        Msg::KeepMine => "Keep my version",
        Msg::Dismiss => "Dismiss",
        Msg::TitleRequired => "A journey needs a title; the previous title stays.",
        Msg::NameRequired => "An agency needs a name; the previous name stays.",
        Msg::EditFailed => "This change could not be made: {0}",
        Msg::Notifications => "Notifications",
        Msg::Privacy => {
            "Use pseudonyms. Everything stays in this browser until you export it yourself."
        }
        // Figures, tables and exports
        Msg::MapGoal => "Goal",
        Msg::MapMeans => "Means",
        Msg::MapEmotionCurve => "Emotion curve",
        Msg::MapDecisive => "★ decisive",
        Msg::MapSystem => "system",
        Msg::FigVeryNegative => "very negative",
        Msg::FigVeryPositive => "very positive",
        Msg::CellBalie => "desk",
        Msg::CellTelefoon => "phone",
        Msg::CellBrief => "letter",
        Msg::CellEmail => "e-mail",
        Msg::CellWebsite => "website/portal",
        Msg::CellFormulier => "form",
        Msg::CellHuisbezoek => "home visit/kitchen table",
        Msg::ColAnswer => "answer",
        Msg::NotApplicableShort => "n/a",
        Msg::SheetTouchpoints => "Touchpoints",
        Msg::SheetStories => "Stories",
        Msg::SheetJourneys => "Journeys",
        Msg::SheetSignifiers => "Signifiers",
        Msg::ColJourneyId => "journey id",
        Msg::ColJourney => "journey",
        Msg::ColPersona => "persona",
        Msg::ColOrder => "order",
        Msg::ColAgency => "agency",
        Msg::ColAgencyKind => "agency kind",
        Msg::ColChannel => "channel",
        Msg::ColDate => "date",
        Msg::ColEmotion => "emotion",
        Msg::ColInitiative => "initiative",
        Msg::ColWaitingMinutes => "waiting (minutes)",
        Msg::ColLifeworldSystemWorld => "lifeworld/system world",
        Msg::ColMomentOfTruth => "moment of truth",
        Msg::ColTitle => "title",
        Msg::ColWhatHappened => "what happened",
        Msg::ColQuote => "quote",
        Msg::ColPainPoints => "pain points",
        Msg::ColOpportunities => "opportunities",
        Msg::ColStory => "story",
        Msg::ColStoryId => "story id",
        Msg::ColToldBy => "told by",
        Msg::ColText => "text",
        Msg::ColSituation => "situation",
        Msg::ColGoal => "goal",
        Msg::ColMeans => "means",
        Msg::ColTrigger => "trigger",
        Msg::ColOutcome => "outcome",
        Msg::ColStart => "start",
        Msg::ColEnd => "end",
        Msg::ColTags => "tags",
        Msg::ColTouchpoints => "touchpoints",
        Msg::ColStories => "stories",
        Msg::ColSetId => "set id",
        Msg::ColSet => "set",
        Msg::ColVersion => "version",
        Msg::ColQuestionId => "question id",
        Msg::ColKind => "kind",
        Msg::ColQuestion => "question",
        Msg::ColAnswers => "answers",
        Msg::ColRetired => "retired",
        Msg::ColCount => "count",
        Msg::ColShare => "share (%)",
        Msg::FigEffect => "effect",
        Msg::FigStartOfTheJourney => "start of the journey",
        Msg::ColPlaceInTheJourney => "place in the journey",
        Msg::ColContacts => "contacts",
        Msg::ColMeanEmotion => "mean emotion",
        Msg::FigSystemPercent => "system %",
        Msg::FigWaitDays => "wait, days",
        Msg::FigName => "name",
        Msg::FigMean => "mean",
        Msg::FigMedian => "median",
        Msg::ColValue => "value",
        Msg::FigEmotionPerAgency => "Emotion per agency",
        Msg::FigEmotionPerChannel => "Emotion per channel",
        Msg::FigEmotionOverTheJourney => "Emotion over the journey",
        Msg::FigOneClientOverTime => "One client over time",
        Msg::FigEmotionOfTheContact => "Emotion of the contact",
        Msg::FigExactRankBiserial => "exact; effect: rank-biserial r",
        Msg::FigNormalRankBiserial => "normal approximation; effect: rank-biserial r",
        Msg::FigChiSquare => "chi-square",
        Msg::FigSmallExpectedCounts => {
            "caution: small expected counts, p is unreliable; effect: Cramér's V"
        }
        Msg::FigEffectCramersV => "effect: Cramér's V",
        Msg::FigEffectRho => "effect: rho",
        Msg::FigPermutationTestLogRatio => "permutation test (log-ratio)",
        Msg::FigEverySplitCounted => "every split counted",
        Msg::FigSplitsFixedSeed => "{0} splits (fixed seed)",
        Msg::FigZonesChiSquare => "zones chi-square",
        Msg::FigCountsOnly => "counts only: fewer than {0} answers in a group",
        Msg::FigNoTestAllAnswersAlike => "no test: all answers alike",
        Msg::FigOptionAgainstRest => ": answer “{0}” against the rest",
        Msg::ColSubject => "subject",
        Msg::ColNA => "n A",
        Msg::ColNB => "n B",
        Msg::ColTest => "test",
        Msg::ColStatistic => "statistic",
        Msg::ColP => "p",
        Msg::ColPBH => "p (BH)",
        Msg::ColNote => "note",
        Msg::ColFirst => "first",
        Msg::ColSecond => "second",
        Msg::ColN => "n",
        Msg::FigPeopleWithMoreJourneys => "{0} with more than one journey",
        Msg::ColZone => "zone",
        Msg::FigZonePole => "mostly {0}",
        Msg::FigZoneBetween => "between {0} and {1}",
        Msg::FigZoneCentre => "centre: all three",
        Msg::ColGroups => "groups",
        Msg::LayerFrontstage => "Frontstage: what the client sees",
        Msg::LayerBackstage => "Backstage: behind the scenes",
        Msg::LayerSupport => "Support: systems, rules, others",
        Msg::BlueprintView => "Blueprint",
        Msg::BlueprintHint => {
            "What the organisation does at this step, in front of and behind the scenes."
        }
        Msg::LineOfInteraction => "Line of interaction",
        Msg::LineOfVisibility => "Line of visibility",
        Msg::ProblemUnknownTouchpoint => "refers to touchpoint “{0}”, which is not in this journey",
        Msg::IdeaStatusIdee => "Idea",
        Msg::IdeaStatusGekozen => "Chosen",
        Msg::IdeaStatusInUitvoering => "In progress",
        Msg::IdeaStatusGedaan => "Done",
        Msg::IdeaStatusAfgewezen => "Rejected",
        Msg::QuadrantQuickWin => "Quick win",
        Msg::QuadrantBigBet => "Big bet",
        Msg::QuadrantFillIn => "Fill-in",
        Msg::QuadrantMoneyPit => "Much effort, little effect",
        Msg::IdeasView => "Ideas",
        Msg::AddIdea => "Add idea",
        Msg::NewIdeaTitle => "New idea",
        Msg::IdeaTitle => "Idea",
        Msg::IdeaDescription => "Description",
        Msg::IdeaImpact => "Impact (1–5)",
        Msg::IdeaEffort => "Effort (1–5)",
        Msg::IdeaOwner => "Owner",
        Msg::IdeaStatus => "Status",
        Msg::IdeaOpportunity => "Opportunity",
        Msg::IdeaNoOpportunity => "no opportunity chosen",
        Msg::IdeaEvidence => "Evidence: touchpoints",
        Msg::IdeaPainPoints => "Pain points it answers",
        Msg::RemoveIdea => "Remove idea",
        Msg::IdeaFromOpportunity => "Idea for this opportunity",
        Msg::PriorityMatrix => "Priority matrix: impact × effort",
        Msg::MatrixImpactAxis => "Impact: high at the top",
        Msg::MatrixEffortAxis => "Effort: little on the left",
        Msg::MatrixCell => "Impact {0}, effort {1}",
        Msg::NoIdeasYet => {
            "No ideas yet. Start from an opportunity: choose a touchpoint on the map and add an idea to an opportunity, or add one here."
        }
        Msg::IdeasTable => "Every idea, the best first",
        Msg::ColQuadrant => "quadrant",
        Msg::ColIdea => "idea",
        Msg::ColImpact => "impact",
        Msg::ColEffort => "effort",
        Msg::ColOwner => "owner",
        Msg::ColStatus => "status",
        Msg::ColOpportunity => "opportunity",
        Msg::ColEvidence => "evidence",
        Msg::ColFrontstage => "frontstage",
        Msg::ColBackstage => "backstage",
        Msg::ColSupport => "support",
        Msg::SheetIdeas => "Ideas",
        Msg::PhaseEarlier => "Move phase {0} up",
        Msg::PhaseLater => "Move phase {0} down",
        Msg::WorkshopIdeas => "The groups’ ideas",
        Msg::IdeaRemoved => "Idea removed.",
        Msg::ColDescription => "description",
        Msg::ReportIdeas => "Ideas and priorities",
        Msg::MakeDesigned => "Make the procedure (shadow journey)",
        Msg::DesignedSuffix => "procedure",
        Msg::DesignedOf => {
            "Procedure (shadow journey) of “{0}”: change this map into the journey as designed, with the promised waiting times."
        }
        Msg::DesignedCompare => "Procedure and lived journey compared",
        Msg::DesignedDesigned => "Procedure",
        Msg::DesignedLived => "Lived journey",
        Msg::DesignedMissing => "The lived journey is no longer in this browser.",
        Msg::ShadowExtra => "Extra contacts, not in the procedure",
        Msg::ShadowMissing => "Procedure steps that never happened",
        Msg::ShadowWaits => "Waiting: promised and lived",
        Msg::ShadowPromised => "promised",
        Msg::ShadowLived => "lived",
        Msg::ShadowUnknownAgencies => "Agencies the procedure does not know",
        Msg::ShadowNotHappened => "Never happened",
        Msg::ReportShadow => "Shadow journey: procedure and reality",
        Msg::Personas => "Personas",
        Msg::PersonasIntro => {
            "A persona describes a type of client under a pseudonym, never a real person. Link journeys to a persona to see them together."
        }
        Msg::NewPersona => "New persona",
        Msg::NewPersonaName => "New persona",
        Msg::NoPersonas => "No personas yet.",
        Msg::PersonaPseudonym => "Pseudonym",
        Msg::PersonaNameHint => "Do not use a real name: choose a pseudonym.",
        Msg::PersonaAge => "Age",
        Msg::AgeUnknown => "Unknown",
        Msg::AgeMinor => "Under 18",
        Msg::AgeYoung => "18 to 26",
        Msg::AgeAdult => "27 to 44",
        Msg::AgeMiddle => "45 to 66",
        Msg::AgeRetired => "67 or older",
        Msg::PersonaHousehold => "Household",
        Msg::PersonaGoal => "Goal",
        Msg::PersonaNeeds => "Needs",
        Msg::PersonaFrustrations => "Frustrations",
        Msg::PersonaChannels => "Preferred channels",
        Msg::PersonaAddItem => "Add…",
        Msg::EmpathyMap => "Empathy map",
        Msg::EmpathySays => "Says",
        Msg::EmpathyThinks => "Thinks",
        Msg::EmpathyDoes => "Does",
        Msg::EmpathyFeels => "Feels",
        Msg::EmpathyPains => "Pains",
        Msg::EmpathyGains => "Gains",
        Msg::PersonaJourneys => "Journeys of this persona",
        Msg::PersonaNoJourneys => {
            "No journeys linked yet. Choose this persona at the top of a journey, or start a new one here."
        }
        Msg::PersonaNewJourney => "New journey of this persona",
        Msg::PersonaDelete => "Delete persona",
        Msg::PersonaNotFound => "This persona is not in this library.",
        Msg::PersonaChangedElsewhere => {
            "This persona was changed in another tab; nothing was overwritten."
        }
        Msg::PersonaKeptAsCopy => {
            "This persona was changed in another tab. Your version is kept as a copy: {0}."
        }
        Msg::PersonaCopySuffix => "{0} (copy)",
        Msg::PersonaFromFile => "{0} (from file)",
        Msg::PersonaLink => "Persona card",
        Msg::PersonaNone => "None",
        Msg::PersonaOpen => "Open persona",
        Msg::PersonasImported => "Personas: {0} new, {1} updated, {2} kept as a copy.",
        Msg::PersonasUnreadable => "Personas that cannot be read: {0}",
        Msg::ReportPersona => "Persona",
        Msg::SheetPersonas => "Personas",
        Msg::ColPersonaId => "persona id",
        Msg::ColAge => "age",
        Msg::ColHousehold => "household",
        Msg::ColNeeds => "needs",
        Msg::ColFrustrations => "frustrations",
        Msg::ColChannels => "preferred channels",
        Msg::ColSays => "says",
        Msg::ColThinks => "thinks",
        Msg::ColDoes => "does",
        Msg::ColFeels => "feels",
        Msg::ColPains => "pains",
        Msg::ColGains => "gains",
        Msg::PatternsIdeas => "Ideas of the journeys in selection A",
        Msg::MarkNeedsAgency => {
            "Add an agency first: a touchpoint always sits on an agency's lane."
        }
        Msg::MarkNeedsTouchpoint => "Choose a touchpoint first, or make one from the selection.",
        Msg::MarkedAsTouchpoint => {
            "Touchpoint “{0}” made from the passage. What else the text says is offered below."
        }
        Msg::MarkedAs => "Passage added to “{0}”.",
        Msg::MarkedPassages => "The text and what is used from it",
        Msg::OnlyUnused => "Only paragraphs not used yet",
        Msg::NextUnused => "Next unused paragraph",
        Msg::AllUsed => "Every paragraph is used.",
        Msg::MarkKindTouchpoint => "touchpoint",
        Msg::MarkKindQuote => "quote",
        Msg::MarkKindPainPoint => "pain point",
        Msg::MarkKindOpportunity => "opportunity",
        Msg::MarkAsTouchpoint => "New touchpoint from selection",
        Msg::MarkAsPainPoint => "As pain point",
        Msg::MarkAsOpportunity => "As opportunity",
        Msg::FromStory => "From the story",
        Msg::ProblemSpanOutside => "the passage {0}–{1} lies outside the text of {2}",
        Msg::MarkAsFeeling => "As feeling",
        Msg::MarkAsWaiting => "As waiting time",
        Msg::MarkKindFeeling => "feeling",
        Msg::MarkKindWaiting => "waiting time",
        Msg::FeelingTaken => "The experience of “{0}” is now: {1}.",
        Msg::WaitTaken => "The waiting time of “{0}” is now {1}.",
        Msg::NoFeelingRecognised => {
            "Passage added to “{0}”. It holds no feeling word the assistant knows: choose the experience yourself."
        }
        Msg::NoWaitRecognised => {
            "Passage added to “{0}”. It holds no waiting time the assistant recognises: fill it in yourself."
        }
        Msg::OffersTitle => "Suggestions from the text",
        Msg::OffersHint => {
            "Read from the passages of “{0}”. Take what is right; nothing changes without you."
        }
        Msg::OfferAccept => "Accept",
        Msg::OfferIgnore => "Ignore",
        Msg::OfferAcceptAll => "Accept all",
        Msg::OfferAccepted => "Taken into “{0}”: {1}.",
        Msg::OfferFrom => "from “{0}”",
        Msg::RetoldWaited => "after {0}",
        Msg::RetoldSubtitle => "The journey as {0} lived it, in their own words",
        Msg::RetoldPain => "Pain point",
        Msg::RetoldOwn => "Own words",
        Msg::RetoldHappened => "What happened",
        Msg::RetoldEdit => "Edit the text",
        Msg::RetoldCopy => "Copy as text",
        Msg::RetoldCopied => "The client-side report is on the clipboard.",
        Msg::RetoldHow => {
            "Composed from the words on the map: first what the client said, then what happened and where it got stuck. Nothing is made up; every sentence leads back to its source."
        }
        Msg::RetoldEmpty => "No touchpoints yet: the report follows the steps of the map.",
        Msg::RetoldSourceChanged => {
            "The source has changed since this sentence was edited. It now says: “{0}”"
        }
        Msg::RetoldRevert => "Back to the source",
        Msg::RetoldSource => "Source",
        Msg::ReportKind => "Kind of report",
        Msg::ReportMap => "Report with map",
        Msg::ReportRetold => "Client-side report",
        Msg::OpenTranscript => "Text from a file (.txt, .md, .docx)",
        Msg::TranscriptReading => "Reading the file…",
        Msg::TranscriptFailed => "“{0}” could not be read: {1}",
        Msg::TranscriptAdded => "The text of “{0}” is now in the story.",
        Msg::TranscriptTooLong => {
            "The story would grow beyond {1} characters; the text of “{0}” was not added."
        }
        Msg::WordDownload => "Download as Word (.docx)",
        Msg::WordFailed => "The Word file could not be made: {0}",
        Msg::OwnWordsTitle => "The assistant's words",
        Msg::OwnWordsHint => {
            "The assistant recognises agencies, channels and feeling words from a built-in list. Add your own words here, one per line. They stay on this device."
        }
        Msg::OwnAgencies => "Agencies",
        Msg::OwnChannels => "Channels",
        Msg::OwnFeelings => "Feeling words",
        Msg::OwnAgenciesHint => {
            "word = agency, like ‘buurtteam = wijkteam’ (the agency as the map names it)"
        }
        Msg::OwnChannelsHint => {
            "word = channel (balie, telefoon, brief, email, website, formulier, huisbezoek or a name of your own), like ‘appje = WhatsApp’"
        }
        Msg::OwnFeelingsHint => {
            "word = experience from -2 (very negative) to 2 (very positive), like ‘doodop = -1’"
        }
        Msg::OwnWordsProblem => "{0}, line {1}: {2}",
        Msg::LineNoMeaning => "write ‘word = meaning’",
        Msg::LineNotAFeeling => "a feeling word's meaning is a number from -2 to 2",
        Msg::OwnWordsSave => "Keep the words",
        Msg::OwnWordsSaved => "The assistant now knows your words.",
        Msg::OwnWordsMerged => {
            "The words were saved elsewhere meanwhile; both are merged and kept."
        }
        Msg::TeamTitle => "Team library",
        Msg::TeamOpen => "Team library",
        Msg::TeamIntro => {
            "Share journeys with your team through a CouchDB database your organisation runs itself. Everything stays on this device too: without a connection you keep working, and changes go along once the connection is back."
        }
        Msg::TeamPrivacy => {
            "Nothing goes anywhere but the server you set here, and only the journeys you share. The password is not kept: you sign in to CouchDB, and the session ends when the server says so."
        }
        Msg::TeamSignedOut => "Team: signed out",
        Msg::TeamOffline => "Team: offline, changes wait",
        Msg::TeamSyncing => "Team: syncing…",
        Msg::TeamSynced => "Team: up to date",
        Msg::TeamWaiting => "Team: {0}",
        Msg::TeamUnreachable => "Team: server out of reach, {0}",
        Msg::TeamFailed => "Team: error – {0}",
        Msg::TeamNoConnection => "No connection with the server.",
        Msg::TeamWrongPassword => "Name or password is not right.",
        Msg::TeamNoAccess => {
            "You have no access to this database. Ask the administrator to add you as a member."
        }
        Msg::TeamNoDatabase => "This database does not exist on the server.",
        Msg::TeamServerSaid => "The server answered {0}: {1}",
        Msg::TeamRefused => "A journey from the team library was refused ({0}): {1}",
        Msg::TeamVersionTitle => "{0} (second version)",
        Msg::TeamBothKept => {
            "“{0}” was changed here and in the team library. Both versions are kept: open the journey to choose which stays."
        }
        Msg::TeamAddressMissing => "Fill in the server's address.",
        Msg::TeamNotHttps => {
            "The address must start with https:// (http:// only for this computer)."
        }
        Msg::TeamNotAnAddress => {
            "This is not a web address. For example: https://couch.example.org or /couchdb."
        }
        Msg::TeamBadDatabase => {
            "A database name starts with a lowercase letter and has only a-z, 0-9 and _$()+-/."
        }
        Msg::TeamAddress => "Server address",
        Msg::TeamAddressHint => "Preferably a path on the same host as this app, such as /couchdb.",
        Msg::TeamDatabase => "Database",
        Msg::TeamUser => "User name",
        Msg::TeamPassword => "Password",
        Msg::TeamSignIn => "Sign in",
        Msg::TeamSignedInAs => "Signed in as {0} to database {1} at {2}.",
        Msg::TeamSyncNow => "Sync now",
        Msg::TeamSignOut => "Sign out",
        Msg::TeamTurnOff => "Turn the team library off",
        Msg::TeamTurnedOff => "The team library is off. Every journey is still on this device.",
        Msg::TeamWhatShared => "What is shared",
        Msg::TeamShareAll => "Every journey in this library",
        Msg::TeamShareChosen => "Only the journeys I tick (signing in shares nothing yet)",
        Msg::TeamElsewhere => "Another tab is syncing with the team library now.",
        Msg::VersionsHere => {
            "This journey was changed in two places at once, so there are two versions: this one (changed {0}) and the other (changed {1}). Choose which stays, or keep both as journeys of their own."
        }
        Msg::VersionsRegion => "Two versions",
        Msg::VersionsCompare => "What is different?",
        Msg::VersionOnlyOther => "Only in the other version",
        Msg::VersionOnlyThis => "Only in this version",
        Msg::VersionDiffer => "Steps that differ",
        Msg::VersionOpenOther => "Open the other version",
        Msg::VersionKeepThis => "Keep this version",
        Msg::VersionKeepBoth => "Keep both",
        Msg::VersionWaitSave => "One moment: this version is still being saved.",
        Msg::VersionKept => "“{0}”: this version was kept, the other was removed.",
        Msg::VersionsParted => {
            "Both versions are now journeys of their own; the second is called “{0}”."
        }
        Msg::VersionBadge => "Second version: choose in the journey",
        Msg::TeamShareWorkshop => {
            "Workshop “{0}”: every journey, also the groups' journeys still to come"
        }
        Msg::TeamShared => "Shared with the team",
        Msg::VersionAlsoDiffer => "Also different: {0}.",
        Msg::ImportReadingCount => "Reading the file: {0} of {1} journeys…",
        Msg::FigEarlierNotDrawn => "{0} earlier journeys not drawn (they are in the table)",
    }
}
