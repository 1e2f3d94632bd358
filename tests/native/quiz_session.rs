//! Session transitions: answer, navigate, change an answer, skip
//! situational questions, refuse invalid actions without changing state,
//! and survive a serde round trip (resume after a reload).

use labo::domain::dimension::Dimension::Recit;
use labo::domain::quiz::content::QuizContent;
use labo::domain::quiz::scoring::{Mode, QuizResult};
use labo::domain::quiz::session::{QuizAction, QuizError, QuizSession, SituationalAnswer, Step};

fn content() -> QuizContent {
    QuizContent::builtin().expect("built-in content is valid")
}

fn first_item(s: &QuizSession) -> String {
    match &s.steps[0] {
        Step::Item { id } => id.clone(),
        Step::Situation { .. } => panic!("items come first"),
    }
}

fn answer_all_items(c: &QuizContent, mut s: QuizSession, value: u8) -> QuizSession {
    let mode = s.mode;
    for item in c.items.iter().filter(|i| mode.includes(i)) {
        s = s
            .apply(QuizAction::Answer {
                item: item.id.clone(),
                value,
            })
            .expect("answer");
        s = s.apply(QuizAction::Next).expect("next");
    }
    s
}

#[test]
fn steps_are_items_then_situations() {
    let c = content();
    let s = QuizSession::new(&c, Mode::Complete);
    assert_eq!(s.steps.len(), 28 + 7);
    assert!(matches!(s.steps[27], Step::Item { .. }));
    assert!(matches!(s.steps[28], Step::Situation { .. }));
    assert_eq!(QuizSession::new(&c, Mode::Express).steps.len(), 14 + 7);
}

#[test]
fn answer_navigate_and_change_an_answer() {
    let c = content();
    let s = QuizSession::new(&c, Mode::Complete);
    let item = first_item(&s);
    let s = s
        .apply(QuizAction::Answer {
            item: item.clone(),
            value: 2,
        })
        .expect("ok");
    assert_eq!(s.current, 0, "answering does not move");
    let s = s.apply(QuizAction::Next).expect("ok");
    assert_eq!(s.current, 1);
    let s = s.apply(QuizAction::Previous).expect("ok");
    let s = s
        .apply(QuizAction::Answer {
            item: item.clone(),
            value: 4,
        })
        .expect("ok");
    assert_eq!(s.answers[&item], 4);
    assert_eq!(s.progress(), (1, 35));
    // The intro and the counter count questions, not the optional situations.
    assert_eq!(s.item_progress(), (1, 28));
    let s = s.apply(QuizAction::GoTo(1)).expect("step 0 answered");
    assert_eq!(s.current, 1);
}

#[test]
fn invalid_actions_leave_state_unchanged() {
    let c = content();
    let s = QuizSession::new(&c, Mode::Complete);
    let item = first_item(&s);
    let cases = [
        (QuizAction::Previous, QuizError::AtStart),
        (QuizAction::Next, QuizError::Unanswered(0)),
        (QuizAction::GoTo(5), QuizError::Unanswered(0)),
        (QuizAction::GoTo(99), QuizError::StepOutOfRange(99)),
        (QuizAction::SkipSituational, QuizError::NotASituation),
        (QuizAction::SkipAllSituational, QuizError::ItemsIncomplete),
        (
            QuizAction::Answer {
                item: item.clone(),
                value: 6,
            },
            QuizError::ValueOutOfRange(6),
        ),
        (
            QuizAction::Answer {
                item: "nope".into(),
                value: 3,
            },
            QuizError::UnknownItem("nope".into()),
        ),
        (
            QuizAction::Choose {
                situation: "situation_elu".into(),
                answer: "z".into(),
            },
            QuizError::UnknownAnswer {
                situation: "situation_elu".into(),
                answer: "z".into(),
            },
        ),
    ];
    for (action, expected) in cases {
        let before = s.clone();
        assert_eq!(s.clone().apply(action), Err(expected.clone()));
        assert_eq!(s, before);
        assert!(expected.message().is_complete());
    }
    // An express session refuses a complete-only item.
    let express = QuizSession::new(&c, Mode::Express);
    let err = express.apply(QuizAction::Answer {
        item: "curiosite_3".into(),
        value: 3,
    });
    assert_eq!(err, Err(QuizError::UnknownItem("curiosite_3".into())));
}

#[test]
fn skip_situational_and_finish() {
    let c = content();
    let s = answer_all_items(&c, QuizSession::new(&c, Mode::Complete), 3);
    assert_eq!(s.current, 28);
    assert!(s.items_complete());
    assert!(s.result(&c).is_some(), "situations are optional");
    let s = s
        .apply(QuizAction::Choose {
            situation: "situation_seniors".into(),
            answer: "a".into(),
        })
        .expect("ok");
    let s = s.apply(QuizAction::Next).expect("chosen");
    let s = s
        .apply(QuizAction::SkipSituational)
        .expect("on a situation");
    assert_eq!(
        s.situational["situation_accueil"],
        SituationalAnswer::Skipped
    );
    let s = s
        .apply(QuizAction::SkipAllSituational)
        .expect("items complete");
    assert!(s.is_finished());
    assert_eq!(s.apply(QuizAction::Next).err(), Some(QuizError::AtEnd));
}

#[test]
fn session_result_matches_scoring_and_tallies_choices() {
    let c = content();
    let s = answer_all_items(&c, QuizSession::new(&c, Mode::Express), 4);
    let s = s
        .apply(QuizAction::Choose {
            situation: "situation_elu".into(),
            answer: "b".into(),
        })
        .expect("ok");
    let r = s.result(&c).expect("complete");
    assert!(r.indicative);
    assert_eq!(r.situational[Recit.index()], 1);
    assert_eq!(QuizSession::new(&c, Mode::Express).result(&c), None);
}

#[test]
fn session_and_result_survive_a_serde_round_trip() {
    let c = content();
    let s = answer_all_items(&c, QuizSession::new(&c, Mode::Complete), 2);
    let s = s.apply(QuizAction::SkipSituational).expect("ok");
    let json = serde_json::to_string(&s).expect("serialise");
    let back: QuizSession = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, s);
    let r = s.result(&c).expect("complete");
    let json = serde_json::to_string(&r).expect("serialise");
    assert_eq!(
        serde_json::from_str::<QuizResult>(&json).expect("deserialise"),
        r
    );
    let action = QuizAction::Answer {
        item: "x".into(),
        value: 3,
    };
    let json = serde_json::to_string(&action).expect("serialise");
    assert_eq!(
        serde_json::from_str::<QuizAction>(&json).expect("deserialise"),
        action
    );
}

#[test]
fn previous_from_the_end_returns_to_the_last_step() {
    let c = content();
    let s = answer_all_items(&c, QuizSession::new(&c, Mode::Express), 3);
    let s = s
        .apply(QuizAction::SkipAllSituational)
        .expect("items complete");
    let last = s.steps.len() - 1;
    assert_eq!(s.apply(QuizAction::Previous).map(|s| s.current), Ok(last));
    // A hand-edited save with no steps must not panic.
    let mut empty = QuizSession::new(&c, Mode::Express);
    empty.steps.clear();
    empty.current = 5;
    assert_eq!(empty.apply(QuizAction::Previous), Err(QuizError::AtStart));
}

/// An attempt read from storage or an import is checked against the
/// questions in use before it is shown (#18: unknown item ids showed a
/// question without text, then "all answered" at 2/35).
#[test]
fn an_attempt_with_unknown_questions_does_not_fit() {
    let c = content();
    let s = QuizSession::new(&c, Mode::Complete);
    assert!(s.fits(&c));
    let item = first_item(&s);
    let answered = s
        .clone()
        .apply(QuizAction::Answer {
            item: item.clone(),
            value: 4,
        })
        .unwrap();
    assert!(answered.fits(&c));

    let mut unknown_step = s.clone();
    unknown_step.steps[0] = Step::Item {
        id: "no_such_item".into(),
    };
    assert!(!unknown_step.fits(&c));

    let mut unknown_answer = answered.clone();
    unknown_answer.answers.insert("no_such_item".into(), 3);
    assert!(!unknown_answer.fits(&c));

    let mut out_of_range = answered.clone();
    out_of_range.answers.insert(item, 9);
    assert!(!out_of_range.fits(&c));

    let mut beyond = s.clone();
    beyond.current = s.steps.len() + 1;
    assert!(!beyond.fits(&c));

    let mut unknown_choice = s;
    let situation = unknown_choice
        .steps
        .iter()
        .find_map(|st| match st {
            Step::Situation { id, .. } => Some(id.clone()),
            Step::Item { .. } => None,
        })
        .unwrap();
    unknown_choice.situational.insert(
        situation,
        SituationalAnswer::Chosen("no_such_answer".into()),
    );
    assert!(!unknown_choice.fits(&c));
}
