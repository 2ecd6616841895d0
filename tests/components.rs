//! Components mounted in a real browser.
#![cfg(target_arch = "wasm32")]

use klantreis::components::emotion::EmotionPicker;
use klantreis::components::list_editor::ListEditor;
use klantreis::i18n::Msg;
use klantreis_core::Emotion;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> HtmlElement {
    let doc = document();
    let el = doc
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

async fn tick() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn the_emotion_picker_sets_the_chosen_step_and_names_it_in_words() {
    let value = RwSignal::new(None::<Emotion>);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <EmotionPicker value=value on_change=move |e| value.set(e)/> }
    });
    tick().await;
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 6, "five steps and 'not rated'");
    // Each step is labelled in words, not by colour alone.
    let text = root.text_content().unwrap_or_default();
    for label in [
        "Heel negatief",
        "Negatief",
        "Neutraal",
        "Positief",
        "Heel positief",
    ] {
        assert!(text.contains(label), "{label} missing");
    }
    radios
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;
    assert_eq!(value.get_untracked(), Emotion::new(-2).ok());
    radios
        .item(5)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;
    assert_eq!(value.get_untracked(), None);
}

#[wasm_bindgen_test]
async fn the_list_editor_adds_on_enter_and_ignores_blank_items() {
    let items = RwSignal::new(vec!["Lange wachttijd".to_string()]);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ListEditor
                label=Msg::PainPoints
                add_placeholder=Msg::NewPainPoint
                items=items
                on_change=move |(list, _): (Vec<String>, bool)| items.set(list)
            />
        }
    });
    tick().await;
    let add = root
        .query_selector("input[placeholder]")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    let press_enter = |input: &HtmlInputElement| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        let ev =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        input.dispatch_event(&ev).unwrap();
    };
    add.set_value("   ");
    add.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    press_enter(&add);
    tick().await;
    assert_eq!(items.get_untracked().len(), 1, "a blank item is not added");

    add.set_value("Brief in moeilijke taal");
    add.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    press_enter(&add);
    tick().await;
    assert_eq!(
        items.get_untracked(),
        ["Lange wachttijd", "Brief in moeilijke taal"]
    );
    assert_eq!(add.value(), "", "the add field is cleared");
    assert_eq!(root.query_selector_all("li").unwrap().length(), 2);
}

/// The triad and the slider read out their answer: three percentages that add up to 100, and
/// "niet van toepassing" (not "nog niet beantwoord") for a question marked so.
#[wasm_bindgen_test]
async fn answer_widgets_read_out_percentages_that_add_up_and_not_applicable_as_such() {
    use klantreis::components::signifier::{SliderInput, TriadInput};
    use klantreis_core::signifier::{Answer, Text};
    let triad = RwSignal::new(Some(Answer::Triad([1.0 / 3.0; 3])));
    let slider = RwSignal::new(Some(Answer::NotApplicable));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let poles = [
            Text::new("regels", "rules"),
            Text::new("mensen", "people"),
            Text::new("geld", "money"),
        ];
        view! {
            <TriadInput poles=poles label="Triade".to_owned() value=triad on_change=move |_| {}/>
            <SliderInput left=Text::new("links", "left") right=Text::new("rechts", "right")
                label="Schuif".to_owned() value=slider on_change=move |_| {}/>
        }
    });
    tick().await;
    let said = |selector: &str| {
        root.query_selector(selector)
            .unwrap()
            .unwrap()
            .get_attribute("aria-valuetext")
            .unwrap_or_default()
    };
    // Rounded one by one, a third each read 33 + 33 + 33 = 99.
    assert_eq!(said("[role=slider]"), "regels 34%, mensen 33%, geld 33%");
    assert!(
        said("input[type=range]").starts_with("Niet van toepassing"),
        "{}",
        said("input[type=range]")
    );
    triad.set(Some(Answer::NotApplicable));
    tick().await;
    assert!(said("[role=slider]").starts_with("Niet van toepassing"));
    triad.set(None);
    tick().await;
    assert_eq!(said("[role=slider]"), "Nog niet beantwoord");
}

/// A card's inside is a copy of a fixed skeleton filled with text: whatever a user typed must
/// stay text (no element made from it, nothing run), parts without content must be gone, and
/// the marks must say what the touchpoint holds.
#[wasm_bindgen_test]
fn a_card_face_shows_typed_markup_as_text_and_leaves_out_what_is_empty() {
    use klantreis::components::map::face::Face;
    use klantreis::components::map::paint::face_of;
    use klantreis::i18n::Lang;
    use klantreis_core::{Answer, Id, Touchpoint, WaitUnit, Waiting, World};
    let hostile = r#"<img src=x onerror="globalThis.__pwned=1">Balie"#;
    let mut tp = Touchpoint::new(Id::new("t1"), Id::new("a1"), hostile);
    tp.quote = "  </span><b>boos</b>  ".into();
    tp.world = Some(World::Systeemwereld);
    tp.waiting = Some(Waiting {
        amount: 3,
        unit: WaitUnit::Weeks,
    });
    tp.pain_points = vec!["lang wachten".into(), "<i>x</i>".into()];
    tp.answers
        .insert(Id::new("q1"), Answer::Triad([1.0, 0.0, 0.0]));
    let card = document().create_element("button").unwrap();
    container().append_child(&card).unwrap();
    face_of(
        &card,
        &Face::of(&tp, Lang::Nl, "Contactmoment 1 van 1,".into(), 3, false),
    );

    let one = |sel: &str| card.query_selector(sel).unwrap();
    assert_eq!(one(".card-title").unwrap().text_content().unwrap(), hostile);
    assert!(
        one("img").is_none() && one("b").is_none(),
        "typed markup became elements"
    );
    assert_eq!(
        one(".card-quote").unwrap().text_content().unwrap(),
        "“</span><b>boos</b>”"
    );
    assert!(
        one(".card-date").is_none(),
        "a card without a date shows no empty date"
    );
    let marks = card.query_selector_all(".card-marks > .mark").unwrap();
    let classes: Vec<String> = (0..marks.length())
        .map(|i| {
            marks
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .class_name()
        })
        .collect();
    assert_eq!(
        classes,
        [
            "mark mark-system",
            "mark mark-wait",
            "mark mark-pain",
            "mark mark-signified"
        ]
    );
    let signified = one(".mark-signified").unwrap();
    assert!(
        signified.text_content().unwrap().contains("1/3"),
        "{:?}",
        signified.text_content()
    );
    assert!(one(".mark-signified svg.mini-triad circle[cx][cy]").is_some());
    assert!(
        one(".mark-wait .visually-hidden").is_some(),
        "the wait is named for screen readers"
    );
    // The hourglass is drawn, hidden from screen readers (a character was a box in common fonts).
    assert!(one(".mark-wait svg.mark-icon[aria-hidden=true] path").is_some());
    assert_eq!(
        one(".mark-wait").unwrap().text_content().unwrap(),
        "Wachttijd: 3 weken"
    );

    // Drawn again (the card's touchpoint changed): the old inside goes, nothing doubles.
    tp.quote.clear();
    tp.date = klantreis_core::NaiveDate::from_ymd_opt(2026, 3, 2);
    face_of(&card, &Face::of(&tp, Lang::Nl, String::new(), 3, true));
    assert!(one(".card-quote").is_none());
    assert_eq!(card.query_selector_all(".card-title").unwrap().length(), 1);
    assert!(
        one(".card-date")
            .unwrap()
            .text_content()
            .unwrap()
            .contains("2026")
    );
    assert!(one(".card-marks > .mark-never").is_some());
}
