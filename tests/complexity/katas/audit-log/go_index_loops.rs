// learner: optimal
// idiom: Go-style: index for-loops over bytes, explicit prev variable, early return on first broken link
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

fn fnv_update(mut h: u64, bytes: &[u8]) -> u64 {
    for i in 0..bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_update(FNV_OFFSET, bytes)
}

/// The hash of one entry.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = fnv_update(h, &prev.to_le_bytes());
    h = fnv_update(h, &seq.to_le_bytes());
    h = fnv_update(h, &(actor.len() as u64).to_le_bytes());
    h = fnv_update(h, actor.as_bytes());
    h = fnv_update(h, &(action.len() as u64).to_le_bytes());
    h = fnv_update(h, action.as_bytes());
    h
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

/// An append-only log in which every entry commits to the one before it.
#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev = self.head();
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
        let n = self.entries.len();
        if n == 0 {
            return GENESIS;
        }
        self.entries[n - 1].hash
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
