// learner: slow
// why: Flags::is_enabled is O(overrides) time, target O(1): overrides live in one flat Vec of (flag, user, kind) records scanned per check
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = 0xcbf29ce484222325u64;
    let mut feed = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    };
    flag.bytes().for_each(&mut feed);
    feed(0xFF);
    user.bytes().for_each(&mut feed);
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Allow,
    Deny,
}

#[derive(Debug)]
struct Override {
    flag: String,
    user: String,
    kind: Kind,
}

#[derive(Debug, Default)]
pub struct Flags {
    rollout: HashMap<String, u32>,
    overrides: Vec<Override>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn has(&self, flag: &str, user: &str, kind: Kind) -> bool {
        for o in &self.overrides {
            if o.kind == kind && o.flag == flag && o.user == user {
                return true;
            }
        }
        false
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.rollout.insert(flag.to_string(), basis_points);
        Ok(())
    }

    fn add(&mut self, flag: &str, user: &str, kind: Kind) {
        self.rollout.entry(flag.to_string()).or_insert(0);
        if !self.has(flag, user, kind) {
            self.overrides.push(Override { flag: flag.to_string(), user: user.to_string(), kind });
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.add(flag, user, Kind::Allow);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.add(flag, user, Kind::Deny);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let mut found = false;
        let mut i = 0;
        while i < self.overrides.len() {
            if self.overrides[i].flag == flag && self.overrides[i].user == user {
                self.overrides.swap_remove(i);
                found = true;
            } else {
                i += 1;
            }
        }
        found
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&bp) = self.rollout.get(flag) else { return false };
        if self.has(flag, user, Kind::Deny) {
            return false;
        }
        if self.has(flag, user, Kind::Allow) {
            return true;
        }
        bucket(flag, user) < bp
    }
}
