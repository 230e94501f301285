// learner: slow
// why: Flags::is_enabled is O(list length) time, target O(1): allow/deny lists are Vec<String> searched with contains
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
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
struct Flag {
    percent: u32,
    allow: Vec<String>,
    deny: Vec<String>,
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
        self.flags.entry(flag.to_string()).or_default().percent = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.flags.entry(flag.to_string()).or_default();
        if !f.allow.iter().any(|u| u == user) {
            f.allow.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flags.entry(flag.to_string()).or_default();
        if !f.deny.iter().any(|u| u == user) {
            f.deny.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else { return false };
        let before = f.allow.len() + f.deny.len();
        f.allow.retain(|u| u != user);
        f.deny.retain(|u| u != user);
        f.allow.len() + f.deny.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.flags.get(flag) {
            None => false,
            Some(f) => {
                if f.deny.iter().any(|u| u == user) {
                    return false;
                }
                if f.allow.iter().any(|u| u == user) {
                    return true;
                }
                bucket(flag, user) < f.percent
            }
        }
    }
}
