//! CSV for French spreadsheets: BOM, `;`, quotes, newlines and accents.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::trainer::csv::{Csv, field, parse};

#[test]
fn fields_are_quoted_and_quotes_doubled() {
    assert_eq!(field("simple"), "\"simple\"");
    assert_eq!(field("a;b"), "\"a;b\"");
    assert_eq!(field("dit \"oui\""), "\"dit \"\"oui\"\"\"");
    assert_eq!(field("ligne 1\nligne 2"), "\"ligne 1\nligne 2\"");
    assert_eq!(field("élu·es à l'écoute"), "\"élu·es à l'écoute\"");
    // Formulas are defused, numbers are not.
    assert_eq!(field("=SOMME(A1)"), "\"'=SOMME(A1)\"");
    assert_eq!(field("-12"), "\"-12\"");
    assert_eq!(field("-x"), "\"'-x\"");
}

#[test]
fn a_document_round_trips() {
    let rows = vec![
        vec!["Dimension", "Moyenne", "Remarque"],
        vec!["Curiosité", "62", "« très » ; curieux"],
        vec!["Récit & facilitation", "48", "deux\r\nlignes \"citées\""],
        vec!["", "0", ""],
    ];
    let mut csv = Csv::new();
    for r in &rows {
        csv.row(r);
    }
    let text = csv.finish();
    assert!(text.starts_with('\u{feff}'), "BOM for Excel");
    assert!(text.ends_with("\r\n"));
    assert!(text.contains("\"Curiosité\";\"62\""));
    let back = parse(&text);
    assert_eq!(back, rows);
}
