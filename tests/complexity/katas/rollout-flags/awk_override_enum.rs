// learner: optimal
// idiom: awk/sed one-liner sysadmin: two flat assoc arrays like awk's pct[flag] and ovr[flag SUBSEP user], with the override as a small state word; FNV written as a plain for over bytes
//! Deterministic percentage rollouts for feature flags: see README.md.
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in flag.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= 0xFF;
    h = h.wrapping_mul(0x100000001b3);
    for b in user.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ovr {
    Allow,
    Deny,
    Both,
}

#[derive(Debug, Default)]
pub struct Flags {
    pct: HashMap<String, u32>,
    ovr: HashMap<String, HashMap<String, Ovr>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > 10_000 {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.pct.insert(flag.to_string(), basis_points);
        Ok(())
    }

    fn mark(&mut self, flag: &str, user: &str, o: Ovr) {
        self.pct.entry(flag.to_string()).or_insert(0);
        let m = self.ovr.entry(flag.to_string()).or_default();
        let now = match (m.get(user).copied(), o) {
            (None, o) => o,
            (Some(old), o) if old == o => o,
            _ => Ovr::Both,
        };
        m.insert(user.to_string(), now);
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, Ovr::Allow);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, Ovr::Deny);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.ovr.get_mut(flag).map_or(false, |m| m.remove(user).is_some())
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&bp) = self.pct.get(flag) else { return false };
        match self.ovr.get(flag).and_then(|m| m.get(user)) {
            Some(Ovr::Deny) | Some(Ovr::Both) => false,
            Some(Ovr::Allow) => true,
            None => bucket(flag, user) < bp,
        }
    }
}
