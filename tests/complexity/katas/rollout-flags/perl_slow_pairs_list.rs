// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): overrides kept as one Vec of (user, flag-index, deny?) tuples scanned on every check
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in flag.as_bytes().iter().chain(&[0xffu8]).chain(user.as_bytes()) {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    bp: HashMap<String, u32>,
    ov: Vec<(String, String, bool)>, // (flag, user, deny)
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.bp.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.bp.entry(flag.to_string()).or_insert(0);
        self.ov.push((flag.to_string(), user.to_string(), false));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.bp.entry(flag.to_string()).or_insert(0);
        self.ov.push((flag.to_string(), user.to_string(), true));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let n = self.ov.len();
        self.ov.retain(|(f, u, _)| !(f == flag && u == user));
        n != self.ov.len()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&p) = self.bp.get(flag) else { return false };
        let (mut a, mut d) = (false, false);
        for (f, u, deny) in &self.ov {
            if f == flag && u == user {
                if *deny { d = true } else { a = true }
            }
        }
        if d {
            return false;
        }
        a || bucket(flag, user) < p
    }
}
