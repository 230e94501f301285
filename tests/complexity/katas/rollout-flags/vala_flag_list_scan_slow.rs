// learner: slow
// idiom: vala: flags kept as a Vec of Flag objects each carrying its name, found by a for loop (like walking a GList), overrides in HashSets
// why: misses is_enabled/allow O(1): finding the flag walks the whole flag list, O(number of flags) per call
//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

use std::collections::HashSet;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let sep = [0xFFu8];
    for part in [flag.as_bytes(), &sep[..], user.as_bytes()] {
        for &b in part {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug)]
struct Flag {
    name: String,
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    list: Vec<Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, flag: &str) -> Option<&Flag> {
        for f in &self.list {
            if f.name == flag {
                return Some(f);
            }
        }
        None
    }

    fn find_or_create(&mut self, flag: &str) -> &mut Flag {
        let mut found = None;
        for (i, f) in self.list.iter().enumerate() {
            if f.name == flag {
                found = Some(i);
                break;
            }
        }
        let idx = match found {
            Some(i) => i,
            None => {
                self.list.push(Flag {
                    name: flag.to_string(),
                    basis_points: 0,
                    allow: HashSet::new(),
                    deny: HashSet::new(),
                });
                self.list.len() - 1
            }
        };
        &mut self.list[idx]
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.find_or_create(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.find_or_create(flag).allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.find_or_create(flag).deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        for f in self.list.iter_mut() {
            if f.name == flag {
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                return a || d;
            }
        }
        false
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.find(flag) {
            None => false,
            Some(f) => {
                if f.deny.contains(user) {
                    false
                } else if f.allow.contains(user) {
                    true
                } else {
                    bucket(flag, user) < f.basis_points
                }
            }
        }
    }
}
