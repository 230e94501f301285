// learner: optimal
// idiom: Ada-style: incremental hasher record, explicit index loop with checked conversions, no panics
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// Running FNV-1a state; fed piecewise so no buffer is ever built.
struct Fnv {
    state: u64,
}

impl Fnv {
    const fn start() -> Fnv {
        Fnv { state: FNV_OFFSET }
    }

    fn feed(&mut self, bytes: &[u8]) {
        let mut i: usize = 0;
        while i < bytes.len() {
            self.state ^= u64::from(bytes[i]);
            self.state = self.state.wrapping_mul(FNV_PRIME);
            i += 1;
        }
    }

    fn feed_u64(&mut self, value: u64) {
        self.feed(&value.to_le_bytes());
    }

    fn feed_text(&mut self, text: &str) {
        let length: u64 = match u64::try_from(text.len()) {
            Ok(l) => l,
            Err(_) => u64::MAX,
        };
        self.feed_u64(length);
        self.feed(text.as_bytes());
    }

    const fn finish(&self) -> u64 {
        self.state
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv::start();
    h.feed(bytes);
    h.finish()
}

/// The hash of one entry: FNV-1a over `prev` (8 bytes, little-endian), `seq` (8 bytes LE),
/// the byte length of `actor` as u64 LE, the bytes of `actor`, the byte length of `action`
/// as u64 LE, and the bytes of `action`, in that order.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = Fnv::start();
    h.feed_u64(prev);
    h.feed_u64(seq);
    h.feed_text(actor);
    h.feed_text(action);
    h.finish()
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

/// Outcome of checking a single entry against its predecessor.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Intact,
    BadSequence,
    BadLink,
    BadHash,
}

fn check_entry(e: &Entry, expected_seq: u64, expected_prev: u64) -> Check {
    if e.seq != expected_seq {
        Check::BadSequence
    } else if e.prev_hash != expected_prev {
        Check::BadLink
    } else if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
        Check::BadHash
    } else {
        Check::Intact
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

    /// Appends an entry and returns its hash (the new head). Must be O(1) amortised (plus the
    /// length of the two strings), however long the log is.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let seq: u64 = match u64::try_from(self.entries.len()) {
            Ok(s) => s,
            Err(_) => u64::MAX,
        };
        let prev_hash = self.head();
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash,
            hash,
        });
        debug_assert!(self.head() == hash);
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
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

    /// Raw access to the stored entries, bypassing `append`: this is how the tests play an
    /// attacker with write access to the storage.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain in one pass (O(n)). Returns the index of the first entry where it
    /// breaks: wrong `seq`, a `prev_hash` that is not the previous entry's `hash`, or a `hash`
    /// that does not match the entry's contents. `None` when the chain is intact.
    pub fn verify(&self) -> Option<usize> {
        let count = self.entries.len();
        let mut prev = GENESIS;
        let mut i: usize = 0;
        while i < count {
            let Some(e) = self.entries.get(i) else {
                return Some(i);
            };
            let Ok(expected_seq) = u64::try_from(i) else {
                return Some(i);
            };
            match check_entry(e, expected_seq, prev) {
                Check::Intact => prev = e.hash,
                Check::BadSequence | Check::BadLink | Check::BadHash => return Some(i),
            }
            i += 1;
        }
        None
    }
}
