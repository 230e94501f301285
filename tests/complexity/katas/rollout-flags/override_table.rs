// learner: optimal
// idiom: teenager who learnt programming in Scratch: one table per flag saying what each listed user is (allowed / denied / both) instead of two lists, match on it
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnv_step(h: u64, byte: u8) -> u64 {
    (h ^ byte as u64).wrapping_mul(0x100000001b3)
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = 0xcbf29ce484222325u64;
    for byte in flag.bytes().chain(std::iter::once(0xFFu8)).chain(user.bytes()) {
        h = fnv_step(h, byte);
    }
    (h % 10_000) as u32
}

// what a user on the list is
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Allowed,
    Denied,
    AllowedAndDenied,
}

#[derive(Debug, Default)]
struct FlagState {
    percent_bp: u32,
    marks: HashMap<String, Mark>,
}

#[derive(Debug, Default)]
pub struct Flags {
    all: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&mut self, flag: &str) -> &mut FlagState {
        self.all.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.state(flag).percent_bp = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let marks = &mut self.state(flag).marks;
        let new_mark = match marks.get(user) {
            None | Some(Mark::Allowed) => Mark::Allowed,
            Some(Mark::Denied) | Some(Mark::AllowedAndDenied) => Mark::AllowedAndDenied,
        };
        marks.insert(user.to_string(), new_mark);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let marks = &mut self.state(flag).marks;
        let new_mark = match marks.get(user) {
            None | Some(Mark::Denied) => Mark::Denied,
            Some(Mark::Allowed) | Some(Mark::AllowedAndDenied) => Mark::AllowedAndDenied,
        };
        marks.insert(user.to_string(), new_mark);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.all.get_mut(flag) {
            Some(state) => state.marks.remove(user).is_some(),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.all.get(flag) {
            None => false,
            Some(state) => match state.marks.get(user) {
                Some(Mark::Denied) | Some(Mark::AllowedAndDenied) => false,
                Some(Mark::Allowed) => true,
                None => bucket(flag, user) < state.percent_bp,
            },
        }
    }
}
