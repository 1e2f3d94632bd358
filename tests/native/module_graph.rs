//! The domain's module graphs stay acyclic: a module that names another
//! (`super::x` or `crate::domain::<area>::x`, outside comments) depends on
//! it, and no chain of such names comes back to where it started. Cycles
//! are where a change in one file quietly needs a change in another.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each module of `src/domain/<area>/` and the sibling modules it names.
fn graph(area: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/domain")
        .join(area);
    let mut modules = BTreeMap::new();
    let mut names = BTreeSet::new();
    let mut sources = Vec::new();
    for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".rs")
            && name != "mod"
        {
            names.insert(name.to_owned());
            sources.push((
                name.to_owned(),
                fs::read_to_string(entry.path()).unwrap_or_default(),
            ));
        }
    }
    let prefixes = ["super::".to_owned(), format!("crate::domain::{area}::")];
    for (name, source) in sources {
        let mut uses = BTreeSet::new();
        for line in source.lines() {
            let code = line.split("//").next().unwrap_or("");
            for prefix in &prefixes {
                for (at, _) in code.match_indices(prefix.as_str()) {
                    let rest = &code[at + prefix.len()..];
                    // `super::{a::X, b}` names a and b.
                    let heads: Vec<&str> = match rest.strip_prefix('{') {
                        Some(group) => group
                            .split('}')
                            .next()
                            .unwrap_or("")
                            .split(',')
                            .map(str::trim)
                            .collect(),
                        None => vec![rest],
                    };
                    for head in heads {
                        let word: String = head
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if names.contains(&word) && word != name {
                            uses.insert(word);
                        }
                    }
                }
            }
        }
        modules.insert(name, uses);
    }
    modules
}

/// One cycle of the graph, if there is any (depth-first search).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_quiz_modules_form_no_cycle() {
    let g = graph("quiz");
    assert!(g.len() >= 10, "quiz modules found: {:?}", g.keys());
    assert_eq!(cycle(&g), None, "import cycle in src/domain/quiz");
}

#[test]
fn the_checker_finds_a_cycle_when_there_is_one() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.insert("a".into(), ["b".to_owned()].into());
    g.insert("b".into(), ["c".to_owned()].into());
    g.insert("c".into(), ["a".to_owned()].into());
    assert_eq!(
        cycle(&g),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    g.insert("c".into(), BTreeSet::new());
    assert_eq!(cycle(&g), None);
}

#[test]
fn the_game_modules_form_no_cycle() {
    let g = graph("game");
    assert!(g.len() >= 15, "game modules found: {:?}", g.keys());
    assert_eq!(cycle(&g), None, "import cycle in src/domain/game");
}
