//! Print-and-play: the whole deck (method, stakeholder and event cards, 9
//! per A4 sheet, each sheet of fronts followed by its sheet of backs laid
//! out mirror-wise so that they align when printed on both sides, long
//! edge), the rules sheet, the quiz as a paper form with its scoring grid,
//! the debrief sheets, and the lesson matrix (why the game works this way). All from the browser's print, in the interface
//! language.

use leptos::prelude::*;

use super::lesson_sheet::lessons_sheet;
use super::print_sheets::{debrief_sheet, quiz_form, rules_sheet};
use super::tx;
use crate::domain::game::content::Amounts;
use crate::domain::game::content::EventKind;
use crate::domain::game::{Content, Stat};
use crate::domain::quiz::QuizContent;
use crate::domain::text::Text;
use crate::ui::use_i18n;

/// What is printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Doc {
    Deck,
    Rules,
    Quiz,
    Debrief,
    Lessons,
}

/// One card, as printed.
struct Card {
    kind: &'static str,
    name: &'static Text,
    text: &'static Text,
    lines: Vec<String>,
}

fn amounts(game: &Content, a: &Amounts, sign: bool) -> String {
    Stat::ALL
        .iter()
        .filter(|s| a[**s as usize] != 0)
        .map(|s| {
            let v = a[*s as usize];
            let name = game
                .stats
                .iter()
                .find(|d| d.stat == *s)
                .map(|d| tx(&d.name))
                .unwrap_or_default();
            if sign && v > 0 {
                format!("{name} +{v}")
            } else {
                format!("{name} {v}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn cards(game: &'static Content) -> Vec<Card> {
    let i = use_i18n();
    let mut out = Vec::new();
    for m in &game.methods {
        let phases: Vec<String> = game
            .phases
            .iter()
            .enumerate()
            .filter(|(k, _)| m.phases >> k & 1 == 1)
            .map(|(_, p)| tx(&p.name))
            .collect();
        out.push(Card {
            kind: "trainer.print.kind.method",
            name: &m.name,
            text: &m.text,
            lines: vec![
                format!("{} {}", i.t("trainer.print.phases"), phases.join(", ")),
                format!(
                    "{} {}",
                    i.t("trainer.print.cost"),
                    amounts(game, &m.cost, false)
                ),
                format!(
                    "{} {}",
                    i.t("trainer.print.effects"),
                    amounts(game, &m.effects, true)
                ),
            ],
        });
    }
    for s in &game.stakeholders {
        out.push(Card {
            kind: "trainer.print.kind.stakeholder",
            name: &s.name,
            text: &s.text,
            lines: vec![format!("{} {}", i.t("trainer.print.needs"), s.needs.len())],
        });
    }
    for e in &game.events {
        out.push(Card {
            kind: match e.kind {
                EventKind::Frein => "trainer.print.kind.frein",
                EventKind::Levier => "trainer.print.kind.levier",
            },
            name: &e.name,
            text: &e.text,
            lines: vec![
                format!(
                    "{} {}",
                    i.t("trainer.print.effects"),
                    amounts(game, &e.effects, true)
                ),
                format!("{} {}", i.t("trainer.print.otherwise"), tx(&e.alt_text)),
            ],
        });
    }
    out
}

/// The deck: sheets of 9 fronts, each followed by its 9 backs.
fn deck(game: &'static Content) -> AnyView {
    let i = use_i18n();
    let all = cards(game);
    let total = all.len().div_ceil(9);
    all.chunks(9)
        .enumerate()
        .map(|(sheet, chunk)| {
            let fronts = chunk
                .iter()
                .map(|c| view! {
                    <li class="tr-card">
                        <p class="tr-card-kind">{i.tr(c.kind)}</p>
                        <h2>{tx(c.name)}</h2>
                        <p class="tr-card-text">{tx(c.text)}</p>
                        <ul>{c.lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
                    </li>
                })
                .collect_view();
            // Backs: each row's cards in reverse order, so that a back lands
            // behind its front when the sheet is turned over its long edge.
            let backs = (0..9)
                .map(|slot| {
                    let (row, col) = (slot / 3, slot % 3);
                    let card = chunk.get(row * 3 + (2 - col));
                    match card {
                        Some(c) => view! {
                            <li class="tr-card tr-card-back"><p>"Labo"</p><p>{i.tr(c.kind)}</p></li>
                        }.into_any(),
                        None => view! { <li class="tr-card tr-card-empty" aria-hidden="true"></li> }.into_any(),
                    }
                })
                .collect_view();
            let label = crate::i18n::tf(i.lang(), "trainer.print.sheet", &[("n", &(sheet + 1).to_string()), ("total", &total.to_string())]);
            view! {
                <section class="tr-sheet tr-fronts" aria-label=label.clone()>
                    <ul class="tr-grid">{fronts}</ul>
                </section>
                <section class="tr-sheet tr-backs" aria-label=format!("{label} — {}", i.t("trainer.print.backs"))>
                    <ul class="tr-grid">{backs}</ul>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

#[component]
pub fn PrintScreen(game: &'static Content, quiz: &'static QuizContent) -> impl IntoView {
    let i = use_i18n();
    let doc = RwSignal::new(Doc::Deck);
    let choices = [
        (Doc::Deck, "trainer.print.deck"),
        (Doc::Rules, "trainer.print.rules"),
        (Doc::Quiz, "trainer.print.quiz"),
        (Doc::Debrief, "trainer.print.debrief"),
        (Doc::Lessons, "trainer.print.lessons"),
    ];
    view! {
        <div class="tr-print-controls">
            <fieldset>
                <legend>{i.tr("trainer.print.what")}</legend>
                {choices.into_iter().map(|(d, key)| view! {
                    <label class="tr-radio">
                        <input type="radio" name="tr-doc" checked=move || doc.get() == d on:change=move |_| doc.set(d) />
                        {i.tr(key)}
                    </label>
                }).collect_view()}
            </fieldset>
            <p class="hint">{i.tr("trainer.print.hint")}</p>
            <button type="button" on:click=move |_| crate::ui::dom::print()>{i.tr("trainer.print.button")}</button>
        </div>
        <div class="tr-print">
            {move || {
                i.lang();
                match doc.get() {
                    Doc::Deck => deck(game),
                    Doc::Rules => rules_sheet(game),
                    Doc::Quiz => quiz_form(quiz),
                    Doc::Debrief => debrief_sheet(),
                    Doc::Lessons => lessons_sheet(game),
                }
            }}
        </div>
    }
}
