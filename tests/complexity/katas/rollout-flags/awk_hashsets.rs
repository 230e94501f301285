// learner: optimal
// idiom: awk/sed one-liner sysadmin: assoc arrays everywhere (flag -> {bp, allow[], deny[]}), FNV as a fold over the bytes of "flag" 0xFF "user", short names
//! Deterministic percentage rollouts for feature flags: see README.md.
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFFu8))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct F {
    bp: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    f: HashMap<String, F>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get(&mut self, flag: &str) -> &mut F {
        self.f.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.get(flag).bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.get(flag).allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.get(flag).deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.f.get_mut(flag) {
            Some(x) => {
                let a = x.allow.remove(user);
                let d = x.deny.remove(user);
                a || d
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(x) = self.f.get(flag) else { return false };
        if x.deny.contains(user) {
            return false;
        }
        x.allow.contains(user) || bucket(flag, user) < x.bp
    }
}
