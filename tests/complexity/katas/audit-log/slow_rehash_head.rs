// learner: slow
// why: AuditLog::append is O(n) time, target O(1): head is re-derived by re-hashing the whole chain on every append
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for byte in bytes {
        hash ^= *byte as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut buffer: Vec<u8> = Vec::with_capacity(32 + actor.len() + action.len());
    buffer.extend_from_slice(&prev.to_le_bytes());
    buffer.extend_from_slice(&seq.to_le_bytes());
    buffer.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    buffer.extend_from_slice(actor.as_bytes());
    buffer.extend_from_slice(&(action.len() as u64).to_le_bytes());
    buffer.extend_from_slice(action.as_bytes());
    fnv1a64(&buffer)
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

    /// To be safe, recompute the chain from the start so the head is trustworthy.
    fn recompute_head(&self) -> u64 {
        let mut current = GENESIS;
        for entry in self.entries.iter() {
            let recomputed = entry_hash(current, entry.seq, &entry.actor, &entry.action);
            current = recomputed;
        }
        current
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        if self.entries.len() >= usize::MAX - 1 {
            return self.head();
        }
        let prev_hash = self.recompute_head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        let entry = Entry {
            seq,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash,
            hash,
        };
        self.entries.push(entry);
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(entry) => entry.hash,
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
        if self.entries.is_empty() {
            return None;
        }
        let mut previous = GENESIS;
        for (index, entry) in self.entries.iter().enumerate() {
            if entry.seq != index as u64 {
                return Some(index);
            }
            if entry.prev_hash != previous {
                return Some(index);
            }
            let expected = entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action);
            if entry.hash != expected {
                return Some(index);
            }
            previous = entry.hash;
        }
        None
    }
}
