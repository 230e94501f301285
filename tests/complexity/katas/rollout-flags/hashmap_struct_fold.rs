// learner: optimal
// idiom: HashMap of flag name to a struct with two HashSets, entry().or_default(), bucket as an iterator fold over the chained bytes
//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

use std::collections::{HashMap, HashSet};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        if !self.by_name.contains_key(flag) {
            self.by_name.insert(flag.to_string(), Flag::default());
        }
        self.by_name.get_mut(flag).expect("just inserted")
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.by_name.get_mut(flag) {
            Some(f) => {
                let was_allowed = f.allow.remove(user);
                let was_denied = f.deny.remove(user);
                was_allowed || was_denied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.by_name.get(flag) else {
            return false;
        };
        if f.deny.contains(user) {
            false
        } else if f.allow.contains(user) {
            true
        } else {
            bucket(flag, user) < f.basis_points
        }
    }
}
