// learner: slow
// idiom: Unity C# game developer: List<FeatureFlag> searched with Find by name (like a ScriptableObject list in the inspector), allow list is a List<string> checked with Contains
// why: is_enabled and allow are O(flags + allow-list length) (linear Find over the flag list, then List.Contains) vs the O(1) target
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashSet;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    const OFFSET: u64 = 0xcbf29ce484222325;
    const PRIME: u64 = 0x100000001b3;
    let mut hash = OFFSET;
    for &b in flag.as_bytes().iter().chain([0xFFu8].iter()).chain(user.as_bytes()) {
        hash = (hash ^ b as u64).wrapping_mul(PRIME);
    }
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug)]
struct FeatureFlag {
    Name: String,
    RolloutBp: u32,
    AllowList: Vec<String>,
    DenyList: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flagList: Vec<FeatureFlag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn Find(&self, name: &str) -> Option<&FeatureFlag> {
        self.flagList.iter().find(|f| f.Name == name)
    }

    fn FindOrCreate(&mut self, name: &str) -> &mut FeatureFlag {
        let idx = match self.flagList.iter().position(|f| f.Name == name) {
            Some(i) => i,
            None => {
                self.flagList.push(FeatureFlag {
                    Name: name.to_string(),
                    RolloutBp: 0,
                    AllowList: Vec::new(),
                    DenyList: HashSet::new(),
                });
                self.flagList.len() - 1
            }
        };
        &mut self.flagList[idx]
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.FindOrCreate(flag).RolloutBp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.FindOrCreate(flag);
        if !f.AllowList.contains(&user.to_string()) {
            f.AllowList.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.FindOrCreate(flag).DenyList.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flagList.iter_mut().find(|f| f.Name == flag) else { return false };
        let wasDenied = f.DenyList.remove(user);
        let before = f.AllowList.len();
        f.AllowList.retain(|u| u != user);
        wasDenied || f.AllowList.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.Find(flag) {
            None => false,
            Some(f) => {
                if f.DenyList.contains(user) {
                    false
                } else if f.AllowList.iter().any(|u| u == user) {
                    true
                } else {
                    bucket(flag, user) < f.RolloutBp
                }
            }
        }
    }
}
