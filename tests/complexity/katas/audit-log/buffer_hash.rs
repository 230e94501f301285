// learner: optimal
// idiom: beginner-ish: entry_hash serialises into a byte buffer then hashes it, index-based fnv loop, verify with for+enumerate and if-chain
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for i in 0..bytes.len() {
        hash = hash ^ (bytes[i] as u64);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut buf: Vec<u8> = Vec::with_capacity(32 + actor.len() + action.len());
    buf.extend_from_slice(&prev.to_le_bytes());
    buf.extend_from_slice(&seq.to_le_bytes());
    buf.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    buf.extend_from_slice(actor.as_bytes());
    buf.extend_from_slice(&(action.len() as u64).to_le_bytes());
    buf.extend_from_slice(action.as_bytes());
    fnv1a64(&buf)
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
        let prev = if let Some(last) = self.entries.last() { last.hash } else { GENESIS };
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev, seq, actor, action);
        self.entries.push(Entry {
            seq: seq,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: prev,
            hash: hash,
        });
        hash
    }

    pub fn head(&self) -> u64 {
        if self.entries.is_empty() {
            GENESIS
        } else {
            self.entries[self.entries.len() - 1].hash
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
        let mut prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
