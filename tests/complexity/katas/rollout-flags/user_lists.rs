// learner: slow
// idiom: teenager who learnt programming in Scratch: Scratch-style lists for allow and deny ("if list contains item"), add only if not already in the list
// why: is_enabled and allow are O(list length) (Vec::contains-style scans of the override lists) vs the O(1) target; bucket also copies flag+user into a new Vec: O(len) extra space vs O(1)
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let mut all_bytes: Vec<u8> = Vec::new();
    all_bytes.extend_from_slice(flag.as_bytes());
    all_bytes.push(0xFF);
    all_bytes.extend_from_slice(user.as_bytes());
    for b in all_bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
struct Flag {
    percent: u32,
    allow_list: Vec<String>,
    deny_list: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag(&mut self, name: &str) -> &mut Flag {
        self.flags.entry(name.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > 10_000 {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag(flag).percent = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.flag(flag);
        if !f.allow_list.iter().any(|u| u == user) {
            f.allow_list.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flag(flag);
        if !f.deny_list.iter().any(|u| u == user) {
            f.deny_list.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else { return false };
        let before = f.allow_list.len() + f.deny_list.len();
        f.allow_list.retain(|u| u != user);
        f.deny_list.retain(|u| u != user);
        before != f.allow_list.len() + f.deny_list.len()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else { return false };
        if f.deny_list.iter().any(|u| u == user) {
            return false;
        }
        if f.allow_list.iter().any(|u| u == user) {
            return true;
        }
        bucket(flag, user) < f.percent
    }
}
