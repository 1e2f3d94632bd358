//! `#/quiz/resultat`: the latest completed attempt, or the one completed at
//! `?le=<ms>` (opened from the history). The cautious reading and how sure
//! it is, the radar with the same data as a table and as sentences, what to
//! do with it (strengths, partner, two actions linked to the game's method
//! cards, the game role), the situational choices, and the result code with
//! its QR code. Prints on one A4 page.

use leptos::prelude::*;

use super::radar::{self, Marker, Series};
use super::{dimension_name, join_names, mode_key, store};
use crate::domain::dimension::Dimension;
use crate::domain::quiz::advice::advise;
use crate::domain::quiz::{
    Certainty, Profile, QuizContent, QuizResult, ReadingKind, Standing, encode, format_grouped,
};
use crate::domain::quiz::{qr_path, team_map_link};
use crate::i18n::{Lang, tf};
use crate::route::{Page, Route};
use crate::storage::records::QuizAttempt;
use crate::ui::dom;
use crate::ui::qr::QrImage;
use crate::ui::{stored_signal, use_i18n};

/// The locale key of a standing.
pub(super) fn standing_key(s: Standing) -> &'static str {
    match s {
        Standing::Marked => "quiz.standing.marked",
        Standing::Neutral => "quiz.standing.neutral",
        Standing::LessUsed => "quiz.standing.less_used",
    }
}

fn standing_class(s: Standing) -> &'static str {
    match s {
        Standing::Marked => "standing-marked",
        Standing::Neutral => "standing-neutral",
        Standing::LessUsed => "standing-lessused",
    }
}

fn marker(s: Standing) -> Marker {
    match s {
        Standing::Marked => Marker::Up,
        Standing::Neutral => Marker::Circle,
        Standing::LessUsed => Marker::Down,
    }
}

/// The name of a game method card (the game's own card name, kept in the
/// quiz texts and checked against the game content by a test), or its id.
fn method_name(id: &str, lang: Lang) -> String {
    let key = match id {
        "immersion" => "quiz.method.immersion",
        "entretiens" => "quiz.method.entretiens",
        "observation" => "quiz.method.observation",
        "personas" => "quiz.method.personas",
        "parcours-usager" => "quiz.method.parcours-usager",
        "atelier-co-construction" => "quiz.method.atelier-co-construction",
        "ideation" => "quiz.method.ideation",
        "facilitation-graphique" => "quiz.method.facilitation-graphique",
        "codeveloppement" => "quiz.method.codeveloppement",
        "prototype-papier" => "quiz.method.prototype-papier",
        "test-usagers" => "quiz.method.test-usagers",
        "experimentation" => "quiz.method.experimentation",
        "lean" => "quiz.method.lean",
        "evaluation" => "quiz.method.evaluation",
        "labtour" => "quiz.method.labtour",
        "jeudi-innovation" => "quiz.method.jeudi-innovation",
        "formation-agents" => "quiz.method.formation-agents",
        "referents" => "quiz.method.referents",
        "comite-de-pilotage" => "quiz.method.comite-de-pilotage",
        "retour-participants" => "quiz.method.retour-participants",
        "donnees-ouvertes" => "quiz.method.donnees-ouvertes",
        "jeu-serieux" => "quiz.method.jeu-serieux",
        other => return other.to_owned(),
    };
    crate::i18n::t(lang, key).to_owned()
}

/// A link to the game's card of a method, by id.
fn method_link(id: &str, lang: Lang) -> impl IntoView + use<> {
    let href = format!("{}?carte={id}", Route::Game.href());
    let text = tf(
        lang,
        "quiz.result.method",
        &[("name", &method_name(id, lang))],
    );
    view! { <p class="muted"><a href=href>{text}</a></p> }
}

/// The sentence saying how sure the reading is.
fn certainty_key(kind: ReadingKind, certainty: Certainty) -> &'static str {
    match (kind, certainty) {
        (ReadingKind::Named(_), _) => "quiz.result.sure_named",
        (ReadingKind::Tendency(_), _) => "quiz.result.sure_tendency",
        (ReadingKind::Undetermined, _) => "quiz.result.sure_undetermined",
        (ReadingKind::Polyvalent, Certainty::Clear) => "quiz.result.sure_flat",
        (ReadingKind::Polyvalent, _) => "quiz.result.sure_close",
    }
}

/// The result in sentences: marked, less used, the rest neutral.
pub(super) fn summary(content: &QuizContent, result: &QuizResult, lang: Lang) -> String {
    let names = |ds: &[Dimension]| {
        let v: Vec<String> = ds
            .iter()
            .map(|&d| dimension_name(content, d, lang))
            .collect();
        join_names(&v, lang)
    };
    let mut out = if result.marked.is_empty() {
        crate::i18n::t(lang, "quiz.result.summary_no_marked").to_owned()
    } else {
        tf(
            lang,
            "quiz.result.summary_marked",
            &[("list", &names(&result.marked))],
        )
    };
    if !result.less_used.is_empty() {
        out.push(' ');
        out.push_str(&tf(
            lang,
            "quiz.result.summary_less",
            &[("list", &names(&result.less_used))],
        ));
    }
    if result.marked.len() + result.less_used.len() + result.unscored.len() < 7 {
        out.push(' ');
        out.push_str(crate::i18n::t(lang, "quiz.result.summary_neutral"));
    }
    if !result.unscored.is_empty() {
        out.push(' ');
        out.push_str(&tf(
            lang,
            "quiz.result.summary_unscored",
            &[("list", &names(&result.unscored))],
        ));
    }
    out
}

/// The seven axis labels, with each score.
pub(super) fn axis_labels(content: &QuizContent, lang: Lang) -> [String; 7] {
    Dimension::ALL.map(|d| dimension_name(content, d, lang))
}

/// The attempt to show: the one completed at `at` if given, else the
/// latest. `Err(())` when `at` names an attempt no longer in the history.
fn pick(at: Option<u64>) -> std::result::Result<Option<QuizAttempt>, ()> {
    let mut attempts = store::load_history().attempts;
    match at {
        None => Ok(attempts.pop()),
        Some(t) => attempts
            .into_iter()
            .find(|a| a.completed_at == t)
            .map(Some)
            .ok_or(()),
    }
}

/// The href of the result page for the attempt completed at `at`.
pub(super) fn result_href(at: u64) -> String {
    format!("{}?le={at}", Route::QuizResult.href())
}

#[component]
pub fn Result(content: &'static QuizContent) -> impl IntoView {
    let i = use_i18n();
    let at = dom::hash_param("le").and_then(|v| v.parse::<u64>().ok());
    let shown = stored_signal(store::is_history_key, move || pick(at));
    view! {
        <h1>{move || i.t("quiz.result.title")}</h1>
        {move || {
            let lang = i.lang();
            match shown.get() {
                Ok(Some(attempt)) => view! { <Profile content=content attempt=attempt lang=lang /> }.into_any(),
                Ok(None) => view! {
                    <p>{i.t("quiz.result.none")}</p>
                    <p><a class="button" href=Route::Quiz.href()>{i.t("quiz.result.take")}</a></p>
                }
                .into_any(),
                Err(()) => view! {
                    <p>{i.t("quiz.result.gone")}</p>
                    <p><a class="button" href=Route::QuizHistory.href()>{i.t("quiz.result.history")}</a></p>
                }
                .into_any(),
            }
        }}
    }
}

#[component]
fn Profile(content: &'static QuizContent, attempt: QuizAttempt, lang: Lang) -> impl IntoView {
    let t = move |k: &'static str| crate::i18n::t(lang, k);
    let code = lang;
    let result = attempt.result;
    let reading = result.reading();
    let name = content.reading_name(reading.kind).get(lang).to_owned();
    let advice = advise(content, &result);
    let lead_archetype = advice.lead.and_then(|d| content.archetype(d));
    let description = match reading.kind {
        ReadingKind::Named(Profile::Duo(a, b)) => {
            let duo = content
                .duo(a, b)
                .map(|d| d.description.get(code).to_owned());
            format!("{} {}", t("quiz.result.duo_lead"), duo.unwrap_or_default())
        }
        ReadingKind::Named(_) => {
            lead_archetype.map_or_else(String::new, |a| a.description.get(code).to_owned())
        }
        ReadingKind::Tendency(d) => format!(
            "{} {}",
            tf(
                lang,
                "quiz.result.tendency_lead",
                &[("name", &dimension_name(content, d, lang))]
            ),
            lead_archetype.map_or_else(String::new, |a| a.description.get(code).to_owned())
        ),
        ReadingKind::Polyvalent if !result.marked.is_empty() => format!(
            "{} {}",
            t("quiz.result.close_lead"),
            content.polyvalent.description.get(code)
        ),
        ReadingKind::Polyvalent => content.polyvalent.description.get(code).to_owned(),
        ReadingKind::Undetermined => t("quiz.result.undetermined_lead").to_owned(),
    };
    let sure = t(certainty_key(reading.kind, reading.certainty));
    // The game's own role texts (content/roles.json), not a copy.
    let role = crate::domain::role::role_texts()
        .into_iter()
        .find(|r| r.id == result.game_role());
    let taken = tf(
        lang,
        "quiz.result.taken",
        &[
            ("mode", t(mode_key(result.mode))),
            ("date", &dom::format_date(attempt.completed_at, lang)),
        ],
    );
    let sentence = summary(content, &result, lang);
    let labels = axis_labels(content, lang);
    let chart = radar::radar(
        radar::Texts {
            id: "quiz-radar",
            title: t("quiz.result.radar_title").to_owned(),
            desc: tf(lang, "quiz.result.radar_desc", &[("summary", &sentence)]),
            labels: labels.clone(),
        },
        vec![Series {
            scores: result.scores,
            dashed: false,
            markers: Dimension::ALL.map(|d| marker(result.standing(d))),
        }],
        Some(result.neutral_band()),
    );
    let rows = Dimension::ALL
        .iter()
        .map(|&d| {
            let standing = result.standing(d);
            let (score, class, place) = if result.is_scored(d) {
                (
                    result.scores[d.index()].to_string(),
                    standing_class(standing),
                    t(standing_key(standing)),
                )
            } else {
                (
                    t("quiz.result.unscored").to_owned(),
                    "standing-neutral",
                    t("quiz.standing.unplaced"),
                )
            };
            view! {
                <tr>
                    <th scope="row">{labels[d.index()].clone()}</th>
                    <td class="num">{score}</td>
                    <td class=class>{place}</td>
                </tr>
            }
        })
        .collect_view();
    let list = |items: &[crate::domain::text::Text]| {
        items
            .iter()
            .map(|s| view! { <li>{s.get(code).to_owned()}</li> })
            .collect_view()
    };
    let strengths = (!advice.strengths.is_empty()).then(|| {
        view! {
            <section class="quiz-part">
                <h2>{t("quiz.result.strengths")}</h2>
                <ul>{list(advice.strengths)}</ul>
            </section>
        }
    });
    let blind_spots = (!advice.blind_spots.is_empty()).then(|| {
        view! {
            <section class="quiz-part">
                <h2>{t("quiz.result.blind_spots")}</h2>
                <ul>{list(advice.blind_spots)}</ul>
            </section>
        }
    });
    let partner = advice.partner.as_ref().map(|p| {
        let who = content.archetype(p.dimension).map_or_else(
            || dimension_name(content, p.dimension, lang),
            |o| o.name.get(code).to_owned(),
        );
        let why = match p.tip {
            Some(tip) => tip.get(code).to_owned(),
            None => tf(
                lang,
                "quiz.result.team_up_least",
                &[("dimension", &dimension_name(content, p.dimension, lang))],
            ),
        };
        view! {
            <section class="quiz-part">
                <h2>{t("quiz.result.team_up")}</h2>
                <p>{tf(lang, "quiz.result.team_up_with", &[("name", &who)])} " " {why}</p>
            </section>
        }
    });
    let develop = advice.develop.map(|(d, action)| {
        view! {
            <section class="quiz-part">
                <h2>{tf(lang, "quiz.result.develop", &[("dimension", &dimension_name(content, d, lang))])}</h2>
                <p>{action.text.get(code).to_owned()}</p>
                {method_link(&action.method, lang)}
            </section>
        }
    });
    let action = advice.action;
    let tally: Vec<String> = Dimension::ALL
        .iter()
        .filter(|d| result.situational[d.index()] > 0)
        .map(|&d| {
            crate::i18n::tn(
                lang,
                "quiz.result.situations_count",
                result.situational[d.index()] as i64,
                &[("name", &labels[d.index()])],
            )
        })
        .collect();
    let tally_view = if tally.is_empty() {
        view! { <p>{t("quiz.result.situations_none")}</p> }.into_any()
    } else {
        view! {
            <p>{t("quiz.result.situations_body")}</p>
            <ul>{tally.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
        }
        .into_any()
    };
    let indicative = result.indicative.then(|| {
        view! { <p class="notice quiz-indicative">{content.scale.express_note.get(code).to_owned()}</p> }
    });
    view! {
        <div class="quiz-result">
            <p class="quiz-profile">
                <span>{t("quiz.result.profile")}</span>
                " "
                <strong id="quiz-profile-name">{name}</strong>
            </p>
            <p class="muted">{taken}</p>
            {indicative}
            <p class="quiz-description">{description}</p>
            <p class="quiz-sure"><strong>{t("quiz.result.sure")}</strong> " " {sure}</p>
            <section class="quiz-dims">
                <h2>{t("quiz.result.dimensions")}</h2>
                <div class="quiz-chart">
                    <figure class="quiz-figure">
                        {chart}
                        <ul class="radar-legend">
                            <li>{radar::band_sample()}{t("quiz.result.legend_band")}</li>
                            <li>{radar::legend_sample(false, Marker::Up)}{t("quiz.result.legend_marked")}</li>
                            <li>{radar::legend_sample(false, Marker::Circle)}{t("quiz.result.legend_neutral")}</li>
                            <li>{radar::legend_sample(false, Marker::Down)}{t("quiz.result.legend_less")}</li>
                        </ul>
                    </figure>
                    <div>
                        <table class="quiz-table">
                            <caption>{t("quiz.result.table_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("quiz.result.col_dimension")}</th>
                                    <th scope="col">{t("quiz.result.col_score")}</th>
                                    <th scope="col">{t("quiz.result.col_standing")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                        <p class="quiz-summary">{sentence}</p>
                    </div>
                </div>
            </section>
            <div class="quiz-parts">
                {strengths}
                {blind_spots}
                {partner}
                <section class="quiz-part">
                    <h2>{t("quiz.result.action")}</h2>
                    <p>{action.text.get(code).to_owned()}</p>
                    {method_link(&action.method, lang)}
                </section>
                {develop}
                {role.map(|role| view! {
                    <section class="quiz-part">
                        <h2>{t("quiz.result.role")}</h2>
                        <p><strong id="quiz-role-name">{role.name.get(code).to_owned()}</strong></p>
                        <p>{role.power_text.get(code).to_owned()}</p>
                        <p class="muted">{t("quiz.result.role_hint")}</p>
                    </section>
                })}
                <section class="quiz-part">
                    <h2>{t("quiz.result.situations")}</h2>
                    {tally_view}
                </section>
            </div>
            <ResultCode result=result lang=lang />
        </div>
        <div class="quiz-actions no-print">
            <button type="button" on:click=move |_| dom::print()>{t("quiz.result.print")}</button>
            <a class="button secondary" href=Route::Quiz.href()>{t("quiz.result.again")}</a>
            <a class="button secondary" href=Route::QuizHistory.href()>{t("quiz.result.history")}</a>
        </div>
    }
}

/// The result code as text with a copy button, and its QR code.
#[component]
fn ResultCode(result: QuizResult, lang: Lang) -> impl IntoView {
    let t = move |k: &'static str| crate::i18n::t(lang, k);
    let code = format_grouped(&encode(&result));
    let link = team_map_link(&dom::page_url(Page::TrainerResults), &code);
    let qr = qr_path(&link);
    let copy_status = RwSignal::new(None::<&'static str>);
    let to_copy = code.clone();
    let copy = move |_| {
        dom::copy_text(&to_copy, move |ok| {
            copy_status.set(Some(if ok {
                "quiz.result.copied"
            } else {
                "quiz.result.copy_failed"
            }));
        });
    };
    let qr_view = match qr {
        Ok(path) => view! {
            <figure class="quiz-qr">
                <div class="quiz-qr-image"><QrImage path=path label=t("quiz.result.qr_title")/></div>
                <figcaption>{t("quiz.result.qr_caption")}</figcaption>
            </figure>
        }
        .into_any(),
        Err(_) => view! { <p class="notice">{t("quiz.result.qr_error")}</p> }.into_any(),
    };
    view! {
        <section class="quiz-code-part">
            <div>
                <h2>{t("quiz.result.code")}</h2>
                <p class="quiz-code" id="quiz-code">{code}</p>
                <p>{t("quiz.result.code_body")}</p>
                <p class="no-print">
                    <button type="button" class="secondary" on:click=copy>{t("quiz.result.copy")}</button>
                </p>
                <p class="quiz-live no-print" role="status" aria-live="polite">
                    {move || copy_status.get().map(t)}
                </p>
            </div>
            {qr_view}
        </section>
    }
}
