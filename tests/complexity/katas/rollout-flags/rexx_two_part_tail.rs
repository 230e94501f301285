// learner: optimal
// idiom: REXX: real compound-variable style, a tail made of two parts like OVR.flag.user: one flat HashMap keyed by (flag, user), plus BP.flag
// why: every operation is a constant number of hash lookups on (flag, user) or flag, plus the FNV pass: O(1) in flags and users

/* REXX-style: BP.flag = n ; ALLOWED.flag.user = 1 ; DENIED.flag.user = 1 */

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
pub struct Flags {
    bp_stem: HashMap<String, u32>,
    allowed_stem: HashSet<(String, String)>,
    denied_stem: HashSet<(String, String)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn make_flag(&mut self, flag: &str) {
        if !self.bp_stem.contains_key(flag) {
            self.bp_stem.insert(flag.to_string(), 0);
        }
    }

    fn tail(flag: &str, user: &str) -> (String, String) {
        (flag.to_string(), user.to_string())
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.bp_stem.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.make_flag(flag);
        self.allowed_stem.insert(Self::tail(flag, user));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.make_flag(flag);
        self.denied_stem.insert(Self::tail(flag, user));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let the_tail = Self::tail(flag, user);
        let a = self.allowed_stem.remove(&the_tail);
        let d = self.denied_stem.remove(&the_tail);
        a | d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let bp_value = match self.bp_stem.get(flag) {
            Some(&bp) => bp,
            None => return false,
        };
        let the_tail = Self::tail(flag, user);
        if self.denied_stem.contains(&the_tail) {
            return false;
        }
        if self.allowed_stem.contains(&the_tail) {
            return true;
        }
        bucket(flag, user) < bp_value
    }
}
