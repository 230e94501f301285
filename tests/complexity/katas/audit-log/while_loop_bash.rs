// learner: optimal
// idiom: Bash scripter: explicit while loops over byte indices, one helper that feeds a running hash, early return in verify
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

// feed_bytes: like `while read -n1 c; do ...; done`, one byte at a time
fn feed_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    feed_bytes(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = feed_bytes(h, &prev.to_le_bytes());
    h = feed_bytes(h, &seq.to_le_bytes());
    h = feed_bytes(h, &(actor.len() as u64).to_le_bytes());
    h = feed_bytes(h, actor.as_bytes());
    h = feed_bytes(h, &(action.len() as u64).to_le_bytes());
    h = feed_bytes(h, action.as_bytes());
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
        let mut expected_prev = GENESIS;
        let mut i = 0;
        while i < self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != expected_prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            expected_prev = e.hash;
            i += 1;
        }
        None
    }
}
