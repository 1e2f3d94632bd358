//! The content in use on this page: the active custom pack
//! (`Settings.active_pack`) merged over the built-in content, or the
//! built-in content alone. Each part is read once per page, on first use. If the stored
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

/// The active pack, read and built once per page: `T` is what the page
/// needs of it (the game page builds only the game part, see
/// [`pack::build_game`]).
struct ActivePack<T> {
    built: Option<T>,
    /// The pack's files, for work done elsewhere (the lesson sheet's worker).
    files: Option<Vec<(String, String)>>,
    in_use: PackInUse,
}

/// Builds a pack's files into what a page needs of it.
type Build<T> = fn(&[(String, String)]) -> Result<T, Vec<pack::PackError>>;

type ReadGame = fn() -> Result<Content, Vec<game::ContentError>>;
type ReadQuiz = fn() -> Result<QuizContent, Vec<quiz::ContentError>>;

/// How a page reads its content, and which content it reads at all. The
/// trainer page, which loads packs and shows their mistakes with their
/// JSON paths, reads everything with that reader; the other pages read
/// checked content in one pass. Each page's mount function picks its
/// readers, so that its WebAssembly links only what it reads, with one
/// reader per content type (a reader it does not name is never linked).
#[derive(Clone, Copy)]
pub struct Readers {
    pub game: Option<ReadGame>,
    pub quiz: Option<ReadQuiz>,
    pub pack: Option<Build<(Content, QuizContent)>>,
    pub game_pack: Option<Build<Content>>,
}

/// The game page: game content and the game part of a pack, in one pass.
pub const GAME_PAGE: Readers = Readers {
    game: Some(Content::builtin),
    quiz: None,
    pack: None,
    game_pack: Some(pack::build_game),
};

/// The quiz and data pages: quiz content and whole packs, in one pass.
pub const QUIZ_PAGE: Readers = Readers {
    game: None,
    quiz: Some(QuizContent::builtin),
    pack: Some(pack::build_checked),
    game_pack: None,
};

/// The trainer's session and results pages: game and quiz content and
/// whole packs, in one pass (packs are checked where they are loaded).
pub const TRAINER_PAGE: Readers = Readers {
    game: Some(Content::builtin),
    quiz: Some(QuizContent::builtin),
    pack: Some(pack::build_checked),
    game_pack: None,
};

/// The trainer's material page (and the single-file app): everything,
/// with JSON paths, for the packs a trainer loads there.
pub const KIT_PAGE: Readers = Readers {
    game: Some(Content::builtin_located),
    quiz: Some(QuizContent::builtin_located),
    pack: Some(pack::build),
    game_pack: Some(pack::build_game_located),
};

static READERS: OnceLock<Readers> = OnceLock::new();

/// Chooses this page's readers; called once, before any content is read.
pub fn use_readers(r: Readers) {
    let _ = READERS.set(r);
}

/// No reader chosen (a page that forgot to, or one that reads no
/// content): no content rather than a panic; the content-error notice shows.
fn readers() -> Option<&'static Readers> {
    READERS.get()
}

fn read_active<T>(build: Option<Build<T>>) -> ActivePack<T> {
    let none = |in_use| ActivePack {
        built: None,
        files: None,
        in_use,
    };
    let Some(id) = settings::load().active_pack else {
        return none(PackInUse::Builtin);
    };
    let Some(p) = local::load::<ContentPack>(&pack_key(&id)) else {
        return none(PackInUse::Refused(id));
    };
    let Some(build) = build else {
        return none(PackInUse::Refused(p.name));
    };
    match build(&p.files) {
        Ok(built) => ActivePack {
            built: Some(built),
            files: Some(p.files),
            in_use: PackInUse::Pack(p.name),
        },
        Err(_) => none(PackInUse::Refused(p.name)),
    }
}

/// Both parts of the pack, validated as a whole (quiz and trainer pages).
fn active_pack() -> &'static ActivePack<(Content, QuizContent)> {
    static PACK: OnceLock<ActivePack<(Content, QuizContent)>> = OnceLock::new();
    PACK.get_or_init(|| read_active(readers().and_then(|r| r.pack)))
}

/// The game part of the pack alone (the game page).
fn active_game_pack() -> &'static ActivePack<Content> {
    static PACK: OnceLock<ActivePack<Content>> = OnceLock::new();
    PACK.get_or_init(|| read_active(readers().and_then(|r| r.game_pack)))
}

/// The game content in use (errors only if the built-in files are broken,
/// which the tests rule out). Without a pack, only the game's own files are
/// parsed: the game page does not pay for the quiz's (neither its download:
/// only the game part of a pack is built here).
pub fn game_content() -> Result<&'static Content, &'static [game::ContentError]> {
    if let Some(game) = &active_game_pack().built {
        return Ok(game);
    }
    static BUILTIN: OnceLock<Result<Content, Vec<game::ContentError>>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| {
            readers()
                .and_then(|r| r.game)
                .map_or(Err(Vec::new()), |read| read())
        })
        .as_ref()
        .map_err(Vec::as_slice)
}

/// The quiz content in use (same rule as [`game_content`]).
pub fn quiz_content() -> Result<&'static QuizContent, &'static [quiz::ContentError]> {
    if let Some((_, quiz)) = &active_pack().built {
        return Ok(quiz);
    }
    static BUILTIN: OnceLock<Result<QuizContent, Vec<quiz::ContentError>>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| {
            readers()
                .and_then(|r| r.quiz)
                .map_or(Err(Vec::new()), |read| read())
        })
        .as_ref()
        .map_err(Vec::as_slice)
}

/// The files of the pack in use, `None` for the built-in content.
pub fn pack_files() -> Option<&'static [(String, String)]> {
    active_game_pack().files.as_deref()
}

/// Whether a custom pack is in use, or was refused.
pub fn pack_in_use() -> &'static PackInUse {
    &active_pack().in_use
}
