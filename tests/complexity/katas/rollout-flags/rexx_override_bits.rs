// learner: optimal
// idiom: REXX: one override stem per flag holding a bit word per user (ALLOW = 1, DENY = 2, like BITOR on a status byte), instead of two lists
// why: is_enabled is one flag lookup, one user lookup and the FNV pass; allow is one entry update: O(1) in flags and users

/* REXX-style: OVR.user = BITOR(OVR.user, '01'x) ; deny bit checked first */

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

const ALLOW_BIT: u8 = 0b01;
const DENY_BIT: u8 = 0b10;

#[derive(Debug, Default)]
struct FlagLine {
    rollout_bp: u32,
    ovr_bits: HashMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flag_lines: HashMap<String, FlagLine>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn set_bit(&mut self, flag: &str, user: &str, the_bit: u8) {
        let line = self.flag_lines.entry(flag.to_string()).or_default();
        let bits = line.ovr_bits.entry(user.to_string()).or_insert(0);
        *bits |= the_bit;
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.flag_lines.entry(flag.to_string()).or_default().rollout_bp = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.set_bit(flag, user, ALLOW_BIT);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.set_bit(flag, user, DENY_BIT);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flag_lines.get_mut(flag) {
            Some(line) => line.ovr_bits.remove(user).map_or(false, |bits| bits != 0),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let line = match self.flag_lines.get(flag) {
            Some(l) => l,
            None => return false,
        };
        let bits = line.ovr_bits.get(user).copied().unwrap_or(0);
        if bits & DENY_BIT != 0 {
            false
        } else if bits & ALLOW_BIT != 0 {
            true
        } else {
            bucket(flag, user) < line.rollout_bp
        }
    }
}
