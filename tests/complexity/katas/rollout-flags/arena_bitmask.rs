// learner: optimal
// idiom: arena of flags indexed via name map, one override map per flag with a 2-bit mask (allow|deny), hand-rolled FNV BuildHasher for the maps
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const OFF: u64 = 0xcbf29ce484222325;
const P: u64 = 0x100000001b3;

#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { OFF } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(P);
        }
        self.0 = h;
    }
}

type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = OFF;
    for &b in flag.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(P);
    }
    h = (h ^ 0xFF).wrapping_mul(P);
    for &b in user.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(P);
    }
    (h % BUCKETS as u64) as u32
}

const ALLOW: u8 = 1;
const DENY: u8 = 2;

#[derive(Debug, Default)]
struct Slot {
    bp: u32,
    ov: Map<u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    idx: Map<usize>,
    slots: Vec<Slot>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn id(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.idx.get(flag) {
            return i;
        }
        let i = self.slots.len();
        self.slots.push(Slot::default());
        self.idx.insert(flag.to_string(), i);
        i
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let i = self.id(flag);
        let ov = &mut self.slots[i].ov;
        match ov.get_mut(user) {
            Some(m) => *m |= bit,
            None => {
                ov.insert(user.to_string(), bit);
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.id(flag);
        self.slots[i].bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.idx.get(flag) {
            Some(&i) => self.slots[i].ov.remove(user).map_or(false, |m| m != 0),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.idx.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let s = &self.slots[i];
        let m = s.ov.get(user).copied().unwrap_or(0);
        if m & DENY != 0 {
            false
        } else if m & ALLOW != 0 {
            true
        } else {
            bucket(flag, user) < s.bp
        }
    }
}
