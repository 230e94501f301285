// learner: optimal
// idiom: Solidity-style: index for-loops over bytes, entry_hash as one buffer of abi-encoded-like bytes, require-style early returns in verify
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    let len = bytes.len();
    let mut i = 0;
    while i < len {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // like abi.encodePacked with explicit length prefixes
    let mut packed: Vec<u8> = Vec::with_capacity(32 + actor.len() + action.len());
    packed.extend_from_slice(&prev.to_le_bytes());
    packed.extend_from_slice(&seq.to_le_bytes());
    packed.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    packed.extend_from_slice(actor.as_bytes());
    packed.extend_from_slice(&(action.len() as u64).to_le_bytes());
    packed.extend_from_slice(action.as_bytes());
    fnv1a64(&packed)
}

/// One line of the audit log.
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
        let seq = self.entries.len() as u64;
        let prev_hash = self.head();
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
        if self.entries.is_empty() {
            return GENESIS;
        }
        self.entries[self.entries.len() - 1].hash
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
        for i in 0..self.entries.len() {
            let e = &self.entries[i];
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
