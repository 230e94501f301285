// learner: optimal
// idiom: PHP-style helper functions, byte buffer built like a string, foreach loops
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for b in bytes {
        hash = hash ^ (*b as u64);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

// like .= on a string: glue bytes onto the buffer
fn add_bytes(buffer: &mut Vec<u8>, more: &[u8]) {
    for b in more {
        buffer.push(*b);
    }
}

fn add_string(buffer: &mut Vec<u8>, text: &str) {
    add_bytes(buffer, &(text.len() as u64).to_le_bytes());
    add_bytes(buffer, text.as_bytes());
}

/// The hash of one entry: FNV-1a over `prev` (8 bytes, little-endian), `seq` (8 bytes LE),
/// the byte length of `actor` as u64 LE, the bytes of `actor`, the byte length of `action`
/// as u64 LE, and the bytes of `action`, in that order.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut buffer: Vec<u8> = Vec::new();
    add_bytes(&mut buffer, &prev.to_le_bytes());
    add_bytes(&mut buffer, &seq.to_le_bytes());
    add_string(&mut buffer, actor);
    add_string(&mut buffer, action);
    fnv1a64(&buffer)
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Position in the log, starting at 0.
    pub seq: u64,
    pub actor: String,
    pub action: String,
    /// `hash` of the previous entry ([`GENESIS`] for the first).
    pub prev_hash: u64,
    /// `entry_hash(prev_hash, seq, actor, action)`.
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

    /// Appends an entry and returns its hash (the new head). Must be O(1) amortised (plus the
    /// length of the two strings), however long the log is.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry {
            seq: seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: prev_hash,
            hash: hash,
        });
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
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

    /// Raw access to the stored entries, bypassing `append`: this is how the tests play an
    /// attacker with write access to the storage.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain in one pass (O(n)). Returns the index of the first entry where it
    /// breaks: wrong `seq`, a `prev_hash` that is not the previous entry's `hash`, or a `hash`
    /// that does not match the entry's contents. `None` when the chain is intact.
    pub fn verify(&self) -> Option<usize> {
        let mut expected_prev = GENESIS;
        let mut index = 0;
        for entry in &self.entries {
            if entry.seq != index as u64 {
                return Some(index);
            }
            if entry.prev_hash != expected_prev {
                return Some(index);
            }
            if entry.hash != entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action) {
                return Some(index);
            }
            expected_prev = entry.hash;
            index += 1;
        }
        None
    }
}
