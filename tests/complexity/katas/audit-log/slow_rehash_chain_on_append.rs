// learner: slow
// why: AuditLog::append is O(n) time, target O(1): it re-derives the head by re-hashing the whole chain from GENESIS on every append
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut buf = Vec::with_capacity(32 + actor.len() + action.len());
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

    /// Recompute the chain head from the stored contents, so we never trust a stale value.
    fn recompute_head(&self) -> u64 {
        let mut h = GENESIS;
        for e in &self.entries {
            h = entry_hash(h, e.seq, &e.actor, &e.action);
        }
        h
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.recompute_head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map(|e| e.hash).unwrap_or(GENESIS)
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            if e.seq != i as u64 || e.prev_hash != prev || e.hash != entry_hash(prev, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
