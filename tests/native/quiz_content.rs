//! The built-in quiz pack is complete and valid, and a broken pack gives
//! errors located by file, id and field.

use labo::domain::lang::Lang;
use std::collections::BTreeSet;

use labo::domain::dimension::Dimension;
use labo::domain::quiz::content::{METHOD_CARD_IDS, QuizContent};
use labo::domain::quiz::validate::ContentError;

fn builtin() -> QuizContent {
    match QuizContent::builtin() {
        Ok(c) => c,
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(|e| e.describe(Lang::Fr)).collect();
            panic!("built-in content invalid:\n{}", lines.join("\n"));
        }
    }
}

/// The whole built-in pack as one JSON object, the shape of a custom pack.
fn builtin_as_single_file() -> serde_json::Value {
    serde_json::to_value(builtin()).expect("serialisable")
}

fn load_single(value: &serde_json::Value) -> Result<QuizContent, Vec<ContentError>> {
    QuizContent::from_json("pack.json", &value.to_string())
}

#[test]
fn builtin_counts() {
    let c = builtin();
    assert_eq!(c.dimensions.len(), 7);
    assert_eq!(c.items.len(), 28);
    assert_eq!(c.items.iter().filter(|i| i.express).count(), 14);
    assert_eq!(c.situations.len(), 7);
    assert_eq!(c.archetypes.len(), 7);
    assert_eq!(c.duos.len(), 21);
    assert_eq!(c.scale.labels.len(), 5);
    for d in Dimension::ALL {
        let of_d: Vec<_> = c.items.iter().filter(|i| i.dimension == d).collect();
        assert_eq!(of_d.len(), 4, "{d:?}");
        assert_eq!(
            of_d.iter().filter(|i| i.reversed).count(),
            1,
            "{d:?} reversed"
        );
        assert_eq!(
            of_d.iter().filter(|i| i.express).count(),
            2,
            "{d:?} express"
        );
        assert!(c.dimension(d).is_some());
        assert!(c.archetype(d).is_some());
    }
}

#[test]
fn every_duo_present_in_either_order() {
    let c = builtin();
    for a in Dimension::ALL {
        for b in Dimension::ALL {
            assert_eq!(c.duo(a, b).is_some(), a != b, "{a:?}+{b:?}");
        }
    }
}

#[test]
fn situations_have_three_or_four_answers_on_distinct_dimensions() {
    let c = builtin();
    for s in &c.situations {
        assert!((3..=4).contains(&s.answers.len()), "{}", s.id);
        let dims: BTreeSet<_> = s.answers.iter().map(|a| a.dimension).collect();
        assert_eq!(dims.len(), s.answers.len(), "{}", s.id);
    }
}

#[test]
fn ids_are_unique_across_items_and_situations() {
    let c = builtin();
    let ids: Vec<&str> = c
        .items
        .iter()
        .map(|i| i.id.as_str())
        .chain(c.situations.iter().map(|s| s.id.as_str()))
        .collect();
    let unique: BTreeSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn every_text_is_bilingual() {
    // Walk the serialised pack: every {fr, en} object must be complete.
    fn walk(v: &serde_json::Value, path: &str, bad: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(fr), Some(en)) = (map.get("fr"), map.get("en")) {
                    let ok =
                        |x: &serde_json::Value| x.as_str().is_some_and(|s| !s.trim().is_empty());
                    if !ok(fr) || !ok(en) {
                        bad.push(path.to_owned());
                    }
                }
                for (k, x) in map {
                    walk(x, &format!("{path}.{k}"), bad);
                }
            }
            serde_json::Value::Array(xs) => {
                for (i, x) in xs.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), bad);
                }
            }
            _ => {}
        }
    }
    let mut bad = Vec::new();
    walk(&builtin_as_single_file(), "", &mut bad);
    assert!(bad.is_empty(), "incomplete texts: {bad:?}");
}

#[test]
fn actions_point_to_known_method_cards() {
    let c = builtin();
    for a in &c.archetypes {
        assert!(
            METHOD_CARD_IDS.contains(&a.action.method.as_str()),
            "{:?}",
            a.dimension
        );
        assert_ne!(a.team_up_with, a.dimension);
        assert_eq!(a.strengths.len(), 3);
        assert!((2..=3).contains(&a.blind_spots.len()));
    }
    assert!(METHOD_CARD_IDS.contains(&c.polyvalent.action.method.as_str()));
}

/// The quiz names its methods by the game's card ids and shows the game's
/// own card names, so a link from the result opens the card it names.
#[test]
fn method_ids_and_names_are_the_game_cards() {
    use labo::domain::lang::Lang;
    let game = labo::domain::game::Content::builtin().expect("game content");
    labo::i18n::use_areas(&labo::i18n::ALL);
    for id in METHOD_CARD_IDS {
        let card = game
            .methods
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("no game card {id}"));
        let key: &'static str = Box::leak(format!("quiz.method.{id}").into_boxed_str());
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(
                labo::i18n::t(lang, key),
                card.name.get(lang),
                "{id} {lang:?}"
            );
        }
    }
}

#[test]
fn french_typography_uses_non_breaking_spaces() {
    // A plain space before ":" or "?" lets the sign wrap alone to the next
    // line; the content uses non-breaking spaces instead.
    let c = builtin_as_single_file().to_string();
    for bad in [" ?", " !", " ;", " »", "« "] {
        assert!(!c.contains(bad), "found {bad:?}");
    }
}

#[test]
fn a_single_file_pack_loads() {
    let pack = builtin_as_single_file();
    assert_eq!(load_single(&pack), Ok(builtin()));
}

#[test]
fn broken_json_is_located_by_line() {
    let errors = QuizContent::from_json("perso.json", "{\n  \"meta\": {\n    \"version\": 1,,\n")
        .expect_err("must fail");
    assert_eq!(errors[0].file, "perso.json");
    assert!(
        errors[0].message.fr.starts_with("ligne 3, colonne 18")
            && errors[0].message.fr.contains("erreur de syntaxe JSON"),
        "{:?}",
        errors[0].message
    );
}

#[test]
fn unknown_dimension_is_located_by_line() {
    let text = builtin_as_single_file().to_string().replacen(
        "\"dimension\":\"audace\"",
        "\"dimension\":\"audacity\"",
        1,
    );
    let errors = QuizContent::from_json("perso.json", &text).expect_err("must fail");
    assert!(errors[0].message.en.starts_with("line 1, column "));
    assert!(
        errors[0].message.en.contains(".dimension"),
        "{}",
        errors[0].message.en
    );
    assert!(
        errors[0].message.en.contains("unknown value “audacity”"),
        "{}",
        errors[0].message.en
    );
}

#[test]
fn semantic_errors_are_located_by_file_id_and_field() {
    let mut pack = builtin_as_single_file();
    let items = pack["items"].as_array_mut().expect("items");
    items[0]["text"]["en"] = "".into(); // curiosite_1: missing English
    items[1]["reversed"] = true.into(); // usager_1: a second reversed usager item
    items[3]["id"] = "usager_1".into(); // duplicate id
    pack["archetypes"][0]["action"]["method"] = "hackathon".into();
    pack["duos"].as_array_mut().expect("duos").pop(); // audace+cooperation
    pack["situations"][0]["answers"]
        .as_array_mut()
        .expect("answers")
        .truncate(2);
    pack["scale"]["labels"]
        .as_array_mut()
        .expect("labels")
        .pop();

    let errors = load_single(&pack).expect_err("must fail");
    let has = |id: &str, field: &str| {
        errors
            .iter()
            .any(|e| e.file == "pack.json" && e.id == id && e.field == field)
    };
    let all: Vec<String> = errors.iter().map(|e| e.describe(Lang::En)).collect();
    assert!(has("curiosite_1", "text.en"), "{all:#?}");
    assert!(has("usager", "reversed"), "{all:#?}");
    assert!(has("usager_1", "id"), "{all:#?}");
    assert!(has("curiosite", "action.method"), "{all:#?}");
    assert!(has("audace+cooperation", ""), "{all:#?}");
    assert!(has("situation_seniors", "answers"), "{all:#?}");
    assert!(has("scale", "labels"), "{all:#?}");
    // Messages are bilingual and name the place.
    for e in &errors {
        assert!(e.message.is_complete());
        assert!(e.describe(Lang::Fr).starts_with("pack.json"));
    }
}

#[test]
fn missing_and_duplicated_sections_are_reported() {
    let mut pack = builtin_as_single_file();
    let duos = pack
        .as_object_mut()
        .expect("object")
        .remove("duos")
        .expect("duos");
    let errors = load_single(&pack).expect_err("must fail");
    assert!(errors.iter().any(|e| e.id == "duos"));

    let extra = serde_json::json!({ "duos": duos.clone() }).to_string();
    let full = builtin_as_single_file().to_string();
    let errors =
        QuizContent::from_files(&[("a.json", &full), ("b.json", &extra)]).expect_err("must fail");
    assert!(errors.iter().any(|e| e.file == "b.json" && e.id == "duos"));
}
