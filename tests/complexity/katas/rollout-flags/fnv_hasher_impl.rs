// learner: optimal
// idiom: a hand-written FNV-1a `Hasher` used both for `bucket` and (via BuildHasherDefault) for the maps; flags in a Vec arena found by name; all O(1) expected
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

#[derive(Debug, Clone, Copy)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FnvBuild = BuildHasherDefault<Fnv1a>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv1a::default();
    h.write(flag.as_bytes());
    h.write_u8(0xFF);
    h.write(user.as_bytes());
    (h.finish() % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String, FnvBuild>,
    deny: HashSet<String, FnvBuild>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: Vec<Flag>,
    by_name: HashMap<String, usize, FnvBuild>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, name: &str) -> &mut Flag {
        let idx = match self.by_name.get(name) {
            Some(&i) => i,
            None => {
                self.flags.push(Flag::default());
                let i = self.flags.len() - 1;
                self.by_name.insert(name.to_owned(), i);
                i
            }
        };
        &mut self.flags[idx]
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allow.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.by_name.get(flag) {
            Some(&i) => {
                let f = &mut self.flags[i];
                let was_allowed = f.allow.remove(user);
                let was_denied = f.deny.remove(user);
                was_allowed || was_denied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&i) = self.by_name.get(flag) else { return false };
        let f = &self.flags[i];
        !f.deny.contains(user) && (f.allow.contains(user) || bucket(flag, user) < f.basis_points)
    }
}
