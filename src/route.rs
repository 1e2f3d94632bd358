//! The app's screens as hash routes (`#/quiz`, `#/jeu`…). Hash URLs work on
//! any static host and from file://, and the back button moves between them.

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Quiz,
    Game,
    Trainer,
    Data,
    Accessibility,
    NotFound(String),
}

impl Route {
    /// Every named screen, for menus and tests.
    pub const MAIN: [Route; 6] = [
        Route::Home,
        Route::Quiz,
        Route::Game,
        Route::Trainer,
        Route::Data,
        Route::Accessibility,
    ];

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or("");
        let path = path.trim_matches('/');
        match path {
            "" => Route::Home,
            "quiz" => Route::Quiz,
            "jeu" => Route::Game,
            "formateur" => Route::Trainer,
            "donnees" => Route::Data,
            "accessibilite" => Route::Accessibility,
            other => Route::NotFound(other.to_owned()),
        }
    }

    /// The hash that leads to this screen.
    pub fn href(&self) -> String {
        let path = match self {
            Route::Home => "",
            Route::Quiz => "quiz",
            Route::Game => "jeu",
            Route::Trainer => "formateur",
            Route::Data => "donnees",
            Route::Accessibility => "accessibilite",
            Route::NotFound(p) => p.as_str(),
        };
        format!("#/{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_href() {
        for r in Route::MAIN {
            assert_eq!(Route::parse(&r.href()), r);
        }
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
