// learner: optimal
// idiom: generics: an OverrideList trait implemented for HashSet<Box<str>>, flag state a (u32, L, L) generic struct, bucket as a fold over a chained byte iterator with a const fn step, Option::map_or / is_some_and in is_enabled
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf2_9ce4_8422_2325, fnv_step);
    (h % u64::from(BUCKETS)) as u32
}

trait OverrideList: Default {
    fn add(&mut self, who: &str);
    fn has(&self, who: &str) -> bool;
    fn drop_user(&mut self, who: &str) -> bool;
}

impl OverrideList for HashSet<Box<str>> {
    fn add(&mut self, who: &str) {
        self.insert(who.into());
    }
    fn has(&self, who: &str) -> bool {
        self.contains(who)
    }
    fn drop_user(&mut self, who: &str) -> bool {
        self.remove(who)
    }
}

#[derive(Debug, Default)]
struct Rollout<L: OverrideList> {
    bp: u32,
    allow: L,
    deny: L,
}

impl<L: OverrideList> Rollout<L> {
    fn decide(&self, flag: &str, user: &str) -> bool {
        !self.deny.has(user) && (self.allow.has(user) || bucket(flag, user) < self.bp)
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<Box<str>, Rollout<HashSet<Box<str>>>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn entry(&mut self, flag: &str) -> &mut Rollout<HashSet<Box<str>>> {
        self.table.entry(flag.into()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then(|| self.entry(flag).bp = basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.entry(flag).allow.add(user);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.entry(flag).deny.add(user);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.table.get_mut(flag).map_or(false, |r| {
            let a = r.allow.drop_user(user);
            r.deny.drop_user(user) | a
        })
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.table.get(flag).is_some_and(|r| r.decide(flag, user))
    }
}
