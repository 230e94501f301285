// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): overrides are a Vec of records searched with iter().find per check
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in flag.bytes().chain([0xFFu8]).chain(user.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Allow,
    Deny,
}

#[derive(Debug, Clone)]
struct Rule {
    user: String,
    kind: Kind,
}

#[derive(Debug, Default)]
struct FlagConf {
    bp: u32,
    rules: Vec<Rule>,
}

#[derive(Debug, Default)]
pub struct Flags {
    confs: HashMap<String, FlagConf>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn conf(&mut self, flag: &str) -> &mut FlagConf {
        self.confs.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.conf(flag).bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.conf(flag).rules.push(Rule { user: user.to_string(), kind: Kind::Allow });
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.conf(flag).rules.push(Rule { user: user.to_string(), kind: Kind::Deny });
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.confs.get_mut(flag) {
            Some(c) => {
                let before = c.rules.len();
                c.rules.retain(|r| r.user != user);
                c.rules.len() != before
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(c) = self.confs.get(flag) else { return false };
        let denied = c.rules.iter().find(|r| r.user == user && r.kind == Kind::Deny).is_some();
        if denied {
            return false;
        }
        let allowed = c.rules.iter().find(|r| r.user == user && r.kind == Kind::Allow).is_some();
        allowed || bucket(flag, user) < c.bp
    }
}
