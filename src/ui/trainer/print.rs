//! Print-and-play: the whole deck (method, stakeholder and event cards, 9
//! per A4 sheet, each sheet of fronts followed by its sheet of backs laid
//! out mirror-wise so that they align when printed on both sides, long
//! edge), the rules sheet, the quiz as a paper form with its scoring grid,
//! the debrief sheets, and the lesson matrix (why the game works this way). All from the browser's print, in the interface
//! language.

use leptos::prelude::*;

use super::faces::{self, Back};
use super::lesson_sheet::lessons_sheet;
use super::print_sheets::{debrief_sheet, quiz_form, rules_sheet};
use crate::domain::game::Content;
use crate::domain::game::content::{EventCard, EventKind, MethodCard, Stakeholder};
use crate::domain::quiz::QuizContent;
use crate::i18n::Lang;
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

/// One card of the deck.
#[derive(Clone, Copy)]
enum Card {
    Method(&'static MethodCard),
    Stakeholder(&'static Stakeholder),
    Event(&'static EventCard),
}

impl Card {
    fn front(self, game: &'static Content, lang: Lang) -> AnyView {
        match self {
            Card::Method(m) => faces::method(game, lang, m, 2),
            Card::Stakeholder(s) => faces::stakeholder(game, lang, s, 2),
            Card::Event(e) => faces::event(game, lang, e, 2),
        }
    }

    fn back(self) -> Back {
        match self {
            Card::Method(_) => Back::Method,
            Card::Stakeholder(_) => Back::Stakeholder,
            Card::Event(e) if e.kind == EventKind::Frein => Back::Frein,
            Card::Event(_) => Back::Levier,
        }
    }
}

/// Every card of the game: methods, stakeholders, events.
fn cards(game: &'static Content) -> Vec<Card> {
    game.methods
        .iter()
        .map(Card::Method)
        .chain(game.stakeholders.iter().map(Card::Stakeholder))
        .chain(game.events.iter().map(Card::Event))
        .collect()
}

/// The deck: sheets of 9 fronts, each followed by its 9 backs. The fronts
/// are the cards as the table shows them (phase colours and pictograms,
/// costs as "−1"); each kind of card has its own back.
fn deck(game: &'static Content) -> AnyView {
    let i = use_i18n();
    let lang = i.lang();
    let all = cards(game);
    let total = all.len().div_ceil(9);
    all.chunks(9)
        .enumerate()
        .map(|(sheet, chunk)| {
            let fronts = chunk.iter().map(|c| c.front(game, lang)).collect_view();
            // Backs: each row's cards in reverse order, so that a back lands
            // behind its front when the sheet is turned over its long edge.
            let backs = (0..9)
                .map(|slot| {
                    let (row, col) = (slot / 3, slot % 3);
                    match chunk.get(row * 3 + (2 - col)) {
                        Some(c) => faces::back(lang, c.back()),
                        None => view! { <li class="face-empty" aria-hidden="true"></li> }.into_any(),
                    }
                })
                .collect_view();
            let label = crate::i18n::tf(lang, "trainer.print.sheet", &[("n", &(sheet + 1).to_string()), ("total", &total.to_string())]);
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
        <div class="tr-print game">
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
