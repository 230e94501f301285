// learner: optimal
// idiom: terse grinder, fold over chained bytes, HashMap of tuples (bp, allow, deny), entry().or_default()
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    m: HashMap<String, (u32, HashSet<String>, HashSet<String>)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn at(&mut self, flag: &str) -> &mut (u32, HashSet<String>, HashSet<String>) {
        if !self.m.contains_key(flag) {
            self.m.insert(flag.to_string(), Default::default());
        }
        self.m.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.at(flag).0 = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.at(flag).1.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.at(flag).2.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.m.get_mut(flag) {
            None => false,
            Some(e) => {
                let a = e.1.remove(user);
                let d = e.2.remove(user);
                a | d
            }
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some((bp, a, d)) = self.m.get(flag) else { return false };
        if d.contains(user) {
            return false;
        }
        a.contains(user) || bucket(flag, user) < *bp
    }
}
