//! Rule tests: legality, typed errors, costs and their reasons, undo, and
//! the lessons the rules encode.

use labo::domain::dimension::Dimension;
use labo::domain::game::content::{Cond, Content, Stat, Tag};
use labo::domain::game::sim::{Strategy, play_game};
use labo::domain::game::state::NO_CARD;
use labo::domain::game::*;

fn content() -> Content {
    Content::builtin().expect("built-in content")
}

fn setup(scenario: &str, seed: u64) -> Setup {
    Setup {
        scenario: scenario.into(),
        difficulty: Difficulty::Normal,
        teams: vec![
            Team::named("Équipe A"),
            Team::with_role("Équipe B", Some(Role::Profile(Dimension::Cooperation))),
        ],
        seed,
    }
}

fn card(c: &Content, id: &str) -> u8 {
    c.method_index(id).expect(id) as u8
}

/// A started game, event revealed, with the given cards in hand.
fn playing(c: &Content, hand: &[&str]) -> GameState {
    let mut s = GameState::new(c, setup("paris-en-compagnie", 7)).unwrap();
    s = s.apply(c, Action::RevealEvent).unwrap();
    s.board.hand = [NO_CARD; 8];
    for (i, id) in hand.iter().enumerate() {
        s.board.hand[i] = card(c, id);
    }
    s.board.stats[Stat::Support as usize] = 7;
    s.board.stats[Stat::Energy as usize] = 10;
    s.board.stats[Stat::Budget as usize] = 10;
    s
}

fn deltas(s: &GameState) -> Vec<Delta> {
    s.log()
        .last()
        .map(|e| e.deltas().collect())
        .unwrap_or_default()
}

#[test]
fn setup_errors_are_typed() {
    let c = content();
    let mut bad = setup("nulle-part", 1);
    assert_eq!(
        GameState::new(&c, bad.clone()),
        Err(SetupError::UnknownScenario("nulle-part".into()))
    );
    bad.scenario = "cours-oasis".into();
    bad.teams.clear();
    assert_eq!(
        GameState::new(&c, bad.clone()),
        Err(SetupError::TeamCount(0))
    );
    bad.teams = (0..7).map(|i| Team::named(format!("T{i}"))).collect();
    assert!(matches!(
        GameState::new(&c, bad),
        Err(SetupError::TeamCount(7))
    ));
}

#[test]
fn the_month_starts_with_the_event_and_illegal_actions_leave_the_state_untouched() {
    let c = content();
    let s = GameState::new(&c, setup("cours-oasis", 3)).unwrap();
    assert_eq!(s.legal_actions(&c), vec![Action::RevealEvent]);
    let before = s.clone();
    let (back, err) = s.apply(&c, Action::EndTurn).unwrap_err();
    assert_eq!(err, RuleError::EventPending);
    assert_eq!(err.key(), "error.event_pending");
    assert_eq!(back, before);
    let s = back.apply(&c, Action::RevealEvent).unwrap();
    let (s, err) = s.apply(&c, Action::RevealEvent).unwrap_err();
    assert_eq!(err, RuleError::EventAlreadyRevealed);
    let not_in_hand = (0..c.methods.len() as u8)
        .find(|m| !s.board.in_hand(*m))
        .unwrap();
    let (_, err) = s.apply(&c, Action::Play(not_in_hand)).unwrap_err();
    assert_eq!(err, RuleError::CardNotInHand);
}

#[test]
fn cards_are_cheaper_in_their_phase_and_the_log_says_why() {
    let c = content();
    let s = playing(&c, &["note-de-cadrage", "immersion"]);
    // Cadrer: the framing note is in phase, immersion is not.
    let s = s
        .apply(&c, Action::Play(card(&c, "note-de-cadrage")))
        .unwrap();
    let d = deltas(&s);
    assert!(
        d.iter().any(|d| d.reason == Reason::InPhaseDiscount
            && d.stat == Stat::Energy
            && d.amount == 1)
    );
    let energy = s.board.stat(Stat::Energy);
    let s = s.apply(&c, Action::Play(card(&c, "immersion"))).unwrap();
    assert!(
        !deltas(&s)
            .iter()
            .any(|d| d.reason == Reason::InPhaseDiscount)
    );
    assert_eq!(s.board.stat(Stat::Energy), energy - 2);
}

#[test]
fn overloading_agents_costs_energy() {
    let c = content();
    let mut s = playing(
        &c,
        &["note-de-cadrage", "carte-des-acteurs", "lettre-de-mission"],
    );
    for id in ["note-de-cadrage", "carte-des-acteurs"] {
        s = s.apply(&c, Action::Play(card(&c, id))).unwrap();
        assert!(!deltas(&s).iter().any(|d| d.reason == Reason::Overload));
    }
    s = s
        .apply(&c, Action::Play(card(&c, "lettre-de-mission")))
        .unwrap();
    assert!(
        deltas(&s)
            .iter()
            .any(|d| d.reason == Reason::Overload && d.amount == -2)
    );
    // Three plays is the limit.
    s.board.hand[3] = card(&c, "observation");
    let (_, err) = s
        .apply(&c, Action::Play(card(&c, "observation")))
        .unwrap_err();
    assert_eq!(err, RuleError::PlayLimitReached);
}

#[test]
fn undo_restores_the_board_is_logged_and_stops_at_hidden_information() {
    let c = content();
    let s = playing(&c, &["note-de-cadrage", "carte-des-acteurs"]);
    let (s, err) = s.apply(&c, Action::Undo).unwrap_err();
    assert_eq!(
        err,
        RuleError::UndoAfterHiddenInfo,
        "the event was revealed"
    );
    let board = s.board;
    let s = s
        .apply(&c, Action::Play(card(&c, "note-de-cadrage")))
        .unwrap();
    assert!(s.can_undo());
    let s = s.apply(&c, Action::Undo).unwrap();
    assert_eq!(s.board, board);
    let log = s.log();
    assert_eq!(log[log.len() - 1].action, Action::Undo);
    assert!(log[log.len() - 2].undone);
    // A redraw shows a new card: no undo past it.
    let s = s
        .apply(&c, Action::Redraw(card(&c, "carte-des-acteurs")))
        .unwrap();
    let (_, err) = s.apply(&c, Action::Undo).unwrap_err();
    assert_eq!(err, RuleError::UndoAfterHiddenInfo);
}

#[test]
fn skipping_users_caps_solution_quality() {
    let c = content();
    let mut s = playing(&c, &["ideation", "rencontre-startups", "prototype-papier"]);
    s.board.phase = 2;
    for id in ["ideation", "rencontre-startups", "prototype-papier"] {
        s = s.apply(&c, Action::Play(card(&c, id))).unwrap();
    }
    assert_eq!(s.board.revealed, 0);
    assert_eq!(s.board.stat(Stat::Quality), c.rules.quality_cap_base);
    assert!(
        s.log()
            .last()
            .unwrap()
            .facts
            .iter()
            .any(|f| matches!(f, Fact::Capped(d) if d.reason == Reason::QualityCapped))
    );
}

#[test]
fn co_construction_raises_buy_in_and_the_cooperation_role_adds_to_it() {
    let c = content();
    let mut s = playing(&c, &["atelier-co-construction"]);
    s.board.phase = 2;
    s.board.active = 1; // Équipe B, coopérateur·rice
    let before = s.board.stat(Stat::BuyIn);
    s = s
        .apply(&c, Action::Play(card(&c, "atelier-co-construction")))
        .unwrap();
    assert_eq!(s.board.stat(Stat::BuyIn), before + 3);
    assert!(deltas(&s).iter().any(|d| d.reason == Reason::RolePower));
    assert!(s.board.users_first > 0, "users were involved");
}

#[test]
fn a_failed_test_gives_insight() {
    let c = content();
    let mut found = false;
    for seed in 0..200 {
        let mut s = GameState::new(&c, setup("accueil-logement", seed)).unwrap();
        s = s.apply(&c, Action::RevealEvent).unwrap();
        s.board.phase = 3;
        s.board.hand[0] = card(&c, "test-usagers");
        s.board.stats[Stat::Energy as usize] = 10;
        let u = s.board.stat(Stat::Understanding);
        s = s.apply(&c, Action::Play(card(&c, "test-usagers"))).unwrap();
        let e = s.log().last().unwrap();
        if e.facts.contains(&Fact::Test(false)) {
            assert!(e.deltas().any(|d| d.reason == Reason::RightToFail));
            assert!(s.board.stat(Stat::Understanding) >= u + 2);
            assert!(!s.can_undo(), "a test result is hidden information");
            found = true;
            break;
        }
    }
    assert!(found);
}

#[test]
fn prototyping_lowers_deployment_risk() {
    let c = content();
    let incidents = |prototype: bool| {
        (0..400)
            .filter(|seed| {
                let mut s = GameState::new(&c, setup("cours-oasis", *seed)).unwrap();
                s = s.apply(&c, Action::RevealEvent).unwrap();
                s.board.phase = 4;
                s.board.hand[0] = card(&c, "pilote");
                s.board.stats[Stat::Energy as usize] = 10;
                s.board.stats[Stat::Budget as usize] = 10;
                if prototype {
                    s.board.tag_last[Tag::Prototype as usize] = 1;
                }
                s = s.apply(&c, Action::Play(card(&c, "pilote"))).unwrap();
                s.log()
                    .last()
                    .unwrap()
                    .facts
                    .contains(&Fact::Incident(true))
            })
            .count()
    };
    let (raw, proto) = (incidents(false), incidents(true));
    assert!(proto * 3 < raw * 2, "raw {raw}, prototyped {proto}");
}

#[test]
fn political_support_must_be_fed_and_doing_nothing_is_abandonment() {
    let c = content();
    for sc in &c.scenarios {
        for seed in 0..50 {
            let s = play_game(&c, &sc.id, Difficulty::Normal, 2, Strategy::Idle, seed).unwrap();
            assert_eq!(
                s.outcome(&c).unwrap().tier,
                Tier::Abandoned,
                "{} {seed}",
                sc.id
            );
            let erosion = s
                .log()
                .iter()
                .filter(|e| e.deltas().any(|d| d.reason == Reason::SupportErosion))
                .count();
            assert!(erosion > 0);
        }
    }
}

#[test]
fn involving_citizens_is_rewarded_at_deployment() {
    let c = content();
    let deploy = |participation: i16| {
        let mut s = GameState::new(&c, setup("centre-bourg", 11)).unwrap();
        s = s.apply(&c, Action::RevealEvent).unwrap();
        s.board.phase = 4;
        s.board.hand[0] = card(&c, "pilote");
        s.board.stats = [10, 5, 7, 10, 8, 12, 2, participation, 0];
        s.board.tag_last[Tag::Test as usize] = 1;
        s = s.apply(&c, Action::Play(card(&c, "pilote"))).unwrap();
        s
    };
    let with = deploy(c.rules.participation_bonus_from);
    let without = deploy(0);
    assert!(
        with.log()
            .last()
            .unwrap()
            .deltas()
            .any(|d| d.reason == Reason::CitizensBonus)
    );
    assert!(with.board.stat(Stat::Impact) > without.board.stat(Stat::Impact));
}

#[test]
fn events_are_softened_by_what_the_team_did_before() {
    let c = content();
    let ev = c
        .events
        .iter()
        .position(|e| e.id == "resistance-changement")
        .unwrap() as u8;
    let run = |cocreated: bool| {
        let mut s = GameState::new(&c, setup("paris-en-compagnie", 5)).unwrap();
        s.board.events[0] = ev;
        s.board.stats[Stat::BuyIn as usize] = 4;
        if cocreated {
            s.board.tag_last[Tag::Cocreation as usize] = 1;
        }
        s.apply(&c, Action::RevealEvent).unwrap()
    };
    let hard = run(false);
    let soft = run(true);
    assert!(hard.log()[0].facts.contains(&Fact::Event(ev, false)));
    assert!(soft.log()[0].facts.contains(&Fact::Event(ev, true)));
    assert!(soft.board.stat(Stat::BuyIn) > hard.board.stat(Stat::BuyIn));
    let d = debrief(&soft, &c);
    assert_eq!(d.freins_met.len(), 1);
    assert!(d.freins_met[0].altered && d.freins_met[0].because.is_some());
}

#[test]
fn phases_have_entry_conditions() {
    let c = content();
    let s = playing(&c, &["immersion"]);
    let (s, err) = s.apply(&c, Action::AdvancePhase).unwrap_err();
    assert_eq!(err, RuleError::PhaseLocked, "nothing was framed yet");
    let mut s = s;
    s.board.hand[1] = card(&c, "note-de-cadrage");
    let s = s
        .apply(&c, Action::Play(card(&c, "note-de-cadrage")))
        .unwrap();
    let s = s.apply(&c, Action::AdvancePhase).unwrap();
    assert_eq!(s.board.phase, 1);
}

#[test]
fn debrief_tells_the_story_and_a_finished_state_is_small() {
    let c = content();
    for sc in &c.scenarios {
        let s = play_game(&c, &sc.id, Difficulty::Normal, 3, Strategy::UserCentred, 42).unwrap();
        let d = debrief(&s, &c);
        assert_eq!(d.curves.len(), s.board.round as usize + 1);
        assert!(
            d.timeline
                .iter()
                .any(|m| m.kind == labo::domain::game::debrief::MomentKind::Event)
        );
        assert!(d.users_first_round.is_some());
        assert_eq!(d.methods_per_phase.len(), 5);
        assert!(
            d.methods_per_phase
                .iter()
                .map(|p| p.methods.len())
                .sum::<usize>()
                > 5
        );
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.len() <= 16 * 1024, "{}: {} bytes", sc.id, json.len());
        let ballistic =
            play_game(&c, &sc.id, Difficulty::Normal, 1, Strategy::Ballistic, 42).unwrap();
        let d = debrief(&ballistic, &c);
        assert!(!d.stakeholders_never_met.is_empty() || !d.needs_unrevealed.is_empty());
        assert!(d.users_first_round.is_none());
    }
}

#[test]
fn outcome_tiers_have_texts_and_difficulty_matters() {
    let c = content();
    for t in Tier::ALL {
        assert_eq!(c.tiers[t.index()].id, t.id());
    }
    let score = |d: Difficulty| {
        (0..150)
            .filter(|seed| {
                let s = play_game(&c, "paris-en-compagnie", d, 2, Strategy::UserCentred, *seed)
                    .unwrap();
                s.outcome(&c).unwrap().tier >= Tier::Pilot
            })
            .count()
    };
    let (easy, hard) = (score(Difficulty::Easy), score(Difficulty::Hard));
    assert!(easy > hard, "easy {easy} hard {hard}");
}

#[test]
fn foreign_or_corrupted_states_are_detected() {
    let c = content();
    let s = GameState::new(&c, setup("cours-oasis", 1)).unwrap();
    assert_eq!(s.validate(&c), Ok(()));
    let mut bad = s.clone();
    bad.board.hand[0] = 200;
    assert_eq!(bad.validate(&c), Err(StateError::Inconsistent));
    let mut old = s;
    old.content_version = 0;
    assert_eq!(old.validate(&c), Err(StateError::ContentVersion(0)));
}

// Rules version 2: the double diamond, evaluation, the COPIL, citizens.

#[test]
fn imagining_needs_understanding_and_a_hidden_need_and_deploying_needs_a_test() {
    let c = content();
    let mut s = playing(&c, &["immersion"]);
    s.board.phase = 1;
    s.board.stats[Stat::Understanding as usize] = 5;
    let (mut s, err) = s.apply(&c, Action::AdvancePhase).unwrap_err();
    assert_eq!(err, RuleError::PhaseLocked, "no hidden need uncovered yet");
    s.board.revealed = 1;
    let mut s = s.apply(&c, Action::AdvancePhase).unwrap();
    assert_eq!(s.board.phase, 2);
    // Prototyper → Déployer: quality is there, but nothing was tested.
    s.board.phase = 3;
    s.board.stats[Stat::Quality as usize] = 5;
    let (mut s, err) = s.apply(&c, Action::AdvancePhase).unwrap_err();
    assert_eq!(err, RuleError::PhaseLocked, "no test with users yet");
    s.board.tag_last[Tag::Test as usize] = 1;
    let s = s.apply(&c, Action::AdvancePhase).unwrap();
    assert_eq!(s.board.phase, 4);
}

#[test]
fn late_exploration_costs_more_and_reveals_less() {
    let c = content();
    let play = |phase: u8| {
        let mut s = playing(&c, &["entretiens"]);
        s.board.phase = phase;
        let energy = s.board.stat(Stat::Energy);
        let s = s.apply(&c, Action::Play(card(&c, "entretiens"))).unwrap();
        (
            energy - s.board.stat(Stat::Energy),
            s.board.revealed.count_ones(),
            s,
        )
    };
    let (early_cost, early_needs, _) = play(1);
    let (late_cost, late_needs, late) = play(3);
    // In Explorer: its phase discount; in Prototyper: full price plus the surcharge.
    assert_eq!(
        late_cost,
        early_cost + c.rules.in_phase_discount + c.rules.late_exploration_energy
    );
    assert_eq!(
        late_needs + u32::from(c.rules.late_exploration_reveal),
        early_needs
    );
    assert!(
        deltas(&late)
            .iter()
            .any(|d| d.reason == Reason::LateExploration)
    );
    let preview = late.cost_preview(&c, card(&c, "observation"));
    assert!(preview.iter().any(|d| d.reason == Reason::LateExploration));
}

#[test]
fn evaluation_is_planned_before_prototyping_and_carried_out_after_deploying() {
    let c = content();
    let mut s = playing(&c, &["indicateurs", "evaluation", "pilote"]);
    s = s.apply(&c, Action::Play(card(&c, "indicateurs"))).unwrap();
    assert_eq!(s.board.eval_planned, 1, "decided in Cadrer");
    s.board.phase = 4;
    s = s.apply(&c, Action::Play(card(&c, "pilote"))).unwrap();
    assert_eq!(s.board.evaluated, 0);
    let impact = s.board.stat(Stat::Impact);
    s = s.apply(&c, Action::Play(card(&c, "evaluation"))).unwrap();
    assert_eq!(s.board.evaluated, 1, "measured after the deployment");
    assert_eq!(
        s.board.stat(Stat::Impact),
        impact,
        "evaluation adds no free impact"
    );
    // Indicators chosen in Prototyper are not "planned early".
    let mut late = playing(&c, &["indicateurs"]);
    late.board.phase = 3;
    let late = late
        .apply(&c, Action::Play(card(&c, "indicateurs")))
        .unwrap();
    assert_eq!(late.board.eval_planned, 0);
    // The top tier needs both.
    let scaled = &c.tiers[Tier::Scaled.index()].requires;
    assert!(scaled.contains(&Cond::EvaluationPlanned) && scaled.contains(&Cond::Evaluated));
}

#[test]
fn once_evaluated_support_no_longer_erodes() {
    let c = content();
    let end = |evaluated: u8| {
        let mut s = playing(&c, &[]);
        s.board.evaluated = evaluated;
        let before = s.board.stat(Stat::Support);
        let s = s.apply(&c, Action::EndTurn).unwrap();
        before - s.board.stat(Stat::Support)
    };
    assert_eq!(end(0), c.rules.support_erosion);
    assert_eq!(
        end(1),
        c.rules.support_erosion - c.rules.evaluated_erosion_relief
    );
}

#[test]
fn the_copil_gate_applies_the_three_lab_o_criteria() {
    let c = content();
    let gate = |criteria: bool| {
        let mut s = playing(&c, &[]);
        s.board.phase = 3;
        s.board.stats[Stat::Quality as usize] = 5;
        s.board.tag_last[Tag::Test as usize] = 1;
        if criteria {
            s.board.eval_planned = 1;
            s.board.met = 0b111;
            s.board.tag_last[Tag::Cocreation as usize] = 1;
        }
        s.apply(&c, Action::AdvancePhase).unwrap()
    };
    let (good, bad) = (gate(true), gate(false));
    assert_eq!(good.board.copil, 0b1000_0111);
    assert_eq!(bad.board.copil, 0b1000_0000);
    assert_eq!(good.board.stat(Stat::Budget), 10 + 3 * c.rules.copil_budget);
    assert_eq!(
        good.board.stat(Stat::Support),
        7 + 3 * c.rules.copil_support
    );
    assert_eq!(
        bad.board.stat(Stat::Support),
        7 - 3 * c.rules.copil_missing_support
    );
    for r in [
        Reason::CopilResults,
        Reason::CopilTransferable,
        Reason::CopilFacilitation,
    ] {
        assert!(deltas(&good).iter().any(|d| d.reason == r), "{r:?}");
    }
    assert!(
        deltas(&bad)
            .iter()
            .any(|d| d.reason == Reason::CopilNoFacilitation)
    );
    // An undo puts the committee's money back.
    let back = good.apply(&c, Action::Undo).unwrap();
    assert_eq!(back.board.phase, 3);
    assert_eq!(back.board.copil, 0);
}

#[test]
fn the_copil_gate_shown_before_deployer_is_the_one_held() {
    let c = content();
    for criteria in 0..8u8 {
        let mut s = playing(&c, &[]);
        s.board.phase = 3;
        s.board.stats[Stat::Quality as usize] = 5;
        s.board.tag_last[Tag::Test as usize] = 1;
        if criteria & 1 != 0 {
            s.board.eval_planned = 1;
        }
        if criteria & 2 != 0 {
            s.board.met = 0b111;
        }
        if criteria & 4 != 0 {
            s.board.tag_last[Tag::Cocreation as usize] = 1;
        }
        let ahead = rules::copil_gate(&c, &s.board).expect("the rules hold a COPIL");
        assert!(!ahead.held);
        let (budget, support) = (s.board.stat(Stat::Budget), s.board.stat(Stat::Support));
        let s = s.apply(&c, Action::AdvancePhase).unwrap();
        let held = rules::copil_gate(&c, &s.board).unwrap();
        assert!(held.held);
        assert_eq!(held.met, ahead.met, "criteria {criteria:03b}");
        assert_eq!(held.met.map(u8::from), [0, 1, 2].map(|i| criteria >> i & 1));
        assert_eq!(s.board.stat(Stat::Budget) - budget, ahead.budget);
        assert_eq!(s.board.stat(Stat::Support) - support, ahead.support);
        assert_eq!((held.budget, held.support), (ahead.budget, ahead.support));
    }
}

#[test]
fn a_pilot_needs_citizen_participation() {
    let c = content();
    let tier = |participation: i16| {
        let mut s = playing(&c, &[]);
        s.board.deployed = true;
        s.board.copil = 0b1000_0111;
        s.board.stats[Stat::Impact as usize] = 6;
        s.board.stats[Stat::Participation as usize] = participation;
        s.projected_tier(&c)
    };
    assert_eq!(tier(0), Tier::Delivered);
    assert_eq!(tier(2), Tier::Pilot);
}

#[test]
fn prototype_events_look_at_what_was_played_not_at_the_phase() {
    let c = content();
    let ev = c
        .events
        .iter()
        .position(|e| e.id == "semaine-innovation")
        .unwrap() as u8;
    let reveal = |phase: u8, prototyped: bool| {
        let mut s = GameState::new(&c, setup("paris-en-compagnie", 5)).unwrap();
        s.board.events[0] = ev;
        s.board.phase = phase;
        if prototyped {
            s.board.tag_last[Tag::Prototype as usize] = 1;
        }
        let s = s.apply(&c, Action::RevealEvent).unwrap();
        s.log()[0].facts.contains(&Fact::Event(ev, true))
    };
    assert!(
        !reveal(4, false),
        "reaching a phase is not having a prototype"
    );
    assert!(reveal(1, true));
}
