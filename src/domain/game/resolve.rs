//! How a card, an event or the end of a month changes the board. Every
//! change goes through [`Fx::add`], which clamps to the floor and ceiling,
//! applies the quality cap and records a [`Delta`] with its reason.

use rand_pcg::Pcg32;

use super::content::*;
use super::log::{Delta, Fact, Reason};
use super::state::{Board, below};

/// Quality and insight given by a user test (success / failure).
const TEST_QUALITY: i16 = 2;
const TEST_INSIGHT: i16 = 2;

pub(crate) struct Fx<'a> {
    pub c: &'a Content,
    pub b: &'a mut Board,
    pub rng: &'a mut Pcg32,
    pub sc: &'a Scenario,
    pub facts: Vec<Fact>,
}

/// The cost of playing a card now, split by reason (energy discounts and
/// surcharges are where the lessons live).
pub(crate) struct Cost {
    pub base: Amounts,
    pub phase_discount: (Stat, i16),
    /// Discounts of the team's roles, by stat.
    pub role_discount: Amounts,
    /// Roles whose discount applies (bit = `Role::index`).
    pub roles_used: u8,
    pub overload: i16,
    /// Extra energy for exploring once the solution is being prototyped.
    pub late: i16,
}

impl Cost {
    /// The cost itemised as changes with their reasons, non-zero only:
    /// the base cost, then the in-phase and role discounts, then overload.
    /// Paying applies exactly these; the UI's preview lists them.
    pub fn deltas(&self) -> impl Iterator<Item = Delta> + '_ {
        let base = Stat::ALL
            .into_iter()
            .map(|s| (s, -self.base[s as usize], Reason::CardCost));
        let phase = [(
            self.phase_discount.0,
            self.phase_discount.1,
            Reason::InPhaseDiscount,
        )];
        let roles = Stat::ALL
            .into_iter()
            .map(|s| (s, self.role_discount[s as usize], Reason::RolePower));
        let surcharges = [
            (Stat::Energy, -self.overload, Reason::Overload),
            (Stat::Energy, -self.late, Reason::LateExploration),
        ];
        base.chain(phase)
            .chain(roles)
            .chain(surcharges)
            .filter(|&(_, amount, _)| amount != 0)
            .map(|(stat, amount, reason)| Delta {
                stat,
                amount,
                reason,
            })
    }

    pub fn net(&self) -> Amounts {
        let mut n = self.base;
        n[self.phase_discount.0 as usize] -= self.phase_discount.1;
        for (v, d) in n.iter_mut().zip(self.role_discount) {
            *v -= d;
        }
        n[Stat::Energy as usize] += self.overload + self.late;
        n
    }
}

/// `roles`: the roles at the playing team's table (bit = `Role::index`);
/// those whose power already acted this month give no discount.
pub(crate) fn card_cost(c: &Content, b: &Board, roles: u8, card: &MethodCard) -> Cost {
    let mut base = card.cost;
    let mut phase_discount = (Stat::Energy, 0);
    if card.phases & (1 << b.phase) != 0 {
        // Cheaper in its phase: first energy, else budget.
        let s = if base[Stat::Energy as usize] > 0 {
            Stat::Energy
        } else {
            Stat::Budget
        };
        phase_discount = (s, c.rules.in_phase_discount.min(base[s as usize]));
    }
    let mut role_discount = [0; N_STATS];
    let mut roles_used = 0;
    let available = roles & !b.powers_used;
    if available != 0 {
        for r in &c.roles {
            let bit = 1u8 << r.role.index();
            let Power::Discount { tag, stat, amount } = r.power else {
                continue;
            };
            if available & bit == 0 || tag.is_some_and(|t| !card.has(t)) {
                continue;
            }
            let i = stat as usize;
            let already = role_discount[i]
                + if phase_discount.0 == stat {
                    phase_discount.1
                } else {
                    0
                };
            let d = amount.min(base[i] - already).max(0);
            if d > 0 {
                role_discount[i] += d;
                roles_used |= bit;
            }
        }
    }
    let overload = if b.plays + 1 >= c.rules.overload_from {
        c.rules.overload_energy
    } else {
        0
    };
    let late = if is_late_exploration(b, card) {
        c.rules.late_exploration_energy
    } else {
        0
    };
    // Costs are never negative.
    for v in base.iter_mut() {
        *v = (*v).max(0);
    }
    Cost {
        base,
        phase_discount,
        role_discount,
        roles_used,
        overload,
        late,
    }
}

/// Index of the phases the late-exploration and evaluation rules name.
pub(crate) const EXPLORER: u8 = 1;
pub(crate) const PROTOTYPER: u8 = 3;
pub(crate) const DEPLOYER: u8 = 4;

/// Lesson: exploring once the solution is being prototyped is late: an
/// exploration method then costs more and reveals less.
pub(crate) fn is_late_exploration(b: &Board, card: &MethodCard) -> bool {
    b.phase >= PROTOTYPER && card.phases & (1 << EXPLORER) != 0
}

/// A resource may be spent down to its floor: time and support keep 1
/// (spending the last month or the last support is not a choice).
pub(crate) fn affordable(b: &Board, net: &Amounts) -> Result<(), Stat> {
    for s in Stat::ALL {
        let floor = match s {
            Stat::Time | Stat::Support => 1,
            _ => 0,
        };
        let v = net[s as usize];
        if v > 0 && b.stat(s) - v < floor {
            return Err(s);
        }
    }
    Ok(())
}

pub(crate) fn cond_holds(b: &Board, cond: &Cond) -> bool {
    match *cond {
        Cond::StatMin(s, min) => b.stat(s) >= min,
        Cond::Tag(t, within) => {
            let last = b.tag_last[t as usize];
            last != 0 && (within == 0 || b.round.saturating_sub(last) < within)
        }
        Cond::PlayedIn(p, n) => b.played_in[p as usize] >= n,
        Cond::PhaseAtLeast(p) => b.phase >= p,
        Cond::Needs(n) => b.revealed.count_ones() >= u32::from(n),
        Cond::EvaluationPlanned => b.eval_planned != 0,
        Cond::Evaluated => b.evaluated != 0,
        Cond::Copil(n) => {
            b.copil & COPIL_HELD != 0 && (b.copil & 0b111).count_ones() >= u32::from(n)
        }
    }
}

/// `Board::copil`: the gate was held (bit 7) and which criteria it retained
/// (bits 0 to 2, in [`COPIL_CRITERIA`] order).
pub const COPIL_HELD: u8 = 1 << 7;

/// The three criteria of the Lab-O's steering committee, as reasons for
/// the budget and support it grants (met) or withdraws (missing).
pub const COPIL_CRITERIA: [(Reason, Reason); 3] = [
    (Reason::CopilResults, Reason::CopilNoResults),
    (Reason::CopilTransferable, Reason::CopilNotTransferable),
    (Reason::CopilFacilitation, Reason::CopilNoFacilitation),
];

/// The Lab-O's three criteria as they stand on this board, in
/// [`COPIL_CRITERIA`] order: indicators decided (or an evaluation method
/// played), enough stakeholders met, a co-creation played.
pub fn copil_criteria(c: &Content, b: &Board) -> [bool; 3] {
    [
        b.eval_planned != 0 || b.tag_last[Tag::Evaluate as usize] != 0,
        b.met.count_ones() as u8 >= c.rules.copil_partners,
        b.tag_last[Tag::Cocreation as usize] != 0,
    ]
}

impl Fx<'_> {
    /// Adds `amount` to `stat`, clamped, recording what really changed.
    pub fn add(&mut self, stat: Stat, amount: i16, reason: Reason) {
        if amount == 0 {
            return;
        }
        let i = stat as usize;
        let old = self.b.stats[i];
        let floor = if stat == Stat::Time { 1 } else { 0 };
        let mut ceil = self.c.rules.stat_max;
        if stat == Stat::Quality {
            // Lesson: quality is capped by the hidden needs actually
            // discovered; a project that skips users stays mediocre.
            let needs = self.b.revealed.count_ones() as i16;
            ceil = ceil.min(needs + self.c.rules.quality_cap_base).max(old);
        }
        let new = (old + amount).clamp(floor.min(old), ceil);
        if new != old {
            self.b.stats[i] = new;
            self.facts.push(Fact::Delta(Delta {
                stat,
                amount: new - old,
                reason,
            }));
        }
        if new != old + amount {
            let why = if stat == Stat::Quality && amount > 0 {
                Reason::QualityCapped
            } else if amount > 0 {
                Reason::Ceiling
            } else {
                Reason::Floor
            };
            self.facts.push(Fact::Capped(Delta {
                stat,
                amount: old + amount - new,
                reason: why,
            }));
        }
    }

    pub fn add_all(&mut self, a: &Amounts, reason: Reason) {
        for s in Stat::ALL {
            self.add(s, a[s as usize], reason);
        }
    }

    /// The COPIL gate, held when the project enters Déployer: it applies
    /// the Lab-O's three criteria (results that can be measured, an
    /// approach others can reuse, innovative facilitation) and funds the
    /// project accordingly.
    pub fn copil(&mut self) {
        let r = &self.c.rules;
        let criteria = copil_criteria(self.c, self.b);
        let (budget, support, missing) = (r.copil_budget, r.copil_support, r.copil_missing_support);
        let mut bits = COPIL_HELD;
        for (i, (ok, (yes, no))) in criteria.into_iter().zip(COPIL_CRITERIA).enumerate() {
            if ok {
                bits |= 1 << i;
                self.add(Stat::Budget, budget, yes);
                self.add(Stat::Support, support, yes);
            } else {
                self.add(Stat::Support, -missing, no);
            }
        }
        self.b.copil = bits;
    }

    /// Pays a card's cost, itemised: base, discounts, overload.
    pub fn pay(&mut self, cost: &Cost) {
        for r in Role::ALL {
            if cost.roles_used & (1 << r.index()) != 0 {
                self.power(r);
            }
        }
        for d in cost.deltas() {
            self.b.stats[d.stat as usize] += d.amount;
            self.facts.push(Fact::Delta(d));
        }
    }

    /// A role's power acts: once a month, and the log says so.
    pub fn power(&mut self, r: Role) {
        self.b.powers_used |= 1 << r.index();
        self.facts.push(Fact::Power(r.index() as u8));
    }

    /// Marks the scenario's stakeholders of the given kinds as met.
    pub fn meet(&mut self, kinds: u8) {
        for (slot, &sh) in self.sc.stakeholders.iter().enumerate() {
            let kind = self.c.stakeholders[sh as usize].kind;
            if kinds & (1 << kind) != 0 && self.b.met & (1 << slot) == 0 {
                self.b.met |= 1 << slot;
                self.facts.push(Fact::Met(sh));
            }
        }
    }

    /// Reveals up to `n` hidden needs of stakeholders of the given kinds
    /// (any kind when `kinds` is 0), chosen with the state's RNG.
    pub fn reveal(&mut self, n: u8, kinds: u8) {
        for _ in 0..n {
            let mut candidates = 0u64;
            for (slot, &sh) in self.sc.stakeholders.iter().enumerate() {
                let s = &self.c.stakeholders[sh as usize];
                if kinds != 0 && kinds & (1 << s.kind) == 0 {
                    continue;
                }
                for need in 0..s.needs.len() {
                    let bit = slot * MAX_NEEDS + need;
                    if self.b.revealed & (1 << bit) == 0 {
                        candidates |= 1 << bit;
                    }
                }
            }
            if candidates == 0 {
                return;
            }
            let k = below(self.rng, candidates.count_ones());
            let bit = super::state::nth_bit(candidates, k) as usize;
            self.b.revealed |= 1 << bit;
            let sh = self.sc.stakeholders[bit / MAX_NEEDS];
            self.facts.push(Fact::Need(sh, (bit % MAX_NEEDS) as u8));
            self.add(Stat::Understanding, 1, Reason::NeedRevealed);
        }
    }

    /// A user test: success improves the solution, failure teaches
    /// (the right to fail): understanding rises and a need is revealed.
    pub fn test(&mut self, luck: i16) {
        let r = &self.c.rules;
        let p = (r.test_base + r.test_per_understanding * self.b.stat(Stat::Understanding) + luck)
            .clamp(5, 95);
        let success = (below(self.rng, 100) as i16) < p;
        self.facts.push(Fact::Test(success));
        if success {
            self.add(Stat::Quality, TEST_QUALITY, Reason::TestPassed);
        } else {
            self.add(Stat::Understanding, TEST_INSIGHT, Reason::RightToFail);
            self.reveal(1, 0);
        }
    }

    /// Deployment: impact depends on who was involved, and the risk of an
    /// incident on whether the solution was prototyped and tested.
    pub fn deploy(&mut self, base: i16) {
        let r = &self.c.rules;
        let (users, citizens, buy_in) = (
            if self.b.tag_last[Tag::Users as usize] != 0 {
                r.users_impact_bonus
            } else {
                0
            },
            if self.b.stat(Stat::Participation) >= r.participation_bonus_from {
                r.citizens_impact_bonus
            } else {
                0
            },
            if self.b.stat(Stat::BuyIn) >= r.buy_in_bonus_from {
                1
            } else {
                0
            },
        );
        let risk = if self.b.tag_last[Tag::Test as usize] != 0 {
            r.risk_tested
        } else if self.b.tag_last[Tag::Prototype as usize] != 0 {
            r.risk_prototyped
        } else {
            r.risk_raw
        };
        let incident_impact = r.incident_impact;
        self.b.deployed = true;
        let incident = (below(self.rng, 100) as i16) < risk;
        self.facts.push(Fact::Incident(incident));
        self.add(Stat::Impact, base, Reason::DeployImpact);
        self.add(Stat::Impact, users, Reason::UsersBonus);
        self.add(Stat::Impact, citizens, Reason::CitizensBonus);
        self.add(Stat::Impact, buy_in, Reason::BuyInBonus);
        if incident {
            self.add(Stat::Impact, -incident_impact, Reason::Incident);
            self.add(Stat::BuyIn, -1, Reason::Incident);
        }
        // Lesson: impact can't exceed the quality of what was built.
        let over = self.b.stat(Stat::Impact) - self.b.stat(Stat::Quality);
        if over > 0 {
            self.b.stats[Stat::Impact as usize] -= over;
            self.facts.push(Fact::Capped(Delta {
                stat: Stat::Impact,
                amount: over,
                reason: Reason::ImpactCapped,
            }));
        }
    }
}
