// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): override records kept in a flat array of (user, kind) structs and scanned per check
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in flag.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= 0xFF;
    h = h.wrapping_mul(0x100000001b3);
    for &b in user.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

const KIND_ALLOW: u8 = 1;
const KIND_DENY: u8 = 2;

#[derive(Debug)]
struct Override {
    user: String,
    kind: u8,
}

#[derive(Debug, Default)]
struct FlagRec {
    bp: u32,
    ovr: Vec<Override>,
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, FlagRec>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(rec: &FlagRec, user: &str, kind: u8) -> isize {
        let mut i = 0;
        while i < rec.ovr.len() {
            if rec.ovr[i].kind == kind && rec.ovr[i].user == user {
                return i as isize;
            }
            i += 1;
        }
        -1
    }

    fn add(&mut self, flag: &str, user: &str, kind: u8) {
        let rec = self.table.entry(flag.to_string()).or_default();
        if Self::find(rec, user, kind) < 0 {
            rec.ovr.push(Override { user: user.to_string(), kind });
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.table.entry(flag.to_string()).or_default().bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.add(flag, user, KIND_ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.add(flag, user, KIND_DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let rec = match self.table.get_mut(flag) {
            Some(r) => r,
            None => return false,
        };
        let before = rec.ovr.len();
        let mut i = 0;
        while i < rec.ovr.len() {
            if rec.ovr[i].user == user {
                rec.ovr.swap_remove(i);
            } else {
                i += 1;
            }
        }
        rec.ovr.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let rec = match self.table.get(flag) {
            Some(r) => r,
            None => return false,
        };
        if Self::find(rec, user, KIND_DENY) >= 0 {
            return false;
        }
        if Self::find(rec, user, KIND_ALLOW) >= 0 {
            return true;
        }
        bucket(flag, user) < rec.bp
    }
}
