//! The lesson sheet's job (run in a worker by the trainer page): the same
//! figures as the lesson matrix, in whole percent, for the built-in content
//! and for a pack; a pack that does not build gives none.

use labo::domain::game::Content;
use labo::domain::game::lessons::matrix;
use labo::domain::trainer::lesson_sheet::{Request, run};

#[test]
fn the_sheet_gives_the_matrix_figures_rounded() {
    let content = Content::builtin().expect("built-in content");
    let rows = matrix(&content, 20);
    let figures = run(&Request {
        pack: None,
        games: 20,
    })
    .expect("figures");
    assert_eq!(figures.len(), content.lessons.len());
    for (row, (user, other)) in rows.iter().zip(&figures) {
        let (u, o) = row.figures();
        assert_eq!((*user, *other), (u.round() as u32, o.round() as u32));
    }
}

#[test]
fn a_pack_that_does_not_build_gives_no_figures() {
    let req = Request {
        pack: Some(vec![("cards.json".into(), "{ not json".into())]),
        games: 5,
    };
    assert_eq!(run(&req), None);
}
