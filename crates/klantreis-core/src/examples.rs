//! The four journeys from municipal practice (Jan's debts, X at the desk, the WMO kitchen
//! table, the intake as welcome): demo data in the library ("voorbeelden") and fixtures for
//! tests. Ids are fixed; the app opens an example as a copy under a new id.

use crate::agency::{Agency, AgencyKind};
use crate::id::Id;
use crate::journey::{Client, Journey, Period};
use crate::signifier::Answer;
use crate::story::{Story, Teller};
use crate::touchpoint::{Channel, Emotion, Initiative, Touchpoint, WaitUnit, Waiting, World};
use chrono::NaiveDate;

pub fn all() -> Vec<Journey> {
    vec![jan(), x(), wmo(), intake()]
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn journey(id: &str, title: &str, persona: &str, situation: &str) -> Journey {
    let mut j = Journey::new(id.into(), title, persona, 0);
    j.persona = Client {
        name: persona.into(),
        situation: situation.into(),
        id: None,
    };
    j
}

fn agency(j: &mut Journey, id: &str, name: &str, kind: AgencyKind) {
    j.agencies.push(Agency::new(id.into(), name, kind));
}

/// A touchpoint with the fields every example sets; the rest is filled in by the caller.
fn touch<'a>(
    j: &'a mut Journey,
    agency: &str,
    title: &str,
    channel: Channel,
    emotion: i64,
    world: World,
) -> &'a mut Touchpoint {
    let id = format!("{}-t{}", j.id, j.touchpoints.len() + 1);
    let mut t = Touchpoint::new(id.as_str().into(), agency.into(), title);
    t.channel = channel;
    t.emotion = Emotion::new(emotion).ok();
    t.world = Some(world);
    j.touchpoints.push(t);
    let last = j.touchpoints.len() - 1;
    &mut j.touchpoints[last]
}

fn story(j: &mut Journey, teller: Teller, title: &str, text: &str) {
    let id = format!("{}-s{}", j.id, j.stories.len() + 1);
    j.stories.push(Story {
        id: id.as_str().into(),
        teller,
        date: j.period.start,
        title: title.into(),
        text: text.into(),
        answers: Default::default(),
        marks: Vec::new(),
    });
}

/// Answers to the default signifiers, as the client gave them in the interview.
fn annotate(t: &mut Touchpoint, focus: [f64; 3], sliders: [u8; 3], initiative: &str, better: &str) {
    let mut set = |q: &str, a: Answer| {
        t.answers.insert(q.into(), a);
    };
    set("focus", Answer::Triad(focus));
    set("seen", Answer::Slider(sliders[0]));
    set("grip", Answer::Slider(sliders[1]));
    set("stress", Answer::Slider(sliders[2]));
    set("initiative", Answer::Choice(vec![initiative.into()]));
    if !better.is_empty() {
        set("better", Answer::Text(better.into()));
    }
    if let Some(e) = t.emotion {
        t.answers.insert("feeling".into(), Answer::Emotion(e));
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Jan has debts, sleeps badly, and finds his way back through debt help to work.
// Long: data, a journey from practice written out touchpoint by touchpoint.
pub fn jan() -> Journey {
    use AgencyKind::*;
    use Channel::*;
    use World::*;
    let mut j = journey(
        "voorbeeld-jan",
        "Jan: van schulden naar werk",
        "Jan",
        "Alleenstaand, schulden, voelt zich onzeker en slaapt slecht.",
    );
    j.goal = "Zijn leven weer op de rit en een goede nachtrust.".into();
    j.means = "Schuldsanering, waarover hij hoorde van een kennis.".into();
    j.trigger = "Een aanmaning van de deurwaarder; Jan slaapt niet meer.".into();
    j.outcome = "Jan heeft werk en zijn financiën zijn op orde.".into();
    j.period = Period {
        start: date(2024, 3, 4),
        end: date(2025, 6, 30),
    };
    j.tags = strings(&["schulden", "werk", "voorbeeld"]);
    agency(&mut j, "jan-netwerk", "Kennis", Netwerk);
    agency(&mut j, "jan-gemeente", "Gemeente", Gemeente);
    agency(
        &mut j,
        "jan-shv",
        "Schuldhulpverlening",
        Schuldhulpverlening,
    );
    agency(&mut j, "jan-maatje", "Schuldhulpmaatje", Vrijwilliger);
    agency(&mut j, "jan-coach", "Werkcoach", Werk);
    agency(&mut j, "jan-werkgever", "Werkgever", Werk);
    story(
        &mut j,
        Teller::Client,
        "Interview met Jan",
        "Ik lag elke nacht wakker van de brieven. Een kennis zei: er bestaat schuldsanering, \
         ga naar de gemeente. Aan de balie moest ik eerst een nummer trekken en een formulier \
         invullen. Het duurde weken voor ik iets hoorde. Pas toen het maatje naast me zat, \
         kreeg ik weer lucht.",
    );
    let s = Some(j.stories[0].id.clone());

    let t = touch(
        &mut j,
        "jan-netwerk",
        "Tip van een kennis",
        Huisbezoek,
        1,
        Leefwereld,
    );
    t.date = date(2024, 3, 4);
    t.initiative = Some(Initiative::Network);
    t.what = "Een kennis vertelt over schuldsanering.".into();
    t.quote = "Er bestaat iets voor mensen zoals jij.".into();
    t.story = s.clone();

    let t = touch(
        &mut j,
        "jan-gemeente",
        "Aanmelden aan de balie",
        Balie,
        -1,
        Systeemwereld,
    );
    t.date = date(2024, 3, 11);
    t.initiative = Some(Initiative::Client);
    t.waiting = Some(Waiting {
        amount: 45,
        unit: WaitUnit::Minutes,
    });
    t.what = "Nummer trekken, wachten, formulier meekrijgen.".into();
    t.pain_points = strings(&["Formulier vraagt gegevens die Jan niet paraat heeft"]);
    t.opportunities = strings(&["Samen met Jan het formulier invullen"]);
    t.story = s.clone();
    annotate(
        t,
        [0.7, 0.2, 0.1],
        [20, 35, 25],
        "self",
        "Iemand die meekijkt met het formulier",
    );

    let t = touch(
        &mut j,
        "jan-gemeente",
        "Wachten op een reactie",
        Brief,
        -2,
        Systeemwereld,
    );
    t.date = date(2024, 4, 15);
    t.initiative = Some(Initiative::Agency);
    t.waiting = Some(Waiting {
        amount: 5,
        unit: WaitUnit::Weeks,
    });
    t.what = "Na vijf weken een brief met een afspraak.".into();
    t.quote = "Het duurde weken voor ik iets hoorde.".into();
    t.pain_points = strings(&["Vijf weken zonder bericht", "Brief in moeilijke taal"]);
    t.opportunities = strings(&["Binnen een week bellen na aanmelding"]);
    t.story = s.clone();
    annotate(
        t,
        [0.8, 0.15, 0.05],
        [10, 15, 5],
        "agency",
        "Een telefoontje dat ze ermee bezig zijn",
    );

    let t = touch(
        &mut j,
        "jan-shv",
        "Intake schuldhulp",
        Balie,
        0,
        Systeemwereld,
    );
    t.date = date(2024, 5, 2);
    t.initiative = Some(Initiative::Agency);
    t.what = "Alle schulden op een rij; Jan moet veel papieren aanleveren.".into();
    t.pain_points = strings(&["Papieren verzamelen lukt Jan niet alleen"]);

    let t = touch(
        &mut j,
        "jan-maatje",
        "Het maatje komt langs",
        Huisbezoek,
        2,
        Leefwereld,
    );
    t.date = date(2024, 5, 20);
    t.initiative = Some(Initiative::Professional);
    t.what = "Het schuldhulpmaatje helpt de post te ordenen.".into();
    t.quote = "Pas toen het maatje naast me zat, kreeg ik weer lucht.".into();
    t.moment_of_truth = true;
    t.opportunities = strings(&["Maatje direct bij de aanmelding aanbieden"]);
    t.story = s.clone();
    annotate(t, [0.05, 0.35, 0.6], [90, 85, 80], "professional", "");

    let t = touch(
        &mut j,
        "jan-shv",
        "Schuldregeling rond",
        Brief,
        1,
        Systeemwereld,
    );
    t.date = date(2024, 9, 1);
    t.what = "De schuldeisers stemmen in met een regeling.".into();

    let t = touch(
        &mut j,
        "jan-coach",
        "Gesprek met de werkcoach",
        Telefoon,
        1,
        Leefwereld,
    );
    t.date = date(2025, 1, 14);
    t.initiative = Some(Initiative::Agency);
    t.what = "De werkcoach vraagt wat Jan graag doet.".into();

    let t = touch(
        &mut j,
        "jan-werkgever",
        "Eerste werkdag",
        Huisbezoek,
        2,
        Leefwereld,
    );
    t.channel = Channel::Other("op de werkvloer".into());
    t.date = date(2025, 6, 2);
    t.what = "Jan begint bij een groenvoorzieningsbedrijf.".into();
    t.quote = "Ik slaap weer.".into();
    t.moment_of_truth = true;
    // The VNG phases, step by step, and the belevingsprincipes the group judged.
    phased(&mut j, &[0, 1, 1, 2, 3, 4, 4, 5]);
    use crate::principle::{Judgement::*, Principle::*};
    judge(&mut j, 1, &[(Persoonlijk, Broken), (Eenvoudig, Broken)]);
    judge(
        &mut j,
        2,
        &[(Snel, Broken), (Transparant, Broken), (Persoonlijk, Broken)],
    );
    judge(
        &mut j,
        3,
        &[(Persoonlijk, Kept), (Betrokken, Kept), (Transparant, Kept)],
    );
    judge(&mut j, 7, &[(Relevant, Kept), (Persoonlijk, Kept)]);
    redesign(&mut j);
    j
}

/// What the group added after mapping Jan's journey: the organisation's side of two steps
/// (blueprint layers) and two ideas answering their opportunities.
fn redesign(j: &mut Journey) {
    let b = &mut j.touchpoints[1].blueprint;
    b.frontstage = "Baliemedewerker geeft het aanvraagformulier mee.".into();
    b.backstage = "Aanmelding wordt ingeboekt; dossier aangemaakt.".into();
    b.support = "Zaaksysteem, Wet gemeentelijke schuldhulpverlening".into();
    let b = &mut j.touchpoints[2].blueprint;
    b.frontstage = "Brief met een uitnodiging voor een intakegesprek.".into();
    b.backstage = "Aanvraag wacht in de werkvoorraad van de schuldhulp.".into();
    b.support = "Planning schuldhulp, standaardbrieven".into();
    let step = |i: usize| j.touchpoints[i].id.clone();
    let mut call = crate::idea::Idea::new(Id::new("jan-idee-bellen"), "Bellen binnen een week");
    call.description = "Een consulent belt elke aanmelder binnen een week.".into();
    call.impact = crate::idea::Score::new(5).unwrap_or_default();
    call.effort = crate::idea::Score::new(2).unwrap_or_default();
    call.owner = "Team schuldhulp".into();
    call.status = crate::idea::Status::Gekozen;
    call.opportunity = j.touchpoints[2].opportunities[0].clone();
    call.touchpoints = vec![step(2)];
    call.pain_points = vec![j.touchpoints[2].pain_points[0].clone()];
    let mut form =
        crate::idea::Idea::new(Id::new("jan-idee-formulier"), "Formulier samen invullen");
    form.impact = crate::idea::Score::new(4).unwrap_or_default();
    form.effort = crate::idea::Score::new(4).unwrap_or_default();
    form.opportunity = j.touchpoints[1].opportunities[0].clone();
    form.touchpoints = vec![step(1)];
    form.pain_points = j.touchpoints[1].pain_points.clone();
    j.ideas = vec![call, form];
}

/// Gives the journey the VNG phases and touchpoint `i` the phase `phases[i]`.
fn phased(j: &mut Journey, phases: &[usize]) {
    j.phases = crate::phase::vng_phases(false);
    for (t, p) in j.touchpoints.iter_mut().zip(phases) {
        t.phase = Some(j.phases[*p].id.clone());
    }
}

fn judge(
    j: &mut Journey,
    touchpoint: usize,
    judged: &[(crate::principle::Principle, crate::principle::Judgement)],
) {
    j.touchpoints[touchpoint].principles = judged.iter().copied().collect();
}

/// X, 17 and pregnant, put out of her home: the textbook systeemwereld journey.
// Long: data, a journey from practice written out touchpoint by touchpoint.
pub fn x() -> Journey {
    use AgencyKind::*;
    use Channel::*;
    use World::*;
    let mut j = journey(
        "voorbeeld-x",
        "X: zwanger en dakloos op je zeventiende",
        "X",
        "17 jaar, zwanger, uit huis gezet.",
    );
    j.goal = "Een veilige plek om te wonen voor haar en haar kind.".into();
    j.means = "Tijdelijke huisvesting via de gemeente.".into();
    j.trigger = "X wordt uit huis gezet.".into();
    j.outcome = "Geen oplossing op de dag zelf: een regel blokkeert.".into();
    j.period = Period {
        start: date(2023, 11, 7),
        end: date(2023, 11, 7),
    };
    j.tags = strings(&["wonen", "jongeren", "voorbeeld"]);
    agency(&mut j, "x-hulp", "Hulpverlener Y", Zorg);
    agency(&mut j, "x-gemeente", "Gemeente", Gemeente);
    agency(&mut j, "x-corporatie", "Woningcorporatie", Wonen);
    story(
        &mut j,
        Teller::Professional,
        "Verslag van hulpverlener Y",
        "We gingen samen naar het gemeentehuis. Na lang bellen met de woningcorporatie: er is \
         geen woonruimte. We wachtten aan de balie een uur, twee, drie ... zes uur. Toen bleek \
         er toch plek. Met trillende handen vulde ze het formulier in. De medewerker zei: je \
         bent minderjarig, je ouders moeten tekenen. Ik kan deze zaak zo niet oplossen.",
    );
    let s = Some(j.stories[0].id.clone());

    let t = touch(
        &mut j,
        "x-hulp",
        "Samen naar de gemeente",
        Huisbezoek,
        0,
        Leefwereld,
    );
    t.initiative = Some(Initiative::Professional);
    t.what = "Hulpverlener Y gaat met X mee.".into();
    t.story = s.clone();

    let t = touch(
        &mut j,
        "x-gemeente",
        "Vraag om tijdelijke huisvesting",
        Balie,
        -1,
        Systeemwereld,
    );
    t.initiative = Some(Initiative::Client);
    t.what = "De medewerker belt met de woningcorporatie.".into();
    t.story = s.clone();

    let t = touch(
        &mut j,
        "x-corporatie",
        "Er is geen woonruimte",
        Telefoon,
        -2,
        Systeemwereld,
    );
    t.initiative = Some(Initiative::Agency);
    t.quote = "Er is geen woonruimte.".into();
    t.pain_points = strings(&["X hoort het nieuws via een derde"]);
    t.story = s.clone();

    let t = touch(
        &mut j,
        "x-gemeente",
        "Zes uur wachten",
        Balie,
        -2,
        Systeemwereld,
    );
    t.waiting = Some(Waiting {
        amount: 6,
        unit: WaitUnit::Hours,
    });
    t.what = "Een uur, twee, drie ... zes uur aan de balie.".into();
    t.pain_points = strings(&["Zes uur wachten, zwanger", "Niemand vertelt wat er gebeurt"]);
    t.opportunities = strings(&["Een rustige plek en een vaste contactpersoon"]);
    t.story = s.clone();

    let t = touch(
        &mut j,
        "x-gemeente",
        "Formulier onder stress",
        Formulier,
        -2,
        Systeemwereld,
    );
    t.what = "Woonruimte blijkt er toch; X vult met trillende handen het formulier in.".into();
    t.pain_points = strings(&["Formulier invullen onder grote stress"]);
    t.story = s.clone();

    let t = touch(
        &mut j,
        "x-gemeente",
        "Minderjarig: ouders moeten tekenen",
        Balie,
        -2,
        Systeemwereld,
    );
    t.quote = "Ik kan deze zaak zo niet oplossen.".into();
    t.pain_points = strings(&["Regel blokkeert: handtekening ouders bij uithuiszetting"]);
    t.opportunities = strings(&["Ruimte voor maatwerk bij minderjarigen in nood"]);
    t.moment_of_truth = true;
    t.story = s;
    j
}

/// A WMO kitchen-table conversation that ends in a referral rather than a provision.
// Long: data, a journey from practice written out touchpoint by touchpoint.
pub fn wmo() -> Journey {
    use AgencyKind::*;
    use Channel::*;
    use World::*;
    let mut j = journey(
        "voorbeeld-wmo",
        "WMO: een scootmobiel aanvragen",
        "Mevrouw B.",
        "Woont alleen, loopt slecht, wil zelf boodschappen blijven doen.",
    );
    j.goal = "Zelfstandig blijven en zelf boodschappen doen.".into();
    j.means = "Een scootmobiel via de WMO.".into();
    j.trigger = "Lopen naar de winkel lukt niet meer.".into();
    j.outcome =
        "Geen voorziening, wel een doorverwijzing naar schuldhulp en vrijwilligerswerk.".into();
    j.tags = strings(&["wmo", "keukentafel", "voorbeeld"]);
    agency(&mut j, "wmo-loket", "WMO-loket", Gemeente);
    agency(&mut j, "wmo-consulent", "WMO-consulent", Gemeente);
    agency(
        &mut j,
        "wmo-shv",
        "Schuldhulpverlening",
        Schuldhulpverlening,
    );
    agency(
        &mut j,
        "wmo-vrijwillig",
        "Vrijwilligerscentrale",
        Vrijwilliger,
    );
    story(
        &mut j,
        Teller::Professional,
        "Notities van de consulent",
        "Keukentafelgesprek. Mevrouw wil een scootmobiel. We praten over wat wel goed gaat: de \
         buurvrouw haalt soms boodschappen. Er blijken betalingsachterstanden.",
    );
    let s = Some(j.stories[0].id.clone());
    let t = touch(
        &mut j,
        "wmo-loket",
        "Melding bij het WMO-loket",
        Telefoon,
        0,
        Systeemwereld,
    );
    t.initiative = Some(Initiative::Client);
    let t = touch(
        &mut j,
        "wmo-consulent",
        "Keukentafelgesprek",
        Huisbezoek,
        1,
        Leefwereld,
    );
    t.initiative = Some(Initiative::Agency);
    t.what = "Gesprek over haar doel en over wat wel goed gaat.".into();
    t.moment_of_truth = true;
    t.story = s.clone();
    let t = touch(
        &mut j,
        "wmo-consulent",
        "Besluit: geen scootmobiel",
        Brief,
        -1,
        Systeemwereld,
    );
    t.pain_points = strings(&["Besluit in juridische taal"]);
    t.opportunities = strings(&["Besluit eerst mondeling toelichten"]);
    let t = touch(
        &mut j,
        "wmo-shv",
        "Doorverwijzing schuldhulp",
        Telefoon,
        0,
        Systeemwereld,
    );
    t.story = s;
    let t = touch(
        &mut j,
        "wmo-vrijwillig",
        "Vrijwilliger helpt met boodschappen",
        Huisbezoek,
        1,
        Leefwereld,
    );
    t.initiative = Some(Initiative::Professional);
    j
}

/// An intake designed from the leefwereld: a welcome before any data is asked.
pub fn intake() -> Journey {
    use AgencyKind::*;
    use Channel::*;
    use World::*;
    let mut j = journey(
        "voorbeeld-intake",
        "Intake als welkom",
        "Cliënt A.",
        "Komt voor het eerst bij het sociaal wijkteam.",
    );
    j.goal = "Zich gehoord voelen en weten wat de volgende stap is.".into();
    j.means = "Een intakegesprek bij het sociaal wijkteam.".into();
    j.trigger = "Doorverwezen door de huisarts.".into();
    j.tags = strings(&["intake", "leefwereld", "voorbeeld"]);
    agency(&mut j, "intake-huisarts", "Huisarts", Zorg);
    agency(&mut j, "intake-wijkteam", "Sociaal wijkteam", Gemeente);
    let t = touch(
        &mut j,
        "intake-huisarts",
        "Doorverwijzing",
        Balie,
        0,
        Leefwereld,
    );
    t.initiative = Some(Initiative::Professional);
    let t = touch(&mut j, "intake-wijkteam", "Welkom", Balie, 2, Leefwereld);
    t.quote = "Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?".into();
    t.what = "Eerst een welkom, pas daarna de gegevens.".into();
    t.moment_of_truth = true;
    let t = touch(
        &mut j,
        "intake-wijkteam",
        "Samen de vraag verkennen",
        Balie,
        1,
        Leefwereld,
    );
    t.opportunities = strings(&["Dit welkom ook aan de telefoon gebruiken"]);
    j
}
