// learner: optimal
// idiom: Go-style: small Hasher struct with Write method (like hash.Hash64), iterator over entries with enumerate
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

struct Fnv64a {
    sum: u64,
}

impl Fnv64a {
    fn new() -> Fnv64a {
        Fnv64a { sum: FNV_OFFSET }
    }

    fn write(&mut self, p: &[u8]) {
        for b in p {
            self.sum ^= u64::from(*b);
            self.sum = self.sum.wrapping_mul(FNV_PRIME);
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.write(&v.to_le_bytes());
    }

    fn sum64(&self) -> u64 {
        self.sum
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv64a::new();
    h.write(bytes);
    h.sum64()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = Fnv64a::new();
    h.write_u64(prev);
    h.write_u64(seq);
    h.write_u64(actor.len() as u64);
    h.write(actor.as_bytes());
    h.write_u64(action.len() as u64);
    h.write(action.as_bytes());
    h.sum64()
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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let e = self.next_entry(actor, action);
        let h = e.hash;
        self.entries.push(e);
        h
    }

    fn next_entry(&self, actor: &str, action: &str) -> Entry {
        let prev = self.head();
        let seq = self.entries.len() as u64;
        Entry {
            seq,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: prev,
            hash: entry_hash(prev, seq, actor, action),
        }
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
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

    fn check(e: &Entry, idx: usize, prev: u64) -> bool {
        e.seq == idx as u64
            && e.prev_hash == prev
            && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        for (idx, e) in self.entries.iter().enumerate() {
            if !Self::check(e, idx, prev) {
                return Some(idx);
            }
            prev = e.hash;
        }
        None
    }
}
