// learner: optimal
// idiom: REXX: FLAG.name record with BP, ALLOW. and DENY. stems (HashMap of structs holding HashSets); FNV as a DO loop over the bytes
// why: is_enabled is one map lookup, two set lookups and an FNV pass over the ids; allow is one entry + one insert: O(1) in flags and users

/* REXX-style: SELECT ; WHEN DENY.user THEN 0 ; WHEN ALLOW.user THEN 1 ; OTHERWISE bucket < BP ; END */

use std::collections::{HashMap, HashSet};

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
    allow_stem: HashSet<String>,
    deny_stem: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flag_stem: HashMap<String, FlagRec>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_rec(&mut self, flag: &str) -> &mut FlagRec {
        if !self.flag_stem.contains_key(flag) {
            self.flag_stem.insert(flag.to_string(), FlagRec::default());
        }
        self.flag_stem.get_mut(flag).expect("just made")
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_rec(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_rec(flag).allow_stem.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_rec(flag).deny_stem.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flag_stem.get_mut(flag) {
            Some(rec) => {
                let was_allowed = rec.allow_stem.remove(user);
                let was_denied = rec.deny_stem.remove(user);
                was_allowed || was_denied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(rec) = self.flag_stem.get(flag) else {
            return false;
        };
        if rec.deny_stem.contains(user) {
            return false;
        }
        if rec.allow_stem.contains(user) {
            return true;
        }
        bucket(flag, user) < rec.basis_points
    }
}
