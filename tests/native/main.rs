//! Every native integration test in one binary: each test binary links the
//! whole crate, so twenty of them spent most of `cargo test` linking. A file
//! here is a module; the browser tests (`tests/web_*.rs`) stay apart since
//! they build for wasm32. Run one file's tests with
//! `cargo test --test native game_golden::`.
#![cfg(not(target_arch = "wasm32"))]

mod csv_exports;
mod game_balance;
mod game_content;
mod game_golden;
mod game_observations;
mod game_props;
mod game_roles;
mod game_rules;
mod game_rules_version;
mod game_summary;
mod i18n_complete;
mod json_error;
mod module_graph;
mod quiz_code;
mod quiz_content;
mod quiz_reading;
mod quiz_scoring;
mod quiz_session;
mod storage_backup;
mod storage_envelope;
mod trainer_csv;
mod trainer_lesson_sheet;
mod trainer_pack;
mod trainer_pack_template;
mod trainer_running_order;
mod trainer_scan;
mod trainer_summaries;
mod trainer_team;
mod writing;

/// A test file added next to the others would build as a binary of its own
/// (or, under `tests/native/`, not at all): say where it belongs.
#[test]
fn every_native_test_file_is_in_this_binary() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let names = |dir: &std::path::Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter_map(|n| n.strip_suffix(".rs").map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let stray: Vec<String> = names(&root)
        .into_iter()
        .filter(|n| !n.starts_with("web_"))
        .collect();
    assert!(
        stray.is_empty(),
        "native test files belong in tests/native/ with a `mod` line in tests/native/main.rs: {stray:?}"
    );
    let listed = include_str!("main.rs");
    let missing: Vec<String> = names(&root.join("native"))
        .into_iter()
        .filter(|n| n != "main" && !listed.contains(&format!("\nmod {n};")))
        .collect();
    assert!(
        missing.is_empty(),
        "add `mod NAME;` to tests/native/main.rs for: {missing:?}"
    );
}
