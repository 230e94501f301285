// learner: slow
// why: AuditLog::append is O(n) time, target O(1): head() re-derives the chain by re-hashing every entry from GENESIS
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

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

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn feed(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = feed(h, &prev.to_le_bytes());
    h = feed(h, &seq.to_le_bytes());
    h = feed(h, &(actor.len() as u64).to_le_bytes());
    h = feed(h, actor.as_bytes());
    h = feed(h, &(action.len() as u64).to_le_bytes());
    feed(h, action.as_bytes())
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

    /// The head, re-derived from the chain so it can never be stale.
    pub fn head(&self) -> u64 {
        let mut h = GENESIS;
        for e in &self.entries {
            h = entry_hash(h, e.seq, &e.actor, &e.action);
        }
        h
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
