// learner: optimal
// idiom: Java/C#-style: struct with many small getter/helper methods, Option-heavy, explicit hasher object
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

struct Fnv1aHasher {
    state: u64,
}

impl Fnv1aHasher {
    fn new() -> Self {
        Fnv1aHasher { state: FNV_OFFSET }
    }

    fn update(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.state ^= *b as u64;
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
    }

    fn update_u64(&mut self, value: u64) {
        self.update(&value.to_le_bytes());
    }

    fn update_str(&mut self, s: &str) {
        self.update_u64(s.len() as u64);
        self.update(s.as_bytes());
    }

    fn get_value(&self) -> u64 {
        self.state
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hasher = Fnv1aHasher::new();
    hasher.update(bytes);
    hasher.get_value()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut hasher = Fnv1aHasher::new();
    hasher.update_u64(prev);
    hasher.update_u64(seq);
    hasher.update_str(actor);
    hasher.update_str(action);
    hasher.get_value()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

impl Entry {
    fn get_seq(&self) -> u64 {
        self.seq
    }

    fn get_prev_hash(&self) -> u64 {
        self.prev_hash
    }

    fn get_hash(&self) -> u64 {
        self.hash
    }

    fn compute_hash(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }

    fn is_self_consistent(&self) -> bool {
        self.compute_hash() == self.get_hash()
    }
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_last_entry(&self) -> Option<&Entry> {
        self.entries.last()
    }

    fn get_next_seq(&self) -> u64 {
        self.entries.len() as u64
    }

    fn get_entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    fn expected_prev_for(&self, index: usize) -> Option<u64> {
        if index == 0 {
            Some(GENESIS)
        } else {
            self.get_entry(index - 1).map(Entry::get_hash)
        }
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.get_next_seq();
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash,
            hash,
        });
        hash
    }

    pub fn head(&self) -> u64 {
        self.get_last_entry().map(Entry::get_hash).unwrap_or(GENESIS)
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

    fn is_entry_valid(&self, index: usize) -> bool {
        let entry = match self.get_entry(index) {
            Some(e) => e,
            None => return false,
        };
        entry.get_seq() == index as u64
            && self.expected_prev_for(index) == Some(entry.get_prev_hash())
            && entry.is_self_consistent()
    }

    pub fn verify(&self) -> Option<usize> {
        for index in 0..self.len() {
            if !self.is_entry_valid(index) {
                return Some(index);
            }
        }
        None
    }
}
