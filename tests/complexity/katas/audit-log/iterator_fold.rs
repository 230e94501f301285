// learner: optimal
// idiom: iterator enthusiast: fold over chained byte iterators, enumerate().find_map in verify
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().copied().fold(FNV_OFFSET, fnv_step)
}

/// The hash of one entry.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    prev.to_le_bytes()
        .into_iter()
        .chain(seq.to_le_bytes())
        .chain((actor.len() as u64).to_le_bytes())
        .chain(actor.bytes())
        .chain((action.len() as u64).to_le_bytes())
        .chain(action.bytes())
        .fold(FNV_OFFSET, fnv_step)
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

impl Entry {
    fn recomputed(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
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
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
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
        let prevs = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(prevs)
            .enumerate()
            .find_map(|(i, (e, expected_prev))| {
                let broken = e.seq != i as u64 || e.prev_hash != expected_prev || e.hash != e.recomputed();
                broken.then_some(i)
            })
    }
}
