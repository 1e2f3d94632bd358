//! Three tables play the same deal with the engine; their summary codes,
//! collected by the trainer, compare as expected. The codes are pinned in
//! `tests/fixtures/trainer-summaries.json`, which the end-to-end test pastes
//! into the comparison screen: this test fails when the engine would write
//! other codes (`UPDATE_GOLDEN=1 cargo test --test native trainer_summaries::`
//! re-records them after a deliberate rules change).
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::game::Content;
use labo::domain::game::sim::{Strategy, play_game};
use labo::domain::game::state::Difficulty;
use labo::domain::game::summary::TableSummary;
use labo::domain::lang::Lang;
use labo::domain::trainer::compare::{
    CollectError, Comparison, comparison_csv, comparison_json, methods_in_common, same_deal,
};
use labo::domain::trainer::csv::parse;
use labo::domain::trainer::session::{Session, absolute};

const SEED: u64 = 123_456;

fn session(content: &Content) -> Session {
    Session {
        scenario: content.scenarios[0].id.clone(),
        difficulty: Difficulty::Normal,
        seed: SEED,
        tables: 3,
    }
}

fn three_tables(content: &Content) -> Vec<String> {
    let s = session(content);
    [Strategy::UserCentred, Strategy::Ballistic, Strategy::Greedy]
        .into_iter()
        .map(|strategy| {
            let game = play_game(content, &s.scenario, s.difficulty, 2, strategy, s.seed)
                .expect("the game plays to its end");
            TableSummary::from_game(&game, content).to_code()
        })
        .collect()
}

#[test]
fn the_session_link_presets_the_deal() {
    let content = Content::builtin().unwrap();
    let s = session(&content);
    let link = s.game_link();
    assert!(link.starts_with("jeu.html#/jeu?scenario="));
    assert!(link.contains("&difficulte=normal&graine="));
    assert_eq!(Session::from_link(&link, 3), Some(s));
    assert_eq!(
        absolute(
            "http://127.0.0.1:8080/labo/formateur.html#/formateur?vue=session",
            "jeu.html#/jeu"
        ),
        "http://127.0.0.1:8080/labo/jeu.html#/jeu"
    );
}

#[test]
fn a_pack_scenario_with_an_odd_id_keeps_its_preset() {
    // A content pack may name its scenario `mairie_2`; the game's address
    // used to drop any character outside letters, digits and dashes.
    let content = Content::builtin().unwrap();
    for id in ["mairie_2", "mairie 2", "école-été", "a&b=c", "100%"] {
        let s = Session {
            scenario: id.to_owned(),
            ..session(&content)
        };
        let link = s.game_link();
        assert_eq!(Session::from_link(&link, 3), Some(s), "{link}");
        assert_eq!(
            labo::route::GameQuery::parse(&link).scenario.as_deref(),
            Some(id)
        );
    }
}

#[test]
fn three_tables_on_one_seed_compare() {
    let content = Content::builtin().unwrap();
    let codes = three_tables(&content);
    let mut cmp = Comparison::default();
    for (i, code) in codes.iter().enumerate() {
        assert_eq!(cmp.add(code, &content), Ok(i as u8 + 1));
    }
    assert_eq!(
        cmp.add(&codes[1].to_lowercase(), &content),
        Err(CollectError::Duplicate(2))
    );
    assert!(matches!(
        cmp.add("XYZ", &content),
        Err(CollectError::Invalid(_))
    ));
    let summaries = cmp.summaries(&content);
    assert_eq!(summaries.len(), 3);
    let s = session(&content);
    for (_, t) in &summaries {
        assert!(t.finished);
        assert!(same_deal(t, &s, &content));
    }
    // The user-centred table met users; the ballistic one never did.
    assert!(summaries[0].1.users_first.is_some());
    assert!(summaries[1].1.users_first.is_none());
    let (common, once) = methods_in_common(&summaries);
    for (_, t) in &summaries {
        assert_eq!(t.methods & common, common);
    }
    assert_eq!(common & once, 0);

    let labels = [
        "Table",
        "Scénario",
        "Difficulté",
        "Graine",
        "Issue",
        "Terminée",
        "Usagers dès le mois",
        "Méthodes",
        "oui",
        "non",
    ];
    let csv = comparison_csv(&summaries, &content, Lang::Fr, &labels);
    let rows = parse(&csv);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].len(), 6 + 9 + 2);
    for (row, (_, t)) in rows[1..].iter().zip(&summaries) {
        // Names in the reader's language, not ids.
        assert_eq!(row[4], content.tiers[t.tier.index()].name.fr);
        assert_eq!(row[5], if t.finished { "oui" } else { "non" });
        let stats: Vec<u8> = row[6..15].iter().map(|v| v.parse().unwrap()).collect();
        assert_eq!(stats, t.stats);
    }
    let json: serde_json::Value =
        serde_json::from_str(&comparison_json(&summaries, &content)).unwrap();
    assert_eq!(json["tables"].as_array().unwrap().len(), 3);

    // Pinned for the end-to-end test, which must not depend on this test
    // having run before it.
    let out = serde_json::json!({
        "scenario": s.scenario,
        "difficulty": "normal",
        "seed": labo::domain::game::seed::seed_to_code(SEED),
        "codes": codes,
        "tiers": summaries.iter().map(|(_, t)| t.tier.id()).collect::<Vec<_>>(),
        "impact": summaries.iter().map(|(_, t)| t.stat(labo::domain::game::Stat::Impact)).collect::<Vec<_>>(),
    });
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/trainer-summaries.json");
    let text = format!("{}\n", serde_json::to_string_pretty(&out).unwrap());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let pinned = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        pinned, text,
        "the summary codes changed: re-record with UPDATE_GOLDEN=1 if the rules changed on purpose"
    );
}
