// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): overrides kept as a Vec of (user, allowed) records scanned with iter().find
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let all = flag.bytes().chain([0xFFu8]).chain(user.bytes());
    for b in all {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Clone)]
struct Rule {
    user: String,
    allowed: bool,
}

#[derive(Debug, Default)]
struct Flag {
    bp: u32,
    rules: Vec<Rule>,
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.by_name.entry(flag.to_string()).or_default().bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.by_name.entry(flag.to_string()).or_default();
        f.rules.push(Rule { user: user.to_string(), allowed: true });
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.by_name.entry(flag.to_string()).or_default();
        f.rules.push(Rule { user: user.to_string(), allowed: false });
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.by_name.get_mut(flag) {
            Some(f) => {
                let before = f.rules.len();
                f.rules.retain(|r| r.user != user);
                f.rules.len() != before
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.by_name.get(flag) else { return false };
        let mine = || f.rules.iter().filter(|r| r.user == user);
        if mine().find(|r| !r.allowed).is_some() {
            return false;
        }
        if mine().find(|r| r.allowed).is_some() {
            return true;
        }
        bucket(flag, user) < f.bp
    }
}
