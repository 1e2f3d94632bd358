//! Compiled game content: every card, scenario and text, resolved to small
//! indices so that the rules never compare strings in their hot paths.
//!
//! The JSON files under `content/game/` are parsed and checked by
//! [`crate::domain::game::loader`]; this module only holds the result.

use std::collections::BTreeMap;

use serde::Serialize;

pub use crate::domain::role::Role;
use crate::domain::text::Text;

/// Number of stats (4 resources then 5 indicators), in [`Stat`] order.
pub const N_STATS: usize = 9;
/// Number of phases of the double diamond.
pub const N_PHASES: usize = 5;
/// Number of method tags the rules know about.
pub const N_TAGS: usize = 10;
/// Hard limits that keep the state compact (bitsets and fixed arrays).
pub const MAX_METHODS: usize = 64;
pub const MAX_ROUNDS: usize = 16;
pub const MAX_SCENARIO_STAKEHOLDERS: usize = 8;
pub const MAX_NEEDS: usize = 4;
pub const MAX_TEAMS: usize = 6;

/// A resource or an indicator. Resources are spent; indicators measure the
/// project. The order is the storage order of `Board::stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stat {
    Budget,
    Time,
    Support,
    Energy,
    Understanding,
    Quality,
    BuyIn,
    Participation,
    Impact,
}

impl Stat {
    pub const ALL: [Stat; N_STATS] = [
        Stat::Budget,
        Stat::Time,
        Stat::Support,
        Stat::Energy,
        Stat::Understanding,
        Stat::Quality,
        Stat::BuyIn,
        Stat::Participation,
        Stat::Impact,
    ];
    /// Stable identifier used in content files and text keys (`stat.<id>`).
    pub fn id(self) -> &'static str {
        [
            "budget",
            "time",
            "support",
            "energy",
            "understanding",
            "quality",
            "buy_in",
            "participation",
            "impact",
        ][self as usize]
    }
    pub fn from_id(id: &str) -> Option<Stat> {
        Stat::ALL.into_iter().find(|s| s.id() == id)
    }
    pub fn is_resource(self) -> bool {
        (self as usize) < 4
    }
}

/// What a method does, as far as the rules care. Tags drive the lessons:
/// users/citizens involvement, co-construction, prototypes, tests…
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tag {
    Users,
    Citizens,
    Agents,
    Cocreation,
    Prototype,
    Test,
    Political,
    Deploy,
    Evaluate,
    Culture,
}

impl Tag {
    pub const ALL: [Tag; N_TAGS] = [
        Tag::Users,
        Tag::Citizens,
        Tag::Agents,
        Tag::Cocreation,
        Tag::Prototype,
        Tag::Test,
        Tag::Political,
        Tag::Deploy,
        Tag::Evaluate,
        Tag::Culture,
    ];
    pub fn id(self) -> &'static str {
        [
            "users",
            "citizens",
            "agents",
            "cocreation",
            "prototype",
            "test",
            "political",
            "deploy",
            "evaluate",
            "culture",
        ][self as usize]
    }
    pub fn from_id(id: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.id() == id)
    }
    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// Signed amounts per stat (costs are stored positive, effects signed).
pub type Amounts = [i16; N_STATS];

/// A condition on what the team did before (events, phase entry, tiers).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Cond {
    /// The stat is at least this value.
    StatMin(Stat, i16),
    /// A method with this tag was played within the last `n` months
    /// (`n = 0`: ever).
    Tag(Tag, u8),
    /// At least `n` methods were played during this phase.
    PlayedIn(u8, u8),
    /// The project has reached at least this phase.
    PhaseAtLeast(u8),
    /// At least `n` hidden needs have been uncovered.
    Needs(u8),
    /// The evaluation was planned early: an evaluation card played before
    /// the project entered Prototyper.
    EvaluationPlanned,
    /// An evaluation was carried out after a deployment.
    Evaluated,
    /// The COPIL gate was held and retained at least `n` of its criteria.
    Copil(u8),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseDef {
    pub id: String,
    pub name: Text,
    pub text: Text,
    /// All must hold to enter this phase.
    pub entry: Vec<Cond>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatDef {
    pub stat: Stat,
    pub name: Text,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierDef {
    pub id: String,
    pub name: Text,
    pub text: Text,
    /// All must hold (after the project was deployed) to reach the tier.
    pub requires: Vec<Cond>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DifficultyDef {
    pub id: String,
    pub name: Text,
    pub text: Text,
    /// Added to the scenario's starting resources.
    pub start: Amounts,
    /// How many freins in the event deck of a 12-month game (scaled down
    /// for shorter scenarios); the rest are leviers.
    pub freins: u8,
}

/// A role's small power, applied while its team plays, at most once a
/// month for each role at the table (see `Board::powers_used`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Power {
    /// Methods with the tag (any method without one) cost `amount` less
    /// of `stat`.
    Discount {
        tag: Option<Tag>,
        stat: Stat,
        amount: i16,
    },
    /// Methods with the tag add `amount` to `stat`.
    Bonus { tag: Tag, stat: Stat, amount: i16 },
    /// Methods with the tag reveal one more hidden need.
    ExtraReveal { tag: Tag },
    /// Tests succeed more often (percentage points).
    TestLuck { points: u8 },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleDef {
    pub role: Role,
    pub name: Text,
    pub power_text: Text,
    pub power: Power,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MethodCard {
    pub id: String,
    pub name: Text,
    pub text: Text,
    pub source: String,
    /// Bitset of phases (bit = phase index) where the method is cheaper.
    pub phases: u8,
    /// Off-phase cost, positive amounts.
    pub cost: Amounts,
    pub effects: Amounts,
    /// Bitset of [`Tag`]s.
    pub tags: u16,
    /// Bitset of stakeholder kinds this method meets.
    pub meets: u8,
    /// Hidden needs revealed when played.
    pub reveal: u8,
}

impl MethodCard {
    pub fn has(&self, tag: Tag) -> bool {
        self.tags & tag.bit() != 0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stakeholder {
    pub id: String,
    /// Index into `Content::stakeholder_kinds`.
    pub kind: u8,
    pub name: Text,
    pub text: Text,
    pub source: String,
    pub needs: Vec<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Frein,
    Levier,
}

impl EventKind {
    pub const ALL: [EventKind; 2] = [EventKind::Frein, EventKind::Levier];
    /// Identifier used in content files (`kind`) and text keys (`event.<id>`).
    pub fn id(self) -> &'static str {
        match self {
            EventKind::Frein => "frein",
            EventKind::Levier => "levier",
        }
    }
    pub fn from_id(id: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventCard {
    pub id: String,
    pub kind: EventKind,
    pub name: Text,
    pub text: Text,
    pub source: String,
    pub effects: Amounts,
    /// If any holds, `alt_effects` replace `effects` (a frein softened, a
    /// levier seized).
    pub conditions: Vec<Cond>,
    pub alt_effects: Amounts,
    pub alt_text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    pub id: String,
    pub name: Text,
    pub text: Text,
    pub goal: Text,
    pub source: String,
    pub months: u8,
    pub start: Amounts,
    /// Indices into `Content::stakeholders`.
    pub stakeholders: Vec<u8>,
}

/// What a lesson's counterfactual is measured on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Share of games ending "pilot" or better.
    Pilot,
    /// Share of games ending "scaled".
    Scaled,
}

/// A lesson the game claims to teach: the rule that encodes it and the
/// simulator's counterfactual player that skips that practice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lesson {
    pub id: String,
    pub name: Text,
    /// The rule, in one sentence.
    pub rule: Text,
    /// Id of the counterfactual strategy (`sim::Strategy::id`).
    pub counterfactual: String,
    pub measure: Measure,
    pub source: String,
}

/// Numeric rules, tunable from `rules.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    pub hand_size: u8,
    /// How many of the hand's cards are drawn among the current phase's
    /// methods (the rest from the whole deck).
    pub phase_draws: u8,
    pub plays_per_turn: u8,
    /// From this play in a turn on, each card costs `overload_energy` more.
    pub overload_from: u8,
    pub overload_energy: i16,
    pub in_phase_discount: i16,
    pub support_erosion: i16,
    pub energy_recovery: i16,
    pub stat_max: i16,
    /// Quality can never exceed revealed hidden needs + this.
    pub quality_cap_base: i16,
    pub redraw_energy: i16,
    pub max_undos_per_turn: u8,
    /// Test success chance: base + per_understanding × understanding (%).
    pub test_base: i16,
    pub test_per_understanding: i16,
    /// Deployment incident chance (%) without prototype / with / with test.
    pub risk_raw: i16,
    pub risk_prototyped: i16,
    pub risk_tested: i16,
    pub incident_impact: i16,
    /// Extra impact when users / citizens were involved, and when buy-in
    /// reaches `buy_in_bonus_from`.
    pub users_impact_bonus: i16,
    pub citizens_impact_bonus: i16,
    pub participation_bonus_from: i16,
    pub buy_in_bonus_from: i16,
    /// An exploration method played once the project is in Prototyper or
    /// later costs this much more energy and reveals this many needs less.
    pub late_exploration_energy: i16,
    pub late_exploration_reveal: u8,
    /// COPIL gate on entering Déployer: each criterion met gives this much
    /// budget and support, each missing one costs `copil_missing_support`.
    pub copil_budget: i16,
    pub copil_support: i16,
    pub copil_missing_support: i16,
    /// "Transferable" criterion: this many of the scenario's stakeholders met.
    pub copil_partners: u8,
    /// Monthly support erosion is this much lower once an evaluation was
    /// carried out (results speak for the project).
    pub evaluated_erosion_relief: i16,
}

/// All game content, resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Content {
    pub phases: Vec<PhaseDef>,
    pub stats: Vec<StatDef>,
    pub tiers: Vec<TierDef>,
    pub difficulties: Vec<DifficultyDef>,
    pub roles: Vec<RoleDef>,
    pub stakeholder_kinds: Vec<String>,
    pub methods: Vec<MethodCard>,
    pub stakeholders: Vec<Stakeholder>,
    pub events: Vec<EventCard>,
    pub scenarios: Vec<Scenario>,
    /// The lessons and their proof (facilitator's sheet, `docs/lessons.md`).
    pub lessons: Vec<Lesson>,
    pub rules: Rules,
    /// Bitset of the methods tagged with each phase (derived at load).
    pub phase_cards: [u64; N_PHASES],
    /// Interface texts by stable key: `reason.*`, `error.*`, `tag.*`,
    /// `kind.*`, `ui.*`. A BTreeMap: looked up, never iterated by rules.
    pub texts: BTreeMap<String, Text>,
}

impl Content {
    pub fn scenario_index(&self, id: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| s.id == id)
    }
    pub fn method_index(&self, id: &str) -> Option<usize> {
        self.methods.iter().position(|m| m.id == id)
    }
    pub fn role(&self, r: Role) -> Option<&RoleDef> {
        self.roles.iter().find(|x| x.role == r)
    }
    /// The text for a stable key, if the content has it.
    pub fn text(&self, key: &str) -> Option<&Text> {
        self.texts.get(key)
    }
}

/// Freins and leviers in a deck of `months` cards (the difficulty gives
/// the number of freins for 12 months).
pub fn deck_split(freins12: u8, months: u8) -> (u8, u8) {
    let f = ((freins12 as u16 * months as u16 + 6) / 12) as u8;
    let f = f.min(months);
    (f, months - f)
}
