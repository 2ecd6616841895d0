//! One figure: its summary, the chart (clickable: a point opens its item, a bar or zone lists
//! the items behind it), its data table, and downloads as SVG, PNG and CSV.

use super::open::open_item;
use super::table_buttons::TableButtons;
use crate::files::{download, download_png, file_name};
use crate::i18n::{Msg, text, use_i18n};
use crate::state::AppState;
use crate::state::patterns::{Evidence, PatternsStore};
use klantreis_core::export::table::Table;
use klantreis_core::patterns::figure::Figure;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One figure for one selection; `label` names the selection when two are shown.
#[component]
pub fn FigurePane(figure: Figure, label: Option<&'static str>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let figure = StoredValue::new(figure);
    let table_open = RwSignal::new(false);
    let rows_title = move |row: usize| {
        figure.with_value(|f| {
            // The row comes from an attribute of the drawn chart: read it without trusting it.
            let name = f
                .table
                .rows
                .get(row)
                .and_then(|r| r.first())
                .map(|c| c.render(lang.get_untracked()))
                .unwrap_or_default();
            format!("{}: {name}", f.title)
        })
    };
    let show = move |row: usize| {
        let items = figure.with_value(|f| f.evidence.get(row).cloned().unwrap_or_default());
        store.evidence.set(Some(Evidence {
            title: rows_title(row),
            items,
        }));
    };
    // One listener for the whole chart: points and bars carry data attributes.
    let on_chart = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(Some(el)) = target.closest("[data-item],[data-row]") else {
            return;
        };
        if let Some(item) = el.get_attribute("data-item").and_then(|v| v.parse().ok()) {
            open_item(app, &store.pool.get_value(), item);
        } else if let Some(row) = el.get_attribute("data-row").and_then(|v| v.parse().ok()) {
            show(row);
        }
    };
    // A figure without a single answer behind it is a sentence, not an empty chart.
    let empty = figure.with_value(|f| f.evidence.iter().all(Vec::is_empty));
    if empty {
        return view! {
            <div class="figure-pane">
                {label.map(|l| view! { <p class="figure-label">{l}</p> })}
                <p class="figure-empty">{text(Msg::NoAnswers)}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="figure-pane">
            {label.map(|l| view! { <p class="figure-label">{l}</p> })}
            <p class="figure-summary">{figure.with_value(|f| f.summary.clone())}</p>
            <div class="figure-chart" on:click=on_chart inner_html=figure.with_value(|f| f.svg.clone())></div>
            // The table is built when opened: a figure's table can have a thousand rows.
            <details class="figure-table" on:toggle:target=move |ev| table_open.set(ev.target().open())>
                <summary>{text(Msg::ShowTable)}</summary>
                <Show when=move || table_open.get()>
                    <DataTable table=figure.with_value(|f| f.table.clone())
                        counts=figure.with_value(|f| f.evidence.iter().map(Vec::len).collect()) on_show=show/>
                </Show>
            </details>
            <FigureDownloads figure=figure/>
        </div>
    }
    .into_any()
}

/// The figure as SVG or PNG, and its table copied or as CSV.
#[component]
fn FigureDownloads(figure: StoredValue<Figure>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let name = move |ext: &str| figure.with_value(|f| file_name(&f.title, ext));
    let failed = move |e: wasm_bindgen::JsValue| {
        app.notices
            .error(Msg::DownloadFailed, vec![format!("{e:?}")])
    };
    let svg = move |_| {
        if let Err(e) = figure.with_value(|f| download(&name("svg"), "image/svg+xml", &f.svg)) {
            failed(e);
        }
    };
    let png = move |_| {
        let (n, text) = (name("png"), figure.with_value(|f| f.svg.clone()));
        leptos::task::spawn_local(async move {
            if let Err(e) = download_png(&n, &text, 2.0).await {
                failed(e);
            }
        });
    };
    view! {
        <div class="figure-actions">
            <button type="button" class="button button-small" on:click=svg>{text(Msg::DownloadSvg)}</button>
            <button type="button" class="button button-small" on:click=png>{text(Msg::DownloadPng)}</button>
            <TableButtons table=figure.with_value(|f| f.table.clone()) title=figure.with_value(|f| f.title.clone())/>
        </div>
    }
}

/// A table of any figure; rows with items behind them get a button that lists them.
#[component]
pub fn DataTable(
    table: Table,
    /// Items behind each row (empty for tables without evidence).
    #[prop(optional)]
    counts: Vec<usize>,
    #[prop(optional, into)] on_show: Option<Callback<usize>>,
) -> impl IntoView {
    let lang = use_i18n().lang;
    let head = table.headers.clone();
    let with_evidence = on_show.is_some();
    let rows = table
        .rows
        .into_iter()
        .enumerate()
        .map(|(k, row)| {
            let n = counts.get(k).copied().unwrap_or(0);
            view! {
                <tr>
                    {row.into_iter().enumerate().map(|(c, cell)| {
                        let text = move || cell.render(lang.get());
                        if c == 0 { view! { <th scope="row">{text}</th> }.into_any() } else { view! { <td>{text}</td> }.into_any() }
                    }).collect_view()}
                    {on_show.map(|cb| view! {
                        <td>
                            <button type="button" class="button button-small" disabled=n == 0 on:click=move |_| cb.run(k)>
                                {move || lang.get().text_with(Msg::ShowEvidence, &[n.to_string()])}
                            </button>
                        </td>
                    })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data-table">
                <thead>
                    <tr>
                        {head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                        {with_evidence.then(|| view! { <th scope="col"><span class="visually-hidden">{text(Msg::Evidence)}</span></th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
