// learner: optimal
// idiom: Racket-style: bucket as a fold over a chained byte stream, higher-order `with_flag` helper taking a closure, HashMap<String, Flag> with HashSets
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFFu8))
        .chain(user.bytes())
        .fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    /// (with-flag flags name proc): apply proc to the (possibly fresh) flag.
    fn with_flag<R>(&mut self, flag: &str, f: impl FnOnce(&mut Flag) -> R) -> R {
        match self.flags.get_mut(flag) {
            Some(existing) => f(existing),
            None => f(self.flags.entry(flag.to_string()).or_default()),
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.with_flag(flag, |f| f.basis_points = basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.with_flag(flag, |f| {
            if !f.allow.contains(user) {
                f.allow.insert(user.to_string());
            }
        })
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.with_flag(flag, |f| {
            if !f.deny.contains(user) {
                f.deny.insert(user.to_string());
            }
        })
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.flags
            .get_mut(flag)
            .map(|f| {
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                a || d
            })
            .unwrap_or(false)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.flags.get(flag).map_or(false, |f| {
            !f.deny.contains(user) && (f.allow.contains(user) || bucket(flag, user) < f.basis_points)
        })
    }
}
