// learner: optimal
// idiom: C#-style: flags stored in a Vec arena (List<FlagState>) indexed through a name->index Dictionary, Hasher-trait FNV
use std::collections::{HashMap, HashSet};
use std::hash::Hasher;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

struct Fnv1a(u64);

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ *byte as u64).wrapping_mul(0x100000001b3);
        }
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hasher = Fnv1a(0xcbf29ce484222325);
    hasher.write(flag.as_bytes());
    hasher.write(&[0xFF]);
    hasher.write(user.as_bytes());
    (hasher.finish() % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct FlagState {
    basis_points: u32,
    allow_list: HashSet<String>,
    deny_list: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index_by_name: HashMap<String, usize>,
    states: Vec<FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_or_create(&mut self, flag: &str) -> &mut FlagState {
        let index = match self.index_by_name.get(flag) {
            Some(&i) => i,
            None => {
                self.states.push(FlagState::default());
                let i = self.states.len() - 1;
                self.index_by_name.insert(flag.to_owned(), i);
                i
            }
        };
        &mut self.states[index]
    }

    fn find(&self, flag: &str) -> Option<&FlagState> {
        self.index_by_name.get(flag).map(|&i| &self.states[i])
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.get_or_create(flag).basis_points = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).allow_list.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).deny_list.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(&i) = self.index_by_name.get(flag) else {
            return false;
        };
        let state = &mut self.states[i];
        [state.allow_list.remove(user), state.deny_list.remove(user)]
            .into_iter()
            .fold(false, |acc, removed| acc | removed)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(state) = self.find(flag) else {
            return false;
        };
        if state.deny_list.contains(user) {
            false
        } else if state.allow_list.contains(user) {
            true
        } else {
            bucket(flag, user) < state.basis_points
        }
    }
}
