// learner: optimal
// idiom: embedded C style: per-flag HashMap<String, u8> of override bits (ALLOW = 1, DENY = 2), bucket with a while loop over byte indices, flags as (u32, map) tuples
//! Feature flags with percentage rollouts.
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const ALLOW: u8 = 1;
const DENY: u8 = 2;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let f = flag.as_bytes();
    let u = user.as_bytes();
    let total = f.len() + 1 + u.len();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i: usize = 0;
    while i < total {
        let b: u8 = if i < f.len() {
            f[i]
        } else if i == f.len() {
            0xFF
        } else {
            u[i - f.len() - 1]
        };
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
        i += 1;
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, (u32, HashMap<String, u8>)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> &mut (u32, HashMap<String, u8>) {
        if !self.table.contains_key(flag) {
            self.table.insert(flag.to_owned(), (0, HashMap::new()));
        }
        self.table.get_mut(flag).unwrap()
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let (_, users) = self.slot(flag);
        match users.get_mut(user) {
            Some(bits) => *bits |= bit,
            None => {
                users.insert(user.to_owned(), bit);
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.slot(flag).0 = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.table.get_mut(flag) {
            Some((_, users)) => users.remove(user).is_some(),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some((bp, users)) = self.table.get(flag) else { return false };
        let bits = users.get(user).copied().unwrap_or(0);
        if bits & DENY != 0 {
            return false;
        }
        if bits & ALLOW != 0 {
            return true;
        }
        bucket(flag, user) < *bp
    }
}
