// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): overrides kept as a Vec of (user, allowed) records walked with a for loop per check
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
        .chain([0xFFu8])
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    (h % 10_000) as u32
}

#[derive(Debug)]
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
        self.flags.entry(flag.to_string()).or_default().bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.flags.entry(flag.to_string()).or_default();
        f.rules.push(Rule { user: user.to_string(), allowed: true });
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flags.entry(flag.to_string()).or_default();
        f.rules.push(Rule { user: user.to_string(), allowed: false });
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else { return false };
        let before = f.rules.len();
        let mut kept = Vec::with_capacity(before);
        for r in f.rules.drain(..) {
            if r.user != user {
                kept.push(r);
            }
        }
        f.rules = kept;
        f.rules.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else { return false };
        let mut listed = false;
        for r in &f.rules {
            if r.user == user {
                if !r.allowed {
                    return false;
                }
                listed = true;
            }
        }
        listed || bucket(flag, user) < f.bp
    }
}
