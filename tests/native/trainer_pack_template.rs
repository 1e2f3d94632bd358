//! The template pack a trainer downloads and the format guide they read:
//! the template goes through the real pack loader, in each language, and
//! brings what its preview says; a mistake made in it is told at its line
//! in the downloaded file; the guide is complete in both languages.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::lang::Lang;
use labo::domain::trainer::guide::{Block, Guide, Template, Values};
use labo::domain::trainer::pack::{PackError, build, unpack};
use labo::domain::trainer::preview::brought;

fn template() -> Template {
    Template::builtin().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_template_is_a_valid_pack_in_both_languages() {
    let t = template();
    for lang in [Lang::Fr, Lang::En] {
        let file = Template::download_name(lang).to_owned();
        let (name, files, errors) = unpack(&[(file, t.bundle(lang))]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(name.as_deref(), Some(t.name.get(lang)));
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, t.file.get(lang));
        let (game, _) = build(&files).unwrap_or_else(|e| {
            panic!(
                "{:#?}",
                e.iter().map(|x| x.describe(lang)).collect::<Vec<_>>()
            )
        });
        // What the preview shows is there, drawn from the built content.
        let b = brought(&files);
        assert!(!b.methods.is_empty() && !b.stakeholders.is_empty());
        assert!(!b.events.is_empty() && b.scenarios.len() == 1);
        for id in &b.methods {
            assert!(game.method_index(id).is_some(), "{id}");
        }
        for id in &b.scenarios {
            assert!(game.scenario_index(id).is_some(), "{id}");
        }
        for id in b.stakeholders.iter().chain(&b.events) {
            assert!(
                game.stakeholders.iter().any(|s| &s.id == id)
                    || game.events.iter().any(|e| &e.id == id),
                "{id}"
            );
        }
    }
    assert_ne!(
        Template::download_name(Lang::Fr),
        Template::download_name(Lang::En)
    );
    assert_ne!(t.name.fr, t.name.en);
}

/// Loads `text` as the file `name`: what unpacking it reported, then why
/// the pack is refused, in `lang`.
fn refusals(name: &str, text: String, lang: Lang) -> (Vec<PackError>, Vec<String>) {
    let (_, files, unpacked) = unpack(&[(name.to_owned(), text)]);
    let said = build(&files)
        .expect_err("refused")
        .iter()
        .map(|e| e.describe(lang))
        .collect();
    (unpacked, said)
}

#[test]
fn a_mistake_in_the_downloaded_template_is_told_at_its_line() {
    let text = template().bundle(Lang::Fr);
    // The first cost of the first method, written in words by the trainer.
    let cost = text.find("\"cost\"").expect("a method");
    let at = cost + text[cost..].find(": 1").expect("a cost of 1");
    let line = text[..at].matches('\n').count() + 1;
    let broken = format!("{}: \"un\"{}", &text[..at], &text[at + 3..]);
    let (unpacked, said) = refusals("modele-paquet-labo.json", broken, Lang::Fr);
    assert!(unpacked.is_empty());
    assert!(
        said.iter()
            .any(|s| s.contains(&format!("ligne {line},")) && s.contains(".cost.")),
        "line {line} not in {said:#?}"
    );
    // A syntax error too: a comma removed at the end of a line.
    let text = template().bundle(Lang::En);
    let at = text.find(",\n").expect("a comma");
    let line = text[..at].matches('\n').count() + 1;
    let broken = format!("{}{}", &text[..at], &text[at + 1..]);
    let (_, said) = refusals("labo-pack-template.json", broken, Lang::En);
    // The bundle itself no longer parses: the error is on the file loaded.
    assert!(
        said.iter()
            .any(|s| s.contains("syntax") && s.contains(&format!("line {}", line + 1))),
        "{said:#?}"
    );
}

#[test]
fn the_guide_is_complete_and_lists_every_kind_of_value() {
    let guide = Guide::builtin().unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(guide.sections.len() >= 6);
    let asked: Vec<Values> = guide
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Values(v) => Some(*v),
            _ => None,
        })
        .collect();
    for v in [
        Values::Phases,
        Values::Stats,
        Values::Tags,
        Values::Kinds,
        Values::Events,
    ] {
        assert!(asked.contains(&v), "{v:?}");
    }
    // The guide names the template's file as the template names it.
    let t = template();
    let all: String = guide
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::P(x) => Some(format!("{} {}", x.fr, x.en)),
            Block::List(l) => Some(
                l.iter()
                    .map(|x| format!("{} {}", x.fr, x.en))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => None,
        })
        .collect();
    assert!(all.contains(&t.file.fr) && all.contains(&t.file.en));
}
