// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): allow/deny lists are Vec<(flag, user)> pairs scanned with contains on every check
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in flag.bytes().chain(std::iter::once(0xFFu8)).chain(user.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    percent: HashMap<String, u32>,
    allows: Vec<(String, String)>,
    denies: Vec<(String, String)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.percent.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.percent.entry(flag.to_string()).or_insert(0);
        let pair = (flag.to_string(), user.to_string());
        if !self.allows.contains(&pair) {
            self.allows.push(pair);
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.percent.entry(flag.to_string()).or_insert(0);
        let pair = (flag.to_string(), user.to_string());
        if !self.denies.contains(&pair) {
            self.denies.push(pair);
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let a = self.allows.len() + self.denies.len();
        self.allows.retain(|(f, u)| !(f == flag && u == user));
        self.denies.retain(|(f, u)| !(f == flag && u == user));
        a != self.allows.len() + self.denies.len()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&bp) = self.percent.get(flag) else {
            return false;
        };
        let pair = (flag.to_string(), user.to_string());
        if self.denies.contains(&pair) {
            return false;
        }
        if self.allows.contains(&pair) {
            return true;
        }
        bucket(flag, user) < bp
    }
}
