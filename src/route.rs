//! The app's screens as hash routes (`#/quiz`, `#/jeu`…). Hash URLs work on
//! any static host and from file://, and the back button moves between them.
//!
//! The app is split into pages (`index.html`, `quiz.html`, `jeu.html`,
//! `formateur.html`, `donnees.html`), each its own small WebAssembly module, so that a first
//! visit downloads only the home page's code. A route belongs to one page;
//! its `href` leads there from anywhere.

/// An HTML page of the app, with its own WebAssembly module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Quiz,
    Game,
    Trainer,
    Data,
}

impl Page {
    /// The page's file, relative to the app's folder.
    pub fn file(self) -> &'static str {
        match self {
            Page::Home => "./",
            Page::Quiz => "quiz.html",
            Page::Game => "jeu.html",
            Page::Trainer => "formateur.html",
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
            Page::Trainer => Route::Trainer,
            Page::Data => Route::Data,
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
    Trainer,
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
    pub const MAIN: [Route; 8] = [
        Route::Home,
        Route::Quiz,
        Route::QuizResult,
        Route::QuizHistory,
        Route::Game,
        Route::Trainer,
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
            "formateur" => Route::Trainer,
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
            Route::Trainer | Route::TeamMap { .. } => Page::Trainer,
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
            Route::Trainer => "formateur",
            Route::Data => "donnees",
            Route::Accessibility => "accessibilite",
            Route::NotFound(p) => p.as_str(),
        };
        format!("#/{path}")
    }
}

/// The value of `name` in a `a=1&b=2` query, if present and not empty.
fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
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
        assert_eq!(
            Route::TeamMap {
                code: Some("AB".into())
            }
            .href(),
            "formateur.html#/formateur/equipe?code=AB"
        );
    }

    #[test]
    fn a_page_without_a_screen_shows_its_own() {
        for page in [
            Page::Home,
            Page::Quiz,
            Page::Game,
            Page::Trainer,
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
