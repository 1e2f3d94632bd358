//! The app's screens as hash routes (`#/quiz`, `#/jeu`…). Hash URLs work on
//! any static host and from file://, and the back button moves between them.
//!
//! The app is split into pages (`index.html`, `quiz.html`, `jeu.html`,
//! `bilan.html`, `formateur.html`, `equipes.html`, `materiel.html`,
//! `donnees.html`), each its own small WebAssembly module, so that a first
//! visit downloads only the home page's code and the game table does not
//! download its debrief. A route belongs to one page; its `href` leads
//! there from anywhere.

/// An HTML page of the app, with its own WebAssembly module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Quiz,
    Game,
    /// A game's debrief, apart from the table so that the table loads fast.
    Debrief,
    /// The trainer space: the session, its running order, the projector,
    /// the quiz's reliability from agents' anonymous answers.
    Trainer,
    /// The trainer's collection of results: team map and tables compared.
    TrainerResults,
    /// The trainer's material: print-and-play, content packs and their
    /// guide.
    TrainerKit,
    Data,
}

impl Page {
    /// The page's file, relative to the app's folder.
    pub fn file(self) -> &'static str {
        match self {
            Page::Home => "./",
            Page::Quiz => "quiz.html",
            Page::Game => "jeu.html",
            Page::Debrief => "bilan.html",
            Page::Trainer => "formateur.html",
            Page::TrainerResults => "equipes.html",
            Page::TrainerKit => "materiel.html",
            Page::Data => "donnees.html",
        }
    }

    /// The screen this page shows when its address carries no screen
    /// (`jeu.html` typed or bookmarked without `#/jeu`).
    pub fn default_route(self) -> Route {
        match self {
            Page::Home => Route::Home,
            Page::Quiz => Route::Quiz,
            Page::Game => Route::Game,
            Page::Debrief => Route::Debrief,
            Page::Trainer => Route::Trainer(TrainerView::Overview),
            Page::TrainerResults => Route::TeamMap { code: None },
            Page::TrainerKit => Route::Trainer(TrainerView::Print),
            Page::Data => Route::Data,
        }
    }
}

/// A screen of the trainer space, `#/formateur?vue=…` (the team map has
/// its own route, [`Route::TeamMap`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainerView {
    Overview,
    Session,
    RunningOrder,
    Projector,
    Tables,
    Print,
    Packs,
    /// The content format guide.
    Guide,
    Reliability,
}

impl TrainerView {
    /// Every screen, for tests.
    pub const ALL: [TrainerView; 9] = [
        TrainerView::Overview,
        TrainerView::Session,
        TrainerView::RunningOrder,
        TrainerView::Projector,
        TrainerView::Tables,
        TrainerView::Print,
        TrainerView::Packs,
        TrainerView::Guide,
        TrainerView::Reliability,
    ];

    /// The value of `vue` in the address (none for the overview).
    pub fn id(self) -> Option<&'static str> {
        Some(match self {
            TrainerView::Overview => return None,
            TrainerView::Session => "session",
            TrainerView::RunningOrder => "deroule",
            TrainerView::Projector => "projecteur",
            TrainerView::Tables => "tables",
            TrainerView::Print => "imprimer",
            TrainerView::Packs => "contenus",
            TrainerView::Guide => "format",
            TrainerView::Reliability => "fiabilite",
        })
    }

    fn from_id(id: Option<&str>) -> TrainerView {
        TrainerView::ALL
            .into_iter()
            .find(|v| v.id().is_some() && v.id() == id)
            .unwrap_or(TrainerView::Overview)
    }

    /// The page that shows it: running the session (and checking the
    /// quiz), collecting results, or preparing the material.
    pub fn page(self) -> Page {
        match self {
            TrainerView::Overview
            | TrainerView::Session
            | TrainerView::RunningOrder
            | TrainerView::Projector
            | TrainerView::Reliability => Page::Trainer,
            TrainerView::Tables => Page::TrainerResults,
            TrainerView::Print | TrainerView::Packs | TrainerView::Guide => Page::TrainerKit,
        }
    }
}

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Quiz,
    QuizResult,
    QuizHistory,
    Game,
    /// The debrief of a game (`?partie=ID`).
    Debrief,
    /// The end of a game just finished, before its debrief (`?partie=ID`).
    GameEnd,
    Trainer(TrainerView),
    /// The trainer's team map, optionally with a result code to add.
    TeamMap {
        code: Option<String>,
    },
    Data,
    Accessibility,
    NotFound(String),
}

impl Route {
    /// Every named screen, for menus and tests.
    pub const MAIN: [Route; 10] = [
        Route::Home,
        Route::Quiz,
        Route::QuizResult,
        Route::QuizHistory,
        Route::Game,
        Route::Debrief,
        Route::GameEnd,
        Route::Trainer(TrainerView::Overview),
        Route::Data,
        Route::Accessibility,
    ];

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let path = path.trim_matches('/');
        match path {
            "" => Route::Home,
            "quiz" => Route::Quiz,
            "quiz/resultat" => Route::QuizResult,
            "quiz/historique" => Route::QuizHistory,
            "formateur/equipe" => Route::TeamMap {
                code: query_param(query, "code"),
            },
            "jeu" => Route::Game,
            "jeu/bilan" => Route::Debrief,
            "jeu/fin" => Route::GameEnd,
            "formateur" => {
                Route::Trainer(TrainerView::from_id(query_value(query, "vue").as_deref()))
            }
            "donnees" => Route::Data,
            "accessibilite" => Route::Accessibility,
            other => Route::NotFound(other.to_owned()),
        }
    }

    /// Parses the hash of an address of `page`: no screen means the page's
    /// own screen, so that a bare `jeu.html` opens the game, not the home page.
    pub fn parse_on(page: Page, hash: &str) -> Route {
        match Route::parse(hash) {
            Route::Home => page.default_route(),
            other => other,
        }
    }

    /// The page that shows this screen.
    pub fn page(&self) -> Page {
        match self {
            Route::Quiz | Route::QuizResult | Route::QuizHistory => Page::Quiz,
            Route::Game => Page::Game,
            Route::Debrief | Route::GameEnd => Page::Debrief,
            Route::Trainer(v) => v.page(),
            Route::TeamMap { .. } => Page::TrainerResults,
            Route::Data => Page::Data,
            Route::Home | Route::Accessibility | Route::NotFound(_) => Page::Home,
        }
    }

    /// A relative link to this screen, from any page of the app. In the
    /// single-file build every screen lives in the one page.
    pub fn href(&self) -> String {
        if cfg!(feature = "single") {
            return self.hash();
        }
        format!("{}{}", self.page().file(), self.hash())
    }

    /// The hash part alone (`#/quiz`).
    pub fn hash(&self) -> String {
        let path = match self {
            Route::Home => "",
            Route::Quiz => "quiz",
            Route::QuizResult => "quiz/resultat",
            Route::QuizHistory => "quiz/historique",
            Route::TeamMap { code: Some(code) } => {
                return format!("#/formateur/equipe?code={code}");
            }
            Route::TeamMap { code: None } => "formateur/equipe",
            Route::Game => "jeu",
            Route::Debrief => "jeu/bilan",
            Route::GameEnd => "jeu/fin",
            Route::Trainer(v) => {
                return match v.id() {
                    Some(id) => format!("#/formateur?vue={id}"),
                    None => "#/formateur".to_owned(),
                };
            }
            Route::Data => "donnees",
            Route::Accessibility => "accessibilite",
            Route::NotFound(p) => p.as_str(),
        };
        format!("#/{path}")
    }
}

/// The value of `name` in a `a=1&b=2` query, if present, not empty, and
/// made of letters, digits and dashes (a code). No length limit: the team
/// map tells the person when a pasted link carries far too long a code.
fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty() && is_code(v))
}

fn is_code(v: &str) -> bool {
    v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A short code parameter (game id, seed code, difficulty).
fn code_param(query: &str, name: &str) -> Option<String> {
    query_value(query, name).filter(|v| is_code(v))
}

/// Longest value an address parameter may carry: ids and codes are short,
/// and a crafted address must not make the page work on megabytes.
pub const MAX_PARAM_CHARS: usize = 200;

/// The decoded value of `name` in a `a=1&b=2` query (the part after `?`),
/// if present, not empty and at most [`MAX_PARAM_CHARS`] long. Every
/// address of the app reads its parameters through this one function.
pub fn query_value(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .filter(|(_, v)| v.len() <= 3 * MAX_PARAM_CHARS)
        .and_then(|(_, v)| decode(v))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.chars().count() <= MAX_PARAM_CHARS)
}

/// The query part of an address or hash (after the first `?`), or "".
pub fn query_of(address: &str) -> &str {
    address.split_once('?').map_or("", |(_, q)| q)
}

/// Percent-encodes a parameter value: letters, digits and `-._~` stay as
/// they are, every other byte of its UTF-8 becomes `%XX`, so that any id
/// (a pack's `mairie_2`, `é`, `&`) survives the round trip.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space); `None` when an escape is
/// malformed or the bytes are not UTF-8.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The parameters of the game page's address, `#/jeu?…`: a saved game to
/// reopen (`partie`), or a deal to preset (`scenario`, `difficulte`,
/// `graine`, as a trainer's session link writes them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GameQuery {
    pub partie: Option<String>,
    pub scenario: Option<String>,
    pub difficulte: Option<String>,
    pub graine: Option<String>,
}

impl GameQuery {
    /// Reads the parameters of a game address (hash or whole link).
    pub fn parse(address: &str) -> GameQuery {
        let q = query_of(address);
        GameQuery {
            partie: code_param(q, "partie"),
            scenario: query_value(q, "scenario"),
            difficulte: code_param(q, "difficulte"),
            graine: code_param(q, "graine"),
        }
    }

    /// The game page's hash with these parameters, values encoded.
    pub fn hash(&self) -> String {
        self.hash_for(&Route::Game)
    }

    /// The hash of a game screen (`#/jeu`, `#/jeu/fin`, `#/jeu/bilan`)
    /// with these parameters, values encoded.
    pub fn hash_for(&self, route: &Route) -> String {
        let params: Vec<String> = [
            ("partie", &self.partie),
            ("scenario", &self.scenario),
            ("difficulte", &self.difficulte),
            ("graine", &self.graine),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| format!("{k}={}", encode(v))))
        .collect();
        let path = route.hash();
        if params.is_empty() {
            path
        } else {
            format!("{path}?{}", params.join("&"))
        }
    }

    /// A link to the game page with these parameters, from any page.
    pub fn href(&self) -> String {
        self.href_for(&Route::Game)
    }

    /// A link to a game screen with these parameters, from any page.
    pub fn href_for(&self, route: &Route) -> String {
        if cfg!(feature = "single") {
            return self.hash_for(route);
        }
        format!("{}{}", route.page().file(), self.hash_for(route))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_hash() {
        for r in Route::MAIN {
            assert_eq!(Route::parse(&r.hash()), r);
            assert!(r.href().ends_with(&r.hash()));
        }
    }

    #[test]
    fn each_route_links_to_its_page() {
        assert_eq!(Route::Home.href(), "./#/");
        assert_eq!(Route::Data.href(), "donnees.html#/donnees");
        assert_eq!(Route::Accessibility.href(), "./#/accessibilite");
        assert_eq!(Route::QuizHistory.href(), "quiz.html#/quiz/historique");
        assert_eq!(Route::Game.href(), "jeu.html#/jeu");
        assert_eq!(Route::Debrief.href(), "bilan.html#/jeu/bilan");
        assert_eq!(
            Route::TeamMap {
                code: Some("AB".into())
            }
            .href(),
            "equipes.html#/formateur/equipe?code=AB"
        );
        assert_eq!(
            Route::Trainer(TrainerView::Packs).href(),
            "materiel.html#/formateur?vue=contenus"
        );
        assert_eq!(
            Route::Trainer(TrainerView::Overview).href(),
            "formateur.html#/formateur"
        );
    }

    #[test]
    fn every_trainer_screen_has_an_address_on_its_page() {
        for v in TrainerView::ALL {
            let r = Route::Trainer(v);
            assert_eq!(Route::parse(&r.hash()), r);
            assert_eq!(r.page(), v.page());
            assert!(r.href().starts_with(v.page().file()));
        }
        // An old address of the material on the trainer page finds its page.
        let old = Route::parse_on(Page::Trainer, "#/formateur?vue=imprimer");
        assert_eq!(old.page(), Page::TrainerKit);
        assert_eq!(
            Route::parse("#/formateur?vue=inconnue"),
            Route::Trainer(TrainerView::Overview)
        );
    }

    #[test]
    fn a_page_without_a_screen_shows_its_own() {
        for page in [
            Page::Home,
            Page::Quiz,
            Page::Game,
            Page::Debrief,
            Page::Trainer,
            Page::TrainerResults,
            Page::TrainerKit,
            Page::Data,
        ] {
            let own = page.default_route();
            assert_eq!(own.page(), page);
            assert_eq!(Route::parse_on(page, ""), own);
            assert_eq!(Route::parse_on(page, "#/"), own);
        }
        // A screen of another page is kept, so that the app can go there.
        assert_eq!(Route::parse_on(Page::Game, "#/quiz"), Route::Quiz);
    }

    #[test]
    fn a_debrief_link_carries_its_game() {
        let q = GameQuery {
            partie: Some("g-12".into()),
            ..GameQuery::default()
        };
        assert_eq!(
            q.href_for(&Route::Debrief),
            "bilan.html#/jeu/bilan?partie=g-12"
        );
        assert_eq!(q.href(), "jeu.html#/jeu?partie=g-12");
        let back = "bilan.html#/jeu/bilan?partie=g-12";
        assert_eq!(Route::parse("#/jeu/bilan?partie=g-12"), Route::Debrief);
        assert_eq!(GameQuery::parse(back), q);
        assert_eq!(
            GameQuery::default().hash_for(&Route::Debrief),
            "#/jeu/bilan"
        );
        assert_eq!(
            q.href_for(&Route::GameEnd),
            "bilan.html#/jeu/fin?partie=g-12"
        );
        assert_eq!(Route::parse("#/jeu/fin?partie=g-12").page(), Page::Debrief);
    }

    #[test]
    fn odd_ids_survive_a_game_link() {
        for id in [
            "mairie_2",
            "été 2026",
            "a&b=c",
            "x%41",
            "slash/ou?point.",
            "ville+port",
        ] {
            let q = GameQuery {
                scenario: Some(id.into()),
                difficulte: Some("hard".into()),
                graine: Some("ABC123".into()),
                ..GameQuery::default()
            };
            assert_eq!(GameQuery::parse(&q.href()), q, "{id}");
        }
        assert_eq!(GameQuery::parse("#/jeu").hash(), "#/jeu");
        let reopen = GameQuery {
            partie: Some("19a-7f".into()),
            ..GameQuery::default()
        };
        assert_eq!(reopen.hash(), "#/jeu?partie=19a-7f");
    }

    #[test]
    fn malformed_or_oversized_values_are_dropped() {
        assert_eq!(query_value("a=%E9", "a"), None, "not UTF-8");
        assert_eq!(query_value("a=%4", "a"), None, "cut escape");
        assert_eq!(query_value("a=%zz", "a"), None);
        assert_eq!(query_value(&format!("a={}", "x".repeat(201)), "a"), None);
        assert_eq!(query_value("a=%C3%A9", "a").as_deref(), Some("é"));
        // Codes stay letters, digits and dashes.
        assert_eq!(GameQuery::parse("#/jeu?graine=AB%20C").graine, None);
        assert_eq!(GameQuery::parse("#/jeu?partie=<b>").partie, None);
    }

    #[test]
    fn tolerates_empty_slashes_and_queries() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/quiz/"), Route::Quiz);
        assert_eq!(Route::parse("#/jeu?seed=AB12"), Route::Game);
        assert_eq!(
            Route::parse("#/nulle-part"),
            Route::NotFound("nulle-part".into())
        );
    }
}
