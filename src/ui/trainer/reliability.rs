//! « Fiabilité du questionnaire »: the trainer loads the anonymous pilot
//! CSVs agents exported from « Mes données » (several files at once) and
//! sees Cronbach's α per dimension, computed from 10 people or more of the
//! current questionnaire version. Everything stays on this device.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;
use leptos::task::spawn_local;

use crate::domain::dimension::Dimension;
use crate::domain::quiz::QuizContent;
use crate::domain::quiz::reliability::{
    DimensionAlpha, MIN_PEOPLE, alpha_by_dimension, parse_pilot_csv,
};
use crate::i18n;
use crate::ui::download::{read_texts, take_files};
use crate::ui::use_i18n;

/// Largest file accepted: a pilot CSV row is under 200 bytes.
const MAX_BYTES: f64 = 2_000_000.0;

/// What the loaded files gave.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// α per dimension, people read, rows of other versions left out.
    Figures(Vec<DimensionAlpha>, usize, usize),
    /// A file could not be read: its name, and the message.
    Refused(String, String),
}

/// How to read a value of α (usual rules of thumb).
fn verdict(alpha: f64) -> &'static str {
    if alpha >= 0.7 {
        "trainer.reliability.good"
    } else if alpha >= 0.5 {
        "trainer.reliability.fair"
    } else {
        "trainer.reliability.weak"
    }
}

#[component]
pub fn ReliabilityScreen(quiz: &'static QuizContent) -> impl IntoView {
    let i = use_i18n();
    let outcome = RwSignal::new(None::<Outcome>);
    let on_file = move |ev: leptos::ev::Event| {
        let files = take_files(&ev);
        outcome.set(None);
        spawn_local(async move {
            let lang = i.lang();
            let result = match read_texts(files, MAX_BYTES).await.map(|texts| {
                // One pooled text: each file's rows, its header line included.
                texts.into_iter().fold(String::new(), |mut all, (_, text)| {
                    all.push_str(&text);
                    all.push('\n');
                    all
                })
            }) {
                Err(name) => Outcome::Refused(
                    name,
                    i18n::t(lang, "trainer.reliability.unreadable").to_owned(),
                ),
                Ok(text) => match parse_pilot_csv(&text) {
                    Err(e) => Outcome::Refused(
                        i18n::tf(
                            lang,
                            "trainer.reliability.line",
                            &[("n", &e.line.to_string())],
                        ),
                        if lang == i18n::Lang::En { e.en } else { e.fr },
                    ),
                    Ok(rows) => {
                        let (figures, other) = alpha_by_dimension(quiz, &rows);
                        Outcome::Figures(figures, rows.len(), other)
                    }
                },
            };
            outcome.set(Some(result));
        });
    };
    let name = move |d: Dimension| {
        quiz.dimension(d)
            .map_or_else(|| d.id().to_owned(), |x| x.name.get(i.lang()).to_owned())
    };
    let table = move |figures: Vec<DimensionAlpha>, people: usize, other: usize| {
        let lang = i.lang();
        let rows = figures
            .into_iter()
            .map(|f| {
                let (value, reading) = match f.alpha {
                    Some(a) => {
                        // Decimal comma in French.
                        let v = format!("{a:.2}");
                        let v = if lang == i18n::Lang::Fr {
                            v.replace('.', ",")
                        } else {
                            v
                        };
                        (v, i18n::t(lang, verdict(a)).to_owned())
                    }
                    None => (
                        "—".to_owned(),
                        i18n::tf(
                            lang,
                            "trainer.reliability.too_few",
                            &[("n", &MIN_PEOPLE.to_string())],
                        ),
                    ),
                };
                view! {
                    <tr>
                        <th scope="row">{name(f.dimension)}</th>
                        <td class="num">{f.people}</td>
                        <td class="num">{value}</td>
                        <td>{reading}</td>
                    </tr>
                }
            })
            .collect_view();
        let other_note = (other > 0).then(|| {
            view! { <p class="notice">{i.tn("trainer.reliability.other_versions", other as i64, &[("version", &quiz.meta.version.to_string())])}</p> }
        });
        view! {
            <p role="status" class="status">{i.tn("trainer.reliability.read", people as i64, &[])}</p>
            {other_note}
            <DataTable id="tr-alpha" caption=i18n::t(lang, "trainer.reliability.caption")>
                    <thead><tr>
                        <th scope="col">{i18n::t(lang, "trainer.reliability.col_dimension")}</th>
                        <th scope="col">{i18n::t(lang, "trainer.reliability.col_people")}</th>
                        <th scope="col">{i18n::t(lang, "trainer.reliability.col_alpha")}</th>
                        <th scope="col">{i18n::t(lang, "trainer.reliability.col_reading")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
            </DataTable>
            <p class="muted">{i18n::t(lang, "trainer.reliability.how")}</p>
        }
        .into_any()
    };
    view! {
        <p>{i.tr("trainer.reliability.body")}</p>
        <label class="file-label" for="tr-alpha-file">{i.tr("trainer.reliability.file_label")}</label>
        <input id="tr-alpha-file" type="file" multiple accept=".csv,text/csv" on:change=on_file />
        {move || outcome.get().map(|o| match o {
            Outcome::Figures(f, people, other) => table(f, people, other),
            Outcome::Refused(file, why) => view! {
                <p class="notice" role="alert">
                    {i18n::tf(i.lang(), "trainer.reliability.refused", &[("file", &file), ("why", &why)])}
                </p>
            }
            .into_any(),
        })}
    }
}
