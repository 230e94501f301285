// learner: slow
// idiom: REXX: ALLOW.1..ALLOW.n and DENY.1..DENY.n as plain numbered lists per flag, checked with DO i = 1 TO ALLOW.0
// why: is_enabled and allow walk the whole override list of the flag: O(list length) per call instead of O(1)

/* REXX-style: numbered stems, searched by hand; allow appends only when not already there */

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over one run of bytes, continuing from hash_value
fn fnv_feed(mut hash_value: u64, the_bytes: &[u8]) -> u64 {
    let mut pos = 0usize;
    loop {
        if pos >= the_bytes.len() {
            break;
        }
        hash_value ^= the_bytes[pos] as u64;
        hash_value = hash_value.wrapping_mul(FNV_PRIME);
        pos += 1;
    }
    hash_value
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash_value = fnv_feed(FNV_OFFSET, flag.as_bytes());
    hash_value = fnv_feed(hash_value, &[0xFF]);
    hash_value = fnv_feed(hash_value, user.as_bytes());
    (hash_value % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagRec {
    basis_points: u32,
    allow_list: Vec<String>,
    deny_list: Vec<String>,
}

fn in_list(the_list: &[String], user: &str) -> Option<usize> {
    let mut i = 0usize;
    loop {
        if i >= the_list.len() {
            return None;
        }
        if the_list[i] == user {
            return Some(i);
        }
        i += 1;
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    flag_stem: HashMap<String, FlagRec>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_stem.entry(flag.to_string()).or_default().basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let rec = self.flag_stem.entry(flag.to_string()).or_default();
        if in_list(&rec.allow_list, user).is_none() {
            rec.allow_list.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let rec = self.flag_stem.entry(flag.to_string()).or_default();
        if in_list(&rec.deny_list, user).is_none() {
            rec.deny_list.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(rec) = self.flag_stem.get_mut(flag) else {
            return false;
        };
        let mut was_there = false;
        if let Some(i) = in_list(&rec.allow_list, user) {
            rec.allow_list.swap_remove(i);
            was_there = true;
        }
        if let Some(i) = in_list(&rec.deny_list, user) {
            rec.deny_list.swap_remove(i);
            was_there = true;
        }
        was_there
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(rec) = self.flag_stem.get(flag) else {
            return false;
        };
        if in_list(&rec.deny_list, user).is_some() {
            return false;
        }
        if in_list(&rec.allow_list, user).is_some() {
            return true;
        }
        bucket(flag, user) < rec.basis_points
    }
}
