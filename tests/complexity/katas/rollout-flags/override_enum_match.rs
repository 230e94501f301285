// learner: optimal
// idiom: `[deny, allow].iter().position(|&hit| hit == true)` over a fixed 2-element array picks which override applies: O(1)
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
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

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flags.entry(flag.to_string()).or_default().basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flags.entry(flag.to_string()).or_default().allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flags.entry(flag.to_string()).or_default().deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            Some(f) => {
                let removed = [f.allow.remove(user), f.deny.remove(user)];
                removed.iter().any(|&r| r == true)
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else { return false };
        // first override that applies: 0 = denied, 1 = allowed
        let overrides = [f.deny.contains(user), f.allow.contains(user)];
        match overrides.iter().position(|&hit| hit == true) {
            Some(0) => false,
            Some(_) => true,
            None => bucket(flag, user) < f.basis_points,
        }
    }
}
