//! The running order: the shipped formats add up to their announced
//! length, hold every step a session needs, advise a scenario that exists;
//! the projector's run moves slide by slide and its countdown reads the
//! same in two windows.

use labo::domain::game::Content;
use labo::domain::trainer::running_order::{
    Countdown, Run, RunAction, RunError, RunningOrders, Slide, StepKind, deck,
};

fn orders() -> RunningOrders {
    RunningOrders::builtin().expect("the shipped running orders are valid")
}

#[test]
fn shipped_formats_are_a_90_minute_meetup_and_a_half_day() {
    let o = orders();
    let game = Content::builtin().unwrap();
    assert_eq!(o.problems_with(&game), Vec::<String>::new());
    let meetup = o.format("rendez-vous").unwrap();
    assert_eq!(meetup.minutes, 90);
    assert_eq!(meetup.steps.iter().map(|s| s.minutes).sum::<u32>(), 90);
    let kinds: Vec<StepKind> = meetup.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, StepKind::REQUIRED);
    assert_eq!(meetup.starts(), vec![0, 10, 25, 35, 70, 85]);
    let half = o.format("demi-journee").unwrap();
    assert!(half.minutes >= 180 && half.minutes <= 240);
    assert!(o.advice.len() >= 4);
}

#[test]
fn a_wrong_file_lists_every_problem() {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../../content/trainer/running_orders.json")).unwrap();
    v["formats"][0]["minutes"] = 80.into();
    v["formats"][0]["steps"][1]["say"]["en"] = "".into();
    v["formats"][0]["steps"].as_array_mut().unwrap().remove(5);
    v["first_session"]["scenario"] = "nulle-part".into();
    let o: RunningOrders = serde_json::from_value(v.clone()).unwrap();
    let problems = o.problems_with(&Content::builtin().unwrap());
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[0].contains("add up to 85 minutes, not 80"));
    assert!(problems.iter().any(|p| p.contains("Commitments")));
    assert!(problems.iter().any(|p| p.contains("say missing")));
    assert!(problems.iter().any(|p| p.contains("nulle-part")));
    v["formats"][0]["extra"] = 1.into();
    assert!(RunningOrders::from_json(&v.to_string()).is_err());
}

#[test]
fn the_projector_follows_the_steps_and_each_step_has_its_timer() {
    let o = orders();
    let f = o.format("rendez-vous").unwrap();
    let d = deck(f, 4);
    assert_eq!(d.len(), 6 + 3);
    assert_eq!(d[0], (0, Slide::Join));
    assert_eq!(d[4], (4, Slide::Debrief(0)));
    assert_eq!(d[8], (5, Slide::Commitments));

    let run = Run::new(f);
    assert_eq!(run.clock.duration_ms, 10 * 60_000);
    assert_eq!(
        run.clone().apply(RunAction::Previous, f, &d),
        Err(RunError::AtStart)
    );
    let run = run.apply(RunAction::Start { now: 1_000 }, f, &d).unwrap();
    assert_eq!(run.clock.left_s(61_000), 9 * 60);
    // Moving to the next step gives the next step's time, stopped.
    let next = run.clone().apply(RunAction::Next, f, &d).unwrap();
    assert_eq!(next.step(&d), 1);
    assert_eq!(next.clock, Countdown::new(15));
    // Within the debrief, the clock keeps running from page to page.
    let debrief = next.apply(RunAction::GoToStep(4), f, &d).unwrap();
    let debrief = debrief.apply(RunAction::Start { now: 0 }, f, &d).unwrap();
    let page2 = debrief.apply(RunAction::Next, f, &d).unwrap();
    assert_eq!(page2.slide, 5);
    assert!(page2.clock.is_running());
    let last = page2.apply(RunAction::GoToStep(5), f, &d).unwrap();
    assert_eq!(
        last.clone().apply(RunAction::Next, f, &d),
        Err(RunError::AtEnd)
    );
    assert_eq!(
        last.apply(RunAction::GoToStep(9), f, &d),
        Err(RunError::NoSuchStep)
    );
}

#[test]
fn a_countdown_pauses_ends_and_reads_alike_in_two_windows() {
    let o = orders();
    let f = o.format("rendez-vous").unwrap();
    let d = deck(f, 4);
    let run = Run::new(f)
        .apply(RunAction::Start { now: 0 }, f, &d)
        .unwrap();
    assert_eq!(
        run.clone().apply(RunAction::Start { now: 5 }, f, &d),
        Err(RunError::AlreadyRunning)
    );
    // The same record read by another window at the same moment.
    let copy: Run = serde_json::from_str(&serde_json::to_string(&run).unwrap()).unwrap();
    assert_eq!(copy.clock.left_ms(120_000), run.clock.left_ms(120_000));
    let paused = run.apply(RunAction::Pause { now: 120_000 }, f, &d).unwrap();
    assert_eq!(paused.clock.left_s(999_999), 8 * 60);
    assert_eq!(
        paused.clone().apply(RunAction::Pause { now: 1 }, f, &d),
        Err(RunError::NotRunning)
    );
    let again = paused
        .apply(RunAction::Start { now: 200_000 }, f, &d)
        .unwrap();
    assert!(!again.clock.is_over(200_000 + 479_999));
    assert_eq!(again.clock.left_s(200_000 + 479_001), 1);
    assert!(again.clock.is_over(200_000 + 480_000));
    let over = again
        .apply(RunAction::Pause { now: 900_000 }, f, &d)
        .unwrap();
    assert_eq!(
        over.clone().apply(RunAction::Start { now: 900_001 }, f, &d),
        Err(RunError::TimeUp)
    );
    let reset = over.apply(RunAction::Reset, f, &d).unwrap();
    assert_eq!(reset.clock, Countdown::new(10));
}
