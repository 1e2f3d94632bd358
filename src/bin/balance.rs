//! Balance simulator: plays N games per scenario × difficulty × strategy
//! and prints outcome tiers, plus the methods most and least played in
//! good outcomes (pilot or better).
//!
//! `cargo run --profile sim --bin balance -- [--games N] [--json] [--difficulty normal]`
//! `cargo run --profile sim --bin balance -- --lessons docs/lessons.md` writes the
//! lesson matrix (each lesson, its rule, its counterfactual's measured effect).
//! `cargo run --profile sim --bin balance -- --roles` compares the roles:
//! one person with each role, every role at the table, no role.

use std::collections::BTreeMap;

use labo::domain::game::role_balance::{self, MAX_SWING};
use labo::domain::game::sim::{Strategy, Tally, pct, play_game, tally};
use labo::domain::game::{Action, Content, Difficulty, Tier, lessons};

struct Args {
    games: u64,
    json: bool,
    difficulties: Vec<Difficulty>,
    teams: usize,
    /// `--trace <strategy>`: print one game per scenario, move by move.
    trace: Option<String>,
    /// `--lessons <file>`: write the lesson matrix there (Markdown).
    lessons: Option<String>,
    /// `--diagnose <strategy>`: which tier condition its games miss.
    diagnose: Option<String>,
    /// `--pack <file.json>` (repeatable): content files on top of the
    /// built-in ones, same name replaces (to measure a rule variant).
    pack: Vec<String>,
    /// `--roles`: the role comparison only.
    roles: bool,
}

fn parse_args() -> Args {
    let mut a = Args {
        games: 2000,
        json: false,
        difficulties: Difficulty::ALL.to_vec(),
        teams: 2,
        trace: None,
        lessons: None,
        diagnose: None,
        pack: Vec::new(),
        roles: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--json" => a.json = true,
            "--roles" => a.roles = true,
            "--trace" => a.trace = it.next(),
            "--lessons" => a.lessons = it.next(),
            "--diagnose" => a.diagnose = it.next(),
            "--pack" => a.pack.extend(it.next()),
            "--games" => a.games = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.games),
            "--teams" => {
                a.teams = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(a.teams)
                    .clamp(1, 6)
            }
            "--difficulty" => {
                let d = it.next().unwrap_or_default();
                a.difficulties = Difficulty::ALL
                    .into_iter()
                    .filter(|x| x.id() == d)
                    .collect();
            }
            _ => eprintln!("option inconnue / unknown option: {x}"),
        }
    }
    a
}

fn main() {
    let args = parse_args();
    let files: Vec<(String, String)> = args
        .pack
        .iter()
        .map(|p| {
            let name = std::path::Path::new(p)
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| {
                eprintln!("{p} : {e}");
                std::process::exit(1)
            });
            (name, text)
        })
        .collect();
    let pack: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let content = match Content::with_pack(&pack) {
        Ok(c) => c,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            std::process::exit(1);
        }
    };
    if let Some(t) = &args.trace {
        trace(&content, &args, t);
        return;
    }
    if let Some(st) = &args.diagnose {
        diagnose(&content, &args, st);
        return;
    }
    if args.roles {
        print_roles(&content, &args);
        return;
    }
    if let Some(path) = &args.lessons {
        let md = lessons::markdown(
            &lessons::matrix(&content, args.games),
            args.games,
            content.scenarios.len(),
        );
        print!("{md}");
        if let Err(e) = std::fs::write(path, &md) {
            eprintln!("{path} : {e}");
            std::process::exit(1);
        }
        return;
    }
    // (scenario, strategy, difficulty) -> tier counts
    let mut table: BTreeMap<(String, &str, &str), Tally> = BTreeMap::new();
    let mut good_plays = vec![0u64; content.methods.len()];
    let mut all_plays = vec![0u64; content.methods.len()];
    for d in &args.difficulties {
        for (i, sc) in content.scenarios.iter().enumerate() {
            for st in Strategy::ALL {
                let t = tally(&content, i, *d, args.teams, st, args.games, |s, tier| {
                    let good = tier >= Tier::Pilot;
                    for e in s.log().iter().filter(|e| !e.undone) {
                        if let Action::Play(card) = e.action {
                            all_plays[card as usize] += 1;
                            if good {
                                good_plays[card as usize] += 1;
                            }
                        }
                    }
                });
                table.insert((sc.id.clone(), st.id(), d.id()), t);
            }
        }
    }
    // For each card: the share of its plays that happened in games ending
    // "pilot" or better (all strategies and difficulties together).
    let mut ranked: Vec<(f64, &str, u64)> = content
        .methods
        .iter()
        .enumerate()
        .map(|(i, m)| {
            (
                good_plays[i] as f64 * 100.0 / all_plays[i].max(1) as f64,
                m.id.as_str(),
                all_plays[i],
            )
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    if args.json {
        print_json(&args, &table, &ranked);
    } else {
        print_table(&args, &table, &ranked);
        println!();
        let rows = lessons::matrix(&content, args.games);
        print!(
            "{}",
            lessons::markdown(&rows, args.games, content.scenarios.len())
        );
    }
}

fn print_table(
    args: &Args,
    table: &BTreeMap<(String, &str, &str), Tally>,
    ranked: &[(f64, &str, u64)],
) {
    println!("{} games per cell, {} teams", args.games, args.teams);
    println!(
        "| difficulty | scenario | strategy | abandoned | delivered | pilot | scaled | pilot+ | proto before users (pilot+) |"
    );
    println!("|---|---|---|---:|---:|---:|---:|---:|---:|");
    for d in &args.difficulties {
        for sc in &content_ids(table) {
            for st in Strategy::ALL {
                let Some(t) = table.get(&(sc.clone(), st.id(), d.id())) else {
                    continue;
                };
                let (c, n) = (t.tiers, t.games());
                println!(
                    "| {} | {sc} | {} | {:.1}% | {:.1}% | {:.1}% | {:.1}% | **{:.1}%** | {} ({:.0}%) |",
                    d.id(),
                    st.id(),
                    pct(c[0], n),
                    pct(c[1], n),
                    pct(c[2], n),
                    pct(c[3], n),
                    t.good_pct(),
                    t.early_prototype,
                    pct(t.early_prototype_good, t.early_prototype),
                );
            }
        }
    }
    println!("\nMethods most played in good outcomes (share of the card's plays in pilot+ games):");
    for (p, id, n) in ranked.iter().take(6) {
        println!("  {id:28} {p:5.1}%  ({n} plays)");
    }
    println!("Methods least played in good outcomes:");
    for (p, id, n) in ranked.iter().rev().take(6) {
        println!("  {id:28} {p:5.1}%  ({n} plays)");
    }
}

fn print_json(
    args: &Args,
    table: &BTreeMap<(String, &str, &str), Tally>,
    ranked: &[(f64, &str, u64)],
) {
    let rows: Vec<serde_json::Value> = table
        .iter()
        .map(|((sc, st, d), t)| {
            let c = t.tiers;
            serde_json::json!({"scenario": sc, "strategy": st, "difficulty": d,
                "abandoned": c[0], "delivered": c[1], "pilot": c[2], "scaled": c[3],
                "prototyper_before_users": t.early_prototype,
                "prototyper_before_users_pilot_or_better": t.early_prototype_good})
        })
        .collect();
    let cards: Vec<serde_json::Value> = ranked
        .iter()
        .map(|(p, id, n)| serde_json::json!({"method": id, "good_outcome_pct": p, "plays": n}))
        .collect();
    let out = serde_json::json!({"games": args.games, "teams": args.teams, "rows": rows, "methods_in_good_outcomes": cards});
    println!("{out}");
}

/// Scenario ids in the order they appear in the table's keys.
fn content_ids(table: &BTreeMap<(String, &str, &str), Tally>) -> Vec<String> {
    let mut ids: Vec<String> = table.keys().map(|k| k.0.clone()).collect();
    ids.dedup();
    ids
}

/// Prints one game per scenario with the given strategy, for tuning.
fn trace(c: &Content, args: &Args, strategy: &str) {
    let Some(st) = Strategy::from_id(strategy) else {
        eprintln!("stratégie inconnue / unknown strategy: {strategy}");
        return;
    };
    let d = args
        .difficulties
        .first()
        .copied()
        .unwrap_or(Difficulty::Normal);
    for sc in &c.scenarios {
        for seed in 0..args.games.min(5) {
            let Some(s) = play_game(c, &sc.id, d, args.teams, st, seed) else {
                continue;
            };
            println!("== {} seed {seed}: {:?}", sc.id, s.outcome(c));
            for e in s.log() {
                let what = match e.action {
                    Action::Play(i) => c.methods[i as usize].id.clone(),
                    a => format!("{a:?}"),
                };
                let facts: Vec<String> = e
                    .facts
                    .iter()
                    .filter_map(|f| match f {
                        labo::domain::game::Fact::Delta(d) => {
                            Some(format!("{}{:+}({:?})", d.stat.id(), d.amount, d.reason))
                        }
                        labo::domain::game::Fact::Event(i, alt) => {
                            Some(format!("EVENT {} alt={alt}", c.events[*i as usize].id))
                        }
                        labo::domain::game::Fact::Drew(_) => None,
                        f => Some(format!("{f:?}")),
                    })
                    .collect();
                println!("  m{} p{} {what}: {}", e.round, e.phase, facts.join(" "));
            }
            println!("  final {:?}", s.board.stats);
        }
    }
}

/// For tuning: how often each condition of the "pilot" and "scaled" tiers
/// fails among a strategy's deployed games, and the mean final stats.
fn diagnose(c: &Content, args: &Args, strategy: &str) {
    let Some(st) = Strategy::from_id(strategy) else {
        eprintln!("stratégie inconnue / unknown strategy: {strategy}");
        return;
    };
    let d = args
        .difficulties
        .first()
        .copied()
        .unwrap_or(Difficulty::Normal);
    for (i, sc) in c.scenarios.iter().enumerate() {
        let mut deployed = 0u64;
        let mut missing: BTreeMap<String, u64> = BTreeMap::new();
        let mut sums = [0i64; 9];
        let mut n = 0i64;
        tally(c, i, d, args.teams, st, args.games, |s, _| {
            n += 1;
            for (k, v) in s.board.stats.iter().enumerate() {
                sums[k] += *v as i64;
            }
            if !s.board.deployed {
                let why = match s.board.step {
                    labo::domain::game::Step::Over(e) => format!("{e:?}"),
                    _ => String::new(),
                };
                *missing
                    .entry(format!("not deployed: phase {} {why}", s.board.phase))
                    .or_default() += 1;
                return;
            }
            deployed += 1;
            for t in [Tier::Pilot, Tier::Scaled] {
                for cond in &c.tiers[t.index()].requires {
                    if !labo::domain::game::rules::holds(&s.board, cond) {
                        *missing.entry(format!("{}:{cond:?}", t.id())).or_default() += 1;
                    }
                }
            }
        });
        let means: Vec<String> = sums
            .iter()
            .map(|x| format!("{:.1}", *x as f64 / n.max(1) as f64))
            .collect();
        println!(
            "== {} deployed {deployed}/{n} mean stats {}",
            sc.id,
            means.join(" ")
        );
        for (k, v) in missing {
            println!("   {k:40} {v}");
        }
    }
}

/// The role comparison as a Markdown table: for each strategy and
/// difficulty, the pilot-or-better rate of each row and its swing.
fn print_roles(c: &Content, args: &Args) {
    let strategies = [Strategy::UserCentred, Strategy::Random];
    println!(
        "Roles: {} games per scenario and row ({} scenarios), one team.\n",
        args.games,
        c.scenarios.len()
    );
    for d in &args.difficulties {
        println!(
            "| {} | {} pilot+ % | swing | {} pilot+ % | swing |",
            d.id(),
            strategies[0].id(),
            strategies[1].id()
        );
        println!("|---|---:|---:|---:|---:|");
        let tables: Vec<_> = strategies
            .iter()
            .map(|st| role_balance::role_rows(c, *d, *st, args.games))
            .collect();
        let mut worst: f64 = 0.0;
        for i in 0..tables[0].len() {
            let cells: Vec<String> = tables
                .iter()
                .map(|rows| {
                    let sw = role_balance::swing(rows, &rows[i]);
                    if matches!(rows[i].holders, role_balance::Holders::One(_)) {
                        worst = worst.max(sw.abs());
                    }
                    format!("{:.1} | {:+.1}", rows[i].tally.good_pct(), sw)
                })
                .collect();
            println!(
                "| {} | {} |",
                tables[0][i].holders.label(),
                cells.join(" | ")
            );
        }
        println!("\nLargest swing of a single role: {worst:.1} points (limit {MAX_SWING}).\n");
    }
}
