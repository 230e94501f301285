// learner: slow
// idiom: Coq-trained formal methods student: the head is never trusted from storage but recomputed from GENESIS by replaying the chain, "so it is correct by construction"
// why: append is O(n) (head() re-hashes every stored entry) vs the O(1) amortised target, so writing n entries is O(n^2); verify and fnv1a64 stay O(n)
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
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

    /// The head as the fold of entry_hash over the stored fields.
    fn replayed_head(&self) -> u64 {
        self.entries
            .iter()
            .fold(GENESIS, |prev, e| entry_hash(prev, e.seq, &e.actor, &e.action))
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.replayed_head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
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
            if e.seq != i as u64 || e.prev_hash != prev || e.hash != entry_hash(prev, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
