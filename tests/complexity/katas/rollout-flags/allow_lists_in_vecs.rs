// learner: slow
// idiom: Lua game modder: each flag is a table {pct, allow = {...}, deny = {...}} with array-style lists searched by looping, names kept in parallel arrays
// why: Flags::is_enabled and Flags::allow are O(list length) (linear scans of Vec allow/deny lists, and of the flag list) vs the O(1) target
//! Deterministic percentage rollouts for feature flags: see README.md.

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in flag.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h = (h ^ 0xFF).wrapping_mul(0x100000001b3);
    for b in user.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    name: String,
    pct: u32,
    allow: Vec<String>,
    deny: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    list: Vec<Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, flag: &str) -> Option<usize> {
        for i in 0..self.list.len() {
            if self.list[i].name == flag {
                return Some(i);
            }
        }
        None
    }

    fn find_or_add(&mut self, flag: &str) -> usize {
        match self.find(flag) {
            Some(i) => i,
            None => {
                self.list.push(Flag { name: flag.to_string(), ..Default::default() });
                self.list.len() - 1
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.find_or_add(flag);
        self.list[i].pct = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let i = self.find_or_add(flag);
        let f = &mut self.list[i];
        if !f.allow.iter().any(|u| u == user) {
            f.allow.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.find_or_add(flag);
        let f = &mut self.list[i];
        if !f.deny.iter().any(|u| u == user) {
            f.deny.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let i = match self.find(flag) {
            Some(i) => i,
            None => return false,
        };
        let f = &mut self.list[i];
        let before = f.allow.len() + f.deny.len();
        f.allow.retain(|u| u != user);
        f.deny.retain(|u| u != user);
        f.allow.len() + f.deny.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.find(flag) {
            Some(i) => &self.list[i],
            None => return false,
        };
        for u in &f.deny {
            if u == user {
                return false;
            }
        }
        for u in &f.allow {
            if u == user {
                return true;
            }
        }
        bucket(flag, user) < f.pct
    }
}
