//! Content tests: counts, references, translations, sources, and located
//! errors for broken content packs.

use labo::domain::game::content::{Content, Stat};
use labo::domain::game::loader::BUILTIN_FILES;
use labo::domain::game::rules::required_text_keys;
use labo::domain::game::{ContentError, RuleError};
use labo::domain::lang::Lang;
use labo::domain::text::Text;

fn builtin() -> Content {
    match Content::builtin() {
        Ok(c) => c,
        Err(errors) => panic!(
            "built-in content is broken:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn counts_meet_the_issue() {
    let c = builtin();
    assert!(c.scenarios.len() >= 6, "scenarios: {}", c.scenarios.len());
    assert!(c.methods.len() >= 32, "methods: {}", c.methods.len());
    assert!(
        c.stakeholders.len() >= 10,
        "stakeholders: {}",
        c.stakeholders.len()
    );
    assert!(c.events.len() >= 24, "events: {}", c.events.len());
    assert_eq!(c.phases.len(), 5);
    assert_eq!(c.tiers.len(), 4);
    assert_eq!(c.difficulties.len(), 3);
    assert_eq!(c.roles.len(), 8);
    for s in &c.scenarios {
        assert!((8..=12).contains(&s.months), "{}", s.id);
    }
}

#[test]
fn every_card_and_scenario_names_its_source() {
    let c = builtin();
    let sources = c
        .methods
        .iter()
        .map(|m| (&m.id, &m.source))
        .chain(c.events.iter().map(|e| (&e.id, &e.source)))
        .chain(c.scenarios.iter().map(|s| (&s.id, &s.source)))
        .chain(c.stakeholders.iter().map(|s| (&s.id, &s.source)))
        .chain(c.lessons.iter().map(|l| (&l.id, &l.source)));
    for (id, src) in sources {
        // Sources cite the publication (« title » (outlet, year)), not the
        // number of a file in the project's seed folder.
        let year = (2017..=2020).any(|y| src.contains(&format!("{y})")));
        assert!(src.contains('«') && year, "{id}: no title and year: {src}");
        // "003 :" or "002 et 003 :", the old internal references.
        let bare_number = src.match_indices("00").any(|(i, _)| {
            let before = src[..i].chars().next_back();
            let after = &src[i + 2..];
            let rest = after
                .get(1..)
                .unwrap_or("")
                .trim_start_matches([' ', '\u{a0}']);
            // Not the end of a longer number ("50 000", "PAR0005").
            let prev = src[..i]
                .trim_end_matches([' ', '\u{a0}'])
                .chars()
                .next_back();
            before.is_none_or(|ch| !ch.is_alphanumeric())
                && prev.is_none_or(|ch| !ch.is_ascii_digit())
                && after.starts_with(['0', '1', '2', '3', '4'])
                && (rest.starts_with(':') || rest.starts_with("et "))
        });
        assert!(!bare_number, "{id}: cites a seed file number: {src}");
    }
}

fn sentences(t: &str) -> usize {
    let t = t.trim();
    t.matches(". ").count()
        + t.matches("! ").count()
        + t.matches("? ").count()
        + usize::from(t.ends_with(['.', '!', '?', ')']))
}

#[test]
fn methods_have_costs_effects_phases_and_a_short_pedagogical_text() {
    let c = builtin();
    for m in &c.methods {
        assert!(m.phases != 0, "{}", m.id);
        assert!(m.cost.iter().any(|v| *v > 0), "{} has no cost", m.id);
        assert!(m.effects.iter().any(|v| *v != 0), "{} has no effect", m.id);
        for lang in Lang::ALL {
            let n = sentences(m.text.get(lang));
            assert!((2..=3).contains(&n), "{} ({lang:?}): {n} sentences", m.id);
        }
    }
}

fn all_texts(c: &Content) -> Vec<(String, &Text)> {
    let mut v: Vec<(String, &Text)> = Vec::new();
    for p in &c.phases {
        v.push((p.id.clone(), &p.name));
        v.push((p.id.clone(), &p.text));
    }
    for s in &c.stats {
        v.push((s.stat.id().into(), &s.name));
        v.push((s.stat.id().into(), &s.text));
    }
    for t in &c.tiers {
        v.push((t.id.clone(), &t.name));
        v.push((t.id.clone(), &t.text));
    }
    for r in &c.roles {
        v.push((r.role.id().into(), &r.name));
        v.push((r.role.id().into(), &r.power_text));
    }
    for m in &c.methods {
        v.push((m.id.clone(), &m.name));
        v.push((m.id.clone(), &m.text));
    }
    for s in &c.stakeholders {
        v.push((s.id.clone(), &s.name));
        v.push((s.id.clone(), &s.text));
        v.extend(s.needs.iter().map(|n| (s.id.clone(), n)));
    }
    for e in &c.events {
        v.push((e.id.clone(), &e.name));
        v.push((e.id.clone(), &e.text));
        if !e.conditions.is_empty() {
            v.push((e.id.clone(), &e.alt_text));
        }
    }
    for s in &c.scenarios {
        v.push((s.id.clone(), &s.name));
        v.push((s.id.clone(), &s.text));
        v.push((s.id.clone(), &s.goal));
    }
    v.extend(c.texts.iter().map(|(k, t)| (k.clone(), t)));
    v
}

#[test]
fn french_and_english_are_complete() {
    let c = builtin();
    let texts = all_texts(&c);
    assert!(texts.len() > 300);
    for (id, t) in texts {
        assert!(t.is_complete(), "{id}: {t:?}");
        // Short labels may be spelt the same ("Budget"); sentences may not.
        if t.fr.len() > 25 {
            assert_ne!(t.fr, t.en, "{id}: not translated? {t:?}");
        }
    }
}

#[test]
fn every_reference_resolves_and_every_key_has_a_text() {
    let c = builtin();
    for s in &c.scenarios {
        for &i in &s.stakeholders {
            assert!((i as usize) < c.stakeholders.len());
        }
    }
    for s in &c.stakeholders {
        assert!((s.kind as usize) < c.stakeholder_kinds.len());
        assert!(
            c.text(&format!("kind.{}", c.stakeholder_kinds[s.kind as usize]))
                .is_some()
        );
    }
    for k in required_text_keys() {
        assert!(c.text(&k).is_some(), "{k}");
    }
    for e in [
        RuleError::GameOver,
        RuleError::CannotAfford(Stat::Budget),
        RuleError::UndoAfterHiddenInfo,
    ] {
        assert!(c.text(e.key()).is_some());
    }
    // Every method is reachable from some phase and some stakeholder kind is met.
    assert!(c.methods.iter().any(|m| m.meets != 0));
}

fn errors_of(pack: &[(&str, &str)]) -> Vec<ContentError> {
    match Content::with_pack(pack) {
        Ok(_) => panic!("broken pack accepted"),
        Err(e) => e,
    }
}

fn has(errors: &[ContentError], file: &str, id: &str, field: &str) -> bool {
    errors
        .iter()
        .any(|e| e.file == file && e.id == id && e.field.starts_with(field))
}

const BROKEN: &str = r#"{
  "methods": [
    {"id": "carte-cassee", "phases": ["explorer", "nulle-part"], "cost": {"energy": -2, "budget": 99}, "effects": {"bonheur": 1},
     "tags": ["users", "magie"], "meets": ["extraterrestres"], "reveal": 1,
     "name": {"fr": "Carte cassée", "en": ""}, "text": {"fr": "Texte.", "en": "Text."}, "source": ""}
  ],
  "events": [
    {"id": "evenement-casse", "kind": "tempete", "effects": {"budget": -1}, "conditions": [{"tag": "political", "stat": "budget"}],
     "name": {"fr": "É", "en": "E"}, "text": {"fr": "É", "en": "E"}, "source": "000"}
  ],
  "scenarios": [
    {"id": "scenario-casse", "months": 20, "start": {"budget": 10}, "stakeholders": ["fantome"],
     "name": {"fr": "S", "en": "S"}, "text": {"fr": "S", "en": ""}, "goal": {"fr": "G", "en": "G"}, "source": "001"}
  ]
}"#;

#[test]
fn a_broken_pack_reports_every_problem_with_file_id_and_field() {
    let errors = errors_of(&[("ma_carte.json", BROKEN)]);
    let f = "ma_carte.json";
    assert!(has(&errors, f, "carte-cassee", "phases"), "unknown phase");
    assert!(
        has(&errors, f, "carte-cassee", "cost.energy"),
        "impossible cost"
    );
    assert!(
        has(&errors, f, "carte-cassee", "cost.budget"),
        "cost above the maximum"
    );
    assert!(
        has(&errors, f, "carte-cassee", "effects.bonheur"),
        "unknown stat"
    );
    assert!(has(&errors, f, "carte-cassee", "tags"), "unknown tag");
    assert!(has(&errors, f, "carte-cassee", "meets"), "unknown kind");
    assert!(
        has(&errors, f, "carte-cassee", "name.en"),
        "missing translation"
    );
    assert!(has(&errors, f, "carte-cassee", "source"), "missing source");
    assert!(has(&errors, f, "evenement-casse", "kind"));
    assert!(has(&errors, f, "evenement-casse", "conditions[0]"));
    assert!(has(&errors, f, "scenario-casse", "months"));
    assert!(
        has(&errors, f, "scenario-casse", "stakeholders"),
        "unknown reference"
    );
    assert!(has(&errors, f, "scenario-casse", "text.en"));
    // Displayed in both languages, with the location.
    let shown = errors
        .iter()
        .find(|e| e.field == "stakeholders")
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        shown.contains("ma_carte.json › scenario-casse › stakeholders"),
        "{shown}"
    );
    assert!(
        shown.contains("référence inconnue") && shown.contains("unknown reference"),
        "{shown}"
    );
}

#[test]
fn syntax_errors_duplicates_and_unknown_fields_are_located() {
    let errors = errors_of(&[("cassé.json", "{\"methods\": [ {\"id\": ")]);
    assert!(
        errors.iter().any(|e| e.file == "cassé.json"
            && e.message.fr.starts_with("ligne 1, colonne 21")
            && e.message.fr.contains("erreur de syntaxe")
            && e.message
                .en
                .starts_with("line 1, column 21: JSON syntax error")),
        "{errors:?}"
    );

    let errors = errors_of(&[("typo.json", r#"{"method": []}"#)]);
    assert!(errors.iter().any(|e| e.file == "typo.json"), "{errors:?}");

    // A pack repeating a built-in id.
    let dup = r#"{"stakeholders": [{"id": "seniors", "kind": "usager", "source": "001",
        "name": {"fr": "a", "en": "b"}, "text": {"fr": "a", "en": "b"}, "needs": [{"fr": "a", "en": "b"}]}]}"#;
    let errors = errors_of(&[("doublon.json", dup)]);
    assert!(has(&errors, "doublon.json", "seniors", "id"), "{errors:?}");
}

#[test]
fn a_pack_file_with_a_built_in_name_replaces_it_and_valid_packs_load() {
    let extra = r#"{"stakeholders": [{"id": "bibliothecaires", "kind": "agent", "source": "004 : la médiation numérique dans les bibliothèques",
        "name": {"fr": "Bibliothécaires", "en": "Librarians"}, "text": {"fr": "Agent·es des bibliothèques.", "en": "Library staff."},
        "needs": [{"fr": "Du temps pour accompagner.", "en": "Time to help people."}]}]}"#;
    let c = Content::with_pack(&[("bibliotheques.json", extra)]).expect("valid pack");
    assert!(c.stakeholders.iter().any(|s| s.id == "bibliothecaires"));
    // Replacing texts.json with an empty file removes required texts.
    let errors = errors_of(&[("texts.json", "{}")]);
    assert!(
        errors.iter().any(|e| e.id == "error.game_over"),
        "{errors:?}"
    );
    assert_eq!(BUILTIN_FILES.len(), 9);
}

/// The pages read checked content in one pass (`json_error::read_quick`),
/// the trainer page with JSON paths: both readers give the same content.
#[test]
fn the_quick_and_the_located_readers_give_the_same_content() {
    assert_eq!(Content::builtin(), Content::builtin_located());
    assert_eq!(
        labo::domain::quiz::QuizContent::builtin(),
        labo::domain::quiz::QuizContent::builtin_located()
    );
    // A pack mistake read quickly keeps its line and column.
    let bad = r#"{"methods": [{"id": "x", "cost": {"energie": 1}}]}"#;
    let errors = Content::with_checked_pack(&[("x.json", bad)]).expect_err("refused");
    assert!(
        errors.iter().any(|e| e.to_string().contains("ligne 1")),
        "{errors:?}"
    );
}
