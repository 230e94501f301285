// learner: slow
// why: AuditLog::append is O(n) time, target O(1): it re-derives the head by re-hashing the whole chain from GENESIS on every append
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

const fn fold(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fold(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = fold(FNV_OFFSET, &prev.to_le_bytes());
    h = fold(h, &seq.to_le_bytes());
    h = fold(h, &(actor.len() as u64).to_le_bytes());
    h = fold(h, actor.as_bytes());
    h = fold(h, &(action.len() as u64).to_le_bytes());
    fold(h, action.as_bytes())
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

    /// Walks the chain from the genesis link, recomputing every digest, so the
    /// new entry never trusts a stored hash.
    fn chain_tip(&self) -> u64 {
        let mut link = GENESIS;
        let mut i = 0usize;
        while i < self.entries.len() {
            let e = &self.entries[i];
            link = entry_hash(link, i as u64, &e.actor, &e.action);
            i += 1;
        }
        link
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.chain_tip();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
        }
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

    pub fn verify(&self) -> Option<usize> {
        let mut link = GENESIS;
        let mut i = 0usize;
        while i < self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 || e.prev_hash != link || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            link = e.hash;
            i += 1;
        }
        None
    }
}
