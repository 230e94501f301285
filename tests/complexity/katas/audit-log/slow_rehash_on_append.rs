// learner: slow
// why: AuditLog::append is O(n) time, target O(1): re-derives the head by re-hashing the whole chain on every append
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for i in 0..bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let parts: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &(actor.len() as u64).to_le_bytes(),
        actor.as_bytes(),
        &(action.len() as u64).to_le_bytes(),
        action.as_bytes(),
    ];
    for part in parts {
        for b in part {
            h ^= *b as u64;
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    h
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

    fn compute_head(&self) -> u64 {
        // walk the chain from the start to be sure we have the right head
        let mut h = GENESIS;
        for e in &self.entries {
            h = entry_hash(h, e.seq, &e.actor, &e.action);
        }
        h
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev = self.compute_head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev, seq, actor, action);
        self.entries.push(Entry {
            seq: seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: prev,
            hash: hash,
        });
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
            if e.seq != i as u64 || e.prev_hash != prev {
                return Some(i);
            }
            if entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) != e.hash {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
