//! The content in use on this page: the active custom pack
//! (`Settings.active_pack`) merged over the built-in content, or the
//! built-in content alone. Read once per page, on first use. If the stored
//! pack no longer validates (removed, or written for an older Labo), the
//! built-in content is used and [`pack_in_use`] says so, for a notice.
//!
//! The quiz and game screens call [`quiz_content`] / [`game_content`]
//! instead of `QuizContent::builtin()` / `Content::builtin()`.

use std::sync::OnceLock;

use crate::domain::game::{self, Content};
use crate::domain::quiz::{self, QuizContent};
use crate::domain::trainer::pack;
use crate::storage::records::{ContentPack, pack_key};
use crate::storage::{local, settings};

/// Which content this page uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackInUse {
    /// The built-in content.
    Builtin,
    /// A custom pack (its name).
    Pack(String),
    /// The active pack (its name, or id if it is gone) was refused: the
    /// built-in content is used instead.
    Refused(String),
}

struct Loaded {
    game: Result<Content, Vec<game::ContentError>>,
    quiz: Result<QuizContent, Vec<quiz::ContentError>>,
    in_use: PackInUse,
}

fn load() -> Loaded {
    let builtin = |in_use| Loaded {
        game: Content::builtin(),
        quiz: QuizContent::builtin(),
        in_use,
    };
    let Some(id) = settings::load().active_pack else {
        return builtin(PackInUse::Builtin);
    };
    let Some(p) = local::load::<ContentPack>(&pack_key(&id)) else {
        return builtin(PackInUse::Refused(id));
    };
    match pack::build(&p.files) {
        Ok((game, quiz)) => Loaded {
            game: Ok(game),
            quiz: Ok(quiz),
            in_use: PackInUse::Pack(p.name),
        },
        Err(_) => builtin(PackInUse::Refused(p.name)),
    }
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(load)
}

/// The game content in use (errors only if the built-in files are broken,
/// which the tests rule out).
pub fn game_content() -> Result<&'static Content, &'static [game::ContentError]> {
    loaded().game.as_ref().map_err(Vec::as_slice)
}

/// The quiz content in use (same rule as [`game_content`]).
pub fn quiz_content() -> Result<&'static QuizContent, &'static [quiz::ContentError]> {
    loaded().quiz.as_ref().map_err(Vec::as_slice)
}

/// Whether a custom pack is in use, or was refused.
pub fn pack_in_use() -> &'static PackInUse {
    &loaded().in_use
}
