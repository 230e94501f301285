// learner: slow
// why: Flags::is_enabled is O(list length) time, target O(1): overrides kept as a cons-style association list of (user, on?) pairs, searched with find
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain([0xFF])
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Flag {
    bp: u32,
    /// (user . allowed?) ; an alist, newest last
    overrides: Vec<(String, bool)>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        self.flags.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).overrides.push((user.to_string(), true));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).overrides.push((user.to_string(), false));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            None => false,
            Some(f) => {
                let before = f.overrides.len();
                f.overrides = std::mem::take(&mut f.overrides).into_iter().filter(|(u, _)| u != user).collect();
                f.overrides.len() != before
            }
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else { return false };
        let mine = || f.overrides.iter().filter(|(u, _)| u == user);
        if mine().any(|&(_, on)| !on) {
            return false;
        }
        if mine().next().is_some() {
            return true;
        }
        bucket(flag, user) < f.bp
    }
}
