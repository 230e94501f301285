// learner: optimal
// idiom: implements std::hash::Hasher for a hand-written FNV-1a state (a name close to the banned DefaultHasher); write() is O(len), append O(1), verify one pass with a fold-free for loop
use std::hash::Hasher;

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

/// FNV-1a as a `Hasher`, so bytes can be fed piece by piece.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(FNV_OFFSET)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv1a::default();
    h.write(bytes);
    h.finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = Fnv1a::default();
    h.write(&prev.to_le_bytes());
    h.write(&seq.to_le_bytes());
    h.write(&(actor.len() as u64).to_le_bytes());
    h.write(actor.as_bytes());
    h.write(&(action.len() as u64).to_le_bytes());
    h.write(action.as_bytes());
    h.finish()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
        }
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            if e.seq != i as u64 || e.prev_hash != prev || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
