// learner: optimal
// idiom: defensive auditor: streaming FNV state struct, checked seq conversion, explicit for-index verify, no panics
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

/// Incremental FNV-1a 64 state, so the entry hash never needs a concatenated buffer.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(FNV_OFFSET)
    }
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.feed(bytes);
    h.finish()
}

fn len_u64(s: &str) -> u64 {
    u64::try_from(s.len()).unwrap_or(u64::MAX)
}

/// FNV-1a over prev, seq, len(actor), actor, len(action), action (all integers LE).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = Fnv::new();
    h.feed(&prev.to_le_bytes());
    h.feed(&seq.to_le_bytes());
    h.feed(&len_u64(actor).to_le_bytes());
    h.feed(actor.as_bytes());
    h.feed(&len_u64(action).to_le_bytes());
    h.feed(action.as_bytes());
    h.finish()
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
        let prev_hash = self.head();
        let seq = u64::try_from(self.entries.len()).unwrap_or(u64::MAX);
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: actor.to_owned(),
            action: action.to_owned(),
            prev_hash,
            hash,
        });
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
        let mut expected_prev = GENESIS;
        for index in 0..self.entries.len() {
            let entry = match self.entries.get(index) {
                Some(e) => e,
                None => return Some(index),
            };
            let expected_seq = match u64::try_from(index) {
                Ok(s) => s,
                Err(_) => return Some(index),
            };
            if entry.seq != expected_seq || entry.prev_hash != expected_prev {
                return Some(index);
            }
            if entry.hash != entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action) {
                return Some(index);
            }
            expected_prev = entry.hash;
        }
        None
    }
}
