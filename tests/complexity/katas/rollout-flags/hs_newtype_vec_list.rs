// learner: slow
// why: Flags::is_enabled is O(list length) time, target O(1): allow/deny kept as Vec<UserId> and searched with contains
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

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

#[derive(Debug, Clone, PartialEq, Eq)]
struct UserId(String);

#[derive(Debug, Default)]
struct Rollout {
    share: u32,
    allowed: Vec<UserId>,
    denied: Vec<UserId>,
}

fn without(list: &mut Vec<UserId>, who: &UserId) -> bool {
    match list.iter().position(|u| u.0.as_str() == who.0.as_str()) {
        Some(i) => {
            list.swap_remove(i);
            true
        }
        None => false,
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn upsert(&mut self, flag: &str) -> &mut Rollout {
        self.table.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            bp if bp <= BUCKETS => {
                self.upsert(flag).share = bp;
                Ok(())
            }
            bp => Err(RolloutError::PercentageTooHigh(bp)),
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let who = UserId(user.to_owned());
        let r = self.upsert(flag);
        if !r.allowed.contains(&who) {
            r.allowed.push(who);
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let who = UserId(user.to_owned());
        let r = self.upsert(flag);
        if !r.denied.contains(&who) {
            r.denied.push(who);
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let who = UserId(user.to_owned());
        match self.table.get_mut(flag) {
            Some(r) => without(&mut r.allowed, &who) | without(&mut r.denied, &who),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let who = UserId(user.to_owned());
        match self.table.get(flag) {
            None => false,
            Some(r) if r.denied.contains(&who) => false,
            Some(r) if r.allowed.contains(&who) => true,
            Some(r) => bucket(flag, user) < r.share,
        }
    }
}
