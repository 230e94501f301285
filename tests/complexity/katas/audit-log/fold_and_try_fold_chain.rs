// learner: optimal
// idiom: Coq-trained formal methods student: hashing as a fold over a chained byte iterator, verify as a try_fold whose accumulator is the expected predecessor, with the chain predicate spelled out
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn step(h: u64, b: &u8) -> u64 {
    (h ^ u64::from(*b)).wrapping_mul(FNV_PRIME)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, step)
}

/// FNV-1a over prev ‖ seq ‖ |actor| ‖ actor ‖ |action| ‖ action (all integers u64 LE).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let (p, s) = (prev.to_le_bytes(), seq.to_le_bytes());
    let (la, lb) = ((actor.len() as u64).to_le_bytes(), (action.len() as u64).to_le_bytes());
    p.iter()
        .chain(&s)
        .chain(&la)
        .chain(actor.as_bytes())
        .chain(&lb)
        .chain(action.as_bytes())
        .fold(FNV_OFFSET, step)
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

/// `links(prev, i, e)` holds iff entry `e` is a valid `i`-th link after a head `prev`.
fn links(prev: u64, i: usize, e: &Entry) -> bool {
    e.seq == i as u64 && e.prev_hash == prev && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Post: `links(old_head, old_len, last)` and `head() == returned hash`.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
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

    /// The least `i` such that `¬ links(entries[i-1].hash, i, entries[i])`, if any.
    pub fn verify(&self) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .try_fold(GENESIS, |prev, (i, e)| if links(prev, i, e) { Ok(e.hash) } else { Err(i) })
            .err()
    }
}
