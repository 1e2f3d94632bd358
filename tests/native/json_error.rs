//! A trainer's JSON file read with its mistakes told plainly: syntax errors
//! as syntax errors (even after a field the type does not know), shape
//! errors with line, column and JSON path, in French and English.

use labo::domain::json_error::{JsonProblem, read};
use labo::domain::trainer::pack::{build, unpack};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Card {
    id: String,
    cost: Cost,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Cost {
    energy: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct File {
    methods: Vec<Card>,
}

fn problem(text: &str) -> JsonProblem {
    read::<File>(text).expect_err("a mistake")
}

#[test]
fn syntax_errors_are_syntax_errors_with_line_and_column() {
    // An unknown field first, then a missing comma: the comma is reported.
    let p = problem("{\"labo_pack\": 1,\n \"methods\": [ {\"id\": \"a\" \"cost\": {}} ]}");
    assert!(p.syntax);
    assert_eq!((p.line, p.column), (2, 26));
    assert_eq!(p.path, "");
    assert!(p.message.fr.contains("erreur de syntaxe JSON"), "{p:?}");
    assert!(p.message.fr.contains("virgule"), "{p:?}");
    assert!(p.message.en.starts_with("JSON syntax error"), "{p:?}");
    assert_eq!(p.place(true), "ligne 2, colonne 26");

    let p = problem("{\"methods\": [1, 2,]}");
    assert!(
        p.syntax && p.message.fr.contains("virgule en trop"),
        "{p:?}"
    );
    let p = problem("{\"methods\": [");
    assert!(p.syntax && p.message.en.contains("ends too early"), "{p:?}");
    let p = problem("{methods: []}");
    assert!(p.syntax && p.message.fr.contains("guillemets"), "{p:?}");
}

#[test]
fn shape_errors_name_the_json_path_in_plain_words() {
    let p = problem(
        "{\"methods\": [\n {\"id\": \"a\", \"cost\": {\"energy\": 1}},\n {\"id\": \"b\", \"cost\": {\"energy\": \"deux\"}}\n]}",
    );
    assert!(!p.syntax);
    assert_eq!(p.path, "methods[1].cost.energy");
    assert_eq!(p.line, 3);
    assert_eq!(
        p.place(false),
        format!("line 3, column {}, methods[1].cost.energy", p.column)
    );
    assert_eq!(
        p.message.fr,
        "il faut ici un nombre entier positif, et non un texte"
    );
    assert_eq!(
        p.message.en,
        "a whole positive number is expected here, not a text"
    );

    let p = problem("{\"labo_pack\": 1}");
    assert_eq!(
        p.message.fr,
        "champ inconnu «\u{a0}labo_pack\u{a0}»\u{a0}; champs possibles\u{a0}: methods"
    );
    assert_eq!(
        p.message.en,
        "unknown field “labo_pack”; possible fields: methods"
    );
    let p = problem("{\"methods\": [{\"id\": \"a\"}]}");
    assert_eq!(p.path, "methods[0]");
    assert!(
        p.message.fr.contains("champ obligatoire absent") && p.message.fr.contains("cost"),
        "{p:?}"
    );
    let p = problem("{\"methods\": {}}");
    assert_eq!(p.message.en, "a list [ … ] is expected here, not an object");
}

#[test]
fn a_broken_pack_says_where_and_no_parser_english_in_french() {
    // An exported pack with a syntax error is not taken for an unknown field.
    let loaded = vec![(
        "labo-contenus.json".to_owned(),
        "{\"labo_pack\": 1, \"name\": \"x\", \"files\": {\"a.json\": {\"methods\": []}}".to_owned(),
    )];
    let (_, files, errors) = unpack(&loaded);
    assert!(errors.is_empty());
    let errors = build(&files).expect_err("refused");
    let fr = errors[0].describe(labo::domain::lang::Lang::Fr);
    assert!(
        fr.contains("ligne 1, colonne") && fr.contains("erreur de syntaxe JSON"),
        "{fr}"
    );
    assert!(!fr.contains("unknown field"), "{fr}");
    // A method whose cost is a text: the path of the value.
    let bad = r#"{"methods": [{"id": "cafe", "phases": ["explorer"], "cost": {"energy": "un"}, "effects": {},
      "tags": [], "meets": [], "name": {"fr": "a", "en": "a"}, "text": {"fr": "a", "en": "a"}, "source": "s"}]}"#;
    let errors = build(&[("cafe.json".to_owned(), bad.to_owned())]).expect_err("refused");
    let fr = errors[0].describe(labo::domain::lang::Lang::Fr);
    assert!(fr.contains("methods[0].cost.energy"), "{fr}");
    assert!(fr.contains("il faut ici"), "{fr}");
}
