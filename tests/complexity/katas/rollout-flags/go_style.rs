// learner: optimal
// idiom: Go-style: Flag struct with two HashSets, helper funcs with many params (fnv_feed, flag_mut), explicit for loops over bytes, early returns
//! Feature flags with percentage rollouts.
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv_feed(mut h: u64, data: &[u8]) -> u64 {
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = fnv_feed(FNV_OFFSET, flag.as_bytes());
    h = fnv_feed(h, &[0xFF]);
    h = fnv_feed(h, user.as_bytes());
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

fn flag_mut<'a>(flags: &'a mut HashMap<String, Flag>, name: &str) -> &'a mut Flag {
    if !flags.contains_key(name) {
        flags.insert(name.to_string(), Flag::default());
    }
    flags.get_mut(name).unwrap()
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        flag_mut(&mut self.flags, flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = flag_mut(&mut self.flags, flag);
        if f.allow.contains(user) {
            return;
        }
        f.allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = flag_mut(&mut self.flags, flag);
        if f.deny.contains(user) {
            return;
        }
        f.deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let f = match self.flags.get_mut(flag) {
            Some(f) => f,
            None => return false,
        };
        let a = f.allow.remove(user);
        let d = f.deny.remove(user);
        a || d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.flags.get(flag) {
            Some(f) => f,
            None => return false,
        };
        if f.deny.contains(user) {
            return false;
        }
        if f.allow.contains(user) {
            return true;
        }
        bucket(flag, user) < f.basis_points
    }
}
