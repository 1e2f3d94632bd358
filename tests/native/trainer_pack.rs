//! Custom content packs: a valid pack adds a card and replaces the quiz
//! items; an invalid one is refused with every mistake located.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::game::Content;
use labo::domain::lang::Lang;
use labo::domain::quiz::QuizContent;
use labo::domain::trainer::pack::{Kind, build, bundle, kind, replaces_builtin, unpack};

const NEW_METHOD: &str = r#"{"methods": [{"id": "cafe-usagers", "phases": ["explorer"],
  "cost": {"energy": 1}, "effects": {"understanding": 2}, "tags": ["users"], "meets": ["usager"],
  "name": {"fr": "Café des usager·ères", "en": "Users' café"},
  "text": {"fr": "Un café à l'accueil pour écouter les usager·ères.", "en": "A coffee at the front desk to listen to users."},
  "source": "Pack de test"}]}"#;

/// The built-in items with the first item reworded.
fn items_reworded() -> String {
    let q = QuizContent::builtin().unwrap();
    let mut items = serde_json::to_value(&q.items).unwrap();
    items[0]["text"]["fr"] = "j'ai pris un café avec un·e usager·ère pour l'écouter.".into();
    serde_json::json!({ "items": items }).to_string()
}

fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn files_go_to_the_game_or_the_quiz() {
    assert_eq!(kind(NEW_METHOD), Ok(Kind::Game));
    assert_eq!(kind(&items_reworded()), Ok(Kind::Quiz));
    assert_eq!(kind("pas du json"), Ok(Kind::Game));
    assert_eq!(
        kind(r#"{"items": [], "methods": []}"#),
        Err("methods".into())
    );
    assert!(replaces_builtin("items.json") && replaces_builtin("methods_1.json"));
    assert!(!replaces_builtin("methods_3.json"));
}

#[test]
fn a_valid_pack_adds_a_card_and_replaces_the_items() {
    let items = items_reworded();
    let pack = files(&[("methods_3.json", NEW_METHOD), ("items.json", &items)]);
    let (game, quiz) = build(&pack).expect("a valid pack");
    let builtin = Content::builtin().unwrap();
    assert_eq!(game.methods.len(), builtin.methods.len() + 1);
    assert!(game.method_index("cafe-usagers").is_some());
    assert_eq!(
        quiz.items[0].text.fr,
        "j'ai pris un café avec un·e usager·ère pour l'écouter."
    );
    // Exported for a colleague, it reads back the same.
    let exported = bundle("Pack Occitanie", &pack);
    let (name, unpacked, errors) = unpack(&[("pack.json".into(), exported)]);
    assert!(errors.is_empty());
    assert_eq!(name.as_deref(), Some("Pack Occitanie"));
    let (game2, quiz2) = build(&unpacked).expect("the exported pack");
    assert_eq!(game2.methods.len(), game.methods.len());
    assert_eq!(quiz2.items[0].text.fr, quiz.items[0].text.fr);
    // An empty pack is the built-in content.
    let (g, q) = build(&[]).unwrap();
    assert_eq!(g, builtin);
    assert_eq!(q, QuizContent::builtin().unwrap());
}

/// Five kinds of mistakes: unreadable JSON, a missing translation, an
/// unknown reference, a duplicate id, a quiz dimension without its items.
pub fn broken_pack() -> Vec<(String, String)> {
    let methods = r#"{"methods": [
      {"id": "atelier-sans-anglais", "phases": ["imaginer"], "cost": {"energy": 1}, "effects": {"quality": 1},
       "tags": ["cocreation"], "meets": [], "name": {"fr": "Atelier", "en": ""},
       "text": {"fr": "Un atelier.", "en": "A workshop."}, "source": "test"},
      {"id": "phase-inconnue", "phases": ["rever"], "cost": {"energy": 1}, "effects": {"quality": 1},
       "tags": [], "meets": [], "name": {"fr": "Rêver", "en": "Dream"},
       "text": {"fr": "Rêver.", "en": "Dream."}, "source": "test"},
      {"id": "note-de-cadrage", "phases": ["cadrer"], "cost": {"energy": 1}, "effects": {"support": 1},
       "tags": [], "meets": [], "name": {"fr": "Doublon", "en": "Duplicate"},
       "text": {"fr": "Doublon.", "en": "Duplicate."}, "source": "test"}
    ]}"#;
    let q = QuizContent::builtin().unwrap();
    let items: Vec<_> = q
        .items
        .iter()
        .filter(|i| i.dimension.id() != "audace")
        .collect();
    let items = serde_json::json!({ "items": items }).to_string();
    files(&[
        ("methods_3.json", methods),
        ("events_2.json", "{\"events\": [ {\"id\": \"x\", }"),
        ("items.json", &items),
    ])
}

#[test]
fn an_invalid_pack_is_refused_with_located_errors() {
    let errors = build(&broken_pack()).expect_err("refused");
    let lines: Vec<String> = errors.iter().map(|e| e.describe(Lang::Fr)).collect();
    let has = |file: &str, id: &str, field: &str| {
        errors
            .iter()
            .any(|e| e.file == file && e.id == id && e.field.contains(field))
    };
    assert!(
        lines.iter().any(|l| l
            .starts_with("events_2.json\u{a0}: ligne 1, colonne 26\u{a0}: erreur de syntaxe JSON")),
        "{lines:#?}"
    );
    assert!(
        has("methods_3.json", "atelier-sans-anglais", "name.en"),
        "{lines:#?}"
    );
    assert!(
        has("methods_3.json", "phase-inconnue", "phases"),
        "{lines:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file == "methods_3.json" && e.id == "note-de-cadrage"),
        "{lines:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file == "items.json" && e.id.contains("audace")),
        "{lines:#?}"
    );
    for e in &errors {
        assert!(!e.file.is_empty() && !e.message.fr.is_empty() && !e.message.en.is_empty());
    }
    assert!(lines.len() >= 5);
}

#[test]
#[ignore = "prints the messages, for the documentation"]
fn show_messages() {
    for e in build(&broken_pack()).unwrap_err() {
        println!("{}", e.describe(Lang::Fr));
    }
}

#[test]
fn the_documented_example_is_a_valid_pack() {
    let doc = include_str!("../../docs/content-format.md");
    let start = doc.find("```json\n").expect("an example") + 8;
    let end = start + doc[start..].find("```").unwrap();
    let (name, files, errors) = unpack(&[("pack-exemple.json".into(), doc[start..end].into())]);
    assert!(errors.is_empty());
    assert_eq!(name.as_deref(), Some("Exemple : accueil en mairie"));
    let result = build(&files);
    let messages: Vec<String> = result
        .as_ref()
        .err()
        .map(|e| e.iter().map(|x| x.describe(Lang::Fr)).collect())
        .unwrap_or_default();
    let (game, _) = result.unwrap_or_else(|_| panic!("{messages:#?}"));
    assert!(game.scenario_index("accueil-mairie").is_some());
    assert!(game.method_index("cafe-usagers").is_some());
}
