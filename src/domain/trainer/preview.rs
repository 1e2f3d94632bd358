//! What a content pack brings, for its preview before it is used: the
//! records its game files hold (added to the built-in content or replacing
//! a built-in file), by kind and in file order. The preview then draws
//! them from the content the pack builds, as the game and the print show
//! them.

use serde_json::Value;

/// The ids a pack's files declare, per kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Brought {
    pub methods: Vec<String>,
    pub stakeholders: Vec<String>,
    pub events: Vec<String>,
    pub scenarios: Vec<String>,
    /// Quiz questions the pack gives (a replaced `items.json`).
    pub items: usize,
}

impl Brought {
    /// Nothing the game or the quiz shows as a card.
    pub fn is_empty(&self) -> bool {
        self.methods.is_empty()
            && self.stakeholders.is_empty()
            && self.events.is_empty()
            && self.scenarios.is_empty()
            && self.items == 0
    }
}

/// The records of a pack's files (as unpacked: file name, text). A file
/// that is not a JSON object brings nothing (the loader reports it).
pub fn brought(files: &[(String, String)]) -> Brought {
    let mut out = Brought::default();
    for (_, text) in files {
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        for (section, list) in [
            ("methods", &mut out.methods),
            ("stakeholders", &mut out.stakeholders),
            ("events", &mut out.events),
            ("scenarios", &mut out.scenarios),
        ] {
            let ids = map
                .get(section)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|r| r.get("id").and_then(Value::as_str))
                .map(str::to_owned);
            list.extend(ids);
        }
        out.items += map
            .get("items")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_brings_the_records_of_its_files() {
        let files = vec![
            (
                "a.json".to_owned(),
                r#"{"methods": [{"id": "m1"}, {"id": "m2"}], "events": [{"id": "e1"}]}"#.to_owned(),
            ),
            (
                "b.json".to_owned(),
                r#"{"stakeholders": [{"id": "s1"}], "scenarios": [{"id": "sc"}]}"#.to_owned(),
            ),
            (
                "items.json".to_owned(),
                r#"{"items": [{}, {}, {}]}"#.to_owned(),
            ),
            ("broken.json".to_owned(), "{".to_owned()),
        ];
        let b = brought(&files);
        assert_eq!(b.methods, ["m1", "m2"]);
        assert_eq!(b.events, ["e1"]);
        assert_eq!(b.stakeholders, ["s1"]);
        assert_eq!(b.scenarios, ["sc"]);
        assert_eq!(b.items, 3);
        assert!(!b.is_empty());
        assert!(brought(&[]).is_empty());
    }
}
